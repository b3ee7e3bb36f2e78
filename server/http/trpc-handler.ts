import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import type { Db } from "../../db/client";
import { appRouter } from "../router";

/** The tRPC endpoint as a fetch handler, shared by the Remix route and the HTTP tests. */
export function handleTrpc(request: Request, db: Db): Promise<Response> {
  return fetchRequestHandler({
    endpoint: "/api/trpc",
    req: request,
    router: appRouter,
    createContext: () => ({ db }),
  });
}
