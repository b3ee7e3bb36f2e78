import { asc, eq, inArray, sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import * as s from "../../db/schema";
import { afterVietnamDay, endOfVietnamDay, taskAsOf, taskExistsFrom, type TaskAsOf, type TaskUpdateFact } from "../domain/task-as-of";
import type { TaskStatus } from "../domain/task-state";
import { evidenceForTasks, type EvidenceRow } from "./evidence-rows";
import { prepared } from "./prepared";

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
 * The statement of {@link decidingFacts}, prepared: the same text for any number of tasks (two
 * array parameters), and a plan that does not depend on them (a few index lookups per task), so
 * it is planned once per connection instead of on every page that shows a closed year (≈1,4 ms).
 */
function decidingStatement(db: DbOrTx, name: string) {
  return db
    .select({
      task_id: sql<number>`q.task_id`,
      evidence_count: sql<number>`q.evidence_count`,
      s_id: sql<number | null>`q.s_id`,
      s_status: sql<TaskStatus | null>`q.s_status`,
      s_reason: sql<string | null>`q.s_reason`,
      s_at: sql<Date | string | null>`q.s_at`,
      p_id: sql<number | null>`q.p_id`,
      p_progress: sql<number | null>`q.p_progress`,
      p_at: sql<Date | string | null>`q.p_at`,
      r_id: sql<number | null>`q.r_id`,
      r_kind: sql<TaskUpdateFact["kind"] | null>`q.r_kind`,
      r_at: sql<Date | string | null>`q.r_at`,
    })
    .from(
      sql`(
    with q(task_id, cutoff) as (select * from unnest(${sql.placeholder("ids")}::int[], ${sql.placeholder("cutoffs")}::timestamptz[]))
    select q.task_id,
      (select count(*)::int from evidence e where e.task_id = q.task_id and e.added_at < q.cutoff) as evidence_count,
      st.id as s_id, st.status as s_status, st.reason as s_reason, st.created_at as s_at,
      pr.id as p_id, pr.progress as p_progress, pr.created_at as p_at,
      rp.id as r_id, rp.kind as r_kind, rp.created_at as r_at
    from q
    left join lateral (select u.id, u.status, u.reason, u.created_at from task_updates u
      where u.task_id = q.task_id and u.kind = 'progress' and u.status is not null and u.created_at < q.cutoff
      order by u.created_at desc, u.id desc limit 1) st on true
    left join lateral (select u.id, u.progress, u.created_at from task_updates u
      where u.task_id = q.task_id and u.kind = 'progress' and u.progress is not null and u.created_at < q.cutoff
      order by u.created_at desc, u.id desc limit 1) pr on true
    left join lateral (select u.id, u.kind, u.created_at from task_updates u
      where u.task_id = q.task_id and u.kind in ('progress', 'contribution') and u.created_at < q.cutoff
      order by u.created_at desc, u.id desc limit 1) rp on true) as q`,
    )
    .prepare(name);
}

const asDate = (v: Date | string) => (v instanceof Date ? v : new Date(v));

/**
 * The updates that decide each task's state at the end of its date (see decidingUpdates in the
 * domain: the latest status, the latest progress figure, the latest report), and its evidence
 * count then; one statement for any number of tasks, reading a few rows per task instead of its
 * whole history.
 */
export async function decidingFacts(db: DbOrTx, asks: ReadonlyArray<{ id: number; asOf: string }>) {
  const ids = asks.map((a) => a.id);
  // The first instant after the day (exclusive): the same cut as the domain's end-of-day at any precision.
  const cutoffs = asks.map((a) => afterVietnamDay(a.asOf).toISOString());
  const list = await prepared(db, "deciding_facts", decidingStatement).execute({
    ids: `{${ids.join(",")}}`,
    cutoffs: `{${cutoffs.join(",")}}`,
  });
  const out = new Map<number, { updates: TaskUpdateFact[]; evidenceCount: number }>();
  for (const r of list) {
    const updates = new Map<number, TaskUpdateFact>();
    const put = (id: number | null, f: Omit<TaskUpdateFact, "id">) => {
      if (id === null) return;
      const had = updates.get(id);
      // One row may decide two things (a report giving status and progress): merge its fields.
      updates.set(id, had ? { ...had, status: had.status ?? f.status, reason: had.reason ?? f.reason, progress: had.progress ?? f.progress } : { id, ...f });
    };
    put(r.s_id, { kind: "progress", status: r.s_status, reason: r.s_reason, progress: null, createdAt: asDate(r.s_at!) });
    put(r.p_id, { kind: "progress", status: null, reason: null, progress: r.p_progress, createdAt: asDate(r.p_at!) });
    put(r.r_id, { kind: r.r_kind!, status: null, reason: null, progress: null, createdAt: asDate(r.r_at!) });
    out.set(Number(r.task_id), { updates: [...updates.values()], evidenceCount: Number(r.evidence_count) });
  }
  return out;
}

/**
 * Task rows as they stood on their viewing dates: status, progress, completion and evidence
 * count rebuilt from history, the last report's time given, and rows of tasks that did not yet
 * exist left out. A row viewed today or later is already as it stands (nothing can be filed
 * after the end of today), so it costs no query. `asOfOf` gives each row its date (a closed
 * plan year is viewed at its reporting date, an open one today). The rule is the domain's
 * taskAsOf, applied to the updates that decide it (one statement, a few rows per task).
 */
export async function rowsAsOf<T extends TaskStateFields>(
  db: DbOrTx,
  rows: readonly T[],
  asOfOf: (row: T) => string,
  today: string,
): Promise<Array<T & { lastReportAt?: Date | null }>> {
  const past = rows.filter((r) => asOfOf(r) < today && r.existsFrom.getTime() <= endOfVietnamDay(asOfOf(r)).getTime());
  const anyPast = rows.some((r) => asOfOf(r) < today);
  if (!anyPast) return [...rows];
  const facts = past.length ? await decidingFacts(db, past.map((r) => ({ id: r.id, asOf: asOfOf(r) }))) : new Map();
  const out: Array<T & { lastReportAt?: Date | null }> = [];
  for (const row of rows) {
    const asOf = asOfOf(row);
    if (asOf >= today) {
      out.push(row);
      continue;
    }
    const f = facts.get(row.id);
    const v = f ? taskAsOf({ createdAt: row.existsFrom }, f.updates, [], asOf) : null;
    if (!v) continue;
    out.push({
      ...row,
      status: v.status,
      progress: v.progress,
      completedOn: v.completedOn,
      evidenceCount: f!.evidenceCount,
      lastReportAt: v.lastUpdate?.createdAt ?? null,
    });
  }
  return out;
}
