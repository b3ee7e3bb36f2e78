import { and, eq, inArray } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import * as s from "../../db/schema";
import type { Actor } from "../domain/permissions";
import { projectWhatIf, type WhatIfComponent } from "../domain/what-if";
import { loadCycle } from "./cycle-context";
import { computeResults, unitPointsLost } from "./cycle-results";
import { unitTargets } from "./unit-targets";

/**
 * Points on the table for a unit and year: its lost criteria (permission checked by
 * unitPointsLost), its component targets (next year's where set, else the year's own), and the
 * totals of the cycle's other units that year as the peers to rank against.
 */
export async function unitWhatIf(db: DbOrTx, actor: Actor, unitCode: string, year: number, ticked: ReadonlySet<number>) {
  const lost = await unitPointsLost(db, actor, unitCode, year);
  if (lost.cycleId === null) return { ...lost, projection: null, targetYear: null, targetLabels: {} as Record<string, string>, componentNames: {} as Record<string, string> };
  const loaded = await loadCycle(db, lost.cycleId);
  const results = await computeResults(db, loaded);
  const mine = results.units.find((u) => u.unitId === lost.unit.id);
  const all = await unitTargets(db, lost.unit.id);
  const targetYear = all.some((t) => t.year === year + 1) ? year + 1 : all.some((t) => t.year === year) ? year : null;
  const targets = all.filter((t) => t.year === targetYear && t.scoreOp !== null);
  const keys = results.components.map((c) => c.key);
  const previous = keys.length
    ? await db
        .select({ key: s.results.componentKey, points: s.results.points, source: s.results.source })
        .from(s.results)
        .where(and(eq(s.results.unitId, lost.unit.id), eq(s.results.year, year - 1), inArray(s.results.componentKey, keys)))
    : [];
  const prev = (key: string) => (previous.find((p) => p.key === key && p.source === "published") ?? previous.find((p) => p.key === key && p.source === "appraised"))?.points ?? null;
  const components: WhatIfComponent[] = results.components.map((c) => {
    const total = mine?.components.find((x) => x.componentKey === c.key);
    const t = targets.find((x) => x.componentKey === c.key);
    return {
      key: c.key,
      points: total?.points ?? 0,
      max: total?.max ?? c.max ?? 0,
      target: t ? { scoreOp: t.scoreOp, scoreValue: t.scoreValue, scoreUnit: t.scoreUnit, rankOp: null, rankValue: null } : null,
      previous: prev(c.key),
    };
  });
  const peers = results.units.filter((u) => u.unitId !== lost.unit.id && u.state === "submitted").map((u) => u.total.points);
  const projection = projectWhatIf(
    components,
    lost.rows.map((r) => ({ item: r.criterionId, componentKey: r.componentKey, lost: r.lost })),
    (id) => ticked.has(id),
    peers,
  );
  const labels = Object.fromEntries(targets.map((t) => [t.componentKey, t.printed]));
  return { ...lost, projection, targetYear, targetLabels: labels, componentNames: Object.fromEntries(results.components.map((c) => [c.key, c.name])) };
}
