import { sql } from "drizzle-orm";
import { boolean, check, index, integer, pgTable, text, timestamp, type AnyPgColumn } from "drizzle-orm/pg-core";
import { unitKind } from "./enums";

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
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("units_parent_idx").on(t.parentId),
    check("units_not_own_parent", sql`${t.parentId} is null or ${t.parentId} <> ${t.id}`),
    check("units_name_not_blank", sql`length(trim(${t.name})) > 0`),
  ],
);

export type Unit = typeof units.$inferSelect;
