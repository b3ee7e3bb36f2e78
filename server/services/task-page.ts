import { and, asc, desc, eq, inArray } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import * as s from "../../db/schema";
import type { Deadline } from "../domain/deadline";
import { can, type Actor } from "../domain/permissions";
import { defaultViewDate, planYearAt, judgeTask, type PlanCalendar, type TaskState } from "../domain/task-state";
import { forbidden } from "./errors";
import { reportRefusal, statusRefusal } from "../domain/task-refusal";
import { taskAsOf, taskExistsFrom } from "../domain/task-as-of";
import { evidenceForTasks, type EvidenceRow } from "./evidence-rows";
import { updatesForTasks } from "./task-history";
import { getSettings, rootOf } from "./settings";
import { loadTaskAccess, type TaskStatus } from "./tasks";
import { canViewTask, planIdInProvince, planInProvince } from "./visibility";

export interface TaskHistoryItem {
  id: number;
  kind: "progress" | "contribution" | "direction" | "comment";
  unitName: string;
  userName: string;
  status: TaskStatus | null;
  progress: number | null;
  report: string | null;
  reason: string | null;
  taskVersion: number;
  createdAt: Date;
  evidence: EvidenceRow[];
}

export interface IndicatorStatus {
  key: string;
  name: string;
  lastYear: number | null;
  lastPercent: number | null;
  lastPoints: number | null;
  lastRank: number | null;
  targetPrinted: string | null;
  targetRank: string | null;
}

export interface TaskPage {
  task: {
    id: number;
    ordinal: string | null;
    title: string;
    content: string | null;
    isHeading: boolean;
    leadPrinted: string | null;
    coordinatingPrinted: string | null;
    deadlineText: string | null;
    deadline: Deadline;
    evidenceRequired: string | null;
    status: TaskStatus;
    statusReason: string | null;
    progress: number;
    version: number;
  };
  plan: { code: string; number: string | null; title: string; fromYear: number; toYear: number; issuerName: string; issuerCode: string };
  year: number;
  asOf: string;
  state: TaskState;
  due: string | null;
  daysLeft: number | null;
  lead: Array<{ code: string; name: string }>;
  coordinating: Array<{ code: string; name: string }>;
  indicators: IndicatorStatus[];
  numericTargets: Array<{ metric: string; op: string; value: number; unit: string; year: number | null; printed: string }>;
  history: TaskHistoryItem[];
  evidence: EvidenceRow[];
  parentTask: { id: number; title: string; planCode: string; planNumber: string | null } | null;
  implementingTasks: Array<{ id: number; title: string; planCode: string; planNumber: string | null; status: TaskStatus; progress: number }>;
  may: { report: boolean; complete: boolean; direct: boolean; manage: boolean };
  /** The task as it stood on the viewing date (the form still edits the current task). */
  shown: { status: TaskStatus; progress: number; statusReason: string | null; existed: boolean };
  /** What was filed after the viewing date and is not shown; null when viewing today. */
  filedAfter: { updates: number; evidence: number } | null;
  /** Why the user may only read (or only report a contribution), naming who may act. */
  readOnlyReason: string | null;
  statusNote: string | null;
  /** The plan year viewed is closed: the page is judged at its reporting date, never "today". */
  yearClosed: boolean;
  defaultAsOf: string;
  today: string;
  /** Tasks of the plan this plan implements, to trace this task to one of them (managers only). */
  parentPlanTasks: Array<{ id: number; ordinal: string | null; title: string }>;
}

