import { openDb, type DbHandle } from "./client";
import { noteStatement } from "../server/runtime/request-context";

/**
 * The process's one database handle. Dev reloads re-import the server build, so the handle is
 * kept on globalThis: two PGlite instances on one directory would clash.
 */
const KEY = Symbol.for("par-tracker.db");
type Holder = { [KEY]?: Promise<DbHandle> };

export function getDbHandle(): Promise<DbHandle> {
  const holder = globalThis as Holder;
  holder[KEY] ??= openDb({
    url: process.env.DATABASE_URL || undefined,
    // PAR_LOG_SQL=1 prints each statement (first line), to see what a page sends.
    onQuery: process.env.PAR_LOG_SQL === "1" ? (q) => (noteStatement(q), console.log(`[sql] ${q.slice(0, 160).replace(/\s+/g, " ")}`)) : noteStatement,
  });
  return holder[KEY];
}

export async function closeDbHandle(): Promise<void> {
  const holder = globalThis as Holder;
  const pending = holder[KEY];
  holder[KEY] = undefined;
  if (pending) await (await pending).close();
}
