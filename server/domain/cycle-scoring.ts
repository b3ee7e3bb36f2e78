import { rankWithTies } from "./ranking";

/**
 * Scoring rules of the yearly cycle (Bộ chỉ số → thành phần → tiêu chí): how a criterion is
 * scored, which score counts, component and total points, percent of the maximum, rank with ties.
 * Pure: plain numbers in, plain numbers out.
 */

/** How a criterion is scored: one of fixed steps (0; 0,5; 1), any value in [0, max] at a step, or from the survey. */
export type ScoringMethod =
  | { kind: "steps"; steps: readonly number[] }
  | { kind: "range"; step: number | null }
  | { kind: "survey" };

export type ScoreCheck = { ok: true; value: number } | { ok: false; message: string };

const hundredths = (n: number) => Math.round(n * 100);
export const formatPoints = (n: number) => n.toLocaleString("vi-VN", { maximumFractionDigits: 2 });

/** Is `score` allowed for a criterion of maximum `max` scored by `method`? Scores keep two decimals. */
export function checkScore(score: number, max: number, method: ScoringMethod): ScoreCheck {
  if (!Number.isFinite(score)) return { ok: false, message: "Điểm phải là một số." };
  if (score < 0) return { ok: false, message: "Điểm không được âm." };
  if (hundredths(score) !== Math.round(score * 100 * 1000) / 1000) {
    return { ok: false, message: "Điểm chỉ được có tối đa hai chữ số thập phân." };
  }
  if (hundredths(score) > hundredths(max)) {
    return { ok: false, message: `Điểm ${formatPoints(score)} vượt quá điểm tối đa ${formatPoints(max)}.` };
  }
  const value = hundredths(score) / 100;
  switch (method.kind) {
    case "survey":
      return { ok: false, message: "Tiêu chí này chấm theo kết quả điều tra xã hội học, không tự chấm." };
    case "steps":
      if (!method.steps.some((st) => hundredths(st) === hundredths(score))) {
        return { ok: false, message: `Điểm phải là một trong các mức: ${method.steps.map(formatPoints).join("; ")}.` };
      }
      return { ok: true, value };
    case "range":
      if (method.step !== null && method.step > 0 && hundredths(score) % hundredths(method.step) !== 0) {
        return { ok: false, message: `Điểm phải theo bước ${formatPoints(method.step)}.` };
      }
      return { ok: true, value };
  }
}

/** The score that counts: settled, else appraised, else self. */
export function finalScore(s: { selfScore: number | null; appraisedScore: number | null; settledScore: number | null }): number | null {
  return s.settledScore ?? s.appraisedScore ?? s.selfScore;
}

/** Percent of the maximum, two decimals; null without a positive maximum. */
export function percentOf(points: number, max: number | null): number | null {
  if (max === null || max <= 0) return null;
  return Math.round((points / max) * 10000) / 100;
}

export interface CriterionScore {
  componentKey: string;
  max: number;
  score: number | null;
}

export interface ComponentTotal {
  componentKey: string;
  points: number;
  max: number;
  percent: number | null;
  /** Criteria without a score (counted as 0 in points). */
  missing: number;
}

/**
 * Points per component: the sum of its criteria's scores (plus survey points for the component),
 * the maximum as the framework gives it (or the sum of the criteria's maxima), and the total.
 */
export function componentTotals(
  components: ReadonlyArray<{ key: string; max: number | null }>,
  scores: readonly CriterionScore[],
  survey: ReadonlyMap<string, number> = new Map(),
): { components: ComponentTotal[]; total: { points: number; max: number; percent: number | null } } {
  const out = components.map((c) => {
    const mine = scores.filter((s) => s.componentKey === c.key);
    const criteriaMax = mine.reduce((a, s) => a + hundredths(s.max), 0);
    const points = mine.reduce((a, s) => a + hundredths(s.score ?? 0), 0) + hundredths(survey.get(c.key) ?? 0);
    const max = c.max !== null ? hundredths(c.max) : criteriaMax;
    return {
      componentKey: c.key,
      points: points / 100,
      max: max / 100,
      percent: percentOf(points / 100, max / 100),
      missing: mine.filter((s) => s.score === null).length,
    };
  });
  const points = out.reduce((a, c) => a + hundredths(c.points), 0) / 100;
  const max = out.reduce((a, c) => a + hundredths(c.max), 0) / 100;
  return { components: out, total: { points, max, percent: percentOf(points, max) } };
}

/** Rank the cycle's units on a score (points or percent), ties sharing a rank; "of how many" counts units with a score. */
export function rankUnits<T>(entries: ReadonlyArray<{ item: T; score: number | null }>): Array<{ item: T; rank: number | null; rankOf: number; tied: boolean }> {
  const ranked = rankWithTies(entries);
  const rankOf = ranked.filter((r) => r.rank !== null).length;
  return ranked.map((r) => ({ item: r.item, rank: r.rank, rankOf, tied: r.tied }));
}

export interface LostRow<T> {
  item: T;
  max: number;
  final: number | null;
  lost: number;
}

/** Criteria ranked by points lost (maximum − final score), largest first; unscored criteria lose their whole maximum. */
export function pointsLost<T>(rows: ReadonlyArray<{ item: T; max: number; final: number | null }>): Array<LostRow<T>> {
  return rows
    .map((r) => ({ ...r, lost: (hundredths(r.max) - hundredths(Math.min(r.final ?? 0, r.max))) / 100 }))
    .filter((r) => r.lost > 0)
    .sort((a, b) => b.lost - a.lost);
}

/** Completeness of a self-assessment: scored, evidenced and missing criteria (survey criteria excluded). */
export function completeness(rows: ReadonlyArray<{ method: ScoringMethod["kind"]; score: number | null; evidenceCount: number; evidenceRequired: boolean }>) {
  const own = rows.filter((r) => r.method !== "survey");
  const scored = own.filter((r) => r.score !== null).length;
  const evidenced = own.filter((r) => r.evidenceCount > 0).length;
  const missingEvidence = own.filter((r) => r.evidenceRequired && r.score !== null && r.score > 0 && r.evidenceCount === 0).length;
  return { total: own.length, scored, evidenced, unscored: own.length - scored, missingEvidence, complete: scored === own.length && missingEvidence === 0 };
}

/** An appraised score lower than the self score needs the appraiser's remark. */
export function checkAppraisal(selfScore: number | null, appraised: number, remark: string | null): { ok: true } | { ok: false; message: string } {
  const lower = selfScore !== null && hundredths(appraised) < hundredths(selfScore);
  if (lower && (remark === null || remark.trim() === "")) {
    return { ok: false, message: "Điểm thẩm định thấp hơn điểm tự chấm: cần ghi ý kiến thẩm định (lý do trừ điểm)." };
  }
  return { ok: true };
}
