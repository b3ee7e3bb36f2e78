import { and, asc, eq, inArray } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import * as s from "../../db/schema";
import { bestBySource } from "../domain/best-result";
import type { Actor } from "../domain/permissions";
import { rankChange, rankWithTies } from "../domain/ranking";
import { visibleUnitIds } from "./actor";
import { badRequest } from "./errors";

export type RankableKind = "province" | "provincial-agency" | "vertical-agency" | "district" | "commune";

export interface RankingRow {
  unitCode: string;
  unitName: string;
  score: number | null;
  unit: "percent" | "points" | null;
  rank: number | null;
  tied: boolean;
  publishedRank: number | null;
  publishedRankOf: number | null;
  previousScore: number | null;
  previousRank: number | null;
  change: number | null;
}

/**
 * Units of one kind ranked by a component (or the total) in one year, ties sharing a rank,
 * with the change from the year before. Two queries: the units, and their results for both years.
 */
export async function getRanking(
  db: DbOrTx,
  actor: Actor,
  opts: { kind: RankableKind; year?: number; componentKey: string; fallbackYear: number },
): Promise<{ rows: RankingRow[]; years: number[]; year: number }> {
  if (opts.year !== undefined && (opts.year < 2000 || opts.year > 2100)) throw badRequest("Năm không hợp lệ.");
  const visible = visibleUnitIds(actor);
  const units = (
    await db
      .select({ id: s.units.id, code: s.units.code, name: s.units.name })
      .from(s.units)
      .where(and(eq(s.units.kind, opts.kind), eq(s.units.active, true)))
      .orderBy(asc(s.units.position))
  ).filter((u) => visible === "all" || visible.has(u.id));
  const ids = units.map((u) => u.id);
  const results = ids.length
    ? await db
        .select({
          unitId: s.results.unitId,
          year: s.results.year,
          percent: s.results.percent,
          points: s.results.points,
          rank: s.results.rank,
          rankOf: s.results.rankOf,
          source: s.results.source,
        })
        .from(s.results)
        .where(and(inArray(s.results.unitId, ids), eq(s.results.componentKey, opts.componentKey)))
    : [];
  const best = bestBySource(results, (r) => `${r.unitId}|${r.year}`);
  const years = [...new Set(results.map((r) => r.year))].sort((a, b) => b - a);
  // Without a year: the latest one with results for these units.
  const year = opts.year ?? years[0] ?? opts.fallbackYear;
  const score = (r: (typeof results)[number] | undefined) => (r ? (r.percent ?? r.points) : null);
  const current = rankWithTies(units.map((u) => ({ item: u, score: score(best.get(`${u.id}|${year}`)) })));
  const previous = rankWithTies(units.map((u) => ({ item: u, score: score(best.get(`${u.id}|${year - 1}`)) })));
  const prevRank = new Map(previous.map((p) => [p.item.id, p.rank]));
  const rows = current.map((c) => {
    const r = best.get(`${c.item.id}|${year}`);
    const p = best.get(`${c.item.id}|${year - 1}`);
    // Where a published rank exists it is what people compare; the computed rank orders our list.
    const prevPublished = p?.rank ?? null;
    const currentPublished = r?.rank ?? null;
    return {
      unitCode: c.item.code,
      unitName: c.item.name,
      score: c.score,
      unit: r ? (r.percent !== null ? ("percent" as const) : ("points" as const)) : null,
      rank: c.rank,
      tied: c.tied,
      publishedRank: currentPublished,
      publishedRankOf: r?.rankOf ?? null,
      previousScore: score(p),
      previousRank: prevPublished ?? prevRank.get(c.item.id) ?? null,
      change: rankChange(currentPublished ?? c.rank, prevPublished ?? prevRank.get(c.item.id) ?? null),
    };
  });
  return { rows, years, year };
}
