import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  text,
  timestamp,
  type AnyPgColumn,
} from "drizzle-orm/pg-core";
import type { Deadline } from "../../server/domain/deadline";
import { comparisonOp, deadlineKind, taskPhase, taskRole, taskStatus, taskUpdateKind } from "./enums";
import { components } from "./frameworks";
import { plans } from "./plans";
import { units } from "./units";
import { users } from "./auth";

/** Nhiệm vụ: a row of a plan's task table, in the document's order and numbering. */
export const tasks = pgTable(
  "tasks",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    /** Stable key of a seeded row: plan code + path of positions. */
    seedKey: text("seed_key").unique(),
    planId: integer("plan_id")
      .notNull()
      .references(() => plans.id, { onDelete: "cascade" }),
    parentId: integer("parent_id").references((): AnyPgColumn => tasks.id, { onDelete: "cascade" }),
    /** Order among siblings. */
    position: integer("position").notNull(),
    /** Ordinal as printed ("I", "1", "6.1"); null when the row has none. */
    ordinal: text("ordinal"),
    title: text("title").notNull(),
    content: text("content"),
    /** A heading row groups tasks and is not itself done by anyone. */
    isHeading: boolean("is_heading").notNull().default(false),
    leadPrinted: text("lead_printed"),
    coordinatingPrinted: text("coordinating_printed"),
    deadlineText: text("deadline_text"),
    deadlineKind: deadlineKind("deadline_kind").notNull().default("none"),
    deadline: jsonb("deadline").$type<Deadline>().notNull().default({ kind: "none" }),
    evidenceRequired: text("evidence_required"),
    phase: taskPhase("phase"),
    status: taskStatus("status").notNull().default("chua-thuc-hien"),
    statusReason: text("status_reason"),
    progress: integer("progress").notNull().default(0),
    completedOn: timestamp("completed_on", { withTimezone: true }),
    /** Optimistic concurrency: every write bumps it and checks the version the user saw. */
    version: integer("version").notNull().default(1),
    /** Task of the parent plan this one carries out (Tam Đường's plan implements Lai Châu's). */
    parentTaskId: integer("parent_task_id").references((): AnyPgColumn => tasks.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("tasks_plan_idx").on(t.planId, t.parentId, t.position),
    // New assignments since the user last looked (the bell).
    index("tasks_created_idx").on(t.createdAt),
    check("tasks_progress_range", sql`${t.progress} between 0 and 100`),
    check("tasks_not_own_parent", sql`${t.parentId} is null or ${t.parentId} <> ${t.id}`),
    check("tasks_title_not_blank", sql`length(trim(${t.title})) > 0`),
    check(
      "tasks_reason_when_not_done",
      sql`${t.status} <> 'khong-thuc-hien-duoc' or (${t.statusReason} is not null and length(trim(${t.statusReason})) > 0)`,
    ),
    check("tasks_deadline_kind_matches", sql`${t.deadline}->>'kind' = ${t.deadlineKind}::text`),
  ],
);

/** Lead (chủ trì) and coordinating (phối hợp) units of a task, in printed order. */
export const taskUnits = pgTable(
  "task_units",
  {
    taskId: integer("task_id")
      .notNull()
      .references(() => tasks.id, { onDelete: "cascade" }),
    unitId: integer("unit_id")
      .notNull()
      .references(() => units.id, { onDelete: "cascade" }),
    role: taskRole("role").notNull(),
    position: integer("position").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.taskId, t.unitId, t.role] }), index("task_units_unit_idx").on(t.unitId)],
);

/** Components (chỉ số thành phần) a task serves. */
export const taskComponents = pgTable(
  "task_components",
  {
    taskId: integer("task_id")
      .notNull()
      .references(() => tasks.id, { onDelete: "cascade" }),
    componentKey: text("component_key")
      .notNull()
      .references(() => components.key),
  },
  (t) => [primaryKey({ columns: [t.taskId, t.componentKey] }), index("task_components_key_idx").on(t.componentKey)],
);

/** Numeric targets written inside a task's text ("từ 30% trở lên"). */
export const taskNumericTargets = pgTable(
  "task_numeric_targets",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    taskId: integer("task_id")
      .notNull()
      .references(() => tasks.id, { onDelete: "cascade" }),
    metric: text("metric").notNull(),
    op: comparisonOp("op").notNull(),
    value: numeric("value", { precision: 12, scale: 2, mode: "number" }).notNull(),
    unit: text("unit").notNull(),
    year: integer("year"),
    printed: text("printed").notNull(),
    position: integer("position").notNull().default(0),
  },
  (t) => [index("task_numeric_targets_task_idx").on(t.taskId)],
);

/** History of a task: every update by a participating unit, and leaders' directions. Never edited. */
export const taskUpdates = pgTable(
  "task_updates",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    taskId: integer("task_id")
      .notNull()
      .references(() => tasks.id, { onDelete: "cascade" }),
    kind: taskUpdateKind("kind").notNull(),
    unitId: integer("unit_id")
      .notNull()
      .references(() => units.id),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id),
    status: taskStatus("status"),
    progress: integer("progress"),
    report: text("report"),
    reason: text("reason"),
    /** Task version this update produced. */
    taskVersion: integer("task_version").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("task_updates_task_idx").on(t.taskId, t.createdAt),
    // The bell's news: directions and comments since a date, few among the updates (migration 0007
    // adds INCLUDE (task_id) so that the scan never visits the table).
    index("task_updates_news_idx").on(t.createdAt).where(sql`${t.kind} in ('direction', 'comment')`),
    check("task_updates_progress_range", sql`${t.progress} is null or ${t.progress} between 0 and 100`),
  ],
);
