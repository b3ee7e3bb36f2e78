import { and, desc, eq, gt, inArray } from "drizzle-orm";
import type { Db, DbOrTx } from "../../db/client";
import * as s from "../../db/schema";
import type { Actor } from "../domain/permissions";
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

export async function markNoticesSeen(db: Db, actor: Actor): Promise<void> {
  await db.update(s.users).set({ noticesSeenAt: new Date() }).where(eq(s.users.id, actor.userId));
}
