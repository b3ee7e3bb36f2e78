import { and, asc, eq } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import * as s from "../../db/schema";
import type { CycleContext } from "../domain/cycle-access";
import type { CyclePhase, PhaseWindow } from "../domain/cycle-phase";
import type { Actor } from "../domain/permissions";
import { notFound } from "./errors";

/** A cycle as the services need it: its row, windows, evaluated units and council. */
export interface LoadedCycle {
  cycle: typeof s.cycles.$inferSelect;
  planCode: string;
  planTitle: string;
  frameworkName: string;
  frameworkDecision: string | null;
  windows: PhaseWindow[];
  units: Array<{ unitId: number; code: string; name: string; state: "draft" | "submitted"; late: boolean; submittedAt: Date | null; version: number }>;
  council: Array<{ componentKey: string; unitId: number; unitName: string; finishedAt: Date | null }>;
}

export async function loadCycle(db: DbOrTx, cycleId: number): Promise<LoadedCycle> {
  const [row] = await db
    .select({ cycle: s.cycles, planCode: s.plans.code, planTitle: s.plans.title, frameworkName: s.frameworks.name, frameworkDecision: s.frameworks.decision })
    .from(s.cycles)
    .innerJoin(s.plans, eq(s.plans.id, s.cycles.planId))
    .innerJoin(s.frameworks, eq(s.frameworks.id, s.cycles.frameworkId))
    .where(eq(s.cycles.id, cycleId));
  if (!row) throw notFound("Không tìm thấy kỳ đánh giá này.");
  const phases = await db.select().from(s.cyclePhases).where(eq(s.cyclePhases.cycleId, cycleId));
  const units = await db
    .select({
      unitId: s.cycleUnits.unitId,
      code: s.units.code,
      name: s.units.name,
      state: s.cycleUnits.state,
      late: s.cycleUnits.late,
      submittedAt: s.cycleUnits.submittedAt,
      version: s.cycleUnits.version,
    })
    .from(s.cycleUnits)
    .innerJoin(s.units, eq(s.units.id, s.cycleUnits.unitId))
    .where(eq(s.cycleUnits.cycleId, cycleId))
    .orderBy(asc(s.cycleUnits.position), asc(s.units.name));
  const council = await db
    .select({ componentKey: s.councilAssignments.componentKey, unitId: s.councilAssignments.unitId, unitName: s.units.name, finishedAt: s.councilAssignments.finishedAt })
    .from(s.councilAssignments)
    .innerJoin(s.units, eq(s.units.id, s.councilAssignments.unitId))
    .where(eq(s.councilAssignments.cycleId, cycleId));
  return {
    cycle: row.cycle,
    planCode: row.planCode,
    planTitle: row.planTitle,
    frameworkName: row.frameworkName,
    frameworkDecision: row.frameworkDecision,
    windows: phases.map((p) => ({ phase: p.phase as CyclePhase, opensOn: p.opensOn, dueOn: p.dueOn, closesOn: p.closesOn })),
    units,
    council,
  };
}

/** The actor with the components its office appraises in this cycle (permissions.ts reads them). */
export function cycleActor<A extends Actor>(actor: A, loaded: LoadedCycle): A {
  const mine = loaded.council.filter((c) => c.unitId === actor.unitId).map((c) => c.componentKey);
  return { ...actor, appraisalComponents: new Set(mine) };
}

export function cycleContext(loaded: LoadedCycle, asOf: string): CycleContext {
  return { windows: loaded.windows, asOf, ownerUnitId: loaded.cycle.ownerUnitId, published: loaded.cycle.status === "published" };
}

export function isCouncilMember(actor: Actor, loaded: LoadedCycle): boolean {
  return loaded.council.some((c) => c.unitId === actor.unitId);
}

/** The framework's criteria with their component, in order (leaves only: sub-criteria carry the points when present). */
export async function cycleCriteria(db: DbOrTx, frameworkId: number) {
  const rows = await db
    .select({
      id: s.criteria.id,
      parentId: s.criteria.parentId,
      ordinal: s.criteria.ordinal,
      title: s.criteria.title,
      maxPoints: s.criteria.maxPoints,
      evidenceRequired: s.criteria.evidenceRequired,
      scoring: s.criteria.scoring,
      steps: s.criteria.steps,
      step: s.criteria.step,
      appraiserPrinted: s.criteria.appraiserPrinted,
      componentKey: s.frameworkComponents.componentKey,
      componentName: s.frameworkComponents.name,
      componentMax: s.frameworkComponents.maxPoints,
      componentPosition: s.frameworkComponents.position,
      position: s.criteria.position,
    })
    .from(s.criteria)
    .innerJoin(s.frameworkComponents, eq(s.frameworkComponents.id, s.criteria.frameworkComponentId))
    .where(eq(s.frameworkComponents.frameworkId, frameworkId))
    .orderBy(asc(s.frameworkComponents.position), asc(s.criteria.position), asc(s.criteria.id));
  const parents = new Set(rows.map((r) => r.parentId).filter((p): p is number => p !== null));
  return rows.map((r) => ({ ...r, isLeaf: !parents.has(r.id) }));
}

export type CycleCriterion = Awaited<ReturnType<typeof cycleCriteria>>[number];

export async function frameworkComponentsOf(db: DbOrTx, frameworkId: number) {
  return db
    .select({ key: s.frameworkComponents.componentKey, name: s.frameworkComponents.name, max: s.frameworkComponents.maxPoints, kind: s.frameworkComponents.kind })
    .from(s.frameworkComponents)
    .where(eq(s.frameworkComponents.frameworkId, frameworkId))
    .orderBy(asc(s.frameworkComponents.position));
}

export async function assessmentRows(db: DbOrTx, cycleId: number, unitId?: number) {
  return db
    .select()
    .from(s.assessments)
    .where(unitId === undefined ? eq(s.assessments.cycleId, cycleId) : and(eq(s.assessments.cycleId, cycleId), eq(s.assessments.unitId, unitId)));
}
