import { and, eq, sql } from "drizzle-orm";
import type { Db, Tx } from "../db/client";
import * as s from "../db/schema";
import { parseDeadline } from "../server/domain/deadline";
import { componentCatalogue } from "./components";
import { documents, allUnits } from "./index";
import type { SeedDocument, SeedPlan, SeedTaskRow, SeedUnit } from "./types";

export interface SeedReport {
  units: number;
  frameworks: number;
  plans: number;
  tasks: number;
  results: number;
  targets: number;
}

/** Order units so that every parent comes before its children. */
export function orderUnits(units: SeedUnit[]): SeedUnit[] {
  const byCode = new Map(units.map((u) => [u.code, u]));
  if (byCode.size !== units.length) {
    const seen = new Set<string>();
    const dup = units.find((u) => (seen.has(u.code) ? true : (seen.add(u.code), false)));
    throw new Error(`Seed unit code "${dup?.code}" is defined twice`);
  }
  const out: SeedUnit[] = [];
  const placed = new Set<string>();
  const visit = (u: SeedUnit, depth: number) => {
    if (placed.has(u.code)) return;
    if (depth > 20) throw new Error(`Seed unit tree has a cycle at "${u.code}"`);
    if (u.parent) {
      const parent = byCode.get(u.parent);
      if (!parent) throw new Error(`Seed unit "${u.code}" names an unknown parent "${u.parent}"`);
      visit(parent, depth + 1);
    }
    placed.add(u.code);
    out.push(u);
  };
  units.forEach((u) => visit(u, 0));
  return out;
}

class UnitCodes {
  constructor(private readonly ids: Map<string, number>) {}
  id(code: string, where: string): number {
    const id = this.ids.get(code);
    if (id === undefined) throw new Error(`${where}: unknown unit code "${code}"`);
    return id;
  }
}

/**
 * Load every source document. Idempotent: each seeded row has a stable key and is inserted only
 * when missing, so a second run changes nothing, and rows users have since edited are left alone.
 *
 * Rows go in as multi-row inserts, a few statements per table (≈35 in all instead of ≈660, which
 * on the embedded database were 2–3 s of a first start). Every row gets the id it got when rows
 * were inserted one by one: each table's rows are inserted (or their ids reserved) in the same
 * order as before.
 */
export async function loadSeeds(db: Db, opts: { docs?: SeedDocument[]; units?: SeedUnit[] } = {}): Promise<SeedReport> {
  const docs = opts.docs ?? documents;
  const units = orderUnits(opts.units ?? allUnits);
  return db.transaction(async (tx) => {
    const report: SeedReport = { units: 0, frameworks: 0, plans: 0, tasks: 0, results: 0, targets: 0 };

    await tx
      .insert(s.components)
      .values(componentCatalogue.map((c, i) => ({ ...c, position: i + 1 })))
      .onConflictDoNothing();

    const codes = await seedUnits(tx, units);
    report.units = codes.added;
    report.frameworks = await seedFrameworks(tx, docs.flatMap((d) => d.frameworks ?? []), codes);

    const planIds = new Map<string, number>();
    const existingPlans = await tx.select({ id: s.plans.id, code: s.plans.code }).from(s.plans);
    existingPlans.forEach((p) => planIds.set(p.code, p.id));
    const newPlans = docs.flatMap((doc) => doc.plans).filter((plan, i, all) => !planIds.has(plan.code) && all.findIndex((p) => p.code === plan.code) === i);
    for (const [code, id] of await seedPlans(tx, newPlans, codes)) planIds.set(code, id);
    report.plans = newPlans.length;
    report.tasks = await seedTasks(tx, newPlans.map((plan) => ({ plan, planId: planIds.get(plan.code)! })), codes);
    // Link plans to the plans they implement, once all exist.
    for (const doc of docs) {
      for (const plan of doc.plans) {
        const parentCode = plan.implements?.plan;
        if (!parentCode) continue;
        const parentId = planIds.get(parentCode);
        if (parentId === undefined) throw new Error(`Plan ${plan.code} implements unknown plan ${parentCode}`);
        await tx
          .update(s.plans)
          .set({ parentPlanId: parentId })
          .where(and(eq(s.plans.id, planIds.get(plan.code)!), sql`${s.plans.parentPlanId} is null`));
      }
    }

    report.results = await seedResults(tx, docs.flatMap((doc) => doc.results ?? []), codes);
    report.targets = await seedTargets(tx, docs, planIds, codes);

    const changed = Object.values(report).some((n) => n > 0);
    if (changed) {
      await tx.insert(s.auditLog).values({
        action: "seed",
        entity: "seed",
        after: report,
        note: "Nạp dữ liệu từ các văn bản nguồn",
      });
    }
    return report;
  });
}

