/**
 * Rank units by score, highest first, with ties sharing a rank and the next rank skipping
 * ("1, 2, 2, 4"), as published rankings do. Scores compare in hundredths. Units without a
 * score are left unranked at the end.
 */
export interface Scored<T> {
  item: T;
  score: number | null;
}

export interface Ranked<T> extends Scored<T> {
  rank: number | null;
  tied: boolean;
}

export function rankWithTies<T>(entries: ReadonlyArray<Scored<T>>): Array<Ranked<T>> {
  const key = (s: number) => Math.round(s * 100);
  const scored = entries.filter((e) => e.score !== null).sort((a, b) => key(b.score!) - key(a.score!));
  const out: Array<Ranked<T>> = [];
  scored.forEach((e, i) => {
    const prev = out[i - 1];
    const same = prev !== undefined && key(prev.score!) === key(e.score!);
    out.push({ ...e, rank: same ? prev.rank : i + 1, tied: false });
  });
  const counts = new Map<number, number>();
  out.forEach((r) => counts.set(r.rank!, (counts.get(r.rank!) ?? 0) + 1));
  out.forEach((r) => (r.tied = (counts.get(r.rank!) ?? 0) > 1));
  return [...out, ...entries.filter((e) => e.score === null).map((e) => ({ ...e, rank: null, tied: false }))];
}

/** Places gained (positive) or lost (negative) since the year before; null when either is missing. */
export function rankChange(current: number | null, previous: number | null): number | null {
  return current === null || previous === null ? null : previous - current;
}
