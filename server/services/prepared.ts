import { is } from "drizzle-orm";
import { PgTransaction } from "drizzle-orm/pg-core";
import type { DbOrTx } from "../../db/client";

/**
 * Statements the app sends on (nearly) every request, built once per database handle and prepared
 * on each connection: drizzle otherwise builds the SQL text again each time (about a third of a
 * task update's CPU in the process), and PostgreSQL parses and plans it again (`unsafe` statements
 * are unnamed), about 0,1–0,4 ms each. Inside a transaction the statement is built for that
 * transaction's connection; PostgreSQL still reuses its plan there. The connections keep one
 * generic plan per prepared statement (db/client.ts): only statements whose one plan suits every
 * value belong here (lookups by key; the bell and the closed-year states, whose plans, index
 * lookups by unit, date and task, were checked on a commune with 4 tasks and a department with
 * 2 000). Check a new one the same way before adding it.
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