/** Rows per statement: well under PostgreSQL's 65 535 parameters for the widest table. */
const CHUNK = 500;

function chunks<T>(rows: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += CHUNK) out.push(rows.slice(i, i + CHUNK));
  return out;
}

/**
 * Take `n` ids from a table's identity sequence, in ascending order: the ids one-by-one inserts
 * would have got, known before the insert so that rows can name their parents in the same batch.
 */
async function reserveIds(tx: Tx, table: string, n: number): Promise<number[]> {
  if (n === 0) return [];
  const rows = await tx
    .select({ id: sql<number>`nextval(pg_get_serial_sequence(${table}, 'id'))::int` })
    .from(sql`generate_series(1, ${n})`);
  return rows.map((r) => r.id).sort((a, b) => a - b);
}

async function seedUnits(tx: Tx, units: SeedUnit[]): Promise<UnitCodes & { added: number }> {
  const unitIds = new Map<string, number>();
  const existing = await tx.select({ id: s.units.id, code: s.units.code }).from(s.units);
  existing.forEach((u) => unitIds.set(u.code, u.id));
  const siblings = new Map<string, number>();
  const missing: Array<{ unit: SeedUnit; position: number }> = [];
  for (const u of units) {
    const key = u.parent ?? "";
    const position = (siblings.get(key) ?? 0) + 1;
    siblings.set(key, position);
    if (!unitIds.has(u.code)) missing.push({ unit: u, position });
  }
  const ids = await reserveIds(tx, "units", missing.length);
  missing.forEach((m, i) => unitIds.set(m.unit.code, ids[i]!));
  for (const part of chunks(missing)) {
    await tx
      .insert(s.units)
      .overridingSystemValue()
      .values(
        part.map(({ unit: u, position }) => ({
          id: unitIds.get(u.code)!,
          code: u.code,
          name: u.name,
          shortName: u.shortName ?? null,
          kind: u.kind,
          parentId: u.parent ? (unitIds.get(u.parent) ?? null) : null,
          position,
          aliases: u.aliases ?? [],
          note: u.note ?? null,
        })),
      );
  }
  return Object.assign(new UnitCodes(unitIds), { added: missing.length });
}

async function seedFrameworks(tx: Tx, frameworks: NonNullable<SeedDocument["frameworks"]>, codes: UnitCodes): Promise<number> {
  if (frameworks.length === 0) return 0;
  const inserted = await tx
    .insert(s.frameworks)
    .values(
      frameworks.map((f) => ({
        code: f.code,
        name: f.name,
        level: f.level,
        fromYear: f.fromYear,
        decision: f.decision,
        issuerUnitId: f.issuer ? codes.id(f.issuer, `framework ${f.code}`) : null,
        maxPoints: f.maxPoints,
      })),
    )
    .onConflictDoNothing()
    .returning({ id: s.frameworks.id, code: s.frameworks.code });
  const idOf = new Map(inserted.map((r) => [r.code, r.id]));
  const components = frameworks.flatMap((f) => {
    const frameworkId = idOf.get(f.code);
    if (frameworkId === undefined) return [];
    // Only the first framework of a code was inserted; a later duplicate adds nothing.
    idOf.delete(f.code);
    return f.components.map((c, i) => ({
      frameworkId,
      componentKey: c.key,
      position: i + 1,
      name: c.name,
      maxPoints: c.maxPoints,
      kind: c.kind,
    }));
  });
  for (const part of chunks(components)) await tx.insert(s.frameworkComponents).values(part);
  return inserted.length;
}

