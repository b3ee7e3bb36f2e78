/**
 * Does a result meet its target? Scores compare in hundredths, so 75 and 75.00 are equal and
 * floating-point noise never decides a verdict.
 */
export type ScoreOp = "gt" | "gte" | "eq" | "gt-previous-year";
export type RankOp = "at-most" | "top-group" | "rise";
export type Verdict = "met" | "not-met" | "no-data" | "no-target";

export interface TargetCondition {
  scoreOp: ScoreOp | null;
  scoreValue: number | null;
  rankOp: RankOp | null;
  rankValue: number | null;
}

export interface Observed {
  /** The score in the target's unit (percent or points). */
  score: number | null;
  rank: number | null;
}

const hundredths = (n: number) => Math.round(n * 100);

export function scoreVerdict(target: TargetCondition, current: number | null, previous: number | null): Verdict {
  if (!target.scoreOp) return "no-target";
  if (current === null) return "no-data";
  const c = hundredths(current);
  switch (target.scoreOp) {
    case "gt":
      return c > hundredths(target.scoreValue ?? 0) ? "met" : "not-met";
    case "gte":
      return c >= hundredths(target.scoreValue ?? 0) ? "met" : "not-met";
    case "eq":
      return c === hundredths(target.scoreValue ?? 0) ? "met" : "not-met";
    case "gt-previous-year":
      if (previous === null) return "no-data";
      return c > hundredths(previous) ? "met" : "not-met";
  }
}

export function rankVerdict(target: TargetCondition, rank: number | null, previousRank: number | null, topGroupRank: number): Verdict {
  if (!target.rankOp) return "no-target";
  if (rank === null) return "no-data";
  switch (target.rankOp) {
    case "at-most":
      return rank <= (target.rankValue ?? 0) ? "met" : "not-met";
    case "top-group":
      return rank <= topGroupRank ? "met" : "not-met";
    case "rise":
      if (previousRank === null) return "no-data";
      return rank < previousRank ? "met" : "not-met";
  }
}

/** Both conditions together: not met if either is not met; met only if every set condition is met. */
export function overallVerdict(score: Verdict, rank: Verdict): Verdict {
  const set = [score, rank].filter((v) => v !== "no-target");
  if (set.length === 0) return "no-target";
  if (set.includes("not-met")) return "not-met";
  if (set.includes("no-data")) return "no-data";
  return "met";
}

/**
 * Points still missing to reach the score target: target value minus the score (0 when the
 * score sits exactly on a strict "Trên" threshold: it must still rise). Null when there is no
 * numeric target or no score. Negative means a margin above the target.
 */
export function scoreGap(target: TargetCondition, current: number | null, previous: number | null): number | null {
  if (current === null || !target.scoreOp) return null;
  const reference = target.scoreOp === "gt-previous-year" ? previous : target.scoreValue;
  if (reference === null) return null;
  return (hundredths(reference) - hundredths(current)) / 100;
}
