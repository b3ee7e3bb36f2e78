import { asc, eq, inArray, or } from "drizzle-orm";
import type { z } from "zod";
import type { Db, DbOrTx } from "../../db/client";
import * as s from "../../db/schema";
import type { Actor } from "../domain/permissions";
import { authorize, visibleUnitIds } from "./actor";
import { notFound } from "./errors";
import { unitTargets } from "./unit-targets";
import { renameUnit, renameUnitInput } from "./unit-admin";
import { ancestry, unitSeries, type SeriesLink } from "../domain/unit-series";
import { successorNote } from "../domain/unit-labels";

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
  /** ISO date the unit closed (merged, dissolved); null while it exists. */
  closedOn: string | null;
}

/**
 * Every unit as a flat list in tree order (parents before children, siblings by position).
 * Closed units are left out unless asked for (the units page and its management show them).
 */
export async function listUnitTree(db: DbOrTx, actor: Actor, opts: { includeClosed?: boolean } = {}): Promise<UnitNode[]> {
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
      closedOn: s.units.closedOn,
    })
    .from(s.units)
    .where(opts.includeClosed ? undefined : eq(s.units.active, true))
    .orderBy(asc(s.units.position), asc(s.units.id));
  if (visible === "all") return flattenTree(rows);
  // Peer provinces kept only for their published figures (no units under them) are everyone's.
  const parents = new Set(rows.map((r) => r.parentId));
  return flattenTree(rows.filter((r) => visible.has(r.id) || (r.kind === "province" && r.parentId === null && !parents.has(r.id))));
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

/** A predecessor's figures shown on its successor's page, labelled with where they came from. */
export interface PredecessorSeries {
  code: string;
  name: string;
  /** "Tỉnh Quảng Nam (trước sáp nhập vào Thành phố Đà Nẵng, 01/07/2025)". */
  label: string;
  results: UnitResultRow[];
}

export interface UnitPage {
  unit: { id: number; code: string; name: string; shortName: string | null; kind: UnitKind; note: string | null; closedOn: string | null };
  /** Where a closed unit went: "Đã sáp nhập vào … từ 01/07/2025.", with the successor to link. */
  successors: Array<{ code: string; name: string; kind: SeriesLink["kind"]; effectiveOn: string; note: string; decision: string | null }>;
  /** Units that merged into this one, with their figures up to the year before the merger. */
  predecessors: PredecessorSeries[];
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
      closedOn: s.units.closedOn,
    })
    .from(s.units)
    .where(eq(s.units.code, code));
  if (!unit) throw notFound("Không tìm thấy đơn vị này.");

  const all = await db
    .select({ id: s.units.id, code: s.units.code, name: s.units.name, parentId: s.units.parentId })
    .from(s.units);
  const byId = new Map(all.map((u) => [u.id, u]));
  // The country's provinces are everyone's peers: a province with no units of its own here only
  // carries published figures, and any signed-in user may read it.
  const referenceProvince = unit.kind === "province" && unit.parentId === null && !all.some((u) => u.parentId === unit.id);
  if (!referenceProvince) authorize(actor, { kind: "view", unitId: unit.id });
  const visible = visibleUnitIds(actor);
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
  const lineage = await unitLineage(db, unit.id, byId);

  return {
    unit: { id: unit.id, code: unit.code, name: unit.name, shortName: unit.shortName, kind: unit.kind, note: unit.note, closedOn: unit.closedOn },
    ...lineage,
    ancestors,
    children,
    components,
    results,
    targets,
    plans,
  };
}

/**
 * A unit's successors (where a closed unit went) and the series of the units that merged into it,
 * through the pure series rule (server/domain/unit-series.ts).
 */
async function unitLineage(
  db: DbOrTx,
  unitId: number,
  byId: ReadonlyMap<number, { id: number; code: string; name: string }>,
): Promise<Pick<UnitPage, "successors" | "predecessors">> {
  const links = await db
    .select({
      predecessorId: s.unitSuccessions.predecessorId,
      successorId: s.unitSuccessions.successorId,
      kind: s.unitSuccessions.kind,
      effectiveOn: s.unitSuccessions.effectiveOn,
      decision: s.unitSuccessions.decision,
    })
    .from(s.unitSuccessions)
    .where(or(eq(s.unitSuccessions.predecessorId, unitId), eq(s.unitSuccessions.successorId, unitId)));
  const successors = links
    .filter((l) => l.predecessorId === unitId)
    .flatMap((l) => {
      const to = byId.get(l.successorId);
      return to
        ? [{ code: to.code, name: to.name, kind: l.kind, effectiveOn: l.effectiveOn, note: successorNote(l.kind, to.name, l.effectiveOn), decision: l.decision }]
        : [];
    });
  if (!links.some((l) => l.successorId === unitId)) return { successors, predecessors: [] };

  // Predecessors of predecessors too: read every link once (the table is small: one row per merger).
  const allLinks: SeriesLink[] = await db
    .select({
      predecessorId: s.unitSuccessions.predecessorId,
      successorId: s.unitSuccessions.successorId,
      kind: s.unitSuccessions.kind,
      effectiveOn: s.unitSuccessions.effectiveOn,
    })
    .from(s.unitSuccessions);
  const units = [...byId.values()];
  const chain = ancestry(unitId, units, allLinks).filter((a) => a.depth > 0);
  const results = await db
    .select({
      unitId: s.results.unitId,
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
    .where(inArray(s.results.unitId, chain.map((a) => a.unitId)))
    .orderBy(asc(s.results.year));
  const points = unitSeries(unitId, units, allLinks, results).filter((p) => p.depth > 0);
  const predecessors = chain.map((a) => ({
    code: byId.get(a.unitId)?.code ?? "",
    name: a.name,
    label: a.label ?? a.name,
    results: points.filter((p) => p.fromUnitId === a.unitId).map(({ result: { unitId: _unit, ...r } }) => r),
  }));
  return { successors, predecessors };
}

/** Names of units by id, for labelling. */
export async function unitNames(db: DbOrTx, ids: number[]): Promise<Map<number, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db.select({ id: s.units.id, name: s.units.name }).from(s.units).where(inArray(s.units.id, ids));
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** Kept for the tRPC name `units.update`: a rename, by the rules of server/domain/unit-admin.ts. */
export const unitUpdateInput = renameUnitInput;

export async function updateUnit(db: Db, actor: Actor, raw: z.input<typeof unitUpdateInput>): Promise<void> {
  await renameUnit(db, actor, raw);
}
