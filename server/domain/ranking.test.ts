import { describe, expect, it } from "vitest";
import { rankChange, rankWithTies } from "./ranking";

const ranks = (scores: Array<number | null>) => rankWithTies(scores.map((score, i) => ({ item: `u${i}`, score }))).map((r) => [r.item, r.rank, r.tied]);

describe("rankWithTies", () => {
  it("orders by score, highest first", () => {
    expect(ranks([70.52, 99.85, 86.96])).toEqual([
      ["u1", 1, false],
      ["u2", 2, false],
      ["u0", 3, false],
    ]);
  });
  it("ties share a rank and the next rank skips", () => {
    expect(ranks([80, 90, 80, 70])).toEqual([
      ["u1", 1, false],
      ["u0", 2, true],
      ["u2", 2, true],
      ["u3", 4, false],
    ]);
  });
  it("scores equal to the hundredth tie; floating noise does not split them", () => {
    expect(ranks([0.1 + 0.2, 0.3])).toEqual([
      ["u0", 1, true],
      ["u1", 1, true],
    ]);
  });
  it("units without a score come last, unranked", () => {
    expect(ranks([null, 50])).toEqual([
      ["u1", 1, false],
      ["u0", null, false],
    ]);
  });
  it("nobody, nothing", () => expect(ranks([])).toEqual([]));
});

describe("rankChange", () => {
  it.each([
    [58, 52, -6], // Lai Châu 2015: lost 6 places
    [52, 62, 10], // 2014: gained 10
    [4, 4, 0],
    [null, 4, null],
    [4, null, null],
  ])("%s after %s → %s", (c, p, expected) => expect(rankChange(c, p)).toBe(expected));
});
