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

    const unitIds = new Map<string, number>();
    const existing = await tx.select({ id: s.units.id, code: s.units.code }).from(s.units);
    existing.forEach((u) => unitIds.set(u.code, u.id));
    const siblings = new Map<string, number>();
    for (const u of units) {
      const key = u.parent ?? "";
      const position = (siblings.get(key) ?? 0) + 1;
      siblings.set(key, position);
      if (unitIds.has(u.code)) continue;
      const [row] = await tx
        .insert(s.units)
        .values({
          code: u.code,
          name: u.name,
          shortName: u.shortName ?? null,
          kind: u.kind,
          parentId: u.parent ? (unitIds.get(u.parent) ?? null) : null,
          position,
          aliases: u.aliases ?? [],
          note: u.note ?? null,
        })
        .returning({ id: s.units.id });
      unitIds.set(u.code, row!.id);
      report.units++;
    }
    const codes = new UnitCodes(unitIds);

    for (const doc of docs) {
      for (const f of doc.frameworks ?? []) report.frameworks += await seedFramework(tx, f, codes);
    }

    const planIds = new Map<string, number>();
    const existingPlans = await tx.select({ id: s.plans.id, code: s.plans.code }).from(s.plans);
    existingPlans.forEach((p) => planIds.set(p.code, p.id));
    for (const doc of docs) {
      for (const plan of doc.plans) {
        if (planIds.has(plan.code)) continue;
        const id = await seedPlan(tx, plan, codes);
        planIds.set(plan.code, id);
        report.plans++;
        report.tasks += await seedTasks(tx, plan, id, codes);
      }
    }
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

    for (const doc of docs) {
      for (const r of doc.results ?? []) {
        const inserted = await tx
          .insert(s.results)
          .values({
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
          })
          .onConflictDoNothing()
          .returning({ id: s.results.id });
        report.results += inserted.length;
      }
      const targetPlan = doc.plans.find((p) => p.kind === "improvement") ?? doc.plans[0];
      for (const t of doc.targets ?? []) {
        const seedKey = `${doc.sourceFile}/${t.unit}/${t.year}/${t.component}/${t.label}`;
        const score = t.score;
        const inserted = await tx
          .insert(s.targets)
          .values({
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
          })
          .onConflictDoNothing()
          .returning({ id: s.targets.id });
        const row = inserted[0];
        if (!row) continue;
        report.targets++;
        if (t.responsible.length > 0) {
          await tx.insert(s.targetUnits).values(
            t.responsible.map((code, i) => ({
              targetId: row.id,
              unitId: codes.id(code, `target ${seedKey}`),
              position: i,
            })),
          );
        }
      }
    }

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

async function seedFramework(tx: Tx, f: NonNullable<SeedDocument["frameworks"]>[number], codes: UnitCodes): Promise<number> {
  const inserted = await tx
    .insert(s.frameworks)
    .values({
      code: f.code,
      name: f.name,
      level: f.level,
      fromYear: f.fromYear,
      decision: f.decision,
      issuerUnitId: f.issuer ? codes.id(f.issuer, `framework ${f.code}`) : null,
      maxPoints: f.maxPoints,
    })
    .onConflictDoNothing()
    .returning({ id: s.frameworks.id });
  const row = inserted[0];
  if (!row) return 0;
  if (f.components.length > 0) {
    await tx.insert(s.frameworkComponents).values(
      f.components.map((c, i) => ({
        frameworkId: row.id,
        componentKey: c.key,
        position: i + 1,
        name: c.name,
        maxPoints: c.maxPoints,
        kind: c.kind,
      })),
    );
  }
  return 1;
}

async function seedPlan(tx: Tx, plan: SeedPlan, codes: UnitCodes): Promise<number> {
  const where = `plan ${plan.code}`;
  const reporting = plan.reportingDeadline ? parseDeadline(plan.reportingDeadline) : null;
  if (plan.reportingDeadline && !reporting) throw new Error(`${where}: reporting deadline "${plan.reportingDeadline}" is not a date`);
  const [row] = await tx
    .insert(s.plans)
    .values({
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
    })
    .returning({ id: s.plans.id });
  const planId = row!.id;
  const planUnits = [
    ...(plan.evaluatedUnits ?? []).map((code, i) => ({ code, role: "evaluated" as const, position: i })),
    ...(plan.councilMembers ?? []).map((code, i) => ({ code, role: "council-member" as const, position: i })),
  ];
  if (planUnits.length > 0) {
    await tx
      .insert(s.planUnits)
      .values(planUnits.map((p) => ({ planId, unitId: codes.id(p.code, where), role: p.role, position: p.position })))
      .onConflictDoNothing();
  }
  if (plan.surveyForms?.length) {
    await tx.insert(s.surveyForms).values(
      plan.surveyForms.map((f, i) => ({
        planId,
        code: f.code,
        respondents: f.respondents,
        method: f.method,
        planned: f.planned,
        returned: f.returned,
        note: f.note ?? null,
        position: i,
      })),
    );
  }
  return planId;
}

async function seedTasks(tx: Tx, plan: SeedPlan, planId: number, codes: UnitCodes): Promise<number> {
  let count = 0;
  const insertRows = async (rows: SeedTaskRow[], parentId: number | null, path: string) => {
    for (const [i, r] of rows.entries()) {
      const key = `${plan.code}/${path}${i + 1}`;
      const deadline = parseDeadline(r.deadline);
      if (!deadline) throw new Error(`task ${key}: deadline "${r.deadline}" is not a valid date`);
      const isHeading = r.lead.length === 0 && (r.children?.length ?? 0) > 0;
      const [row] = await tx
        .insert(s.tasks)
        .values({
          seedKey: key,
          planId,
          parentId,
          position: i + 1,
          ordinal: r.ordinal,
          title: r.title,
          isHeading,
          leadPrinted: r.leadPrinted ?? null,
          coordinatingPrinted: r.coordinatingPrinted ?? null,
          deadlineText: r.deadline ?? null,
          deadlineKind: deadline.kind,
          deadline,
          evidenceRequired: r.evidence ?? null,
          phase: r.phase ?? null,
        })
        .returning({ id: s.tasks.id });
      const taskId = row!.id;
      count++;
      const links = [
        ...r.lead.map((code, p) => ({ code, role: "lead" as const, position: p })),
        ...(r.coordinating ?? []).map((code, p) => ({ code, role: "coordinating" as const, position: p })),
      ];
      if (links.length > 0) {
        await tx
          .insert(s.taskUnits)
          .values(links.map((l) => ({ taskId, unitId: codes.id(l.code, `task ${key}`), role: l.role, position: l.position })))
          .onConflictDoNothing();
      }
      if (r.components?.length) {
        await tx
          .insert(s.taskComponents)
          .values([...new Set(r.components)].map((componentKey) => ({ taskId, componentKey })));
      }
      if (r.numericTargets?.length) {
        await tx.insert(s.taskNumericTargets).values(
          r.numericTargets.map((n, p) => ({
            taskId,
            metric: n.metric,
            op: n.op,
            value: n.value,
            unit: n.unit,
            year: n.year,
            printed: n.printed,
            position: p,
          })),
        );
      }
      if (r.children?.length) await insertRows(r.children, taskId, `${path}${i + 1}.`);
    }
  };
  await insertRows(plan.tasks, null, "");
  return count;
}

/** True when the database has no units yet: first start. */
export async function isEmpty(db: Db): Promise<boolean> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(s.units);
  return (row?.n ?? 0) === 0;
}
