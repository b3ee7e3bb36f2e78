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
  const actor = await actorFromRequest(db, request);
  return fetchRequestHandler({
    endpoint: "/api/trpc",
    req: request,
    router: appRouter,
    createContext: () => ({ db, actor, tokenHash: currentTokenHash(request) }),
  });
}
