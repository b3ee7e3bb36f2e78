import { predecessorLabel, type SuccessionKind } from "./unit-labels";

/**
 * A unit's series continued through mergers and renamings: its own results, then those of the
 * units that merged into it (and of theirs), each for the years before the merger took effect,
 * labelled with the unit they came from. Pure; the lead's dashboard and ranking use it too.
 */

export interface SeriesUnit {
  id: number;
  name: string;
}

export interface SeriesLink {
  predecessorId: number;
  successorId: number;
  kind: SuccessionKind;
  /** ISO date the merger or renaming took effect. */
  effectiveOn: string;
}

export interface SeriesResult {
  unitId: number;
  year: number;
  componentKey: string;
}

export interface SeriesPoint<R extends SeriesResult> {
  result: R;
  year: number;
  componentKey: string;
  /** The unit the figure belongs to: the unit itself or one of its predecessors. */
  fromUnitId: number;
  fromUnitName: string;
  /** Null for the unit's own figures; else "Tỉnh Quảng Nam (trước sáp nhập vào …, 01/07/2025)". */
  label: string | null;
  /** 0 for the unit itself, 1 for a direct predecessor, 2 for a predecessor's predecessor … */
  depth: number;
}

export interface Ancestry {
  unitId: number;
  name: string;
  label: string | null;
  depth: number;
  /** Figures of years up to and including this one belong to the series (the year before the merger). */
  lastYear: number;
}

/**
 * The unit and every unit that flowed into it, nearest first. A predecessor's years stop the year
 * before its link took effect (a merger of 01/07/2025 ends Quảng Nam's series at 2024), and never
 * run past the cut-off of the link that brought its successor in.
 */
export function ancestry(unitId: number, units: readonly SeriesUnit[], links: readonly SeriesLink[]): Ancestry[] {
  const byId = new Map(units.map((u) => [u.id, u]));
  const into = new Map<number, SeriesLink[]>();
  for (const l of links) into.set(l.successorId, [...(into.get(l.successorId) ?? []), l]);
  const self = byId.get(unitId);
  const out: Ancestry[] = [{ unitId, name: self?.name ?? "", label: null, depth: 0, lastYear: Number.POSITIVE_INFINITY }];
  const seen = new Set([unitId]);
  // Breadth first, so the nearest predecessor wins when a unit is reached twice.
  for (let i = 0; i < out.length; i++) {
    const cur = out[i]!;
    for (const l of into.get(cur.unitId) ?? []) {
      if (seen.has(l.predecessorId)) continue;
      seen.add(l.predecessorId);
      const pred = byId.get(l.predecessorId);
      const succ = byId.get(l.successorId);
      if (!pred || !succ) continue;
      const lastYear = Math.min(cur.lastYear, Number(l.effectiveOn.slice(0, 4)) - 1);
      out.push({
        unitId: pred.id,
        name: pred.name,
        label: predecessorLabel(pred.name, succ.name, l.kind, l.effectiveOn),
        depth: cur.depth + 1,
        lastYear,
      });
    }
  }
  return out;
}

/** Every figure of the unit and its predecessors, labelled, in year order (own figures first within a year). */
export function unitSeries<R extends SeriesResult>(
  unitId: number,
  units: readonly SeriesUnit[],
  links: readonly SeriesLink[],
  results: readonly R[],
): Array<SeriesPoint<R>> {
  const chain = new Map(ancestry(unitId, units, links).map((a) => [a.unitId, a]));
  const out: Array<SeriesPoint<R>> = [];
  for (const r of results) {
    const a = chain.get(r.unitId);
    if (!a || r.year > a.lastYear) continue;
    out.push({ result: r, year: r.year, componentKey: r.componentKey, fromUnitId: a.unitId, fromUnitName: a.name, label: a.label, depth: a.depth });
  }
  return out.sort((x, y) => x.year - y.year || x.depth - y.depth || x.fromUnitName.localeCompare(y.fromUnitName, "vi"));
}

/**
 * One figure per year and component for a chart or a year-over-year comparison: the unit's own
 * when it has one; else the nearest predecessor's, but only when exactly one predecessor at that
 * distance has a figure (two merged provinces' figures are not one province's, so such a year is
 * left out rather than guessed).
 */
export function continuousSeries<R extends SeriesResult>(points: ReadonlyArray<SeriesPoint<R>>): Array<SeriesPoint<R>> {
  const groups = new Map<string, Array<SeriesPoint<R>>>();
  for (const p of points) {
    const key = `${p.year}|${p.componentKey}`;
    groups.set(key, [...(groups.get(key) ?? []), p]);
  }
  const out: Array<SeriesPoint<R>> = [];
  for (const group of groups.values()) {
    const nearest = Math.min(...group.map((p) => p.depth));
    const atNearest = group.filter((p) => p.depth === nearest);
    const units = new Set(atNearest.map((p) => p.fromUnitId));
    if (units.size === 1) out.push(...atNearest);
  }
  return out.sort((x, y) => x.year - y.year || x.componentKey.localeCompare(y.componentKey));
}
