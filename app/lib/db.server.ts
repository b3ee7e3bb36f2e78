import type { Db } from "../../db/client";
import { getDbHandle } from "../../db/instance";

/** The process's database, for loaders and actions. */
export async function db(): Promise<Db> {
  return (await getDbHandle()).db;
}

/** A 404 the error boundary shows with a Vietnamese message. */
export function notFound(message: string): Response {
  return new Response(message, { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
}
