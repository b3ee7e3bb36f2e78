import { integer, jsonb, pgTable, text, timestamp, unique } from "drizzle-orm/pg-core";
import { users } from "./auth";
import { units } from "./units";

/** Thresholds and other settings, per province (the root unit they apply under). */
export const settings = pgTable(
  "settings",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    rootUnitId: integer("root_unit_id")
      .notNull()
      .references(() => units.id, { onDelete: "cascade" }),
    key: text("key").notNull(),
    value: jsonb("value").notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    updatedBy: integer("updated_by").references(() => users.id, { onDelete: "set null" }),
  },
  (t) => [unique("settings_root_key").on(t.rootUnitId, t.key)],
);
