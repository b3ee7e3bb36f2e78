import { and, asc, eq, inArray } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import * as s from "../../db/schema";
import { bestBySource } from "../domain/best-result";
import { rankPeers, type PeerRanking } from "../domain/peer-ranking";
import type { Actor } from "../domain/permissions";
import { governingUnit } from "../domain/scope";
import { figureOf, type YearFigure } from "../domain/year-figure";
import { loadUnitTree, visibleUnitIds } from "./actor";
import { badRequest } from "./errors";

export type RankableKind = "province" | "provincial-agency" | "vertical-agency" | "district" | "commune";

/** A peer group: units of one kind under one parent; the provinces of the country are one group. */
export interface PeerGroup {
  /** The parent's code, or "ca-nuoc" for the provinces. */
  key: string;
  label: string;
  size: number;
}

export interface RankingUnit {
  code: string;
  name: string;
}

export interface RankingView {
  kind: RankableKind;
  groups: PeerGroup[];
  group: PeerGroup | null;
  years: number[];
  year: number | null;
  /** The group's previous year with data, which the change column compares with. */
  previousYear: number | null;
  /** Set when the year asked for has no data in this group and another is shown. */
  yearNotice: string | null;
  ranking: PeerRanking<RankingUnit>;
}

const COUNTRY = "ca-nuoc";

const groupLabel: Record<RankableKind, (parent: string) => string> = {
  province: () => "Các tỉnh, thành phố trong cả nước",
  "provincial-agency": (p) => `Các sở, ban, ngành của ${p}`,
  "vertical-agency": (p) => `Các cơ quan ngành dọc tại ${p}`,
  district: (p) => `Các huyện, thị xã, thành phố của ${p}`,
  commune: (p) => `Các xã, phường, thị trấn của ${p}`,
};

/**
 * One year's ranking of one peer group by a component (or the total): published ranks first,
 * a computed order only inside the group. Published PAR INDEX results of provinces are public,
 * so every user may rank the provinces; other groups are limited to the user's scope.
 */
export async function getRanking(
  db: DbOrTx,
  actor: Actor,
  opts: { kind: RankableKind; groupKey?: string; year?: number; componentKey: string },
): Promise<RankingView> {
  if (opts.year !== undefined && (opts.year < 2000 || opts.year > 2100)) throw badRequest("Năm không hợp lệ.");
  const visible = opts.kind === "province" ? "all" : visibleUnitIds(actor);
  const [all, tree] = await Promise.all([
    db
      .select({ id: s.units.id, code: s.units.code, name: s.units.name, parentId: s.units.parentId, active: s.units.active })
      .from(s.units)
      .where(eq(s.units.kind, opts.kind))
      .orderBy(asc(s.units.position), asc(s.units.name)),
    loadUnitTree(db),
  ]);
  const units = all.filter((u) => visible === "all" || visible.has(u.id));
  const parentIds = [...new Set(units.map((u) => u.parentId).filter((p): p is number => p !== null))];
  const parents = parentIds.length
    ? await db.select({ id: s.units.id, code: s.units.code, name: s.units.name }).from(s.units).where(inArray(s.units.id, parentIds))
    : [];
  const parentById = new Map(parents.map((p) => [p.id, p]));
  const groupOf = (u: (typeof units)[number]) => (opts.kind === "province" || u.parentId === null ? COUNTRY : (parentById.get(u.parentId)?.code ?? COUNTRY));

  const groups: PeerGroup[] = [];
  for (const u of units) {
    const key = groupOf(u);
    const g = groups.find((x) => x.key === key);
    if (g) g.size++;
    else {
      const parent = u.parentId !== null ? parentById.get(u.parentId) : undefined;
      groups.push({ key, label: groupLabel[opts.kind]((parent?.name ?? "").replace(/^UBND\s+/, "")), size: 1 });
    }
  }
  // Default group: the one the user's own government sits in or governs.
  const home = governingUnit(actor.unitId, tree);
  const homeGroup = units.find((u) => u.id === home || u.parentId === home);
  const group = groups.find((g) => g.key === opts.groupKey) ?? (homeGroup ? groups.find((g) => g.key === groupOf(homeGroup)) : undefined) ?? groups[0] ?? null;
  const members = group ? units.filter((u) => groupOf(u) === group.key) : [];

  const ids = members.map((u) => u.id);
  const results = ids.length
    ? await db
        .select({
          unitId: s.results.unitId,
          year: s.results.year,
          percent: s.results.percent,
          points: s.results.points,
          maxPoints: s.results.maxPoints,
          rank: s.results.rank,
          rankOf: s.results.rankOf,
          source: s.results.source,
        })
        .from(s.results)
        .where(and(inArray(s.results.unitId, ids), eq(s.results.componentKey, opts.componentKey)))
    : [];
  const best = bestBySource(results, (r) => `${r.unitId}|${r.year}`);
  const years = [...new Set(results.map((r) => r.year))].sort((a, b) => b - a);
  const year = opts.year !== undefined && years.includes(opts.year) ? opts.year : (years[0] ?? null);
  const yearNotice =
    opts.year !== undefined && year !== null && year !== opts.year ? `Năm ${opts.year} chưa có số liệu của nhóm này; đang xem năm ${year}.` : null;
  const previousYear = year === null ? null : (years.find((y) => y < year) ?? null);
  const row = (unitId: number, y: number | null) => (y === null ? undefined : best.get(`${unitId}|${y}`));
  const figure = (unitId: number, y: number | null): YearFigure | null => {
    const r = row(unitId, y);
    return r ? figureOf(r) : null;
  };
  // A rank may be published without its score (Quảng Ninh 2023: "1/63").
  const published = (unitId: number, y: number | null) => {
    const r = row(unitId, y);
    return r?.rank != null ? { rank: r.rank, of: r.rankOf } : null;
  };
  // A closed unit stays in the years it had results; it is not listed as "no data" after it closed.
  const listed = members.filter((u) => u.active || row(u.id, year) !== undefined);
  const ranking = rankPeers(
    listed.map((u) => ({
      item: { code: u.code, name: u.name },
      figure: figure(u.id, year),
      previous: figure(u.id, previousYear),
      published: published(u.id, year),
      previousPublished: published(u.id, previousYear),
    })),
  );
  return { kind: opts.kind, groups, group, years, year, previousYear, yearNotice, ranking };
}
