import { asc, eq, inArray } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import * as s from "../../db/schema";
import { taskAsOf, taskExistsFrom, type TaskAsOf, type TaskUpdateFact } from "../domain/task-as-of";
import type { TaskStatus } from "../domain/task-state";
import { evidenceForTasks, type EvidenceRow } from "./evidence-rows";

/** One row of a task's history, as pages and reports show it. */
export interface TaskHistoryUpdate extends TaskUpdateFact {
  taskId: number;
  unitName: string;
  userName: string;
  report: string | null;
  taskVersion: number;
}

export type TaskHistoryEvidence = EvidenceRow & { taskId: number };

export interface TaskHistory {
  /** When the task came into being: its plan's start, or its row's creation if earlier. */
  createdAt: Date;
  /** Oldest first. */
  updates: TaskHistoryUpdate[];
  /** Oldest first. */
  evidence: TaskHistoryEvidence[];
}

export type TaskAsOfView = TaskAsOf<TaskHistoryUpdate, TaskHistoryEvidence>;

/** Every update of a set of tasks, oldest first, with who filed it and for which unit. */
export function updatesForTasks(db: DbOrTx, taskIds: readonly number[]): Promise<TaskHistoryUpdate[]> {
  return db
    .select({
      id: s.taskUpdates.id,
      taskId: s.taskUpdates.taskId,
      kind: s.taskUpdates.kind,
      status: s.taskUpdates.status,
      progress: s.taskUpdates.progress,
      report: s.taskUpdates.report,
      reason: s.taskUpdates.reason,
      taskVersion: s.taskUpdates.taskVersion,
      createdAt: s.taskUpdates.createdAt,
      unitName: s.units.name,
      userName: s.users.fullName,
    })
    .from(s.taskUpdates)
    .innerJoin(s.units, eq(s.units.id, s.taskUpdates.unitId))
    .innerJoin(s.users, eq(s.users.id, s.taskUpdates.userId))
    .where(inArray(s.taskUpdates.taskId, [...taskIds]))
    .orderBy(asc(s.taskUpdates.createdAt), asc(s.taskUpdates.id));
}

/**
 * The whole history of a set of tasks in three queries, whatever their number: the tasks'
 * creation times, their updates, their evidence. Ids that are not tasks are left out.
 */
export async function loadTaskHistories(
  db: DbOrTx,
  taskIds: readonly number[],
  /** When each task came into being, if the caller has read it already (saves a query). */
  known?: ReadonlyMap<number, Date>,
): Promise<Map<number, TaskHistory>> {
  const ids = [...new Set(taskIds)];
  const out = new Map<number, TaskHistory>();
  if (ids.length === 0) return out;
  const [tasks, updates, evidence] = await Promise.all([
    known && ids.every((id) => known.has(id))
      ? ids.map((id) => ({ id, existsFrom: known.get(id)! }))
      : db
          .select({ id: s.tasks.id, createdAt: s.tasks.createdAt, issuedOn: s.plans.issuedOn, fromYear: s.plans.fromYear })
          .from(s.tasks)
          .innerJoin(s.plans, eq(s.plans.id, s.tasks.planId))
          .where(inArray(s.tasks.id, ids))
          .then((rows) => rows.map((t) => ({ id: t.id, existsFrom: taskExistsFrom(t.createdAt, t) }))),
    updatesForTasks(db, ids),
    evidenceForTasks(db, ids),
  ]);
  for (const t of tasks) out.set(t.id, { createdAt: t.existsFrom, updates: [], evidence: [] });
  for (const u of updates) out.get(u.taskId)?.updates.push(u);
  for (const e of evidence) out.get(e.taskId)?.evidence.push(e);
  return out;
}

/** Apply the as-of rule to loaded histories; a task created after `asOf` maps to null. */
export function historiesAsOf(histories: ReadonlyMap<number, TaskHistory>, asOf: string): Map<number, TaskAsOfView | null> {
  const out = new Map<number, TaskAsOfView | null>();
  for (const [id, h] of histories) out.set(id, taskAsOf({ createdAt: h.createdAt }, h.updates, h.evidence, asOf));
  return out;
}

/**
 * Tasks as they stood at the end of `asOf` (a day in Vietnam, YYYY-MM-DD): status, progress,
 * completion, last report and evidence, with nothing filed later. Permission to see the tasks
 * is the caller's to check; this only reads history.
 */
export async function tasksAsOf(db: DbOrTx, taskIds: readonly number[], asOf: string): Promise<Map<number, TaskAsOfView | null>> {
  return historiesAsOf(await loadTaskHistories(db, taskIds), asOf);
}

/** The fields of a task row that change over time. */
export interface TaskStateFields {
  id: number;
  /** When the task came into being (taskExistsFrom): read with the row, it saves a query. */
  existsFrom: Date;
  status: TaskStatus;
  progress: number;
  completedOn: Date | null;
  evidenceCount: number;
}

/**
 * Task rows as they stood on their viewing dates: status, progress, completion and evidence
 * count rebuilt from history, the last report's time given, and rows of tasks that did not yet
 * exist left out. A row viewed today or later is already as it stands (nothing can be filed
 * after the end of today), so it costs no query. `asOfOf` gives each row its date (a closed
 * plan year is viewed at its reporting date, an open one today).
 */
export async function rowsAsOf<T extends TaskStateFields>(
  db: DbOrTx,
  rows: readonly T[],
  asOfOf: (row: T) => string,
  today: string,
): Promise<Array<T & { lastReportAt?: Date | null }>> {
  const past = rows.filter((r) => asOfOf(r) < today);
  if (past.length === 0) return [...rows];
  const histories = await loadTaskHistories(
    db,
    past.map((r) => r.id),
    new Map(past.map((r) => [r.id, r.existsFrom])),
  );
  const out: Array<T & { lastReportAt?: Date | null }> = [];
  for (const row of rows) {
    const asOf = asOfOf(row);
    const h = asOf < today ? histories.get(row.id) : undefined;
    if (!h) {
      out.push(row);
      continue;
    }
    const v = taskAsOf({ createdAt: h.createdAt }, h.updates, h.evidence, asOf);
    if (!v) continue;
    out.push({
      ...row,
      status: v.status,
      progress: v.progress,
      completedOn: v.completedOn,
      evidenceCount: v.evidenceCount,
      lastReportAt: v.lastUpdate?.createdAt ?? null,
    });
  }
  return out;
}
