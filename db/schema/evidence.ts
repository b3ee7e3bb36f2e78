import { sql } from "drizzle-orm";
import { check, date, index, integer, pgTable, text, timestamp } from "drizzle-orm/pg-core";
import { evidenceKind } from "./enums";
import { users } from "./auth";
import { assessments } from "./assessments";
import { taskUpdates, tasks } from "./tasks";
import { units } from "./units";

/**
 * Tài liệu kiểm chứng: a stored file or a reference to an official document, attached to a task
 * update or a criterion score. Rows are only ever added; a correction is a new row.
 */
export const evidence = pgTable(
  "evidence",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    kind: evidenceKind("kind").notNull(),
    taskId: integer("task_id").references(() => tasks.id, { onDelete: "cascade" }),
    taskUpdateId: integer("task_update_id").references(() => taskUpdates.id, { onDelete: "cascade" }),
    assessmentId: integer("assessment_id").references(() => assessments.id, { onDelete: "cascade" }),
    /** File: SHA-256 of the content (storage key), original name, detected type, size. */
    sha256: text("sha256"),
    originalName: text("original_name"),
    mimeType: text("mime_type"),
    sizeBytes: integer("size_bytes"),
    /** Document reference: số ký hiệu, date, issuer, title. */
    docNumber: text("doc_number"),
    docDate: date("doc_date", { mode: "string" }),
    docIssuer: text("doc_issuer"),
    title: text("title"),
    unitId: integer("unit_id")
      .notNull()
      .references(() => units.id),
    addedBy: integer("added_by")
      .notNull()
      .references(() => users.id),
    addedAt: timestamp("added_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("evidence_task_idx").on(t.taskId),
    index("evidence_assessment_idx").on(t.assessmentId),
    check("evidence_owner", sql`${t.taskId} is not null or ${t.assessmentId} is not null`),
    check(
      "evidence_kind_fields",
      sql`(${t.kind} = 'file' and ${t.sha256} is not null and ${t.originalName} is not null and ${t.sizeBytes} is not null and ${t.sizeBytes} <= 20971520)
       or (${t.kind} = 'document' and ${t.docNumber} is not null and length(trim(${t.docNumber})) > 0)`,
    ),
  ],
);
