import { and, desc, eq, gt, gte, inArray, sql } from "drizzle-orm";
import type { Db, DbOrTx } from "../../db/client";
import * as s from "../../db/schema";
import type { Actor } from "../domain/permissions";
import type { Deadline } from "../domain/deadline";
import { judgeTask, planViewPoint } from "../domain/task-state";
import { getSettings, rootOf } from "./settings";
import { loadUnitTree } from "./actor";
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
 * What a unit should look at: in its open plan years, its overdue tasks and those due within the
 * settings' window (always, until done); and new assignments and leaders' directions since the user last marked
 * notices as seen.
 */
export async function getNotices(db: DbOrTx, actor: Actor, today: string): Promise<Notices> {
  const [user] = await db.select({ seenAt: s.users.noticesSeenAt, createdAt: s.users.createdAt }).from(s.users).where(eq(s.users.id, actor.userId));
  const seenAt = user?.seenAt ?? null;
  // Before the first visit, "new" means since the account was made (at most 30 days back):
  // tasks that already existed then are not new assignments to this person.
  const monthAgo = new Date(Date.now() - 30 * DAY);
  const since = seenAt ?? (user && user.createdAt > monthAgo ? user.createdAt : monthAgo);
  const tasks = await listUnitTasks(db, actor, { today, closedAsOf: false });
  const taskIds = tasks.map((t) => t.id);
  const [assignments, directions] = taskIds.length
    ? await Promise.all([
        db
          .select({ id: s.tasks.id, title: s.tasks.title, planNumber: s.plans.number, role: s.taskUnits.role, createdAt: s.tasks.createdAt })
          .from(s.tasks)
          .innerJoin(s.plans, eq(s.plans.id, s.tasks.planId))
          .innerJoin(s.taskUnits, and(eq(s.taskUnits.taskId, s.tasks.id), eq(s.taskUnits.unitId, actor.unitId)))
          .where(and(inArray(s.tasks.id, taskIds), gt(s.tasks.createdAt, since)))
          .orderBy(desc(s.tasks.createdAt)),
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
 * The bell's number: the same count as getNotices(...).unread, in two statements and without
 * building the task list. It runs on every page, so it reads only what the judgement needs.
 */
export async function countUnreadNotices(db: DbOrTx, actor: Actor, today: string): Promise<number> {
  const monthAgo = new Date(Date.now() - 30 * DAY);
  const unitTasks = and(eq(s.taskUnits.unitId, actor.unitId), eq(s.tasks.isHeading, false));
  const [rows, [news], tree] = await Promise.all([
    db
      .select({
        id: s.tasks.id,
        role: s.taskUnits.role,
        deadline: s.tasks.deadline,
        status: s.tasks.status,
        completedOn: s.tasks.completedOn,
        fromYear: s.plans.fromYear,
        toYear: s.plans.toYear,
        reporting: s.plans.reportingDeadline,
      })
      .from(s.taskUnits)
      .innerJoin(s.tasks, eq(s.tasks.id, s.taskUnits.taskId))
      .innerJoin(s.plans, eq(s.plans.id, s.tasks.planId))
      // A plan that ended two years ago has no open year left (its reporting date has passed):
      // the exact test, planViewPoint, runs below on what remains.
      .where(and(unitTasks, gte(s.plans.toYear, Number(today.slice(0, 4)) - 1))),
    db
      .select({
        // Written with table names throughout: drizzle leaves column names unqualified here, and a
        // bare "task_id" inside the subquery would bind to the wrong table.
        assignments: sql<number>`(select count(*)::int from tasks t inner join task_units tu on tu.task_id = t.id
          where tu.unit_id = ${actor.unitId} and not t.is_heading and t.created_at > since.at)`,
        directions: sql<number>`(select count(*)::int from task_updates up where up.kind in ('direction', 'comment')
          and up.created_at > since.at
          and exists (select 1 from task_units tu inner join tasks t on t.id = tu.task_id
            where tu.task_id = up.task_id and tu.unit_id = ${actor.unitId} and not t.is_heading))`,
      })
      .from(
        sql`(select coalesce(u.notices_seen_at, greatest(u.created_at, ${monthAgo.toISOString()}::timestamptz)) as at
          from users u where u.id = ${actor.userId}) as since`,
      ),
    loadUnitTree(db),
  ]);
  if (!news) return 0;
  const settings = await getSettings(db, await rootOf(db, actor.unitId, tree));
  // A unit both leading and coordinating one task sees it once, as lead (as listUnitTasks).
  const seen = new Map<number, (typeof rows)[number]>();
  for (const r of rows) if (!seen.has(r.id) || r.role === "lead") seen.set(r.id, r);
  let due = 0;
  for (const r of seen.values()) {
    const cal = { fromYear: r.fromYear, toYear: r.toYear, reporting: (r.reporting as Deadline | null) ?? null };
    const view = planViewPoint(cal, today);
    if (view.closed) continue;
    const { state } = judgeTask(r, cal, view.year, view.asOf, settings.dueSoonDays);
    if (state === "overdue" || state === "due-soon") due++;
  }
  return due + news.assignments + news.directions;
}

export async function markNoticesSeen(db: Db, actor: Actor): Promise<void> {
  await db.update(s.users).set({ noticesSeenAt: new Date() }).where(eq(s.users.id, actor.userId));
}
