import { and, asc, desc, eq, inArray } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import * as s from "../../db/schema";
import { can, type Actor } from "../domain/permissions";
import { forbidden, notFound } from "./errors";
import { flattenTree } from "./units";

/** What the data-entry page needs: the units the actor manages, and one unit's results and targets with ids. */
export async function getEntryData(db: DbOrTx, actor: Actor, unitCode: string | null) {
  const all = await db
    .select({ id: s.units.id, code: s.units.code, name: s.units.name, parentId: s.units.parentId, position: s.units.position })
    .from(s.units)
    .where(eq(s.units.active, true))
    .orderBy(asc(s.units.position), asc(s.units.id));
  const managed = flattenTree(all.filter((u) => can(actor, { kind: "manage", unitId: u.id })));
  if (managed.length === 0) throw forbidden("Chỉ cán bộ Nội vụ được nhập kết quả và mục tiêu.");
  const unit = unitCode ? managed.find((u) => u.code === unitCode) : managed[0];
  if (!unit) throw notFound("Không tìm thấy đơn vị này trong phạm vi bạn quản lý.");
  const [results, targets, components, plans] = await Promise.all([
    db.select().from(s.results).where(eq(s.results.unitId, unit.id)).orderBy(desc(s.results.year), asc(s.results.componentKey)),
    db.select().from(s.targets).where(eq(s.targets.unitId, unit.id)).orderBy(desc(s.targets.year), asc(s.targets.id)),
    db.select({ key: s.components.key, name: s.components.name, shortName: s.components.shortName }).from(s.components).orderBy(asc(s.components.position)),
    db
      .select({ code: s.plans.code, number: s.plans.number, title: s.plans.title })
      .from(s.plans)
      .where(inArray(s.plans.issuerUnitId, managed.map((u) => u.id)))
      .orderBy(desc(s.plans.fromYear)),
  ]);
  const responsible = targets.length
    ? await db
        .select({ targetId: s.targetUnits.targetId, code: s.units.code, name: s.units.name })
        .from(s.targetUnits)
        .innerJoin(s.units, eq(s.units.id, s.targetUnits.unitId))
        .where(and(inArray(s.targetUnits.targetId, targets.map((t) => t.id))))
        .orderBy(asc(s.targetUnits.position))
    : [];
  const planCodeById = new Map((await db.select({ id: s.plans.id, code: s.plans.code }).from(s.plans)).map((p) => [p.id, p.code]));
  return {
    units: managed.map((u) => ({ id: u.id, code: u.code, name: u.name, depth: u.depth })),
    unit: { code: unit.code, name: unit.name },
    results,
    targets: targets.map((t) => ({
      ...t,
      planCode: t.planId ? (planCodeById.get(t.planId) ?? null) : null,
      responsible: responsible.filter((r) => r.targetId === t.id).map((r) => ({ code: r.code, name: r.name })),
    })),
    components,
    plans,
  };
}
