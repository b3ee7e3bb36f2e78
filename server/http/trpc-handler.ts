import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import type { Db } from "../../db/client";
import { appRouter } from "../router";
import { actorFromRequest, crossSiteMessage, currentTokenHash, isCrossSiteMutation } from "./security";

/** The tRPC endpoint as a fetch handler, shared by the Remix route and the HTTP tests. */
export async function handleTrpc(request: Request, db: Db): Promise<Response> {
  if (isCrossSiteMutation(request)) {
    return Response.json(
      { error: { message: crossSiteMessage, code: -32003, data: { code: "FORBIDDEN", httpStatus: 403 } } },
      { status: 403 },
    );
  }
  return fetchRequestHandler({
    endpoint: "/api/trpc",
    req: request,
    router: appRouter,
    // Inside tRPC, so that a failing session lookup is answered (and logged) like any other error.
    createContext: async () => ({ db, actor: await actorFromRequest(db, request), tokenHash: currentTokenHash(request) }),
  });
}
