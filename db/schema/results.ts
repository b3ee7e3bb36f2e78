import { sql } from "drizzle-orm";
import {
  check,
  index,
  integer,
  numeric,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
} from "drizzle-orm/pg-core";
import { rankOp, resultSource, scoreOp, scoreUnit } from "./enums";
import { components } from "./frameworks";
import { plans } from "./plans";
import { units } from "./units";

/** One unit, one year, one component (or "tong"): points and/or percent, rank of how many. */
export const results = pgTable(
  "results",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    unitId: integer("unit_id")
      .notNull()
      .references(() => units.id, { onDelete: "cascade" }),
    year: integer("year").notNull(),
    componentKey: text("component_key")
      .notNull()
      .references(() => components.key),
    points: numeric("points", { precision: 7, scale: 2, mode: "number" }),
    maxPoints: numeric("max_points", { precision: 7, scale: 2, mode: "number" }),
    percent: numeric("percent", { precision: 5, scale: 2, mode: "number" }),
    rank: integer("rank"),
    rankOf: integer("rank_of"),
    source: resultSource("source").notNull(),
    /** Where the figure was read from (sentence or table cell). */
    printed: text("printed"),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique("results_unit_year_component_source").on(t.unitId, t.year, t.componentKey, t.source),
    index("results_year_component_idx").on(t.year, t.componentKey),
    check("results_year", sql`${t.year} between 2000 and 2100`),
    check("results_has_score", sql`${t.points} is not null or ${t.percent} is not null or ${t.rank} is not null`),
    check("results_percent_range", sql`${t.percent} is null or (${t.percent} >= 0 and ${t.percent} <= 100)`),
    check("results_points_range", sql`${t.points} is null or ${t.points} >= 0`),
    check("results_points_max", sql`${t.maxPoints} is null or ${t.points} is null or ${t.points} <= ${t.maxPoints}`),
    check("results_rank_positive", sql`${t.rank} is null or ${t.rank} >= 1`),
    check("results_rank_of", sql`${t.rankOf} is null or ${t.rank} is null or ${t.rank} <= ${t.rankOf}`),
  ],
);

/** A target set by a plan for a unit, year and component (or total). */
export const targets = pgTable(
  "targets",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    seedKey: text("seed_key").unique(),
    unitId: integer("unit_id")
      .notNull()
      .references(() => units.id, { onDelete: "cascade" }),
    year: integer("year").notNull(),
    componentKey: text("component_key")
      .notNull()
      .references(() => components.key),
    label: text("label").notNull(),
    scoreOp: scoreOp("score_op"),
    scoreValue: numeric("score_value", { precision: 7, scale: 2, mode: "number" }),
    scoreUnit: scoreUnit("score_unit"),
    rankOp: rankOp("rank_op"),
    rankValue: integer("rank_value"),
    printed: text("printed").notNull(),
    rankPrinted: text("rank_printed"),
    responsiblePrinted: text("responsible_printed"),
    planId: integer("plan_id").references(() => plans.id, { onDelete: "set null" }),
  },
  (t) => [
    index("targets_unit_year_idx").on(t.unitId, t.year),
    check("targets_year", sql`${t.year} between 2000 and 2100`),
    check("targets_has_condition", sql`${t.scoreOp} is not null or ${t.rankOp} is not null`),
    check(
      "targets_score_value",
      sql`(${t.scoreOp} is null and ${t.scoreValue} is null) or (${t.scoreOp} = 'gt-previous-year' and ${t.scoreValue} is null) or (${t.scoreOp} in ('gt','gte','eq') and ${t.scoreValue} is not null and ${t.scoreUnit} is not null)`,
    ),
    check(
      "targets_rank_value",
      sql`(${t.rankOp} = 'at-most' and ${t.rankValue} >= 1) or (${t.rankOp} is distinct from 'at-most' and ${t.rankValue} is null)`,
    ),
  ],
);

/** Units that answer for a target, in printed order. */
export const targetUnits = pgTable(
  "target_units",
  {
    targetId: integer("target_id")
      .notNull()
      .references(() => targets.id, { onDelete: "cascade" }),
    unitId: integer("unit_id")
      .notNull()
      .references(() => units.id, { onDelete: "cascade" }),
    position: integer("position").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.targetId, t.unitId] })],
);
