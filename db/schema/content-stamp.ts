import { sql } from "drizzle-orm";
import { bigint, check, pgTable, smallint } from "drizzle-orm/pg-core";

/**
 * Counts of committed changes to the app's content: a statement-level trigger on every table a page
 * may show (all but sessions, log-in attempts, the audit log and the stamps) adds one in the same
 * transaction as the change (migration 0008). Their sum therefore moves exactly when a change
 * commits, never before, so equal sums mean the same content: the page cache keys on it. Sixteen
 * slots, one chosen by the connection's backend, so that concurrent writers do not queue on one
 * row lock. Derived state, not in backups.
 */
export const contentStamp = pgTable(
  "content_stamp",
  {
    slot: smallint("slot").primaryKey(),
    changes: bigint("changes", { mode: "bigint" }).notNull().default(sql`0`),
  },
  (t) => [check("content_stamp_slot", sql`${t.slot} >= 0 and ${t.slot} < 16`)],
);
