import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { handleTrpc } from "../../server/http/trpc-handler";
import { db } from "../lib/db.server";

async function handle({ request }: LoaderFunctionArgs | ActionFunctionArgs) {
  return handleTrpc(request, await db());
}

export const loader = handle;
export const action = handle;
