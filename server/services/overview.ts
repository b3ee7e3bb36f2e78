import { and, asc, desc, eq, sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import * as s from "../../db/schema";
import type { Actor } from "../domain/permissions";
import { visibleUnitIds } from "./actor";
import { listPlans } from "./plans";

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
export async function getOverview(db: DbOrTx, actor: Actor): Promise<Overview> {
  const visible = visibleUnitIds(actor);
  const mine = (unitId: number) => visible === "all" || visible.has(unitId);
  const [totals, targets, counts] = await Promise.all([
    db
      .select({
        unitId: s.units.id,
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
        unitId: s.units.id,
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
    listPlans(db, actor),
  ]);
  const cards = new Map<string, OverviewCard>();
  for (const t of totals) {
    if (!mine(t.unitId)) continue;
    const card = cards.get(t.unitCode) ?? { unitCode: t.unitCode, unitName: t.unitName, series: [], nextTargets: [] };
    card.series.push({ year: t.year, points: t.points, percent: t.percent, rank: t.rank, rankOf: t.rankOf });
    cards.set(t.unitCode, card);
  }
  for (const t of targets) {
    const card = cards.get(t.unitCode);
    const last = card?.series.at(-1)?.year ?? 0;
    if (card && t.year > last) card.nextTargets.push({ year: t.year, printed: t.printed, rankPrinted: t.rankPrinted, label: t.label });
  }
  const units = visible === "all" ? (await db.select({ n: sql<number>`count(*)::int` }).from(s.units))[0]?.n ?? 0 : visible.size;
  const tasks = counts.reduce((sum, p) => sum + p.taskCount, 0);
  return { cards: [...cards.values()], counts: { units, plans: counts.length, tasks } };
}
