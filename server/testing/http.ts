import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Db } from "../../db/client";
import { answerTrpc } from "../http/trpc-node";

/**
 * A real HTTP server in front of the tRPC endpoint, for tests that call the API as a browser
 * would: the same Node adapter as the production server (body cap, Vietnamese errors).
 */
export async function startApiServer(db: Db): Promise<{ url: string; close(): Promise<void> }> {
  const server: Server = createServer((req, res) => void answerTrpc(req, res, () => Promise.resolve(db)));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
