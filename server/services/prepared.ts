import { is } from "drizzle-orm";
import { PgTransaction } from "drizzle-orm/pg-core";
import type { DbOrTx } from "../../db/client";

/**
 * Statements the app sends on (nearly) every request, built once per database handle and prepared
 * on each connection: drizzle otherwise builds the SQL text again each time (about a third of a
 * task update's CPU in the process), and PostgreSQL parses and plans it again (`unsafe` statements
 * are unnamed), about 0,1–0,4 ms each. Inside a transaction the statement is built for that
 * transaction's connection; PostgreSQL still reuses its plan there. Only for lookups by key: the
 * connections keep one generic plan per prepared statement (db/client.ts), which would be wrong
 * for a statement whose best plan depends on its values (the bell's: 4 tasks or 2 000).
 */
const built = new WeakMap<object, Map<string, unknown>>();

export function prepared<Q>(db: DbOrTx, name: string, build: (db: DbOrTx, name: string) => Q): Q {
  if (is(db, PgTransaction)) return build(db, name);
  let statements = built.get(db);
  if (!statements) built.set(db, (statements = new Map()));
  let q = statements.get(name) as Q | undefined;
  if (q === undefined) statements.set(name, (q = build(db, name)));
  return q;
}
