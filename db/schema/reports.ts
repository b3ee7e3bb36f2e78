import { sql } from "drizzle-orm";
import { check, integer, jsonb, pgTable, text, timestamp, unique } from "drizzle-orm/pg-core";
import { users } from "./auth";
import { plans } from "./plans";

/** The officer's draft of a periodic report on a plan: the text sections and the number, kept between sessions. */
export const reportDrafts = pgTable(
  "report_drafts",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    planId: integer("plan_id")
      .notNull()
      .references(() => plans.id, { onDelete: "cascade" }),
    year: integer("year").notNull(),
    period: text("period").notNull(),
    number: text("number"),
    /**
     * The text sections, and (added later, hence optional and kept in the same JSON) the issue
     * date the officer chose and who issues the report (the government or its Home Affairs office).
     */
    sections: jsonb("sections")
      .$type<{
        danhGiaChung: string;
        tonTai: string;
        nhiemVuGiaiPhap: string;
        deXuat: string;
        issuedOn?: string | null;
        issuedBy?: "government" | "home-affairs";
      }>()
      .notNull(),
    version: integer("version").notNull().default(1),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    updatedBy: integer("updated_by").references(() => users.id, { onDelete: "set null" }),
  },
  (t) => [
    unique("report_drafts_plan_year_period").on(t.planId, t.year, t.period),
    check("report_drafts_period", sql`${t.period} in ('quy-1', '6-thang', 'quy-3', 'nam')`),
  ],
);
