import type { IncomingMessage, ServerResponse } from "node:http";
import { incomingMessageToRequest } from "@trpc/server/adapters/node-http";
import type { Db } from "../../db/client";
import { getDbHandle } from "../../db/instance";
import { handleTrpc } from "./trpc-handler";
import { logUnexpected, unexpectedMessage } from "./unexpected";

/** A tRPC call's body is JSON of a few fields (texts are capped at 5 000 characters); files go through forms. */
const MAX_BODY_BYTES = 1024 * 1024;

/**
 * The tRPC endpoint straight from Express, before Remix: Remix's routing and its request and
 * response conversions were about a tenth of a task update's CPU, for a route that renders nothing.
 * The answer is the same as through the Remix route (app/routes/api.trpc.$.ts), which stays for
 * the development server.
 */
export function serveTrpc(req: IncomingMessage, res: ServerResponse): Promise<void> {
  return answerTrpc(req, res, async () => (await getDbHandle()).db);
}

/** The same for a given database (the HTTP tests' server goes through it too). */
export async function answerTrpc(req: IncomingMessage, res: ServerResponse, database: () => Promise<Db>): Promise<void> {
  try {
    const request = incomingMessageToRequest(req, res, { maxBodySize: MAX_BODY_BYTES });
    const response = await handleTrpc(request, await database());
    res.statusCode = response.status;
    response.headers.forEach((value, name) => {
      if (name !== "set-cookie") res.setHeader(name, value);
    });
    const cookies = response.headers.getSetCookie();
    if (cookies.length > 0) res.setHeader("set-cookie", cookies);
    res.end(Buffer.from(await response.arrayBuffer()));
  } catch (error) {
    // Outside tRPC's own handling (the database not open, the client gone): answered as tRPC
    // answers an unexpected error, in Vietnamese with an error number, never Express's English page.
    const errorId = logUnexpected(error, "tRPC (máy chủ)");
    if (res.headersSent) {
      res.destroy();
      return;
    }
    res.statusCode = 500;
    res.setHeader("content-type", "application/json");
    res.end(JSON.stringify({ error: { message: unexpectedMessage(errorId), code: -32603, data: { code: "INTERNAL_SERVER_ERROR", httpStatus: 500, errorId } } }));
  }
}
