/**
 * One result per key when several sources report the same unit, year and component: a
 * published figure wins over an appraised one, which wins over a self-assessment.
 */
export const SOURCE_PRIORITY: Readonly<Record<string, number>> = { published: 0, appraised: 1, "self-assessed": 2 };

export function bestBySource<T extends { source: string }>(rows: readonly T[], key: (row: T) => string): Map<string, T> {
  const best = new Map<string, T>();
  for (const r of rows) {
    const k = key(r);
    const have = best.get(k);
    if (!have || (SOURCE_PRIORITY[r.source] ?? 9) < (SOURCE_PRIORITY[have.source] ?? 9)) best.set(k, r);
  }
  return best;
}
