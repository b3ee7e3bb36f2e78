import { sql } from "drizzle-orm";
import { boolean, check, date, index, integer, pgTable, primaryKey, text, timestamp, unique } from "drizzle-orm/pg-core";
import { users } from "./auth";
import { cyclePhase, cycleStatus, submissionState, unitLevel } from "./enums";
import { components, frameworks } from "./frameworks";
import { plans } from "./plans";
import { units } from "./units";

/**
 * A scoring cycle (kỳ đánh giá): one year, one level of unit, one framework, organised by a
 * scoring-cycle plan and run by the government unit that issued it (its Phòng/Sở Nội vụ).
 */
export const cycles = pgTable(
  "cycles",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    planId: integer("plan_id")
      .notNull()
      .unique()
      .references(() => plans.id, { onDelete: "restrict" }),
    frameworkId: integer("framework_id")
      .notNull()
      .references(() => frameworks.id, { onDelete: "restrict" }),
    year: integer("year").notNull(),
    level: unitLevel("level").notNull(),
    /** The government unit that runs it (the plan's issuer). */
    ownerUnitId: integer("owner_unit_id")
      .notNull()
      .references(() => units.id, { onDelete: "restrict" }),
    status: cycleStatus("status").notNull().default("open"),
    approvedAt: timestamp("approved_at", { withTimezone: true }),
    approvedBy: integer("approved_by").references(() => users.id),
    /** The decision approving the result ("Quyết định số …"), as typed. */
    approvalDecision: text("approval_decision"),
    publishedAt: timestamp("published_at", { withTimezone: true }),
    publishedBy: integer("published_by").references(() => users.id),
    createdBy: integer("created_by").references(() => users.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    version: integer("version").notNull().default(1),
  },
  (t) => [check("cycles_year", sql`${t.year} between 2000 and 2100`)],
);

/** Each phase's window: due date from the plan's task, and the extension Home Affairs grants. */
export const cyclePhases = pgTable(
  "cycle_phases",
  {
    cycleId: integer("cycle_id")
      .notNull()
      .references(() => cycles.id, { onDelete: "cascade" }),
    phase: cyclePhase("phase").notNull(),
    opensOn: date("opens_on", { mode: "string" }),
    dueOn: date("due_on", { mode: "string" }),
    closesOn: date("closes_on", { mode: "string" }),
  },
  (t) => [
    primaryKey({ columns: [t.cycleId, t.phase] }),
    check("cycle_phases_order", sql`${t.opensOn} is null or ${t.dueOn} is null or ${t.opensOn} <= ${t.dueOn}`),
  ],
);

/** An evaluated unit of a cycle and its self-assessment as a whole: draft, then submitted (locked). */
export const cycleUnits = pgTable(
  "cycle_units",
  {
    cycleId: integer("cycle_id")
      .notNull()
      .references(() => cycles.id, { onDelete: "cascade" }),
    unitId: integer("unit_id")
      .notNull()
      .references(() => units.id, { onDelete: "cascade" }),
    position: integer("position").notNull().default(0),
    state: submissionState("state").notNull().default("draft"),
    submittedAt: timestamp("submitted_at", { withTimezone: true }),
    submittedBy: integer("submitted_by").references(() => users.id),
    /** Submitted after the self-assessment due date, inside an extension. */
    late: boolean("late").notNull().default(false),
    /** Bumped by every save of the unit's self-assessment: the form's version check. */
    version: integer("version").notNull().default(1),
  },
  (t) => [primaryKey({ columns: [t.cycleId, t.unitId] }), index("cycle_units_unit_idx").on(t.unitId)],
);

/** The council: which office appraises which component in a cycle. */
export const councilAssignments = pgTable(
  "council_assignments",
  {
    cycleId: integer("cycle_id")
      .notNull()
      .references(() => cycles.id, { onDelete: "cascade" }),
    componentKey: text("component_key")
      .notNull()
      .references(() => components.key),
    unitId: integer("unit_id")
      .notNull()
      .references(() => units.id, { onDelete: "cascade" }),
    /** Set when the office reports its appraisal finished. */
    finishedAt: timestamp("finished_at", { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.cycleId, t.componentKey] }),
    index("council_assignments_unit_idx").on(t.unitId),
    unique("council_assignments_unique").on(t.cycleId, t.componentKey, t.unitId),
  ],
);
