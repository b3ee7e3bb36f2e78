import { and, asc, eq, sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import * as s from "../../db/schema";
import type { Deadline } from "../domain/deadline";
import { laggingFlags, type Flag, type IndicatorTask } from "../domain/lagging";
import { changeText, compareFigures, figureOf, latestUpTo, previousAvailable, scoreIn, type YearFigure } from "../domain/year-figure";
import { bestBySource } from "../domain/best-result";
import type { Actor } from "../domain/permissions";
import { governingUnit } from "../domain/scope";
import type { Settings } from "../domain/settings";
import { defaultViewDate, judgeTask, reportingDate, type PlanCalendar, type TaskState, type TaskStatus } from "../domain/task-state";
import { judgeTarget, type TargetCondition, type TargetJudgement, type Verdict } from "../domain/targets";
import { authorize, loadUnitTree, requestContentStamp } from "./actor";
import { badRequest, notFound } from "./errors";
import { getSettings, rootOf } from "./settings";
import { taskExistsFrom } from "../domain/task-as-of";
import { rowsAsOf } from "./task-history";
import { unitTargets } from "./unit-targets";


export interface TargetView extends TargetCondition {
  id: number;
  scoreUnit: "percent" | "points" | null;
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
  /** Lead units' names. */
  leads: string[];
}

export interface ComponentRow {
  key: string;
  name: string;
  shortName: string;
  isTotal: boolean;
  /** Latest result up to the year viewed, and the previous available result before it (any gap). */
  last: (YearFigure & { source: string }) | null;
  previous: YearFigure | null;
  /** "+7,17 điểm so với năm 2015, cách 7 năm", or why the two years cannot be compared. */
  change: string | null;
  target: TargetView | null;
  scoreVerdict: Verdict;
  rankVerdict: Verdict;
  verdict: Verdict;
  /** The target year's own result decides; before it exists, `note` says so and `latestGap` measures from the latest. */
  judgement: Pick<TargetJudgement, "gap" | "latestGap" | "note"> & { basisYear: number | null; latestYear: number | null };
  /** Points still missing to the score target from the target year's result (negative: margin above it). */
  gap: number | null;
  tasks: TaskLink[];
  overdue: number;
  flags: Flag[];
}

export interface SeriesPoint {
  year: number;
  score: number;
  unit: "percent" | "points";
  /** The score in percent where it is one or converts with a known maximum. */
  percent: number | null;
  rank: number | null;
  rankOf: number | null;
  /** Change from the previous available year, span named. */
  change: string | null;
  flags: Flag[];
}

export interface FlagGroup {
  componentKey: string;
  component: string;
  severity: Flag["severity"];
  flags: Flag[];
  /** Units that answer for the component: the target's responsible units, else its tasks' lead units. */
  responsible: string[];
  /** The component's tasks in the plan that covers the year, when there are any. */
  tasksHref: string | null;
  taskCount: number;
}

export interface Dashboard {
  unit: { id: number; code: string; name: string; kind: string };
  year: number;
  years: number[];
  asOf: string;
  asOfDefault: string;
  asOfBasis: "today" | "reporting-date" | "year-end";
  settings: Settings;
  total: ComponentRow | null;
  generalGoals: TargetView[];
  components: ComponentRow[];
  series: SeriesPoint[];
  flags: Array<Flag & { component: string; componentKey: string }>;
  /** One entry per component with all its reasons, most severe first. */
  flagGroups: FlagGroup[];
  /** Units the user may switch to: those with results or targets, within scope. */
  choices: Array<{ code: string; name: string }>;
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

  // Units in the actor's scope (a join on the subtree, not a list of ids) that have results or
  // targets, for the unit choice; the dashboard's own unit comes in the same statement.
  const scopeRoot = actor.roles.includes("quan-tri") ? null : governingUnit(actor.unitId, tree);
  const [unitRows, results, targetRows, components, settings] = await Promise.all([
    db
      .select({
        id: s.units.id,
        code: s.units.code,
        name: s.units.name,
        kind: s.units.kind,
        position: s.units.position,
        hasData: sql<boolean>`(exists (select 1 from results r where r.unit_id = "units"."id") or exists (select 1 from targets tg where tg.unit_id = "units"."id"))`,
      })
      .from(s.units)
      .where(
        sql`("units"."id" = ${unitId} or ((${scopeRoot}::int is null or "units"."id" in (
          with recursive sc(id) as (select ${scopeRoot}::int union all select u.id from units u inner join sc on u.parent_id = sc.id) select id from sc))
          and (exists (select 1 from results r where r.unit_id = "units"."id") or exists (select 1 from targets tg where tg.unit_id = "units"."id"))))`,
      )
      .orderBy(asc(s.units.position)),
    db
      .select({
        year: s.results.year,
        componentKey: s.results.componentKey,
        percent: s.results.percent,
        points: s.results.points,
        maxPoints: s.results.maxPoints,
        rank: s.results.rank,
        rankOf: s.results.rankOf,
        source: s.results.source,
      })
      .from(s.results)
      .where(eq(s.results.unitId, unitId))
      .orderBy(asc(s.results.year)),
    unitTargets(db, unitId),
    componentCatalogue(db),
    rootOf(db, unitId, tree).then((root) => getSettings(db, root)),
  ]);
  const unit = unitRows.find((u) => u.id === unitId);
  const withData = unitRows.filter((u) => u.hasData && (scopeRoot === null || actor.scope.has(u.id)));
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
      issuedOn: s.plans.issuedOn,
      createdAt: s.tasks.createdAt,
      ordinal: s.tasks.ordinal,
      title: s.tasks.title,
      deadline: s.tasks.deadline,
      status: s.tasks.status,
      progress: s.tasks.progress,
      completedOn: s.tasks.completedOn,
      components: sql<string[]>`coalesce((select array_agg(${s.taskComponents.componentKey}) from ${s.taskComponents} where ${s.taskComponents.taskId} = ${s.tasks.id}), '{}')`,
      evidenceCount: sql<number>`(select count(*)::int from ${s.evidence} where ${s.evidence.taskId} = ${s.tasks.id})`,
      leads: sql<string[]>`coalesce((select array_agg(${s.units.name} order by ${s.taskUnits.position}) from ${s.taskUnits} join ${s.units} on ${s.units.id} = ${s.taskUnits.unitId} where ${s.taskUnits.taskId} = ${s.tasks.id} and ${s.taskUnits.role} = 'lead'), '{}')`,
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
  // What the default date is, so the page can say it in words: today, a plan's reporting date, or the year's end.
  const asOfBasis: Dashboard["asOfBasis"] = asOfDefault >= opts.today ? "today" : firstCalendar && reportingDate(firstCalendar, year) === asOfDefault ? "reporting-date" : "year-end";

  // Status, progress and evidence as they stood on the viewing date: nothing filed later shows.
  const tasksAsOf = await rowsAsOf(
    db,
    taskRows.map((t) => ({ ...t, existsFrom: taskExistsFrom(t.createdAt, t) })),
    () => asOf,
    opts.today,
  );
  const tasksByComponent = new Map<string, TaskLink[]>();
  for (const t of tasksAsOf) {
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
      lastUpdateAt: t.lastReportAt !== undefined ? t.lastReportAt : t.lastUpdateAt ? new Date(t.lastUpdateAt) : null,
      leads: t.leads,
    };
    for (const key of t.components) {
      const list = tasksByComponent.get(key);
      if (list) list.push(link);
      else tasksByComponent.set(key, [link]);
    }
  }

  const targetView = (t: (typeof targetRows)[number]): TargetView => ({ ...t, responsible: t.responsible ?? [] });
  const keysWithData = new Set([...results.map((r) => r.componentKey), ...targetRows.map((t) => t.componentKey)]);
  const figuresOf = (key: string): YearFigure[] =>
    resultYears.map((y) => best.get(`${y}|${key}`)).flatMap((r) => (r ? [figureOf(r)].filter((f): f is YearFigure => f !== null) : []));

  const rows: ComponentRow[] = components
    .filter((c) => keysWithData.has(c.key))
    .map((c) => {
      const figures = figuresOf(c.key);
      const last = latestUpTo(figures, year);
      const lastRow = last ? best.get(`${last.year}|${c.key}`)! : null;
      const previous = last ? previousAvailable(figures, last.year) : null;
      const targetsThisYear = targetRows.filter((t) => t.year === year && t.componentKey === c.key);
      const primary = targetsThisYear.find((t) => t.label !== "Mục tiêu chung") ?? targetsThisYear[0] ?? null;
      const target = primary ? targetView(primary) : null;
      // The verdict rests on the target year's own result (or, for "năm sau cao hơn năm trước", on it and the year before).
      const j = target ? judgeTarget({ ...target, year }, figures, settings.topGroupRank) : null;
      const tasks = c.key === "tong" ? [] : (tasksByComponent.get(c.key) ?? []);
      const indicatorTasks: IndicatorTask[] = tasks.map((t) => ({ title: t.title, state: t.state, due: t.due, daysLeft: t.due ? Math.round((Date.parse(t.due) - Date.parse(asOf)) / 86_400_000) : null, evidenceCount: t.evidenceCount }));
      const flags = laggingFlags(
        { name: c.name, current: last, previous, target: target ? { ...target, year } : null, judgement: j, tasks: indicatorTasks },
        settings,
      );
      return {
        key: c.key,
        name: c.name,
        shortName: c.shortName,
        isTotal: c.key === "tong",
        last: last && lastRow ? { ...last, source: lastRow.source } : null,
        previous,
        change: last && previous ? changeText(compareFigures(last, previous)) : null,
        target,
        scoreVerdict: j?.scoreVerdict ?? "no-target",
        rankVerdict: j?.rankVerdict ?? "no-target",
        verdict: j?.verdict ?? "no-target",
        judgement: {
          gap: j?.gap ?? null,
          latestGap: j?.latestGap ?? null,
          note: j?.note ?? null,
          basisYear: j?.basis?.year ?? null,
          latestYear: j?.latest?.year ?? null,
        },
        gap: j?.gap ?? null,
        tasks,
        overdue: tasks.filter((t) => t.state === "overdue").length,
        flags,
      };
    });

  const total = rows.find((r) => r.isTotal) ?? null;
  const componentsOnly = rows.filter((r) => !r.isTotal);

  // The total's history, each year against the previous available one (the span named).
  const totalFigures = figuresOf("tong");
  const series: SeriesPoint[] = totalFigures.map((f) => {
    const prev = previousAvailable(totalFigures, f.year);
    const flags = laggingFlags({ name: "Chỉ số CCHC", current: f, previous: prev, target: null, judgement: null, tasks: [] }, settings).filter(
      (fl) => fl.kind === "fell" || fl.kind === "rank-fell-score-rose",
    );
    return {
      year: f.year,
      score: f.score,
      unit: f.unit,
      percent: scoreIn(f, "percent"),
      rank: f.rank,
      rankOf: f.rankOf,
      change: prev ? changeText(compareFigures(f, prev)) : null,
      flags,
    };
  });

  const severityRank = { high: 0, medium: 1, low: 2 } as const;
  const flagGroups: FlagGroup[] = rows
    .filter((r) => r.flags.length > 0)
    .map((r) => {
      const leads = [...new Set(r.tasks.flatMap((t) => t.leads))];
      // The plan holding most of the component's tasks (a unit rarely has two plans for one year).
      const perPlan = new Map<string, number>();
      for (const t of r.tasks) perPlan.set(t.planCode, (perPlan.get(t.planCode) ?? 0) + 1);
      const plan = [...perPlan].sort((a, b) => b[1] - a[1])[0]?.[0];
      return {
        componentKey: r.key,
        component: r.isTotal ? "Chỉ số CCHC (tổng)" : r.name,
        severity: r.flags.reduce<Flag["severity"]>((m, f) => (severityRank[f.severity] < severityRank[m] ? f.severity : m), "low"),
        flags: r.flags,
        responsible: r.target && r.target.responsible.length > 0 ? r.target.responsible : leads,
        tasksHref: plan ? `/ke-hoach/${plan}?chisotp=${r.key}` : null,
        taskCount: r.tasks.length,
      };
    })
    .sort((a, b) => severityRank[a.severity] - severityRank[b.severity] || b.flags.length - a.flags.length);

  return {
    unit: { id: unit.id, code: unit.code, name: unit.name, kind: unit.kind },
    year,
    years,
    asOf,
    asOfDefault,
    asOfBasis,
    settings,
    total,
    generalGoals: targetRows.filter((t) => t.year === year && t.componentKey === "tong" && t.label === "Mục tiêu chung").map(targetView),
    components: componentsOnly,
    series,
    flagGroups,
    flags: rows
      .flatMap((r) => r.flags.map((f) => ({ ...f, component: r.isTotal ? "Chỉ số CCHC (tổng)" : r.name, componentKey: r.key })))
      .sort((a, b) => ({ high: 0, medium: 1, low: 2 })[a.severity] - ({ high: 0, medium: 1, low: 2 })[b.severity]),
    choices: withData.map((u) => ({ code: u.code, name: u.name })),
  };
}

/**
 * The component catalogue (seeded with the app, never edited through it): read again when the
 * content stamp read with the session has moved (a kept page must not rest on an older catalogue),
 * and at least once a minute; every instance reads the same rows.
 */
const catalogues = new WeakMap<DbOrTx, { at: number; stamp: string | null; rows: Promise<Array<typeof s.components.$inferSelect>> }>();
async function componentCatalogue(db: DbOrTx) {
  const stamp = await requestContentStamp();
  let hit = catalogues.get(db);
  if (!hit || Date.now() - hit.at > 60_000 || hit.stamp !== stamp) {
    const rows = db.select().from(s.components).orderBy(asc(s.components.position)).then((r) => r);
    hit = { at: Date.now(), stamp, rows };
    catalogues.set(db, hit);
    rows.catch(() => catalogues.delete(db));
  }
  return hit.rows;
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