async function seedPlans(tx: Tx, plans: SeedPlan[], codes: UnitCodes): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  if (plans.length === 0) return ids;
  const rows = plans.map((plan) => {
    const where = `plan ${plan.code}`;
    const reporting = plan.reportingDeadline ? parseDeadline(plan.reportingDeadline) : null;
    if (plan.reportingDeadline && !reporting) throw new Error(`${where}: reporting deadline "${plan.reportingDeadline}" is not a date`);
    return {
      code: plan.code,
      number: plan.number,
      numberPrinted: plan.numberPrinted,
      issuedOn: plan.issuedOn,
      datePrinted: plan.datePrinted,
      issuerUnitId: codes.id(plan.issuer, where),
      title: plan.title,
      kind: plan.kind,
      fromYear: plan.fromYear,
      toYear: plan.toYear,
      implementsPrinted: plan.implements?.printed ?? null,
      reportingDeadlineText: plan.reportingDeadline ?? null,
      reportingDeadline: reporting,
      reportToUnitId: plan.reportTo ? codes.id(plan.reportTo, where) : null,
      summary: plan.summary,
      sourceFile: plan.sourceFile,
      signerTitle: plan.signer?.title ?? null,
      signerName: plan.signer?.name ?? null,
    };
  });
  for (const part of chunks(rows)) {
    for (const r of await tx.insert(s.plans).values(part).returning({ id: s.plans.id, code: s.plans.code })) ids.set(r.code, r.id);
  }
  const planUnits = plans.flatMap((plan) => {
    const planId = ids.get(plan.code)!;
    return [
      ...(plan.evaluatedUnits ?? []).map((code, i) => ({ code, role: "evaluated" as const, position: i })),
      ...(plan.councilMembers ?? []).map((code, i) => ({ code, role: "council-member" as const, position: i })),
    ].map((p) => ({ planId, unitId: codes.id(p.code, `plan ${plan.code}`), role: p.role, position: p.position }));
  });
  for (const part of chunks(planUnits)) await tx.insert(s.planUnits).values(part).onConflictDoNothing();
  const surveyForms = plans.flatMap((plan) =>
    (plan.surveyForms ?? []).map((f, i) => ({
      planId: ids.get(plan.code)!,
      code: f.code,
      respondents: f.respondents,
      method: f.method,
      planned: f.planned,
      returned: f.returned,
      note: f.note ?? null,
      position: i,
    })),
  );
  for (const part of chunks(surveyForms)) await tx.insert(s.surveyForms).values(part);
  return ids;
}

/** The task rows of new plans, depth first (the order their ids were always given in). */
async function seedTasks(tx: Tx, plans: Array<{ plan: SeedPlan; planId: number }>, codes: UnitCodes): Promise<number> {
  type Flat = { row: SeedTaskRow; key: string; planId: number; parentKey: string | null; position: number };
  const flat: Flat[] = [];
  const walk = (rows: SeedTaskRow[], planCode: string, planId: number, parentKey: string | null, path: string) => {
    for (const [i, r] of rows.entries()) {
      const key = `${planCode}/${path}${i + 1}`;
      flat.push({ row: r, key, planId, parentKey, position: i + 1 });
      if (r.children?.length) walk(r.children, planCode, planId, key, `${path}${i + 1}.`);
    }
  };
  for (const { plan, planId } of plans) walk(plan.tasks, plan.code, planId, null, "");
  const ids = await reserveIds(tx, "tasks", flat.length);
  const idOf = new Map(flat.map((t, i) => [t.key, ids[i]!]));
  const tasks = flat.map(({ row: r, key, planId, parentKey, position }) => {
    const deadline = parseDeadline(r.deadline);
    if (!deadline) throw new Error(`task ${key}: deadline "${r.deadline}" is not a valid date`);
    return {
      id: idOf.get(key)!,
      seedKey: key,
      planId,
      parentId: parentKey === null ? null : idOf.get(parentKey)!,
      position,
      ordinal: r.ordinal,
      title: r.title,
      isHeading: r.lead.length === 0 && (r.children?.length ?? 0) > 0,
      leadPrinted: r.leadPrinted ?? null,
      coordinatingPrinted: r.coordinatingPrinted ?? null,
      deadlineText: r.deadline ?? null,
      deadlineKind: deadline.kind,
      deadline,
      evidenceRequired: r.evidence ?? null,
      phase: r.phase ?? null,
    };
  });
  for (const part of chunks(tasks)) await tx.insert(s.tasks).overridingSystemValue().values(part);
  const links = flat.flatMap(({ row: r, key }) =>
    [
      ...r.lead.map((code, p) => ({ code, role: "lead" as const, position: p })),
      ...(r.coordinating ?? []).map((code, p) => ({ code, role: "coordinating" as const, position: p })),
    ].map((l) => ({ taskId: idOf.get(key)!, unitId: codes.id(l.code, `task ${key}`), role: l.role, position: l.position })),
  );
  for (const part of chunks(links)) await tx.insert(s.taskUnits).values(part).onConflictDoNothing();
  const components = flat.flatMap(({ row: r, key }) => [...new Set(r.components ?? [])].map((componentKey) => ({ taskId: idOf.get(key)!, componentKey })));
  for (const part of chunks(components)) await tx.insert(s.taskComponents).values(part);
  const numeric = flat.flatMap(({ row: r, key }) =>
    (r.numericTargets ?? []).map((n, p) => ({
      taskId: idOf.get(key)!,
      metric: n.metric,
      op: n.op,
      value: n.value,
      unit: n.unit,
      year: n.year,
      printed: n.printed,
      position: p,
    })),
  );
  for (const part of chunks(numeric)) await tx.insert(s.taskNumericTargets).values(part);
  return flat.length;
}

