import { describe, expect, it } from "vitest";
import { judgeTarget, overallVerdict, rankVerdict, scoreGap, scoreVerdict, type TargetCondition } from "./targets";

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

describe("judgeTarget: a verdict rests on the target year's own result", () => {
  const pct = (year: number, score: number, rank: number | null = null, rankOf: number | null = null) => ({ year, score, unit: "percent" as const, rank, rankOf });
  const pts = (year: number, score: number, maxPoints: number | null = null) => ({ year, score, unit: "points" as const, rank: null, rankOf: null, maxPoints });
  const higher = (year: number) => ({ year, scoreOp: "gt-previous-year" as const, scoreValue: null, rankOp: null, rankValue: null });
  const over80 = { year: 2024, scoreOp: "gt" as const, scoreValue: 80, scoreUnit: "percent" as const, rankOp: "at-most" as const, rankValue: 2 };
  const laiChau = [pts(2012, 66.46), pts(2013, 63.17), pts(2014, 76.75), pts(2015, 79.12, 100)];

  it.each([
    ["Lai Châu 2017 'năm sau cao hơn năm trước' with nothing after 2015", higher(2017), laiChau, "no-data", "Chưa có kết quả năm 2017"],
    ["2020 likewise", higher(2020), laiChau, "no-data", "Chưa có kết quả năm 2020"],
    ["2015 against 2014 (the year itself)", higher(2015), laiChau, "met", null],
    ["2013 against 2012", higher(2013), laiChau, "not-met", null],
    ["2023 result only: the year before is missing", higher(2023), [...laiChau, pct(2023, 88)], "no-data", "Thiếu kết quả năm 2022 để so với năm 2023"],
    ["Tam Đường 2024 with only 2023 known", over80, [pct(2023, 76.17, 4, 8)], "no-data", "Chưa có kết quả năm 2024"],
    ["Tam Đường 2024 once 2024 is in: above 80, rank 2", over80, [pct(2023, 76.17, 4, 8), pct(2024, 82, 2, 8)], "met", null],
    ["Tam Đường 2024: above 80 but rank 3", over80, [pct(2023, 76.17, 4, 8), pct(2024, 82, 3, 8)], "not-met", null],
    ["a points result without a maximum against a percent target", { ...over80, rankOp: null, rankValue: null }, [pts(2024, 85)], "no-data", "Kết quả năm 2024 tính theo điểm, không rõ điểm tối đa để so với mục tiêu theo %"],
    ["a points result with its maximum converts", { ...over80, rankOp: null, rankValue: null }, [pts(2024, 85, 100)], "met", null],
  ] as const)("%s", (_name, target, figures, verdict, note) => {
    const j = judgeTarget(target, figures, 3);
    expect(j.verdict).toBe(verdict);
    expect(j.note).toBe(note);
  });

  it("before the result: the distance from the latest result, named by its year", () => {
    const j = judgeTarget(over80, [pct(2022, 70), pct(2023, 76.17, 4, 8)], 3);
    expect(j).toMatchObject({ basis: null, gap: null, latestGap: 3.83, latest: { year: 2023 } });
  });

  it("a rank rise between 63 and 34 provinces is not judged", () => {
    const rise = { year: 2025, scoreOp: null, scoreValue: null, rankOp: "rise" as const, rankValue: null };
    const j = judgeTarget(rise, [pct(2024, 86, 24, 63), pct(2025, 87, 20, 34)], 3);
    expect(j.rankVerdict).toBe("no-data");
    expect(j.note).toBe("Thứ hạng năm 2024 và năm 2025 xếp trên số đơn vị khác nhau");
  });
});
