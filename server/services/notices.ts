import { and, desc, eq, gt, inArray, sql } from "drizzle-orm";
import type { Db, DbOrTx } from "../../db/client";
import * as s from "../../db/schema";
import type { Actor } from "../domain/permissions";
import type { Deadline } from "../domain/deadline";
import { judgeTask, planViewPoint, type TaskStatus } from "../domain/task-state";
import { getSettings, rootOf } from "./settings";
import { loadUnitTree } from "./actor";
import { prepared } from "./prepared";
import { listUnitTasks, type UnitTask } from "./unit-tasks";

export interface Notices {
  overdue: UnitTask[];
  dueSoon: UnitTask[];
  newAssignments: Array<{ id: number; title: string; planNumber: string | null; role: "lead" | "coordinating"; createdAt: Date }>;
  directions: Array<{ id: number; taskId: number; taskTitle: string; kind: "direction" | "comment"; text: string | null; from: string; unitName: string; createdAt: Date }>;
  unread: number;
  seenAt: Date | null;
}

const DAY = 86_400_000;

/**
 * The oldest news a user who never marked notices seen is shown: 30 days before the start of the
 * viewing day in Vietnam. A day, not an instant, so that the bell is the same all day for the same
 * data (the page cache keys on the date, not the hour).
 */
function newsWindowStart(today: string): Date {
  return new Date(Date.parse(`${today}T00:00:00+07:00`) - 30 * DAY);
}

/**
 * What a unit should look at: in its open plan years, its overdue tasks and those due within the
 * settings' window (always, until done); and new assignments and leaders' directions since the user last marked
 * notices as seen.
 */
export async function getNotices(db: DbOrTx, actor: Actor, today: string): Promise<Notices> {
  const [user] = await db.select({ seenAt: s.users.noticesSeenAt, createdAt: s.users.createdAt }).from(s.users).where(eq(s.users.id, actor.userId));
  const seenAt = user?.seenAt ?? null;
  // Before the first visit, "new" means since the account was made (at most 30 days back):
  // tasks that already existed then are not new assignments to this person.
  const monthAgo = newsWindowStart(today);
  const since = seenAt ?? (user && user.createdAt > monthAgo ? user.createdAt : monthAgo);
  const tasks = await listUnitTasks(db, actor, { today, closedAsOf: false });
  const taskIds = tasks.map((t) => t.id);
  const openIds = tasks.filter((t) => !t.yearClosed).map((t) => t.id);
  const [assignments, directions] = taskIds.length
    ? await Promise.all([
        // A task typed into a closed year's plan is an archive being completed, not work to do.
        openIds.length
          ? db
              .select({ id: s.tasks.id, title: s.tasks.title, planNumber: s.plans.number, role: s.taskUnits.role, createdAt: s.tasks.createdAt })
              .from(s.tasks)
              .innerJoin(s.plans, eq(s.plans.id, s.tasks.planId))
              .innerJoin(s.taskUnits, and(eq(s.taskUnits.taskId, s.tasks.id), eq(s.taskUnits.unitId, actor.unitId)))
              .where(and(inArray(s.tasks.id, openIds), gt(s.tasks.createdAt, since)))
              .orderBy(desc(s.tasks.createdAt))
          : Promise.resolve([]),
        db
          .select({
            id: s.taskUpdates.id,
            taskId: s.taskUpdates.taskId,
            taskTitle: s.tasks.title,
            kind: s.taskUpdates.kind,
            text: s.taskUpdates.report,
            from: s.users.fullName,
            unitName: s.units.name,
            createdAt: s.taskUpdates.createdAt,
          })
          .from(s.taskUpdates)
          .innerJoin(s.tasks, eq(s.tasks.id, s.taskUpdates.taskId))
          .innerJoin(s.users, eq(s.users.id, s.taskUpdates.userId))
          .innerJoin(s.units, eq(s.units.id, s.taskUpdates.unitId))
          .where(and(inArray(s.taskUpdates.taskId, taskIds), inArray(s.taskUpdates.kind, ["direction", "comment"]), gt(s.taskUpdates.createdAt, since)))
          .orderBy(desc(s.taskUpdates.createdAt)),
      ])
    : [[], []];
  // Deadlines are chased in open plan years only: a closed year's tasks are history, judged at its
  // reporting date on their pages. A direction or an assignment made since is news whatever the year.
  const current = tasks.filter((t) => !t.yearClosed);
  const overdue = current.filter((t) => t.state === "overdue");
  const dueSoon = current.filter((t) => t.state === "due-soon");
  const dirs = directions.map((d) => ({ ...d, kind: d.kind as "direction" | "comment" }));
  return {
    overdue,
    dueSoon,
    newAssignments: assignments,
    directions: dirs,
    unread: overdue.length + dueSoon.length + assignments.length + dirs.length,
    seenAt,
  };
}

