import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { DbOrTx } from "../../db/client";
import * as s from "../../db/schema";
import type { Deadline } from "../domain/deadline";
import { can, type Actor } from "../domain/permissions";
import { forbidden, notFound } from "./errors";
import { taskExistsFrom } from "../domain/task-as-of";
import { rowsAsOf } from "./task-history";
import { defaultViewDate, planYearAt, judgeTask, type PlanCalendar, type TaskState } from "../domain/task-state";
import { getSettings, rootOf } from "./settings";
import { planInProvince, planVisible } from "./visibility";

export type PlanKind = (typeof s.planKind.enumValues)[number];
export type TaskStatus = (typeof s.taskStatus.enumValues)[number];
export type TaskPhase = (typeof s.taskPhase.enumValues)[number];

export interface PlanListItem {
  code: string;
  number: string | null;
  numberPrinted: string | null;
  issuedOn: string | null;
  datePrinted: string | null;
  title: string;
  kind: PlanKind;
  fromYear: number;
  toYear: number;
  issuerCode: string;
  issuerName: string;
  taskCount: number;
  parentCode: string | null;
}

export async function listPlans(db: DbOrTx, actor: Actor): Promise<PlanListItem[]> {
  const parent = alias(s.plans, "parent");
  return db
    .select({
      code: s.plans.code,
      number: s.plans.number,
      numberPrinted: s.plans.numberPrinted,
      issuedOn: s.plans.issuedOn,
      datePrinted: s.plans.datePrinted,
      title: s.plans.title,
      kind: s.plans.kind,
      fromYear: s.plans.fromYear,
      toYear: s.plans.toYear,
      issuerCode: s.units.code,
      issuerName: s.units.name,
      parentCode: parent.code,
      taskCount: sql<number>`(select count(*)::int from ${s.tasks} where ${s.tasks.planId} = ${s.plans.id} and not ${s.tasks.isHeading})`,
    })
    .from(s.plans)
    .innerJoin(s.units, eq(s.units.id, s.plans.issuerUnitId))
    .leftJoin(parent, eq(parent.id, s.plans.parentPlanId))
    .where(planVisible(actor))
    .orderBy(sql`${s.plans.fromYear} desc`, asc(s.plans.code));
}

export interface PlanTaskUnit {
  code: string;
  name: string;
  role: "lead" | "coordinating";
}

export interface PlanTaskRow {
  id: number;
  parentId: number | null;
  depth: number;
  ordinal: string | null;
  title: string;
  isHeading: boolean;
  leadPrinted: string | null;
  coordinatingPrinted: string | null;
  deadlineText: string | null;
  deadline: Deadline;
  evidenceRequired: string | null;
  phase: TaskPhase | null;
  status: TaskStatus;
  progress: number;
  /** State in the plan year viewed, as of the viewing date. */
  state: TaskState;
  due: string | null;
  evidenceCount: number;
  units: PlanTaskUnit[];
  components: string[];
  numericTargets: Array<{ metric: string; op: string; value: number; unit: string; year: number | null; printed: string }>;
}

export interface PlanPage {
  /** May the viewer edit the plan and its tasks (Home Affairs of the issuing government)? */
  mayManage: boolean;
  year: number;
  asOf: string;
  asOfDefault: string;
  plan: {
    id: number;
    code: string;
    number: string | null;
    numberPrinted: string | null;
    issuedOn: string | null;
    datePrinted: string | null;
    title: string;
    kind: PlanKind;
    fromYear: number;
    toYear: number;
    summary: string | null;
    implementsPrinted: string | null;
    reportingDeadlineText: string | null;
    sourceFile: string | null;
    signerTitle: string | null;
    signerName: string | null;
  };
  issuer: { code: string; name: string };
  reportTo: { code: string; name: string } | null;
  parent: { code: string; number: string | null; title: string } | null;
  children: Array<{ code: string; number: string | null; title: string }>;
  tasks: PlanTaskRow[];
  components: Array<{ key: string; shortName: string }>;
  surveyForms: Array<{ code: string; respondents: string; method: "online" | "direct"; planned: number | null; returned: number | null; note: string | null }>;
  planUnits: Array<{ code: string; name: string; kind: string; role: "evaluated" | "council-member" }>;
}

