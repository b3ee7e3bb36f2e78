import { eq, inArray, or, sql, type SQL } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import * as s from "../../db/schema";
import type { Actor } from "../domain/permissions";
import { visibleUnitIds } from "./actor";

/**
 * A plan (and every task in it) is visible to those who govern its issuer, and to those whose
 * units it involves: evaluated units, council members, lead or coordinating units of its tasks.
 * Undefined means no restriction (an administrator).
 */
export function planVisible(actor: Actor): SQL | undefined {
  const visible = visibleUnitIds(actor);
  if (visible === "all") return undefined;
  const ids = [...visible];
  if (ids.length === 0) return sql`false`;
  return or(
    inArray(s.plans.issuerUnitId, ids),
    sql`exists (select 1 from ${s.planUnits} where ${s.planUnits.planId} = ${s.plans.id} and ${inArray(s.planUnits.unitId, ids)})`,
    sql`exists (select 1 from ${s.taskUnits} join ${s.tasks} t2 on t2.id = ${s.taskUnits.taskId} where t2.plan_id = ${s.plans.id} and ${inArray(s.taskUnits.unitId, ids)})`,
  );
}

export async function canViewTask(db: DbOrTx, actor: Actor, taskId: number): Promise<boolean> {
  const condition = planVisible(actor);
  const [row] = await db
    .select({ id: s.tasks.id })
    .from(s.tasks)
    .innerJoin(s.plans, eq(s.plans.id, s.tasks.planId))
    .where(condition ? sql`${s.tasks.id} = ${taskId} and ${condition}` : eq(s.tasks.id, taskId));
  return row !== undefined;
}