/**
 * The bell's statement, prepared: it runs on every page, and planning it took about 2 ms of the
 * database's time, more than running it. Its plan holds for any unit (index lookups by unit, date
 * and key; measured for a commune with 4 tasks and a department with 2 000). A select from the
 * query as a subquery, so that drizzle can prepare it.
 */
function bellStatement(db: DbOrTx, name: string) {
  const p = (n: string) => sql.placeholder(n);
  return db
    .select({
      assignments: sql<number>`q.assignments`,
      directions: sql<number>`q.directions`,
      id: sql<number | null>`q.id`,
      role: sql<"lead" | "coordinating" | null>`q.role`,
      deadline: sql<Deadline | string | null>`q.deadline`,
      status: sql<TaskStatus | null>`q.status`,
      completed_on: sql<Date | string | null>`q.completed_on`,
      from_year: sql<number>`q.from_year`,
      to_year: sql<number>`q.to_year`,
      reporting_deadline: sql<Deadline | string | null>`q.reporting_deadline`,
    })
    .from(
      sql`(
      with since as (
        select coalesce(u.notices_seen_at, greatest(u.created_at, ${p("monthAgo")}::timestamptz)) as at
        from users u where u.id = ${p("userId")}::int
      ), news as materialized (
        select
          (select count(*)::int from tasks t inner join task_units tu on tu.task_id = t.id
            where tu.unit_id = ${p("unitId")}::int and not t.is_heading and t.created_at > since.at) as assignments,
          (select count(*)::int from task_updates up where up.kind in ('direction', 'comment') and up.created_at > since.at
            and exists (select 1 from task_units tu where tu.task_id = up.task_id and tu.unit_id = ${p("unitId")}::int)
            and exists (select 1 from tasks t where t.id = up.task_id and not t.is_heading)) as directions
        from since
      )
      select news.assignments, news.directions, r.id, r.role, r.deadline, r.status, r.completed_on, r.from_year, r.to_year, r.reporting_deadline
      from news left join (
        select t.id, tu.role::text as role, t.deadline, t.status::text as status, t.completed_on, p.from_year, p.to_year, p.reporting_deadline
        from task_units tu inner join tasks t on t.id = tu.task_id inner join plans p on p.id = t.plan_id
        where tu.unit_id = ${p("unitId")}::int and not t.is_heading and p.to_year >= ${p("fromYear")}::int
      ) r on true) as q`,
    )
    .prepare(name);
}

/**
 * The bell's number: the same count as getNotices(...).unread, in two statements and without
 * building the task list. It runs on every page, so it reads only what the judgement needs.
 */
export async function countUnreadNotices(db: DbOrTx, actor: Actor, today: string): Promise<number> {
  const monthAgo = newsWindowStart(today);
  // "materialized": computed once, not again for every task row joined to it (17 s on a big unit).
  // One statement: the news since the user last looked (new assignments, directions and comments)
  // beside the lean rows the deadline judgement needs. A plan that ended two years ago has no open
  // year left (its reporting date has passed); the exact test, planViewPoint, runs below.
  // Tables are named throughout: a bare "task_id" in a subquery binds to the nearest table.
  // The news is found through indexes on the dates (migration 0007), and a direction's task is
  // checked by its keys: joining the unit's tasks for "not a heading" scanned every task (20 ms
  // of the 100 ms this took for a department with 2 000 tasks).
  const [rows, tree] = await Promise.all([
    prepared(db, "notices_count", bellStatement).execute({
      monthAgo: monthAgo.toISOString(),
      userId: actor.userId,
      unitId: actor.unitId,
      fromYear: Number(today.slice(0, 4)) - 1,
    }),
    loadUnitTree(db),
  ]);
  const first = rows[0];
  if (!first) return 0;
  const settings = await getSettings(db, await rootOf(db, actor.unitId, tree));
  const json = <T,>(v: T | string | null): T | null => (typeof v === "string" ? (JSON.parse(v) as T) : v);
  // A unit both leading and coordinating one task sees it once, as lead (as listUnitTasks).
  const seen = new Map<number, (typeof rows)[number]>();
  for (const r of rows) if (r.id !== null && (!seen.has(r.id) || r.role === "lead")) seen.set(r.id, r);
  let due = 0;
  for (const r of seen.values()) {
    const cal = { fromYear: Number(r.from_year), toYear: Number(r.to_year), reporting: json<Deadline>(r.reporting_deadline) };
    const view = planViewPoint(cal, today);
    if (view.closed) continue;
    const task = { deadline: json<Deadline>(r.deadline)!, status: r.status!, completedOn: r.completed_on === null ? null : new Date(r.completed_on) };
    const { state } = judgeTask(task, cal, view.year, view.asOf, settings.dueSoonDays);
    if (state === "overdue" || state === "due-soon") due++;
  }
  return due + Number(first.assignments) + Number(first.directions);
}

export async function markNoticesSeen(db: Db, actor: Actor): Promise<void> {
  await db.update(s.users).set({ noticesSeenAt: new Date() }).where(eq(s.users.id, actor.userId));
}
