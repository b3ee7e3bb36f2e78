/**
 * A unit's published or appraised figure for one year, and how two years compare. Results come
 * in points (2012-2015 PAR INDEX: "79,12/100 điểm") or in percent (since 2017: "86,29 %"); two
 * figures compare only in one unit, converting points with their maximum when it is known.
 */
export interface YearFigure {
  year: number;
  /** The score as the unit's results give it. */
  score: number;
  unit: "percent" | "points";
  rank: number | null;
  rankOf: number | null;
  /** Maximum points of a points figure, when the source gives it. */
  maxPoints?: number | null;
}

export interface ResultRow {
  year: number;
  percent: number | null;
  points: number | null;
  maxPoints?: number | null;
  rank: number | null;
  rankOf: number | null;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

export function figureOf(r: ResultRow): YearFigure | null {
  if (r.percent !== null) return { year: r.year, score: r.percent, unit: "percent", rank: r.rank, rankOf: r.rankOf, maxPoints: r.maxPoints ?? null };
  if (r.points !== null) return { year: r.year, score: r.points, unit: "points", rank: r.rank, rankOf: r.rankOf, maxPoints: r.maxPoints ?? null };
  return null;
}

/** The figure in percent: as given, or points over a known maximum; null when it cannot be known. */
export function asPercent(f: YearFigure): number | null {
  if (f.unit === "percent") return f.score;
  return f.maxPoints ? round2((f.score / f.maxPoints) * 100) : null;
}

/** The score in the wanted unit, converting with the maximum where needed; null when impossible. */
export function scoreIn(f: YearFigure, unit: "percent" | "points"): number | null {
  if (f.unit === unit) return f.score;
  if (unit === "percent") return asPercent(f);
  return f.maxPoints ? round2((f.score * f.maxPoints) / 100) : null;
}

/** The latest figure of a year strictly before `year` (any gap), or null. */
export function previousAvailable(figures: readonly YearFigure[], year: number): YearFigure | null {
  let best: YearFigure | null = null;
  for (const f of figures) if (f.year < year && (!best || f.year > best.year)) best = f;
  return best;
}

/** The latest figure up to and including `year`. */
export function latestUpTo(figures: readonly YearFigure[], year: number): YearFigure | null {
  return previousAvailable(figures, year + 1);
}

export type Comparison =
  | { ok: true; from: YearFigure; to: YearFigure; delta: number; unit: "percent" | "points"; span: number; converted: boolean }
  | { ok: false; from: YearFigure; to: YearFigure; span: number; reason: string };

/**
 * `to` against `from` (an earlier year): in their common unit, or in percent when one of them
 * is in points with a known maximum. Says why when they cannot be compared.
 */
export function compareFigures(to: YearFigure, from: YearFigure): Comparison {
  const span = to.year - from.year;
  if (to.unit === from.unit) return { ok: true, from, to, delta: round2(to.score - from.score), unit: to.unit, span, converted: false };
  const a = asPercent(to);
  const b = asPercent(from);
  if (a !== null && b !== null) return { ok: true, from, to, delta: round2(a - b), unit: "percent", span, converted: true };
  const points = to.unit === "points" ? to : from;
  return {
    ok: false,
    from,
    to,
    span,
    reason: `Không so sánh được năm ${to.year} với năm ${from.year}: năm ${points.year} tính theo điểm, không rõ điểm tối đa để quy ra %.`,
  };
}

const num = new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 2 });

/** "+7,17 điểm so với năm 2015, cách 7 năm" / "−3,29 điểm so với năm 2012"; the reason when not comparable. */
export function changeText(c: Comparison): string {
  if (!c.ok) return c.reason;
  const sign = c.delta > 0 ? "+" : c.delta < 0 ? "−" : "±";
  const span = c.span > 1 ? `, cách ${c.span} năm` : "";
  const converted = c.converted ? " (quy đổi ra %)" : "";
  return `${sign}${num.format(Math.abs(c.delta))} điểm so với năm ${c.from.year}${span}${converted}`;
}

/** Two published ranks compare only when they rank the same number of units (63 provinces, then 34). */
export function ranksComparable(a: YearFigure, b: YearFigure): boolean {
  if (a.rank === null || b.rank === null) return false;
  return a.rankOf === null || b.rankOf === null || a.rankOf === b.rankOf;
}
