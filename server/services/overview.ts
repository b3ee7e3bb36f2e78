import { and, asc, desc, eq, sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import * as s from "../../db/schema";

export interface OverviewCard {
  unitCode: string;
  unitName: string;
  series: Array<{ year: number; points: number | null; percent: number | null; rank: number | null; rankOf: number | null }>;
  nextTargets: Array<{ year: number; printed: string; rankPrinted: string | null; label: string }>;
}

export interface Overview {
  cards: OverviewCard[];
  counts: { units: number; plans: number; tasks: number };
}

/** Units with a total index on record, their series and their targets: three queries in all. */
export async function getOverview(db: DbOrTx): Promise<Overview> {
  const [totals, targets, counts] = await Promise.all([
    db
      .select({
        unitCode: s.units.code,
        unitName: s.units.name,
        year: s.results.year,
        points: s.results.points,
        percent: s.results.percent,
        rank: s.results.rank,
        rankOf: s.results.rankOf,
      })
      .from(s.results)
      .innerJoin(s.units, eq(s.units.id, s.results.unitId))
      .where(and(eq(s.results.componentKey, "tong"), eq(s.results.source, "published")))
      .orderBy(asc(s.units.position), asc(s.units.id), asc(s.results.year)),
    db
      .select({
        unitCode: s.units.code,
        year: s.targets.year,
        printed: s.targets.printed,
        rankPrinted: s.targets.rankPrinted,
        label: s.targets.label,
      })
      .from(s.targets)
      .innerJoin(s.units, eq(s.units.id, s.targets.unitId))
      .where(eq(s.targets.componentKey, "tong"))
      .orderBy(asc(s.targets.year), desc(s.targets.label)),
    db
      .select({
        units: sql<number>`(select count(*)::int from ${s.units})`,
        plans: sql<number>`(select count(*)::int from ${s.plans})`,
        tasks: sql<number>`(select count(*)::int from ${s.tasks} where not ${s.tasks.isHeading})`,
      })
      .from(sql`(select 1) as one`),
  ]);
  const cards = new Map<string, OverviewCard>();
  for (const t of totals) {
    const card = cards.get(t.unitCode) ?? { unitCode: t.unitCode, unitName: t.unitName, series: [], nextTargets: [] };
    card.series.push({ year: t.year, points: t.points, percent: t.percent, rank: t.rank, rankOf: t.rankOf });
    cards.set(t.unitCode, card);
  }
  for (const t of targets) {
    const card = cards.get(t.unitCode);
    const last = card?.series.at(-1)?.year ?? 0;
    if (card && t.year > last) card.nextTargets.push({ year: t.year, printed: t.printed, rankPrinted: t.rankPrinted, label: t.label });
  }
  return { cards: [...cards.values()], counts: counts[0] ?? { units: 0, plans: 0, tasks: 0 } };
}
