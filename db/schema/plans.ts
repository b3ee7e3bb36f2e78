import { sql } from "drizzle-orm";
import {
  check,
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  jsonb,
  type AnyPgColumn,
} from "drizzle-orm/pg-core";
import type { Deadline } from "../../server/domain/deadline";
import { planKind, planUnitRole, surveyMethod } from "./enums";
import { units } from "./units";

/** Kế hoạch: an improvement plan or a scoring-cycle plan. */
export const plans = pgTable(
  "plans",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    code: text("code").notNull().unique(),
    /** "447/KH-UBND"; null when the number was left blank in the document. */
    number: text("number"),
    numberPrinted: text("number_printed"),
    issuedOn: date("issued_on", { mode: "string" }),
    datePrinted: text("date_printed"),
    issuerUnitId: integer("issuer_unit_id")
      .notNull()
      .references(() => units.id, { onDelete: "restrict" }),
    title: text("title").notNull(),
    kind: planKind("kind").notNull(),
    fromYear: integer("from_year").notNull(),
    toYear: integer("to_year").notNull(),
    parentPlanId: integer("parent_plan_id").references((): AnyPgColumn => plans.id, { onDelete: "set null" }),
    implementsPrinted: text("implements_printed"),
    reportingDeadlineText: text("reporting_deadline_text"),
    reportingDeadline: jsonb("reporting_deadline").$type<Deadline>(),
    reportToUnitId: integer("report_to_unit_id").references(() => units.id, { onDelete: "set null" }),
    summary: text("summary"),
    sourceFile: text("source_file"),
    signerTitle: text("signer_title"),
    signerName: text("signer_name"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("plans_issuer_idx").on(t.issuerUnitId),
    check("plans_years", sql`${t.fromYear} between 2000 and 2100 and ${t.toYear} between ${t.fromYear} and 2100`),
    check("plans_not_own_parent", sql`${t.parentPlanId} is null or ${t.parentPlanId} <> ${t.id}`),
    check("plans_title_not_blank", sql`length(trim(${t.title})) > 0`),
  ],
);

/** Units a scoring-cycle plan evaluates, and the appraisal council's member agencies. */
export const planUnits = pgTable(
  "plan_units",
  {
    planId: integer("plan_id")
      .notNull()
      .references(() => plans.id, { onDelete: "cascade" }),
    unitId: integer("unit_id")
      .notNull()
      .references(() => units.id, { onDelete: "cascade" }),
    role: planUnitRole("role").notNull(),
    position: integer("position").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.planId, t.unitId, t.role] })],
);

/** Phiếu điều tra xã hội học of a scoring cycle. */
export const surveyForms = pgTable(
  "survey_forms",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    planId: integer("plan_id")
      .notNull()
      .references(() => plans.id, { onDelete: "cascade" }),
    code: text("code").notNull(),
    respondents: text("respondents").notNull(),
    method: surveyMethod("method").notNull(),
    planned: integer("planned"),
    returned: integer("returned"),
    note: text("note"),
    position: integer("position").notNull().default(0),
  },
  (t) => [
    unique("survey_forms_plan_code").on(t.planId, t.code),
    check("survey_forms_planned", sql`${t.planned} is null or ${t.planned} >= 0`),
    check("survey_forms_returned", sql`${t.returned} is null or ${t.returned} >= 0`),
  ],
);
