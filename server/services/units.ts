import { asc, eq, inArray } from "drizzle-orm";
import { z } from "zod";
import type { Db, DbOrTx } from "../../db/client";
import * as s from "../../db/schema";
import type { Actor } from "../domain/permissions";
import { authorize, visibleUnitIds } from "./actor";
import { recordAudit } from "./audit";
import { notFound } from "./errors";
import { unitTargets } from "./unit-targets";

export type UnitKind = (typeof s.unitKind.enumValues)[number];

export interface UnitNode {
  id: number;
  code: string;
  name: string;
  shortName: string | null;
  kind: UnitKind;
  parentId: number | null;
  depth: number;
  childCount: number;
}

/** Every unit as a flat list in tree order (parents before children, siblings by position). */
export async function listUnitTree(db: DbOrTx, actor: Actor): Promise<UnitNode[]> {
  const visible = visibleUnitIds(actor);
  const rows = await db
    .select({
      id: s.units.id,
      code: s.units.code,
      name: s.units.name,
      shortName: s.units.shortName,
      kind: s.units.kind,
      parentId: s.units.parentId,
      position: s.units.position,
    })
    .from(s.units)
    .where(eq(s.units.active, true))
    .orderBy(asc(s.units.position), asc(s.units.id));
  return flattenTree(visible === "all" ? rows : rows.filter((r) => visible.has(r.id)));
}

/** Pure: parent-linked rows to a depth-first list with depth and child counts. */
export function flattenTree<T extends { id: number; parentId: number | null }>(
  rows: T[],
): Array<T & { depth: number; childCount: number }> {
  const children = new Map<number | null, T[]>();
  const ids = new Set(rows.map((r) => r.id));
  for (const r of rows) {
    // A row whose parent is not in the list becomes a root (e.g. a subtree seen on its own).
    const key = r.parentId !== null && ids.has(r.parentId) ? r.parentId : null;
    const list = children.get(key) ?? [];
    list.push(r);
    children.set(key, list);
  }
  const out: Array<T & { depth: number; childCount: number }> = [];
  const walk = (parent: number | null, depth: number) => {
    for (const r of children.get(parent) ?? []) {
      out.push({ ...r, depth, childCount: children.get(r.id)?.length ?? 0 });
      walk(r.id, depth + 1);
    }
  };
  walk(null, 0);
  return out;
}

export interface UnitResultRow {
  year: number;
  componentKey: string;
  points: number | null;
  maxPoints: number | null;
  percent: number | null;
  rank: number | null;
  rankOf: number | null;
  source: (typeof s.resultSource.enumValues)[number];
}

export interface UnitTargetRow {
  id: number;
  year: number;
  componentKey: string;
  label: string;
  printed: string;
  rankPrinted: string | null;
  responsiblePrinted: string | null;
  scoreOp: string | null;
  scoreValue: number | null;
  rankOp: string | null;
  rankValue: number | null;
  planCode: string | null;
  planNumber: string | null;
  responsible: string[];
}

export interface UnitPage {
  unit: { id: number; code: string; name: string; shortName: string | null; kind: UnitKind; note: string | null };
  ancestors: Array<{ code: string; name: string }>;
  children: Array<{ code: string; name: string; kind: UnitKind }>;
  components: Array<{ key: string; name: string; shortName: string; position: number }>;
  results: UnitResultRow[];
  targets: UnitTargetRow[];
  plans: Array<{ code: string; number: string | null; title: string; fromYear: number; toYear: number }>;
}

