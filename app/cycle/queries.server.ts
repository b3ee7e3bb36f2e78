import { and, eq, inArray, notInArray } from "drizzle-orm";
import type { Db } from "../../db/client";
import * as s from "../../db/schema";
import { can, type Actor } from "../../server/domain/permissions";

/** Scoring-cycle plans of the actor's government that have no cycle yet. */
export async function cyclePlans(db: Db, actor: Actor) {
  const opened = (await db.select({ planId: s.cycles.planId }).from(s.cycles)).map((c) => c.planId);
  const rows = await db
    .select({ code: s.plans.code, title: s.plans.title, fromYear: s.plans.fromYear, issuerUnitId: s.plans.issuerUnitId })
    .from(s.plans)
    .where(and(eq(s.plans.kind, "scoring-cycle"), opened.length ? notInArray(s.plans.id, opened) : undefined, actor.scope.size ? inArray(s.plans.issuerUnitId, [...actor.scope]) : undefined));
  const mine = rows.filter((p) => can(actor, { kind: "run-cycle", unitId: p.issuerUnitId }));
  const withUnits = new Set(
    mine.length
      ? (await db.select({ planCode: s.plans.code }).from(s.planUnits).innerJoin(s.plans, eq(s.plans.id, s.planUnits.planId)).where(and(eq(s.planUnits.role, "evaluated"), inArray(s.plans.code, mine.map((p) => p.code))))).map((r) => r.planCode)
      : [],
  );
  return mine.map((p) => ({ ...p, namesUnits: withUnits.has(p.code) }));
}

/** Units a plan that names none could evaluate: the issuing government's communes, districts or agencies. */
export async function evaluableUnits(db: Db, issuerUnitIds: number[]) {
  if (issuerUnitIds.length === 0) return [];
  const rows = await db.select({ unitId: s.units.id, name: s.units.name, kind: s.units.kind, parentId: s.units.parentId }).from(s.units).where(inArray(s.units.parentId, issuerUnitIds)).orderBy(s.units.kind, s.units.name);
  return rows.filter((r) => r.kind === "commune" || r.kind === "district" || r.kind === "provincial-agency");
}

/** The units of a cycle's plan (council members to choose from). */
export async function planMembers(db: Db, planId: number) {
  return db
    .select({ unitId: s.planUnits.unitId, name: s.units.name })
    .from(s.planUnits)
    .innerJoin(s.units, eq(s.units.id, s.planUnits.unitId))
    .where(and(eq(s.planUnits.planId, planId), eq(s.planUnits.role, "council-member")));
}