/** Everything the task page shows: a fixed number of queries. */
export async function getTaskPage(db: DbOrTx, actor: Actor, taskId: number, opts: { today: string; asOf?: string }): Promise<TaskPage> {
  const access = await loadTaskAccess(db, taskId);
  if (!(await canViewTask(db, actor, taskId))) throw forbidden("Bạn không có quyền xem nhiệm vụ này.");

  const inProvince = await planInProvince(db, actor);
  const [[row], units, comps, numeric, updates, evidence, implementing] = await Promise.all([
    db
      .select({ task: s.tasks, plan: s.plans, issuerName: s.units.name, issuerCode: s.units.code })
      .from(s.tasks)
      .innerJoin(s.plans, eq(s.plans.id, s.tasks.planId))
      .innerJoin(s.units, eq(s.units.id, s.plans.issuerUnitId))
      .where(eq(s.tasks.id, taskId)),
    db
      .select({ code: s.units.code, name: s.units.name, role: s.taskUnits.role })
      .from(s.taskUnits)
      .innerJoin(s.units, eq(s.units.id, s.taskUnits.unitId))
      .where(eq(s.taskUnits.taskId, taskId))
      .orderBy(asc(s.taskUnits.role), asc(s.taskUnits.position)),
    db
      .select({ key: s.components.key, name: s.components.name })
      .from(s.taskComponents)
      .innerJoin(s.components, eq(s.components.key, s.taskComponents.componentKey))
      .where(eq(s.taskComponents.taskId, taskId))
      .orderBy(asc(s.components.position)),
    db
      .select({
        metric: s.taskNumericTargets.metric,
        op: s.taskNumericTargets.op,
        value: s.taskNumericTargets.value,
        unit: s.taskNumericTargets.unit,
        year: s.taskNumericTargets.year,
        printed: s.taskNumericTargets.printed,
      })
      .from(s.taskNumericTargets)
      .where(eq(s.taskNumericTargets.taskId, taskId))
      .orderBy(asc(s.taskNumericTargets.position)),
    // Newest first on the page.
    updatesForTasks(db, [taskId]).then((rows) => rows.reverse()),
    evidenceForTasks(db, [taskId]),
    db
      .select({ id: s.tasks.id, title: s.tasks.title, planCode: s.plans.code, planNumber: s.plans.number, status: s.tasks.status, progress: s.tasks.progress })
      .from(s.tasks)
      .innerJoin(s.plans, eq(s.plans.id, s.tasks.planId))
      // Tasks of other provinces' plans that name this one stay theirs.
      .where(and(eq(s.tasks.parentTaskId, taskId), inProvince)),
  ]);
  const t = row!.task;
  const p = row!.plan;

  const [parentTask] = t.parentTaskId
    ? await db
        .select({ id: s.tasks.id, title: s.tasks.title, planCode: s.plans.code, planNumber: s.plans.number })
        .from(s.tasks)
        .innerJoin(s.plans, eq(s.plans.id, s.tasks.planId))
        .where(and(eq(s.tasks.id, t.parentTaskId), inProvince))
    : [];

  // The indicator each component stands for, at the plan issuer: its latest result and the plan year's target.
  const keys = comps.map((c) => c.key);
  const calendar: PlanCalendar = { fromYear: p.fromYear, toYear: p.toYear, reporting: p.reportingDeadline ?? null };
  const year = planYearAt(calendar, opts.asOf ?? opts.today);
  const [results, targets, settings] = await Promise.all([
    keys.length
      ? db
          .select({ key: s.results.componentKey, year: s.results.year, percent: s.results.percent, points: s.results.points, rank: s.results.rank })
          .from(s.results)
          .where(and(eq(s.results.unitId, p.issuerUnitId), inArray(s.results.componentKey, keys)))
          .orderBy(desc(s.results.year))
      : Promise.resolve([]),
    keys.length
      ? db
          .select({ key: s.targets.componentKey, printed: s.targets.printed, rankPrinted: s.targets.rankPrinted, label: s.targets.label })
          .from(s.targets)
          .where(and(eq(s.targets.unitId, p.issuerUnitId), eq(s.targets.year, year), inArray(s.targets.componentKey, keys)))
      : Promise.resolve([]),
    rootOf(db, p.issuerUnitId).then((root) => getSettings(db, root)),
  ]);
  const indicators = comps.map((c) => {
    const last = results.find((r) => r.key === c.key);
    const target = targets.find((x) => x.key === c.key && x.label !== "Mục tiêu chung") ?? targets.find((x) => x.key === c.key);
    return {
      key: c.key,
      name: c.name,
      lastYear: last?.year ?? null,
      lastPercent: last?.percent ?? null,
      lastPoints: last?.points ?? null,
      lastRank: last?.rank ?? null,
      targetPrinted: target?.printed ?? null,
      targetRank: target?.rankPrinted ?? null,
    };
  });

  const defaultAsOf = defaultViewDate(calendar, year, opts.today);
  const asOf = opts.asOf ?? defaultAsOf;
  const mayManage = can(actor, { kind: "manage", unitId: access.ownerUnitId });
  // Only a parent plan the reader may see lists its tasks (a link across provinces lists nothing).
  const parentVisible = mayManage && p.parentPlanId !== null && (await planIdInProvince(db, actor, p.parentPlanId));
  const parentPlanTasks =
    parentVisible && p.parentPlanId
      ? await db
          .select({ id: s.tasks.id, ordinal: s.tasks.ordinal, title: s.tasks.title })
          .from(s.tasks)
          .where(and(eq(s.tasks.planId, p.parentPlanId), eq(s.tasks.isHeading, false)))
          .orderBy(asc(s.tasks.id))
      : [];
  // Status, progress, history and evidence as they stood at the end of the viewing date.
  const view = asOf < opts.today ? taskAsOf({ createdAt: taskExistsFrom(t.createdAt, p) }, updates, evidence, asOf) : null;
  const shown = view
    ? { status: view.status, progress: view.progress, statusReason: view.statusReason, completedOn: view.completedOn }
    : { status: t.status, progress: t.progress, statusReason: t.statusReason, completedOn: t.completedOn };
  const shownUpdates = view ? view.updates : updates;
  const shownEvidence = view ? view.evidence : evidence;
  const st = judgeTask({ deadline: t.deadline, ...shown }, calendar, year, asOf, settings.dueSoonDays);

  const may = {
    report: !t.isHeading && can(actor, { kind: "update-task", ...access }),
    complete: !t.isHeading && can(actor, { kind: "complete-task", ...access }),
    direct: can(actor, { kind: "direct", unitId: access.ownerUnitId }),
    manage: mayManage,
  };
  return {
    task: {
      id: t.id,
      ordinal: t.ordinal,
      title: t.title,
      content: t.content,
      isHeading: t.isHeading,
      leadPrinted: t.leadPrinted,
      coordinatingPrinted: t.coordinatingPrinted,
      deadlineText: t.deadlineText,
      deadline: t.deadline,
      evidenceRequired: t.evidenceRequired,
      status: t.status,
      statusReason: t.statusReason,
      progress: t.progress,
      version: t.version,
    },
    plan: { code: p.code, number: p.number, title: p.title, fromYear: p.fromYear, toYear: p.toYear, issuerName: row!.issuerName, issuerCode: row!.issuerCode },
    year,
    asOf,
    state: st.state,
    due: st.due,
    daysLeft: st.daysLeft,
    lead: units.filter((u) => u.role === "lead").map(({ code, name }) => ({ code, name })),
    coordinating: units.filter((u) => u.role === "coordinating").map(({ code, name }) => ({ code, name })),
    indicators,
    numericTargets: numeric,
    shown: { status: shown.status, progress: shown.progress, statusReason: shown.statusReason, existed: asOf >= opts.today || view !== null },
    filedAfter: view ? view.filedAfter : asOf < opts.today ? { updates: updates.length, evidence: evidence.length } : null,
    history: shownUpdates.map((u) => ({ ...u, evidence: shownEvidence.filter((e) => e.taskUpdateId === u.id) })),
    evidence: shownEvidence,
    parentTask: parentTask ?? null,
    implementingTasks: implementing,
    may,
    readOnlyReason: !t.isHeading && !may.report ? reportRefusal(access.participants) : null,
    statusNote: may.report && !may.complete ? statusRefusal(access.participants) : null,
    yearClosed: defaultAsOf < opts.today,
    today: opts.today,
    defaultAsOf,
    parentPlanTasks,
  };
}
