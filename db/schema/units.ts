import { sql } from "drizzle-orm";
import { boolean, check, date, index, integer, pgTable, smallint, text, timestamp, uniqueIndex, uuid, type AnyPgColumn } from "drizzle-orm/pg-core";
import { unitKind, unitSuccessionKind } from "./enums";

/** Đơn vị: a tree; several roots (provinces) may coexist. */
export const units = pgTable(
  "units",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    /** Stable key, e.g. "lai-chau.tam-duong.phong-noi-vu"; seeds upsert on it. */
    code: text("code").notNull().unique(),
    name: text("name").notNull(),
    shortName: text("short_name"),
    kind: unitKind("kind").notNull(),
    parentId: integer("parent_id").references((): AnyPgColumn => units.id, { onDelete: "restrict" }),
    position: integer("position").notNull().default(0),
    aliases: text("aliases").array().notNull().default(sql`'{}'::text[]`),
    note: text("note"),
    active: boolean("active").notNull().default(true),
    /** The day the unit ceased to exist (merged, dissolved); its pages and plans stay readable. */
    closedOn: date("closed_on"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("units_parent_idx").on(t.parentId),
    check("units_not_own_parent", sql`${t.parentId} is null or ${t.parentId} <> ${t.id}`),
    check("units_name_not_blank", sql`length(trim(${t.name})) > 0`),
  ],
);

export type Unit = typeof units.$inferSelect;

/**
 * Successor links: a unit merged into, renamed to or split into another on a date, by a decision
 * (Nghị quyết 202/2025/QH15 for the provinces of 1 July 2025). Series continue along them.
 */
export const unitSuccessions = pgTable(
  "unit_successions",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    predecessorId: integer("predecessor_id")
      .notNull()
      .references(() => units.id, { onDelete: "restrict" }),
    successorId: integer("successor_id")
      .notNull()
      .references(() => units.id, { onDelete: "restrict" }),
    kind: unitSuccessionKind("kind").notNull(),
    effectiveOn: date("effective_on").notNull(),
    /** The decision, as printed: "Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội". */
    decision: text("decision"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("unit_successions_pair").on(t.predecessorId, t.successorId),
    index("unit_successions_successor_idx").on(t.successorId),
    check("unit_successions_not_self", sql`${t.predecessorId} <> ${t.successorId}`),
  ],
);

export type UnitSuccession = typeof unitSuccessions.$inferSelect;

/**
 * One row that changes whenever the unit tree (id, parent, kind) changes, set by a trigger on
 * `units` (migration 0006). Each process keeps the tree while the stamp holds: one row read with
 * the session instead of hashing every unit on every request. Derived state, not in backups.
 */
export const unitTreeStamp = pgTable(
  "unit_tree_stamp",
  {
    id: smallint("id").primaryKey().default(1),
    stamp: uuid("stamp").notNull().defaultRandom(),
  },
  (t) => [check("unit_tree_stamp_one_row", sql`${t.id} = 1`)],
);