async function seedResults(tx: Tx, results: NonNullable<SeedDocument["results"]>, codes: UnitCodes): Promise<number> {
  let count = 0;
  const rows = results.map((r) => ({
    unitId: codes.id(r.unit, `result ${r.year} ${r.component}`),
    year: r.year,
    componentKey: r.component,
    points: r.points,
    maxPoints: r.maxPoints,
    percent: r.percent,
    rank: r.rank,
    rankOf: r.rankOf,
    source: r.source,
    printed: r.printed,
  }));
  for (const part of chunks(rows)) count += (await tx.insert(s.results).values(part).onConflictDoNothing().returning({ id: s.results.id })).length;
  return count;
}

async function seedTargets(tx: Tx, docs: SeedDocument[], planIds: Map<string, number>, codes: UnitCodes): Promise<number> {
  const rows = docs.flatMap((doc) => {
    const targetPlan = doc.plans.find((p) => p.kind === "improvement") ?? doc.plans[0];
    return (doc.targets ?? []).map((t) => {
      const seedKey = `${doc.sourceFile}/${t.unit}/${t.year}/${t.component}/${t.label}`;
      const score = t.score;
      return {
        responsible: t.responsible.map((code) => codes.id(code, `target ${seedKey}`)),
        values: {
          seedKey,
          unitId: codes.id(t.unit, `target ${seedKey}`),
          year: t.year,
          componentKey: t.component,
          label: t.label,
          scoreOp: score?.op ?? null,
          scoreValue: score && score.op !== "gt-previous-year" ? score.value : null,
          scoreUnit: score && score.op !== "gt-previous-year" ? score.unit : null,
          rankOp: t.rank?.op ?? null,
          rankValue: t.rank?.op === "at-most" ? t.rank.value : null,
          printed: t.printed,
          rankPrinted: t.rankPrinted,
          responsiblePrinted: t.responsiblePrinted,
          planId: targetPlan ? (planIds.get(targetPlan.code) ?? null) : null,
        },
      };
    });
  });
  const idOf = new Map<string, number>();
  let count = 0;
  for (const part of chunks(rows)) {
    const inserted = await tx
      .insert(s.targets)
      .values(part.map((r) => r.values))
      .onConflictDoNothing()
      .returning({ id: s.targets.id, seedKey: s.targets.seedKey });
    for (const r of inserted) idOf.set(r.seedKey!, r.id);
    count += inserted.length;
  }
  const units = rows.flatMap((r) => {
    const targetId = idOf.get(r.values.seedKey);
    if (targetId === undefined) return [];
    // A seed key listed twice is inserted once, with the responsible units of its first listing.
    idOf.delete(r.values.seedKey);
    return r.responsible.map((unitId, i) => ({ targetId, unitId, position: i }));
  });
  for (const part of chunks(units)) await tx.insert(s.targetUnits).values(part);
  return count;
}

/** True when the database has no units yet: first start. */
export async function isEmpty(db: Db): Promise<boolean> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(s.units);
  return (row?.n ?? 0) === 0;
}
