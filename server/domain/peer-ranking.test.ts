import { describe, expect, it } from "vitest";
import { rankPeers, type PeerEntry } from "./peer-ranking";
import type { YearFigure } from "./year-figure";

const pct = (year: number, score: number, rank: number | null = null, rankOf: number | null = null): YearFigure => ({ year, score, unit: "percent", rank, rankOf });
const pts = (year: number, score: number, maxPoints: number | null = null): YearFigure => ({ year, score, unit: "points", rank: null, rankOf: null, maxPoints });
const e = (name: string, figure: YearFigure | null, previous: YearFigure | null = null): PeerEntry<string> => ({ item: name, figure, previous });
const view = (entries: PeerEntry<string>[]) => {
  const r = rankPeers(entries);
  return { orderedBy: r.orderedBy, withData: r.withData, rows: r.rows.map((x) => [x.item, x.published ? `${x.published.rank}/${x.published.of ?? "?"}` : null, x.computed?.rank ?? null, x.change]) };
};

describe("rankPeers", () => {
  it("a lone unit with its published rank is ranked 4/8, never 'first of one'", () => {
    expect(view([e("Tam Đường", pct(2023, 76.17, 4, 8))])).toEqual({ orderedBy: "published", withData: 1, rows: [["Tam Đường", "4/8", 1, null]] });
  });

  it("provinces ordered exactly by their published ranks, even where scores disagree in hundredths", () => {
    const r = view([
      e("Lai Châu", pct(2022, 86.29, 24, 63), pct(2021, 84.1, 30, 63)),
      e("Quảng Ninh", pct(2022, 91.2, 1, 63), pct(2021, 91.0, 1, 63)),
      e("Hải Phòng", pct(2022, 91.1, 2, 63), pct(2021, 90.1, 3, 63)),
    ]);
    expect(r.orderedBy).toBe("published");
    expect(r.rows).toEqual([
      ["Quảng Ninh", "1/63", 1, 0],
      ["Hải Phòng", "2/63", 2, 1],
      ["Lai Châu", "24/63", 3, 6],
    ]);
  });

  it("without published ranks: a computed order with ties, units without data last", () => {
    expect(view([e("A", pct(2024, 80)), e("B", null), e("C", pct(2024, 81.05)), e("D", pct(2024, 80))])).toEqual({
      orderedBy: "computed",
      withData: 3,
      rows: [
        ["C", null, 1, null],
        ["A", null, 2, null],
        ["D", null, 2, null],
        ["B", null, null, null],
      ],
    });
  });

  it("one unit without a published rank makes the order computed (published ranks still shown)", () => {
    expect(view([e("A", pct(2024, 80, 2, 8)), e("B", pct(2024, 85))]).orderedBy).toBe("computed");
  });

  it("ranks among 63 and among 34 provinces give no change", () => {
    expect(view([e("Lai Châu", pct(2025, 88, 20, 34), pct(2024, 87, 24, 63))]).rows[0]![3]).toBeNull();
  });

  it("computed change where neither year is published", () => {
    expect(view([e("A", pct(2024, 90), pct(2023, 70)), e("B", pct(2024, 80), pct(2023, 85))]).rows).toEqual([
      ["A", null, 1, 1],
      ["B", null, 2, -1],
    ]);
  });

  it("points convert with their maximum; points without one are not mixed with percent", () => {
    expect(view([e("A", pts(2015, 79.12, 100)), e("B", pct(2015, 80))]).rows.map((r) => [r[0], r[2]])).toEqual([
      ["B", 1],
      ["A", 2],
    ]);
    expect(view([e("A", pts(2015, 79.12)), e("B", pct(2015, 80))]).rows.map((r) => r[2])).toEqual([null, null]);
  });

  it("nobody with data", () => {
    expect(view([e("A", null)])).toEqual({ orderedBy: "none", withData: 0, rows: [["A", null, null, null]] });
  });
});

describe("rankPeers with a published rank but no published score", () => {
  it("Quảng Ninh 2023: rank 1/63 without a percent still leads the published order", () => {
    const r = rankPeers([
      { item: "Hải Phòng", figure: pct(2023, 91.81, 2, 63), previous: null },
      { item: "Quảng Ninh", figure: null, previous: null, published: { rank: 1, of: 63 } },
      { item: "Hà Nội", figure: pct(2023, 91.43, 3, 63), previous: null },
    ]);
    expect(r.orderedBy).toBe("published");
    expect(r.withData).toBe(3);
    expect(r.rows.map((x) => [x.item, x.published?.rank, x.computed?.rank ?? null])).toEqual([
      ["Quảng Ninh", 1, null],
      ["Hải Phòng", 2, 1],
      ["Hà Nội", 3, 2],
    ]);
  });
});
