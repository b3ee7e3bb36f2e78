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
  return rows.filter((p) => can(actor, { kind: "run-cycle", unitId: p.issuerUnitId }));
}

/** The units of a cycle's plan (council members to choose from). */
export async function planMembers(db: Db, planId: number) {
  return db
    .select({ unitId: s.planUnits.unitId, name: s.units.name })
    .from(s.planUnits)
    .innerJoin(s.units, eq(s.units.id, s.planUnits.unitId))
    .where(and(eq(s.planUnits.planId, planId), eq(s.planUnits.role, "council-member")));
}
