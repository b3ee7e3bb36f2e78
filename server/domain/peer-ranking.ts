import { rankWithTies } from "./ranking";
import { asPercent, type YearFigure } from "./year-figure";

/**
 * One year's ranking of a peer group (units of one kind under one parent: the communes of a
 * district, the provinces of the country). The published rank (hạng công bố) is the rank; a
 * rank computed from the scores is only an ordering inside this group, and says over how many
 * units with data it was computed, so it is never read as a published rank.
 */
export interface PublishedRank {
  rank: number;
  of: number | null;
}

export interface PeerEntry<T> {
  item: T;
  /** This year's figure, and the figure of the group's previous available year. */
  figure: YearFigure | null;
  previous: YearFigure | null;
  /** Published ranks, which may come without a score ("hạng 1/63", percent not published). */
  published?: PublishedRank | null;
  previousPublished?: PublishedRank | null;
}

export interface PeerRow<T> {
  item: T;
  figure: YearFigure | null;
  /** Score used for the computed order: percent where the figure is or converts, else points. */
  score: number | null;
  published: { rank: number; of: number | null } | null;
  computed: { rank: number; tied: boolean } | null;
  previousPublished: { rank: number; of: number | null } | null;
  previousComputed: number | null;
  /** Places gained (positive) or lost since the previous year; null when the two ranks do not compare. */
  change: number | null;
}

export interface PeerRanking<T> {
  rows: Array<PeerRow<T>>;
  /** How the rows are ordered: by the published rank when every unit with data has one. */
  orderedBy: "published" | "computed" | "none";
  /** Units with a score or a published rank this year. */
  withData: number;
  /** Units with a score the previous year. */
  withDataPrevious: number;
}

function comparableScores<T>(entries: ReadonlyArray<{ item: T; figure: YearFigure | null }>) {
  // Percent where every figure is or converts; points only when every figure is in points.
  const figures = entries.map((e) => e.figure).filter((f): f is YearFigure => f !== null);
  const allPercent = figures.every((f) => asPercent(f) !== null);
  const allPoints = figures.every((f) => f.unit === "points");
  return entries.map((e) => ({
    item: e.item,
    score: e.figure === null ? null : allPercent ? asPercent(e.figure) : allPoints ? e.figure.score : null,
  }));
}

export function rankPeers<T>(entries: ReadonlyArray<PeerEntry<T>>): PeerRanking<T> {
  const current = rankWithTies(comparableScores(entries.map((e) => ({ item: e, figure: e.figure }))));
  const previous = rankWithTies(comparableScores(entries.map((e) => ({ item: e, figure: e.previous }))));
  const computedNow = new Map(current.map((r) => [r.item, r]));
  const computedBefore = new Map(previous.map((r) => [r.item, r.rank]));

  const rows: Array<PeerRow<T>> = entries.map((e) => {
    const c = computedNow.get(e)!;
    const published = e.published ?? (e.figure?.rank != null ? { rank: e.figure.rank, of: e.figure.rankOf } : null);
    const previousPublished = e.previousPublished ?? (e.previous?.rank != null ? { rank: e.previous.rank, of: e.previous.rankOf } : null);
    const previousComputed = computedBefore.get(e) ?? null;
    let change: number | null = null;
    if (published && previousPublished) {
      // 24/63 and 20/34 rank different sets of provinces: no change can be read from them.
      const sameSet = published.of === null || previousPublished.of === null || published.of === previousPublished.of;
      change = sameSet ? previousPublished.rank - published.rank : null;
    } else if (!published && !previousPublished && c.rank !== null && previousComputed !== null) {
      change = previousComputed - c.rank;
    }
    return {
      item: e.item,
      figure: e.figure,
      score: c.score,
      published,
      computed: c.rank !== null ? { rank: c.rank, tied: c.tied } : null,
      previousPublished,
      previousComputed,
      change,
    };
  });

  const hasData = (r: PeerRow<T>) => r.figure !== null || r.published !== null;
  const withData = rows.filter(hasData).length;
  const allPublished = withData > 0 && rows.every((r) => !hasData(r) || r.published !== null);
  const orderedBy = withData === 0 ? "none" : allPublished ? "published" : "computed";
  const key = (r: PeerRow<T>) => (orderedBy === "published" ? (r.published?.rank ?? null) : (r.computed?.rank ?? null));
  const ordered = rows
    .map((r, i) => ({ r, i }))
    .sort((a, b) => {
      const ka = key(a.r);
      const kb = key(b.r);
      if (ka === null && kb === null) return a.i - b.i;
      if (ka === null) return 1;
      if (kb === null) return -1;
      return ka - kb || a.i - b.i;
    })
    .map(({ r }) => r);
  return {
    rows: ordered,
    orderedBy,
    withData,
    withDataPrevious: entries.filter((e) => e.previous !== null || e.previousPublished != null).length,
  };
}
