import { sql } from "drizzle-orm";
import {
  check,
  date,
  integer,
  jsonb,
  numeric,
  pgTable,
  text,
  unique,
  type AnyPgColumn,
} from "drizzle-orm/pg-core";
import { componentKind, scoringKind, unitLevel } from "./enums";
import { units } from "./units";

/**
 * Component catalogue: stable keys shared by every framework, so that years scored under
 * different frameworks compare (e.g. "tai-chinh-cong"). "tong" is the total index.
 */
export const components = pgTable("components", {
  key: text("key").primaryKey(),
  name: text("name").notNull(),
  shortName: text("short_name").notNull(),
  kind: componentKind("kind").notNull(),
  position: integer("position").notNull(),
});

/** Bộ chỉ số: the index set for a level of unit from a given year. */
export const frameworks = pgTable(
  "frameworks",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    code: text("code").notNull().unique(),
    name: text("name").notNull(),
    level: unitLevel("level").notNull(),
    fromYear: integer("from_year").notNull(),
    decision: text("decision"),
    issuerUnitId: integer("issuer_unit_id").references(() => units.id, { onDelete: "set null" }),
    maxPoints: numeric("max_points", { precision: 7, scale: 2, mode: "number" }),
    /** Date of the issuing decision, when known. */
    decisionDate: date("decision_date", { mode: "string" }),
    /** The framework this one was copied from (a new year starts as a copy of the last). */
    copiedFromId: integer("copied_from_id").references((): AnyPgColumn => frameworks.id, { onDelete: "set null" }),
  },
  (t) => [check("frameworks_year", sql`${t.fromYear} between 2000 and 2100`)],
);

export const frameworkComponents = pgTable(
  "framework_components",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    frameworkId: integer("framework_id")
      .notNull()
      .references(() => frameworks.id, { onDelete: "cascade" }),
    componentKey: text("component_key")
      .notNull()
      .references(() => components.key),
    position: integer("position").notNull(),
    /** Name as this framework prints it. */
    name: text("name").notNull(),
    maxPoints: numeric("max_points", { precision: 7, scale: 2, mode: "number" }),
    kind: componentKind("kind").notNull(),
  },
  (t) => [
    unique("framework_components_key").on(t.frameworkId, t.componentKey),
    check("framework_components_max", sql`${t.maxPoints} is null or ${t.maxPoints} > 0`),
  ],
);

/** Tiêu chí and tiêu chí thành phần (a tree below a component). */
export const criteria = pgTable(
  "criteria",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    frameworkComponentId: integer("framework_component_id")
      .notNull()
      .references(() => frameworkComponents.id, { onDelete: "cascade" }),
    parentId: integer("parent_id").references((): AnyPgColumn => criteria.id, { onDelete: "cascade" }),
    ordinal: text("ordinal"),
    title: text("title").notNull(),
    maxPoints: numeric("max_points", { precision: 7, scale: 2, mode: "number" }),
    evidenceRequired: text("evidence_required"),
    position: integer("position").notNull().default(0),
    /** How it is scored: fixed steps, any value up to the maximum (at a step), or from the survey. */
    scoring: scoringKind("scoring").notNull().default("range"),
    /** The allowed scores when scoring by steps (0; 0,5; 1). */
    steps: jsonb("steps").$type<number[]>(),
    /** The step of a range ("0,25"), when it has one. */
    step: numeric("step", { precision: 7, scale: 2, mode: "number" }),
    /** The office that appraises it, as the framework names it. */
    appraiserPrinted: text("appraiser_printed"),
  },
  (t) => [
    check("criteria_max", sql`${t.maxPoints} is null or ${t.maxPoints} >= 0`),
    check("criteria_steps", sql`${t.scoring} <> 'steps' or ${t.steps} is not null`),
  ],
);
