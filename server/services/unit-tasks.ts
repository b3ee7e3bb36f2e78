import { and, asc, eq, inArray, sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import * as s from "../../db/schema";
import type { Deadline } from "../domain/deadline";
import type { Actor } from "../domain/permissions";
import { planViewPoint, judgeTask, type PlanCalendar, type TaskState, type TaskStatus } from "../domain/task-state";
import { getSettings, rootOf } from "./settings";
import { taskExistsFrom } from "../domain/task-as-of";
import { rowsAsOf } from "./task-history";

/** What a task's card says about it in words (read for the cards shown only). */
export interface UnitTaskText {
  ordinal: string | null;
  title: string;
  planNumber: string | null;
  planTitle: string;
  deadlineText: string | null;
  evidenceRequired: string | null;
}

export interface UnitTask extends JudgedUnitTask, UnitTaskText {}

/** A unit's task as judged: enough to sort, filter and count a list of thousands. */
export interface JudgedUnitTask {
  id: number;
  role: "lead" | "coordinating";
  planCode: string;
  year: number;
  /** The date the task is judged at, and whether its plan year is closed (judged at its reporting date). */
  asOf: string;
  yearClosed: boolean;
  due: string | null;
  daysLeft: number | null;
  state: TaskState;
  status: TaskStatus;
  progress: number;
  evidenceCount: number;
  components: string[];
}

const URGENCY: Record<TaskState, number> = {
  overdue: 0,
  "due-soon": 1,
  "on-track": 2,
  "no-fixed-date": 3,
  "done-late": 4,
  "done-on-time": 5,
  "not-doable": 6,
};

/** Most urgent first: overdue (longest late first), due soon, on track by due date, then the rest. */
export function byUrgency(a: Pick<UnitTask, "state" | "due" | "id">, b: Pick<UnitTask, "state" | "due" | "id">): number {
  return URGENCY[a.state] - URGENCY[b.state] || (a.due ?? "9999").localeCompare(b.due ?? "9999") || a.id - b.id;
}

/**
 * The tasks a unit leads or coordinates, each judged in its plan's current year (a closed year as
 * of its reporting date), with the evidence still missing, and their text. Open plan years first.
 */
export async function listUnitTasks(
  db: DbOrTx,
  actor: Actor,
  opts: { today: string; unitId?: number; /** Rebuild closed years from history (the task list); notices need only open years. */ closedAsOf?: boolean },
): Promise<UnitTask[]> {
  return describeUnitTasks(db, await judgeUnitTasks(db, actor, opts));
}

/** The cards' text for judged tasks, in the order given: one query for any number. */
export async function describeUnitTasks(db: DbOrTx, tasks: readonly JudgedUnitTask[]): Promise<UnitTask[]> {
  if (tasks.length === 0) return [];
  const rows = await db
    .select({
      id: s.tasks.id,
      ordinal: s.tasks.ordinal,
      title: s.tasks.title,
      planNumber: s.plans.number,
      planTitle: s.plans.title,
      deadlineText: s.tasks.deadlineText,
      evidenceRequired: s.tasks.evidenceRequired,
    })
    .from(s.tasks)
    .innerJoin(s.plans, eq(s.plans.id, s.tasks.planId))
    .where(inArray(s.tasks.id, tasks.map((t) => t.id)));
  const text = new Map(rows.map(({ id, ...r }) => [id, r]));
  return tasks.flatMap((t) => {
    const r = text.get(t.id);
    return r ? [{ ...t, ...r }] : [];
  });
}

/**
 * The tasks a unit leads or coordinates, judged, without their text: a unit with thousands of
 * tasks sorts, filters and counts them all, and reads the words of the page it shows.
 */
export async function judgeUnitTasks(
  db: DbOrTx,
  actor: Actor,
  opts: { today: string; unitId?: number; closedAsOf?: boolean },
): Promise<JudgedUnitTask[]> {
  const unitId = opts.unitId ?? actor.unitId;
  const rows = await db
    .select({
      id: s.tasks.id,
      role: s.taskUnits.role,
      planCode: s.plans.code,
      fromYear: s.plans.fromYear,
      toYear: s.plans.toYear,
      reporting: s.plans.reportingDeadline,
      issuedOn: s.plans.issuedOn,
      createdAt: s.tasks.createdAt,
      deadline: s.tasks.deadline,
      status: s.tasks.status,
      progress: s.tasks.progress,
      completedOn: s.tasks.completedOn,
      evidenceCount: sql<number>`(select count(*)::int from ${s.evidence} where ${s.evidence.taskId} = ${s.tasks.id})`,
      components: sql<string[]>`coalesce((select array_agg(${s.taskComponents.componentKey}) from ${s.taskComponents} where ${s.taskComponents.taskId} = ${s.tasks.id}), '{}')`,
    })
    .from(s.taskUnits)
    .innerJoin(s.tasks, eq(s.tasks.id, s.taskUnits.taskId))
    .innerJoin(s.plans, eq(s.plans.id, s.tasks.planId))
    .where(and(eq(s.taskUnits.unitId, unitId), eq(s.tasks.isHeading, false)))
    .orderBy(asc(s.tasks.id));
  if (rows.length === 0) return [];
  const settings = await getSettings(db, await rootOf(db, unitId));
  // A unit both leading and coordinating one task (as printed) sees it once, as lead.
  const seen = new Map<number, (typeof rows)[number]>();
  for (const r of rows) if (!seen.has(r.id) || r.role === "lead") seen.set(r.id, r);
  const viewed = [...seen.values()].map((r) => {
    const cal: PlanCalendar = { fromYear: r.fromYear, toYear: r.toYear, reporting: (r.reporting as Deadline | null) ?? null };
    return { ...r, cal, view: planViewPoint(cal, opts.today), existsFrom: taskExistsFrom(r.createdAt, r) };
  });
  // A closed plan year shows its tasks as they stood on its reporting date, not as they are now.
  const judged = opts.closedAsOf === false ? viewed : await rowsAsOf(db, viewed, (r) => r.view.asOf, opts.today);
  return judged
    .map((r) => {
      const { cal } = r;
      const { year, asOf, closed } = r.view;
      const st = judgeTask(r, cal, year, asOf, settings.dueSoonDays);
      return {
        id: r.id,
        role: r.role,
        planCode: r.planCode,
        year,
        asOf,
        yearClosed: closed,
        due: st.due,
        daysLeft: st.daysLeft,
        state: st.state,
        status: r.status,
        progress: r.progress,
        evidenceCount: r.evidenceCount,
        components: r.components,
      };
    })
    .sort((a, b) => Number(a.yearClosed) - Number(b.yearClosed) || byUrgency(a, b));
}

