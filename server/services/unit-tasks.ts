import { and, asc, eq, sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import * as s from "../../db/schema";
import type { Deadline } from "../domain/deadline";
import type { Actor } from "../domain/permissions";
import { planViewPoint, judgeTask, type PlanCalendar, type TaskState, type TaskStatus } from "../domain/task-state";
import { getSettings, rootOf } from "./settings";
import { taskExistsFrom } from "../domain/task-as-of";
import { rowsAsOf } from "./task-history";

export interface UnitTask {
  id: number;
  ordinal: string | null;
  title: string;
  role: "lead" | "coordinating";
  planCode: string;
  planNumber: string | null;
  planTitle: string;
  year: number;
  /** The date the task is judged at, and whether its plan year is closed (judged at its reporting date). */
  asOf: string;
  yearClosed: boolean;
  deadlineText: string | null;
  due: string | null;
  daysLeft: number | null;
  state: TaskState;
  status: TaskStatus;
  progress: number;
  evidenceRequired: string | null;
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
 * of its reporting date), with the evidence still missing. Open plan years first. Two queries.
 */
export async function listUnitTasks(
  db: DbOrTx,
  actor: Actor,
  opts: { today: string; unitId?: number; /** Rebuild closed years from history (the task list); notices need only open years. */ closedAsOf?: boolean },
): Promise<UnitTask[]> {
  const unitId = opts.unitId ?? actor.unitId;
  const rows = await db
    .select({
      id: s.tasks.id,
      ordinal: s.tasks.ordinal,
      title: s.tasks.title,
      role: s.taskUnits.role,
      planCode: s.plans.code,
      planNumber: s.plans.number,
      planTitle: s.plans.title,
      fromYear: s.plans.fromYear,
      toYear: s.plans.toYear,
      reporting: s.plans.reportingDeadline,
      issuedOn: s.plans.issuedOn,
      createdAt: s.tasks.createdAt,
      issuerUnitId: s.plans.issuerUnitId,
      deadlineText: s.tasks.deadlineText,
      deadline: s.tasks.deadline,
      status: s.tasks.status,
      progress: s.tasks.progress,
      completedOn: s.tasks.completedOn,
      evidenceRequired: s.tasks.evidenceRequired,
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
        ordinal: r.ordinal,
        title: r.title,
        role: r.role,
        planCode: r.planCode,
        planNumber: r.planNumber,
        planTitle: r.planTitle,
        year,
        asOf,
        yearClosed: closed,
        deadlineText: r.deadlineText,
        due: st.due,
        daysLeft: st.daysLeft,
        state: st.state,
        status: r.status,
        progress: r.progress,
        evidenceRequired: r.evidenceRequired,
        evidenceCount: r.evidenceCount,
        components: r.components,
      };
    })
    .sort((a, b) => Number(a.yearClosed) - Number(b.yearClosed) || byUrgency(a, b));
}

