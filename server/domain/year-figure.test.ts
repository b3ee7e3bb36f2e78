import { describe, expect, it } from "vitest";
import { asPercent, changeText, compareFigures, latestUpTo, previousAvailable, ranksComparable, type YearFigure } from "./year-figure";

const pts = (year: number, score: number, maxPoints: number | null = null, rank: number | null = null, rankOf: number | null = 63): YearFigure => ({ year, score, unit: "points", rank, rankOf, maxPoints });
const pct = (year: number, score: number, rank: number | null = null, rankOf: number | null = 63): YearFigure => ({ year, score, unit: "percent", rank, rankOf });

describe("previous available year", () => {
  const laiChau = [pts(2012, 66.46), pts(2013, 63.17), pts(2014, 76.75), pts(2015, 79.12, 100), pct(2022, 86.29, 24)];
  it.each([
    [2022, 2015],
    [2015, 2014],
    [2016, 2015],
    [2012, null],
    [2030, 2022],
  ])("before %i: %s", (year, expected) => {
    expect(previousAvailable(laiChau, year)?.year ?? null).toBe(expected);
  });
  it.each([
    [2024, 2022],
    [2022, 2022],
    [2011, null],
  ])("latest up to %i: %s", (year, expected) => {
    expect(latestUpTo(laiChau, year)?.year ?? null).toBe(expected);
  });
});

describe("compare two years", () => {
  it.each<[string, YearFigure, YearFigure, string]>([
    ["same unit, one year apart", pts(2015, 79.12), pts(2014, 76.75), "+2,37 điểm so với năm 2014"],
    ["a fall", pts(2013, 63.17), pts(2012, 66.46), "−3,29 điểm so với năm 2012"],
    ["unchanged", pct(2024, 80), pct(2023, 80), "±0 điểm so với năm 2023"],
    ["points with a maximum against percent, seven years apart", pct(2022, 86.29), pts(2015, 79.12, 100), "+7,17 điểm so với năm 2015, cách 7 năm (quy đổi ra %)"],
    ["points out of 40 against percent", pct(2024, 80), pts(2023, 30, 40), "+5 điểm so với năm 2023 (quy đổi ra %)"],
    [
      "points without a maximum against percent",
      pct(2022, 86.29),
      pts(2014, 76.75),
      "Không so sánh được năm 2022 với năm 2014: năm 2014 tính theo điểm, không rõ điểm tối đa để quy ra %.",
    ],
  ])("%s", (_name, to, from, text) => {
    expect(changeText(compareFigures(to, from))).toBe(text);
  });

  it("span and delta are returned as numbers", () => {
    expect(compareFigures(pct(2022, 86.29), pts(2015, 79.12, 100))).toMatchObject({ ok: true, delta: 7.17, span: 7, unit: "percent", converted: true });
  });
});

describe("percent and ranks", () => {
  it.each<[YearFigure, number | null]>([
    [pct(2024, 76.17), 76.17],
    [pts(2015, 79.12, 100), 79.12],
    [pts(2023, 27, 30), 90],
    [pts(2014, 76.75), null],
  ])("%o in percent: %s", (f, expected) => {
    expect(asPercent(f)).toBe(expected);
  });
  it.each<[YearFigure, YearFigure, boolean]>([
    [pct(2024, 80, 24, 63), pct(2023, 80, 30, 63), true],
    [pct(2025, 80, 20, 34), pct(2024, 80, 24, 63), false],
    [pct(2024, 80, 4, null), pct(2023, 80, 3, 8), true],
    [pct(2024, 80, null), pct(2023, 80, 3), false],
  ])("ranks comparable %#", (a, b, expected) => {
    expect(ranksComparable(a, b)).toBe(expected);
  });
});
