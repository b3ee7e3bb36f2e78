import { asc, eq, sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import * as s from "../../db/schema";

/** A unit's targets, every year, with the plan that set them and the names of the units that answer for them. */
export function unitTargets(db: DbOrTx, unitId: number) {
  return db
    .select({
      id: s.targets.id,
      year: s.targets.year,
      componentKey: s.targets.componentKey,
      label: s.targets.label,
      printed: s.targets.printed,
      rankPrinted: s.targets.rankPrinted,
      responsiblePrinted: s.targets.responsiblePrinted,
      scoreOp: s.targets.scoreOp,
      scoreValue: s.targets.scoreValue,
      scoreUnit: s.targets.scoreUnit,
      rankOp: s.targets.rankOp,
      rankValue: s.targets.rankValue,
      planCode: s.plans.code,
      planNumber: s.plans.number,
      responsible: sql<string[]>`coalesce((select array_agg(${s.units.name} order by ${s.targetUnits.position}) from ${s.targetUnits} join ${s.units} on ${s.units.id} = ${s.targetUnits.unitId} where ${s.targetUnits.targetId} = ${s.targets.id}), '{}')`,
    })
    .from(s.targets)
    .leftJoin(s.plans, eq(s.plans.id, s.targets.planId))
    .where(eq(s.targets.unitId, unitId))
    .orderBy(asc(s.targets.year), asc(s.targets.id));
}