/** A unit with its place in the tree, its results by year and component, and its targets. */
export async function getUnitPage(db: DbOrTx, actor: Actor, code: string): Promise<UnitPage> {
  const [unit] = await db
    .select({
      id: s.units.id,
      code: s.units.code,
      name: s.units.name,
      shortName: s.units.shortName,
      kind: s.units.kind,
      note: s.units.note,
      parentId: s.units.parentId,
    })
    .from(s.units)
    .where(eq(s.units.code, code));
  if (!unit) throw notFound("Không tìm thấy đơn vị này.");
  authorize(actor, { kind: "view", unitId: unit.id });
  const visible = visibleUnitIds(actor);

  const all = await db
    .select({ id: s.units.id, code: s.units.code, name: s.units.name, parentId: s.units.parentId })
    .from(s.units);
  const byId = new Map(all.map((u) => [u.id, u]));
  const ancestors: Array<{ code: string; name: string }> = [];
  for (let p = unit.parentId; p !== null; ) {
    const a = byId.get(p);
    if (!a) break;
    if (visible === "all" || visible.has(a.id)) ancestors.unshift({ code: a.code, name: a.name });
    p = a.parentId;
  }

  const [children, components, results, targets, plans] = await Promise.all([
    db
      .select({ code: s.units.code, name: s.units.name, kind: s.units.kind })
      .from(s.units)
      .where(eq(s.units.parentId, unit.id))
      .orderBy(asc(s.units.position)),
    db.select().from(s.components).orderBy(asc(s.components.position)),
    db
      .select({
        year: s.results.year,
        componentKey: s.results.componentKey,
        points: s.results.points,
        maxPoints: s.results.maxPoints,
        percent: s.results.percent,
        rank: s.results.rank,
        rankOf: s.results.rankOf,
        source: s.results.source,
      })
      .from(s.results)
      .where(eq(s.results.unitId, unit.id))
      .orderBy(asc(s.results.year)),
    unitTargets(db, unit.id),
    db
      .select({
        code: s.plans.code,
        number: s.plans.number,
        title: s.plans.title,
        fromYear: s.plans.fromYear,
        toYear: s.plans.toYear,
      })
      .from(s.plans)
      .where(eq(s.plans.issuerUnitId, unit.id))
      .orderBy(asc(s.plans.fromYear)),
  ]);

  return {
    unit: { id: unit.id, code: unit.code, name: unit.name, shortName: unit.shortName, kind: unit.kind, note: unit.note },
    ancestors,
    children,
    components,
    results,
    targets,
    plans,
  };
}

/** Names of units by id, for labelling. */
export async function unitNames(db: DbOrTx, ids: number[]): Promise<Map<number, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db.select({ id: s.units.id, name: s.units.name }).from(s.units).where(inArray(s.units.id, ids));
  return new Map(rows.map((r) => [r.id, r.name]));
}

export const unitUpdateInput = z.object({
  code: z.string().min(1),
  name: z.string().trim().min(2, "Vui lòng nhập tên đơn vị.").max(200, "Tên đơn vị quá dài."),
  shortName: z
    .string()
    .trim()
    .max(60, "Tên viết tắt quá dài (tối đa 60 ký tự).")
    .transform((v) => (v === "" ? null : v))
    .nullable(),
});

/** Home Affairs corrects a unit's name within the units it governs. */
export async function updateUnit(db: Db, actor: Actor, raw: z.input<typeof unitUpdateInput>): Promise<void> {
  const input = unitUpdateInput.parse(raw);
  await db.transaction(async (tx) => {
    const [unit] = await tx
      .select({ id: s.units.id, name: s.units.name, shortName: s.units.shortName })
      .from(s.units)
      .where(eq(s.units.code, input.code));
    if (!unit) throw notFound("Không tìm thấy đơn vị này.");
    authorize(actor, { kind: "manage", unitId: unit.id });
    await tx.update(s.units).set({ name: input.name, shortName: input.shortName }).where(eq(s.units.id, unit.id));
    await recordAudit(tx, {
      actor,
      action: "update",
      entity: "unit",
      entityId: unit.id,
      unitId: unit.id,
      before: { name: unit.name, shortName: unit.shortName },
      after: { name: input.name, shortName: input.shortName },
    });
  });
}
