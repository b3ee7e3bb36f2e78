import { percentOf } from "./cycle-scoring";
import { scoreVerdict, type TargetCondition, type Verdict } from "./targets";

/**
 * Points on the table (điểm có thể giành lại): for each component, the points that winning back
 * its lost criteria would add, and whether that reaches the component's target; for the criteria a
 * leader ticks, the projected component and total scores and the rank among last year's peers.
 * Pure: figures in hundredths, nothing read from anywhere.
 */

const h = (n: number) => Math.round(n * 100);
const back = (n: number) => n / 100;

export interface WhatIfComponent {
  key: string;
  /** Final points of the year (criteria and survey), and the component's maximum. */
  points: number;
  max: number;
  /** The component's score target, if any; `scoreUnit` says whether it is a percent or points. */
  target: (TargetCondition & { scoreUnit: "percent" | "points" | null }) | null;
  /** The component's score the year before (for a "higher than last year" target). */
  previous: number | null;
}

export interface WhatIfCriterion<T> {
  item: T;
  componentKey: string;
  lost: number;
}

export interface ComponentProjection {
  key: string;
  points: number;
  max: number;
  /** Every lost point of the component, and the points of the ticked criteria. */
  onTable: number;
  ticked: number;
  projected: number;
  verdictNow: Verdict;
  /** Would winning back every lost criterion reach the target? */
  verdictAll: Verdict;
  verdictTicked: Verdict;
  /** Points still missing to the target now (null: no numeric target). */
  gapNow: number | null;
}

function judge(c: WhatIfComponent, points: number): { verdict: Verdict; gap: number | null } {
  if (!c.target || !c.target.scoreOp) return { verdict: "no-target", gap: null };
  const asPercent = c.target.scoreUnit !== "points";
  const score = asPercent ? percentOf(points, c.max) : points;
  const previous = c.previous === null ? null : asPercent ? percentOf(c.previous, c.max) : c.previous;
  const verdict = scoreVerdict(c.target, score, previous);
  const reference = c.target.scoreOp === "gt-previous-year" ? previous : c.target.scoreValue;
  if (score === null || reference === null) return { verdict, gap: null };
  // The gap is given in points: a percent target is turned into the points it needs.
  const needed = asPercent ? (reference * c.max) / 100 : reference;
  return { verdict, gap: Math.max(0, back(h(needed) - h(points))) };
}

/** Rank of `score` among peers (ties shared: one more than the number of peers strictly above). */
export function rankAmong(score: number, peers: readonly number[]): { rank: number; of: number } {
  return { rank: 1 + peers.filter((p) => h(p) > h(score)).length, of: peers.length + 1 };
}

export function projectWhatIf<T>(
  components: readonly WhatIfComponent[],
  criteria: ReadonlyArray<WhatIfCriterion<T>>,
  ticked: (item: T) => boolean,
  peers: readonly number[],
) {
  const rows: ComponentProjection[] = components.map((c) => {
    const mine = criteria.filter((x) => x.componentKey === c.key);
    const onTable = mine.reduce((a, x) => a + h(x.lost), 0);
    const tickedPts = mine.filter((x) => ticked(x.item)).reduce((a, x) => a + h(x.lost), 0);
    // Never beyond the maximum, whatever the inputs say.
    const cap = (p: number) => Math.min(p, h(c.max));
    const now = judge(c, c.points);
    return {
      key: c.key,
      points: c.points,
      max: c.max,
      onTable: back(onTable),
      ticked: back(tickedPts),
      projected: back(cap(h(c.points) + tickedPts)),
      verdictNow: now.verdict,
      verdictAll: judge(c, back(cap(h(c.points) + onTable))).verdict,
      verdictTicked: judge(c, back(cap(h(c.points) + tickedPts))).verdict,
      gapNow: now.gap,
    };
  });
  const points = back(rows.reduce((a, r) => a + h(r.points), 0));
  const projected = back(rows.reduce((a, r) => a + h(r.projected), 0));
  const max = back(rows.reduce((a, r) => a + h(r.max), 0));
  return {
    components: rows,
    /** Components whose target is not met now: the ones worth the points on the table. */
    offTarget: rows.filter((r) => r.verdictNow === "not-met").map((r) => r.key),
    total: { points, projected, max, percent: percentOf(points, max), projectedPercent: percentOf(projected, max) },
    rank: peers.length ? { now: rankAmong(points, peers), projected: rankAmong(projected, peers) } : null,
  };
}
