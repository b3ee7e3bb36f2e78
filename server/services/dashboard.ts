import { and, asc, eq, sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import * as s from "../../db/schema";
import type { Deadline } from "../domain/deadline";
import { laggingFlags, type Flag, type IndicatorTask, type YearFigure } from "../domain/lagging";
import { bestBySource } from "../domain/best-result";
import type { Actor } from "../domain/permissions";
import { governingUnit } from "../domain/scope";
import type { Settings } from "../domain/settings";
import { defaultViewDate, judgeTask, type PlanCalendar, type TaskState, type TaskStatus } from "../domain/task-state";
import { overallVerdict, rankVerdict, scoreGap, scoreVerdict, type TargetCondition, type Verdict } from "../domain/targets";
import { authorize, loadUnitTree } from "./actor";
import { badRequest, notFound } from "./errors";
import { getSettings, rootOf } from "./settings";
import { unitTargets } from "./unit-targets";


export interface TargetView extends TargetCondition {
  id: number;
  year: number;
  label: string;
  printed: string;
  rankPrinted: string | null;
  responsible: string[];
  responsiblePrinted: string | null;
  planCode: string | null;
  planNumber: string | null;
}

export interface TaskLink {
  id: number;
  planCode: string;
  ordinal: string | null;
  title: string;
  state: TaskState;
  due: string | null;
  status: TaskStatus;
  progress: number;
  evidenceCount: number;
  lastUpdateAt: Date | null;
}

export interface ComponentRow {
  key: string;
  name: string;
  shortName: string;
  isTotal: boolean;
  /** Latest result up to the year viewed, and the result of the year before that one. */
  last: (YearFigure & { source: string }) | null;
  previous: YearFigure | null;
  target: TargetView | null;
  scoreVerdict: Verdict;
  rankVerdict: Verdict;
  verdict: Verdict;
  /** Points still missing to the score target (negative: margin above it). */
  gap: number | null;
  tasks: TaskLink[];
  overdue: number;
  flags: Flag[];
}

export interface SeriesPoint {
  year: number;
  score: number;
  unit: "percent" | "points";
  rank: number | null;
  rankOf: number | null;
  flags: Flag[];
}

export interface Dashboard {
  unit: { id: number; code: string; name: string; kind: string };
  year: number;
  years: number[];
  asOf: string;
  asOfDefault: string;
  settings: Settings;
  total: ComponentRow | null;
  generalGoals: TargetView[];
  components: ComponentRow[];
  series: SeriesPoint[];
  flags: Array<Flag & { component: string; componentKey: string }>;
  /** Units the user may switch to: those with results or targets, within scope. */
  choices: Array<{ code: string; name: string }>;
}

function figure(r: { year: number; percent: number | null; points: number | null; rank: number | null; rankOf: number | null }): YearFigure | null {
  if (r.percent !== null) return { year: r.year, score: r.percent, unit: "percent", rank: r.rank, rankOf: r.rankOf };
  if (r.points !== null) return { year: r.year, score: r.points, unit: "points", rank: r.rank, rankOf: r.rankOf };
  return null;
}

/**
 * A unit's indices for a year against its targets, with the tasks behind each component and the
 * flags that say what lags. Six queries whatever the number of components or tasks.
 */
export async function getDashboard(
  db: DbOrTx,
  actor: Actor,
  opts: { unitCode?: string; year?: number; asOf?: string; today: string },
): Promise<Dashboard> {
  const tree = await loadUnitTree(db);
  let unitId: number;
  if (opts.unitCode) {
    const [u] = await db.select({ id: s.units.id }).from(s.units).where(eq(s.units.code, opts.unitCode));
    if (!u) throw notFound("Không tìm thấy đơn vị này.");
    unitId = u.id;
  } else {
    unitId = governingUnit(actor.unitId, tree);
  }
  authorize(actor, { kind: "view", unitId });

  const [[unit], results, targetRows, components, settings, withData] = await Promise.all([
    db.select({ id: s.units.id, code: s.units.code, name: s.units.name, kind: s.units.kind }).from(s.units).where(eq(s.units.id, unitId)),
    db
      .select({
        year: s.results.year,
        componentKey: s.results.componentKey,
        percent: s.results.percent,
        points: s.results.points,
        rank: s.results.rank,
        rankOf: s.results.rankOf,
        source: s.results.source,
      })
      .from(s.results)
      .where(eq(s.results.unitId, unitId))
      .orderBy(asc(s.results.year)),
    unitTargets(db, unitId),
    db.select().from(s.components).orderBy(asc(s.components.position)),
    rootOf(db, unitId).then((root) => getSettings(db, root)),
    db
      .selectDistinct({ code: s.units.code, name: s.units.name, id: s.units.id, position: s.units.position })
      .from(s.units)
      .where(
        sql`exists (select 1 from ${s.results} where ${s.results.unitId} = ${s.units.id}) or exists (select 1 from ${s.targets} where ${s.targets.unitId} = ${s.units.id})`,
      )
      .orderBy(asc(s.units.position)),
  ]);
  if (!unit) throw notFound("Không tìm thấy đơn vị này.");

  const best = bestBySource(results, (r) => `${r.year}|${r.componentKey}`);
  const resultYears = [...new Set(results.map((r) => r.year))].sort((a, b) => a - b);
  const targetYears = [...new Set(targetRows.map((t) => t.year))];
  const years = [...new Set([...resultYears, ...targetYears])].sort((a, b) => a - b);
  const latest = resultYears.at(-1);
  const defaultYear = latest !== undefined ? (targetYears.includes(latest + 1) ? latest + 1 : latest) : (years.at(-1) ?? Number(opts.today.slice(0, 4)));
  const year = opts.year ?? defaultYear;
  if (year < 2000 || year > 2100) throw badRequest("Năm không hợp lệ.");

  // Tasks of the unit's own plans that cover the year, with their components and evidence.
  const taskRows = await db
    .select({
      id: s.tasks.id,
      planCode: s.plans.code,
      fromYear: s.plans.fromYear,
      toYear: s.plans.toYear,
      reporting: s.plans.reportingDeadline,
      ordinal: s.tasks.ordinal,
      title: s.tasks.title,
      deadline: s.tasks.deadline,
      status: s.tasks.status,
      progress: s.tasks.progress,
      completedOn: s.tasks.completedOn,
      components: sql<string[]>`coalesce((select array_agg(${s.taskComponents.componentKey}) from ${s.taskComponents} where ${s.taskComponents.taskId} = ${s.tasks.id}), '{}')`,
      evidenceCount: sql<number>`(select count(*)::int from ${s.evidence} where ${s.evidence.taskId} = ${s.tasks.id})`,
      lastUpdateAt: sql<Date | null>`(select max(${s.taskUpdates.createdAt}) from ${s.taskUpdates} where ${s.taskUpdates.taskId} = ${s.tasks.id} and ${s.taskUpdates.kind} in ('progress', 'contribution'))`,
    })
    .from(s.tasks)
    .innerJoin(s.plans, eq(s.plans.id, s.tasks.planId))
    .where(
      and(
        eq(s.plans.issuerUnitId, unitId),
        eq(s.plans.kind, "improvement"),
        eq(s.tasks.isHeading, false),
        sql`${s.plans.fromYear} <= ${year} and ${s.plans.toYear} >= ${year}`,
        sql`exists (select 1 from ${s.taskComponents} where ${s.taskComponents.taskId} = ${s.tasks.id})`,
      ),
    )
    .orderBy(asc(s.tasks.id));

  const calendars = new Map<string, PlanCalendar>();
  for (const t of taskRows) {
    calendars.set(t.planCode, { fromYear: t.fromYear, toYear: t.toYear, reporting: (t.reporting as Deadline | null) ?? null });
  }
  // A closed year is judged as of its plan's reporting date, an open one as of today.
  const firstCalendar = [...calendars.values()][0];
  const asOfDefault = firstCalendar ? defaultViewDate(firstCalendar, year, opts.today) : opts.today < `${year}-12-31` ? opts.today : `${year}-12-31`;
  const asOf = opts.asOf ?? asOfDefault;

  const tasksByComponent = new Map<string, TaskLink[]>();
  for (const t of taskRows) {
    const cal = calendars.get(t.planCode)!;
    const st = judgeTask(
      t,
      cal,
      year,
      asOf,
      settings.dueSoonDays,
    );
    const link: TaskLink = {
      id: t.id,
      planCode: t.planCode,
      ordinal: t.ordinal,
      title: t.title,
      state: st.state,
      due: st.due,
      status: t.status,
      progress: t.progress,
      evidenceCount: t.evidenceCount,
      // Raw SQL comes back as a string on one driver and a Date on the other.
      lastUpdateAt: t.lastUpdateAt ? new Date(t.lastUpdateAt) : null,
    };
    for (const key of t.components) tasksByComponent.set(key, [...(tasksByComponent.get(key) ?? []), link]);
  }

  const targetView = (t: (typeof targetRows)[number]): TargetView => ({ ...t, responsible: t.responsible ?? [] });
  const keysWithData = new Set([...results.map((r) => r.componentKey), ...targetRows.map((t) => t.componentKey)]);

  const rows: ComponentRow[] = components
    .filter((c) => keysWithData.has(c.key))
    .map((c) => {
      const byYear = resultYears
        .filter((y) => y <= year)
        .map((y) => best.get(`${y}|${c.key}`))
        .filter((r): r is NonNullable<typeof r> => r !== undefined);
      const lastRow = byYear.at(-1) ?? null;
      const last = lastRow ? figure(lastRow) : null;
      const prevRow = lastRow ? best.get(`${lastRow.year - 1}|${c.key}`) : undefined;
      const previous = prevRow ? figure(prevRow) : null;
      const targetsThisYear = targetRows.filter((t) => t.year === year && t.componentKey === c.key);
      const primary = targetsThisYear.find((t) => t.label !== "Mục tiêu chung") ?? targetsThisYear[0] ?? null;
      const target = primary ? targetView(primary) : null;
      // Compare with the year viewed if it has a result, else with the latest before it.
      const sv = target ? scoreVerdict(target, last?.score ?? null, previous?.score ?? null) : "no-target";
      const rv = target ? rankVerdict(target, last?.rank ?? null, previous?.rank ?? null, settings.topGroupRank) : "no-target";
      const tasks = c.key === "tong" ? [] : (tasksByComponent.get(c.key) ?? []);
      const indicatorTasks: IndicatorTask[] = tasks.map((t) => ({ title: t.title, state: t.state, due: t.due, daysLeft: t.due ? Math.round((Date.parse(t.due) - Date.parse(asOf)) / 86_400_000) : null, evidenceCount: t.evidenceCount }));
      const flags = laggingFlags(
        { name: c.name, current: last, previous, target: target ? { ...target, year } : null, tasks: indicatorTasks },
        settings,
      );
      return {
        key: c.key,
        name: c.name,
        shortName: c.shortName,
        isTotal: c.key === "tong",
        last: last && lastRow ? { ...last, source: lastRow.source } : null,
        previous,
        target,
        scoreVerdict: sv,
        rankVerdict: rv,
        verdict: overallVerdict(sv, rv),
        gap: target ? scoreGap(target, last?.score ?? null, previous?.score ?? null) : null,
        tasks,
        overdue: tasks.filter((t) => t.state === "overdue").length,
        flags,
      };
    });

  const total = rows.find((r) => r.isTotal) ?? null;
  const componentsOnly = rows.filter((r) => !r.isTotal);

  // The total's history, each year flagged against the one before.
  const series: SeriesPoint[] = resultYears
    .map((y) => best.get(`${y}|tong`))
    .filter((r): r is NonNullable<typeof r> => r !== undefined)
    .map((r) => {
      const f = figure(r)!;
      const prevRow = best.get(`${r.year - 1}|tong`);
      const prev = prevRow ? figure(prevRow) : null;
      const flags = laggingFlags({ name: "Chỉ số CCHC", current: f, previous: prev, target: null, tasks: [] }, settings).filter(
        (fl) => fl.kind === "fell" || fl.kind === "rank-fell-score-rose",
      );
      return { year: r.year, score: f.score, unit: f.unit, rank: f.rank, rankOf: f.rankOf, flags };
    });

  const visible = actor.roles.includes("quan-tri") ? null : actor.scope;
  return {
    unit,
    year,
    years,
    asOf,
    asOfDefault,
    settings,
    total,
    generalGoals: targetRows.filter((t) => t.year === year && t.componentKey === "tong" && t.label === "Mục tiêu chung").map(targetView),
    components: componentsOnly,
    series,
    flags: rows
      .flatMap((r) => r.flags.map((f) => ({ ...f, component: r.isTotal ? "Chỉ số CCHC (tổng)" : r.name, componentKey: r.key })))
      .sort((a, b) => ({ high: 0, medium: 1, low: 2 })[a.severity] - ({ high: 0, medium: 1, low: 2 })[b.severity]),
    choices: withData.filter((u) => !visible || visible.has(u.id)).map((u) => ({ code: u.code, name: u.name })),
  };
}

/** Units in scope with data, for the lagging page across units. */
export async function unitsWithData(db: DbOrTx, actor: Actor): Promise<Array<{ code: string; name: string }>> {
  const rows = await db
    .selectDistinct({ id: s.units.id, code: s.units.code, name: s.units.name, position: s.units.position })
    .from(s.units)
    .innerJoin(s.results, eq(s.results.unitId, s.units.id))
    .orderBy(asc(s.units.position));
  const visible = actor.roles.includes("quan-tri") ? null : actor.scope;
  return rows.filter((u) => !visible || visible.has(u.id)).map((u) => ({ code: u.code, name: u.name }));
}

