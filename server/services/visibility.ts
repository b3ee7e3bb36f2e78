import { and, eq, inArray, or, sql, type SQL } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import * as s from "../../db/schema";
import type { Actor } from "../domain/permissions";
import { provinceOf, subtree } from "../domain/scope";
import { loadUnitTree, visibleUnitIds } from "./actor";

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

/**
 * The units of the actor's province (undefined for an administrator, who is not bound to one).
 * References a write takes, and the linked records a page shows, stay within it.
 */
export async function provinceUnitIds(db: DbOrTx, actor: Actor): Promise<Set<number> | undefined> {
  if (visibleUnitIds(actor) === "all") return undefined;
  const tree = await loadUnitTree(db);
  return subtree(provinceOf(actor.unitId, tree), tree);
}

/** Plans issued within the actor's province, as a condition (undefined: no restriction). */
export async function planInProvince(db: DbOrTx, actor: Actor): Promise<SQL | undefined> {
  const ids = await provinceUnitIds(db, actor);
  return ids ? inArray(s.plans.issuerUnitId, [...ids]) : undefined;
}

/**
 * A plan a write names (a parent plan, the plan a target serves), looked up only within the
 * actor's province: a Lai Châu plan cannot name a Quảng Nam plan, and the answer does not say
 * whether such a plan exists elsewhere.
 */
export async function provincePlanByCode(db: DbOrTx, actor: Actor, code: string): Promise<{ id: number; issuerUnitId: number } | null> {
  const condition = await planInProvince(db, actor);
  const [plan] = await db
    .select({ id: s.plans.id, issuerUnitId: s.plans.issuerUnitId })
    .from(s.plans)
    .where(condition ? and(eq(s.plans.code, code), condition) : eq(s.plans.code, code));
  return plan ?? null;
}

/** A unit a write names, only within the actor's province. */
export async function provinceUnitByCode(db: DbOrTx, actor: Actor, code: string): Promise<{ id: number; name: string } | null> {
  const [unit] = await db.select({ id: s.units.id, name: s.units.name }).from(s.units).where(eq(s.units.code, code));
  if (!unit) return null;
  const ids = await provinceUnitIds(db, actor);
  return !ids || ids.has(unit.id) ? unit : null;
}

/** Is this task's plan within the actor's province? */
export async function taskInProvince(db: DbOrTx, actor: Actor, taskId: number): Promise<boolean> {
  const condition = await planInProvince(db, actor);
  const [row] = await db
    .select({ id: s.tasks.id })
    .from(s.tasks)
    .innerJoin(s.plans, eq(s.plans.id, s.tasks.planId))
    .where(condition ? and(eq(s.tasks.id, taskId), condition) : eq(s.tasks.id, taskId));
  return row !== undefined;
}

export async function planIdInProvince(db: DbOrTx, actor: Actor, planId: number): Promise<boolean> {
  const condition = await planInProvince(db, actor);
  const [row] = await db
    .select({ id: s.plans.id })
    .from(s.plans)
    .where(condition ? and(eq(s.plans.id, planId), condition) : eq(s.plans.id, planId));
  return row !== undefined;
}
