import type { IncomingMessage, ServerResponse } from "node:http";
import { incomingMessageToRequest } from "@trpc/server/adapters/node-http";
import { getDbHandle } from "../../db/instance";
import { handleTrpc } from "./trpc-handler";

/** A tRPC call's body is JSON of a few fields (texts are capped at 5 000 characters); files go through forms. */
const MAX_BODY_BYTES = 1024 * 1024;

/**
 * The tRPC endpoint straight from Express, before Remix: Remix's routing and its request and
 * response conversions were about a tenth of a task update's CPU, for a route that renders nothing.
 * The answer is the same as through the Remix route (app/routes/api.trpc.$.ts), which stays for
 * the development server.
 */
export async function serveTrpc(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const request = incomingMessageToRequest(req, res, { maxBodySize: MAX_BODY_BYTES });
  const response = await handleTrpc(request, (await getDbHandle()).db);
  res.statusCode = response.status;
  response.headers.forEach((value, name) => {
    if (name !== "set-cookie") res.setHeader(name, value);
  });
  const cookies = response.headers.getSetCookie();
  if (cookies.length > 0) res.setHeader("set-cookie", cookies);
  res.end(Buffer.from(await response.arrayBuffer()));
}
