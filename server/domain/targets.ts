/**
 * Does a result meet its target? Scores compare in hundredths, so 75 and 75.00 are equal and
 * floating-point noise never decides a verdict.
 */
import { compareFigures, previousAvailable, ranksComparable, scoreIn, type YearFigure } from "./year-figure";

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

/** A target with the year it is set for and the unit of its score value. */
export interface YearTarget extends TargetCondition {
  year: number;
  scoreUnit?: "percent" | "points" | null;
}

export interface TargetJudgement {
  scoreVerdict: Verdict;
  rankVerdict: Verdict;
  verdict: Verdict;
  /** The figure of the target's own year, the only one a verdict rests on. */
  basis: YearFigure | null;
  /** Points missing to the score target from `basis` (negative: margin above it). */
  gap: number | null;
  /** Before the target year's result exists: the latest earlier figure and its distance to the target. */
  latest: YearFigure | null;
  latestGap: number | null;
  /** Why there is no verdict yet, in words ("Chưa có kết quả năm 2024"). */
  note: string | null;
}

/**
 * The verdict on a target rests on the result of the target's own year. Before it exists the
 * verdict is "no data", with the distance from the latest earlier result named by its year. A
 * "higher than the year before" target compares the target year with the year just before it.
 */
export function judgeTarget(target: YearTarget, figures: readonly YearFigure[], topGroupRank: number): TargetJudgement {
  const byYear = new Map(figures.map((f) => [f.year, f]));
  const basis = byYear.get(target.year) ?? null;
  const before = byYear.get(target.year - 1) ?? null;
  const unit = target.scoreUnit ?? "percent";
  const notes: string[] = [];

  let sv: Verdict = target.scoreOp ? "no-data" : "no-target";
  let gap: number | null = null;
  let rv: Verdict = target.rankOp ? "no-data" : "no-target";
  let latest: YearFigure | null = null;
  let latestGap: number | null = null;

  if (!basis) {
    notes.push(`Chưa có kết quả năm ${target.year}`);
    latest = previousAvailable(figures, target.year);
    if (latest && target.scoreOp && target.scoreOp !== "gt-previous-year") {
      const score = scoreIn(latest, unit);
      latestGap = score === null ? null : scoreGap(target, score, null);
    }
  } else {
    if (target.scoreOp === "gt-previous-year") {
      if (!before) notes.push(`Thiếu kết quả năm ${target.year - 1} để so với năm ${target.year}`);
      else {
        const c = compareFigures(basis, before);
        if (c.ok) {
          sv = c.delta > 0 ? "met" : "not-met";
          gap = -c.delta;
        } else notes.push(c.reason);
      }
    } else if (target.scoreOp) {
      const score = scoreIn(basis, unit);
      if (score === null) notes.push(`Kết quả năm ${basis.year} tính theo điểm, không rõ điểm tối đa để so với mục tiêu theo %`);
      else {
        sv = scoreVerdict(target, score, null);
        gap = scoreGap(target, score, null);
      }
    }
    if (target.rankOp) {
      if (target.rankOp === "rise" && before && !ranksComparable(basis, before)) {
        notes.push(`Thứ hạng năm ${before.year} và năm ${basis.year} xếp trên số đơn vị khác nhau`);
      } else {
        rv = rankVerdict(target, basis.rank, before?.rank ?? null, topGroupRank);
        if (rv === "no-data" && target.rankOp === "rise" && !before) notes.push(`Thiếu thứ hạng năm ${target.year - 1}`);
      }
    }
  }
  return {
    scoreVerdict: sv,
    rankVerdict: rv,
    verdict: overallVerdict(sv, rv),
    basis,
    gap,
    latest,
    latestGap,
    note: notes.length ? notes.join("; ") : null,
  };
}