/** A plan and its task table in the document's own order: a fixed handful of queries, whatever its size. */
export async function getPlanPage(
  db: DbOrTx,
  actor: Actor,
  code: string,
  opts: { today: string; year?: number; asOf?: string } = { today: new Date().toISOString().slice(0, 10) },
): Promise<PlanPage> {
  const reportTo = alias(s.units, "report_to");
  const [row] = await db
    .select({
      plan: s.plans,
      issuerCode: s.units.code,
      issuerName: s.units.name,
      reportToCode: reportTo.code,
      reportToName: reportTo.name,
    })
    .from(s.plans)
    .innerJoin(s.units, eq(s.units.id, s.plans.issuerUnitId))
    .leftJoin(reportTo, eq(reportTo.id, s.plans.reportToUnitId))
    .where(eq(s.plans.code, code));
  if (!row) throw notFound("Không tìm thấy kế hoạch này.");
  const p = row.plan;
  const visible = planVisible(actor);
  if (visible) {
    const [ok] = await db.select({ id: s.plans.id }).from(s.plans).where(sql`${s.plans.id} = ${p.id} and ${visible}`);
    if (!ok) throw forbidden("Bạn không có quyền xem kế hoạch này.");
  }

  const inProvince = await planInProvince(db, actor);
  const [parentRows, childRows, taskRows, components, surveyForms, planUnits] = await Promise.all([
    p.parentPlanId
      ? db
          .select({ code: s.plans.code, number: s.plans.number, title: s.plans.title })
          .from(s.plans)
          .where(and(eq(s.plans.id, p.parentPlanId), inProvince))
      : Promise.resolve([]),
    db
      .select({ code: s.plans.code, number: s.plans.number, title: s.plans.title })
      .from(s.plans)
      // Only plans the reader may see: another province naming this one as parent stays theirs.
      .where(and(eq(s.plans.parentPlanId, p.id), inProvince)),
    db
      .select({
        id: s.tasks.id,
        parentId: s.tasks.parentId,
        position: s.tasks.position,
        ordinal: s.tasks.ordinal,
        title: s.tasks.title,
        isHeading: s.tasks.isHeading,
        leadPrinted: s.tasks.leadPrinted,
        coordinatingPrinted: s.tasks.coordinatingPrinted,
        deadlineText: s.tasks.deadlineText,
        deadline: s.tasks.deadline,
        evidenceRequired: s.tasks.evidenceRequired,
        phase: s.tasks.phase,
        status: s.tasks.status,
        progress: s.tasks.progress,
        completedOn: s.tasks.completedOn,
        createdAt: s.tasks.createdAt,
        // A single-table select renders ${s.tasks.id} as a bare "id", which inside this subquery
        // binds to evidence.id: name the outer table explicitly so the count is per task.
        evidenceCount: sql<number>`(select count(*)::int from ${s.evidence} where ${s.evidence.taskId} = "tasks"."id")`,
      })
      .from(s.tasks)
      .where(eq(s.tasks.planId, p.id))
      .orderBy(asc(s.tasks.position), asc(s.tasks.id)),
    db.select({ key: s.components.key, shortName: s.components.shortName }).from(s.components).orderBy(asc(s.components.position)),
    db
      .select({
        code: s.surveyForms.code,
        respondents: s.surveyForms.respondents,
        method: s.surveyForms.method,
        planned: s.surveyForms.planned,
        returned: s.surveyForms.returned,
        note: s.surveyForms.note,
      })
      .from(s.surveyForms)
      .where(eq(s.surveyForms.planId, p.id))
      .orderBy(asc(s.surveyForms.position)),
    db
      .select({ code: s.units.code, name: s.units.name, kind: s.units.kind, role: s.planUnits.role })
      .from(s.planUnits)
      .innerJoin(s.units, eq(s.units.id, s.planUnits.unitId))
      .where(eq(s.planUnits.planId, p.id))
      .orderBy(asc(s.planUnits.role), asc(s.planUnits.position)),
  ]);

  const taskIds = taskRows.map((t) => t.id);
  const [links, comps, numeric] = taskIds.length
    ? await Promise.all([
        db
          .select({
            taskId: s.taskUnits.taskId,
            role: s.taskUnits.role,
            position: s.taskUnits.position,
            code: s.units.code,
            name: s.units.name,
          })
          .from(s.taskUnits)
          .innerJoin(s.units, eq(s.units.id, s.taskUnits.unitId))
          .where(inArray(s.taskUnits.taskId, taskIds))
          .orderBy(asc(s.taskUnits.role), asc(s.taskUnits.position)),
        db
          .select({ taskId: s.taskComponents.taskId, key: s.taskComponents.componentKey })
          .from(s.taskComponents)
          .where(inArray(s.taskComponents.taskId, taskIds)),
        db
          .select({
            taskId: s.taskNumericTargets.taskId,
            metric: s.taskNumericTargets.metric,
            op: s.taskNumericTargets.op,
            value: s.taskNumericTargets.value,
            unit: s.taskNumericTargets.unit,
            year: s.taskNumericTargets.year,
            printed: s.taskNumericTargets.printed,
          })
          .from(s.taskNumericTargets)
          .where(inArray(s.taskNumericTargets.taskId, taskIds))
          .orderBy(asc(s.taskNumericTargets.position)),
      ])
    : [[], [], []];

  const stateOf = (t: (typeof taskRows)[number]) => {
    const st = judgeTask(
      t,
      calendar,
      year,
      asOf,
      settings.dueSoonDays,
    );
    return { state: st.state, due: st.due };
  };
  const group = <T extends { taskId: number }>(rows: T[]) => {
    const m = new Map<number, T[]>();
    for (const r of rows) {
      const list = m.get(r.taskId);
      if (list) list.push(r);
      else m.set(r.taskId, [r]);
    }
    return m;
  };
  const unitsBy = group(links);
  const compsBy = group(comps);
  const numericBy = group(numeric);
  const calendar: PlanCalendar = { fromYear: p.fromYear, toYear: p.toYear, reporting: p.reportingDeadline ?? null };
  const year = Math.min(p.toYear, Math.max(p.fromYear, opts.year ?? planYearAt(calendar, opts.today)));
  const asOfDefault = defaultViewDate(calendar, year, opts.today);
  const asOf = opts.asOf ?? asOfDefault;
  // The table as it stood on the viewing date: a row added later is not shown (nor, by the walk, its children).
  const order = orderTaskRows(
    await rowsAsOf(
      db,
      taskRows.map((t) => ({ ...t, existsFrom: taskExistsFrom(t.createdAt, p) })),
      () => asOf,
      opts.today,
    ),
  );
  const settings = await getSettings(db, await rootOf(db, p.issuerUnitId));

  return {
    mayManage: can(actor, { kind: "manage", unitId: p.issuerUnitId }),
    year,
    asOf,
    asOfDefault,
    plan: {
      id: p.id,
      code: p.code,
      number: p.number,
      numberPrinted: p.numberPrinted,
      issuedOn: p.issuedOn,
      datePrinted: p.datePrinted,
      title: p.title,
      kind: p.kind,
      fromYear: p.fromYear,
      toYear: p.toYear,
      summary: p.summary,
      implementsPrinted: p.implementsPrinted,
      reportingDeadlineText: p.reportingDeadlineText,
      sourceFile: p.sourceFile,
      signerTitle: p.signerTitle,
      signerName: p.signerName,
    },
    issuer: { code: row.issuerCode, name: row.issuerName },
    reportTo: row.reportToCode && row.reportToName ? { code: row.reportToCode, name: row.reportToName } : null,
    parent: parentRows[0] ?? null,
    children: childRows,
    components,
    surveyForms,
    planUnits,
    tasks: order.map((t) => ({
      id: t.id,
      parentId: t.parentId,
      depth: t.depth,
      ordinal: t.ordinal,
      title: t.title,
      isHeading: t.isHeading,
      leadPrinted: t.leadPrinted,
      coordinatingPrinted: t.coordinatingPrinted,
      deadlineText: t.deadlineText,
      deadline: t.deadline,
      evidenceRequired: t.evidenceRequired,
      phase: t.phase,
      status: t.status,
      progress: t.progress,
      evidenceCount: t.evidenceCount,
      ...stateOf(t),
      units: (unitsBy.get(t.id) ?? []).map((u) => ({ code: u.code, name: u.name, role: u.role })),
      components: (compsBy.get(t.id) ?? []).map((c) => c.key),
      numericTargets: (numericBy.get(t.id) ?? []).map(({ taskId: _taskId, ...n }) => n),
    })),
  };
}

/** Pure: task rows (parent-linked, positioned) in document order with their depth. */
export function orderTaskRows<T extends { id: number; parentId: number | null; position: number }>(
  rows: T[],
): Array<T & { depth: number }> {
  const byParent = new Map<number | null, T[]>();
  for (const r of rows) {
    const list = byParent.get(r.parentId);
    if (list) list.push(r);
    else byParent.set(r.parentId, [r]);
  }
  for (const list of byParent.values()) list.sort((a, b) => a.position - b.position || a.id - b.id);
  const out: Array<T & { depth: number }> = [];
  const walk = (parent: number | null, depth: number) => {
    for (const r of byParent.get(parent) ?? []) {
      out.push({ ...r, depth });
      walk(r.id, depth + 1);
    }
  };
  walk(null, 0);
  return out;
}
