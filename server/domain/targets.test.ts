import { describe, expect, it } from "vitest";
import { overallVerdict, rankVerdict, scoreGap, scoreVerdict, type TargetCondition } from "./targets";

const t = (scoreOp: TargetCondition["scoreOp"], scoreValue: number | null, rankOp: TargetCondition["rankOp"] = null, rankValue: number | null = null): TargetCondition => ({
  scoreOp,
  scoreValue,
  rankOp,
  rankValue,
});

describe("scoreVerdict", () => {
  it.each([
    ["exactly 75 % does not meet 'Trên 75%'", t("gt", 75), 75, null, "not-met"],
    ["75,01 % meets 'Trên 75%'", t("gt", 75), 75.01, null, "met"],
    ["exactly 80 % meets 'từ 80% trở lên'", t("gte", 80), 80, null, "met"],
    ["79,99 % does not meet 'từ 80% trở lên'", t("gte", 80), 79.99, null, "not-met"],
    ["100 % meets '100%'", t("eq", 100), 100, null, "met"],
    ["99,85 % does not meet '100%'", t("eq", 100), 99.85, null, "not-met"],
    ["float noise: 0.1 + 0.2 meets 'từ 0,3'", t("gte", 0.3), 0.1 + 0.2, null, "met"],
    ["Lai Châu 2014 beat 2013 (76,75 > 63,17)", t("gt-previous-year", null), 76.75, 63.17, "met"],
    ["equal to last year is not higher", t("gt-previous-year", null), 63.17, 63.17, "not-met"],
    ["no previous year: no data", t("gt-previous-year", null), 79.12, null, "no-data"],
    ["no score yet: no data", t("gt", 75), null, null, "no-data"],
    ["no score target", t(null, null), 50, null, "no-target"],
  ] as const)("%s", (_name, target, current, previous, expected) => {
    expect(scoreVerdict(target, current, previous)).toBe(expected);
  });
});

describe("rankVerdict", () => {
  it.each([
    ["target rank 3, ranked 4", t(null, null, "at-most", 3), 4, null, "not-met"],
    ["target rank 3, ranked 3", t(null, null, "at-most", 3), 3, null, "met"],
    ["target rank 3, ranked 2 (better)", t(null, null, "at-most", 3), 2, null, "met"],
    ["top group (3), ranked 2", t(null, null, "top-group"), 2, null, "met"],
    ["top group (3), ranked 4", t(null, null, "top-group"), 4, null, "not-met"],
    ["rise: 58 after 52 is a fall", t(null, null, "rise"), 58, 52, "not-met"],
    ["rise: 52 after 62", t(null, null, "rise"), 52, 62, "met"],
    ["no rank: no data", t(null, null, "at-most", 1), null, null, "no-data"],
  ] as const)("%s", (_name, target, rank, previous, expected) => {
    expect(rankVerdict(target, rank, previous, 3)).toBe(expected);
  });
});

describe("overallVerdict", () => {
  it.each([
    ["met", "met", "met"],
    ["met", "not-met", "not-met"],
    ["met", "no-target", "met"],
    ["no-data", "met", "no-data"],
    ["not-met", "no-data", "not-met"],
    ["no-target", "no-target", "no-target"],
  ] as const)("%s + %s = %s", (s, r, expected) => expect(overallVerdict(s, r)).toBe(expected));
});

describe("scoreGap", () => {
  it.each([
    ["Tài chính công: 'Trên 50%' from 36,3 %", t("gt", 50), 36.3, null, 13.7],
    ["Tác động: 'Trên 70%' from 50 %", t("gt", 70), 50, null, 20],
    ["Thể chế: 100 % of 100 %", t("eq", 100), 100, null, 0],
    ["TTHC: 99,85 % over 'Trên 99%' is a margin", t("gt", 99), 99.85, null, -0.85],
    ["year over year: 63,17 after 66,46", t("gt-previous-year", null), 63.17, 66.46, 3.29],
    ["no score", t("gt", 50), null, null, null],
  ] as const)("%s", (_name, target, current, previous, expected) => {
    expect(scoreGap(target, current, previous)).toBe(expected);
  });
});
