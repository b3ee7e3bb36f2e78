import { sql } from "drizzle-orm";
import { check, index, integer, numeric, pgTable, text, timestamp, unique } from "drizzle-orm/pg-core";
import { users } from "./auth";
import { cycles } from "./cycles";
import { criterionStage } from "./enums";
import { components, criteria } from "./frameworks";
import { plans, surveyForms } from "./plans";
import { tasks } from "./tasks";
import { units } from "./units";

/**
 * One unit's score on one criterion in one year of a scoring cycle: self score with its
 * explanation, the council's appraised score and remark, and the unit's reply (giải trình).
 */
export const assessments = pgTable(
  "assessments",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    planId: integer("plan_id").references(() => plans.id, { onDelete: "set null" }),
    unitId: integer("unit_id")
      .notNull()
      .references(() => units.id, { onDelete: "cascade" }),
    year: integer("year").notNull(),
    criterionId: integer("criterion_id")
      .notNull()
      .references(() => criteria.id, { onDelete: "cascade" }),
    selfScore: numeric("self_score", { precision: 7, scale: 2, mode: "number" }),
    selfNote: text("self_note"),
    selfBy: integer("self_by").references(() => users.id),
    appraisedScore: numeric("appraised_score", { precision: 7, scale: 2, mode: "number" }),
    appraiserRemark: text("appraiser_remark"),
    appraisedBy: integer("appraised_by").references(() => users.id),
    reply: text("reply"),
    /** The scoring cycle this score belongs to (null for scores kept before cycles existed). */
    cycleId: integer("cycle_id").references(() => cycles.id, { onDelete: "cascade" }),
    stage: criterionStage("stage").notNull().default("self"),
    /** The final score the appraiser settles after the unit's explanation. */
    settledScore: numeric("settled_score", { precision: 7, scale: 2, mode: "number" }),
    settledBy: integer("settled_by").references(() => users.id),
    appraisedAt: timestamp("appraised_at", { withTimezone: true }),
    repliedAt: timestamp("replied_at", { withTimezone: true }),
    repliedBy: integer("replied_by").references(() => users.id),
    /** The improvement task made from this criterion's lost points (next year's plan). */
    improvementTaskId: integer("improvement_task_id").references(() => tasks.id, { onDelete: "set null" }),
    version: integer("version").notNull().default(1),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique("assessments_unit_year_criterion").on(t.unitId, t.year, t.criterionId),
    check("assessments_year", sql`${t.year} between 2000 and 2100`),
    check("assessments_self_score", sql`${t.selfScore} is null or ${t.selfScore} >= 0`),
    check("assessments_appraised_score", sql`${t.appraisedScore} is null or ${t.appraisedScore} >= 0`),
    check("assessments_settled_score", sql`${t.settledScore} is null or ${t.settledScore} >= 0`),
    index("assessments_cycle_idx").on(t.cycleId, t.unitId),
  ],
);

/** Survey (điều tra XHH) score of a unit per component, from a survey form. */
export const surveyScores = pgTable(
  "survey_scores",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    unitId: integer("unit_id")
      .notNull()
      .references(() => units.id, { onDelete: "cascade" }),
    year: integer("year").notNull(),
    componentKey: text("component_key")
      .notNull()
      .references(() => components.key),
    surveyFormId: integer("survey_form_id").references(() => surveyForms.id, { onDelete: "set null" }),
    score: numeric("score", { precision: 7, scale: 2, mode: "number" }).notNull(),
  },
  (t) => [
    unique("survey_scores_unit_year_component_form").on(t.unitId, t.year, t.componentKey, t.surveyFormId),
    index("survey_scores_year_idx").on(t.year),
    check("survey_scores_nonnegative", sql`${t.score} >= 0`),
  ],
);
