import { describe, expect, it } from "vitest";
import { laggingFlags, type IndicatorInput, type YearFigure } from "./lagging";
import { defaultSettings } from "./settings";
import { judgeTarget, type YearTarget } from "./targets";

const pts = (year: number, score: number, rank: number, maxPoints: number | null = null): YearFigure => ({ year, score, unit: "points", rank, rankOf: 63, maxPoints });
const pct = (year: number, score: number, rank: number | null = null, rankOf: number | null = null): YearFigure => ({ year, score, unit: "percent", rank, rankOf });
type T = YearTarget & { printed: string; rankPrinted: string | null };
const gt = (value: number, rank: number | null = null, year = 2024): T => ({
  scoreOp: "gt",
  scoreValue: value,
  scoreUnit: "percent",
  rankOp: rank === null ? null : "at-most",
  rankValue: rank,
  printed: `Trên ${value}%`,
  rankPrinted: rank === null ? null : String(rank),
  year,
});
/** The input as the dashboard builds it: the target judged on every figure known. */
const input = (over: Partial<IndicatorInput> & { figures?: YearFigure[] }): IndicatorInput => {
  const { figures, ...rest } = over;
  const all = figures ?? [over.previous, over.current].filter((f): f is YearFigure => !!f);
  const target = over.target ?? null;
  return { name: "X", current: null, previous: null, tasks: [], ...rest, target, judgement: target ? judgeTarget(target, all, defaultSettings.topGroupRank) : null };
};
const kinds = (i: IndicatorInput) => laggingFlags(i, defaultSettings).map((f) => `${f.kind}:${f.severity}`);
const reasons = (i: IndicatorInput) => laggingFlags(i, defaultSettings).map((f) => f.reason);

describe("laggingFlags: year over year", () => {
  it("Lai Châu 2013: fell 3,29 points and three places", () => {
    expect(laggingFlags(input({ current: pts(2013, 63.17, 62), previous: pts(2012, 66.46, 59) }), defaultSettings)).toEqual([
      { kind: "fell", severity: "medium", reason: "Năm 2013 giảm 3,29 điểm so với năm 2012 (66,46 → 63,17); thứ hạng giảm từ 59 xuống 62." },
    ]);
  });

  it("Lai Châu 2015: +2,37 points but 52 → 58", () => {
    expect(laggingFlags(input({ current: pts(2015, 79.12, 58), previous: pts(2014, 76.75, 52) }), defaultSettings)).toEqual([
      {
        kind: "rank-fell-score-rose",
        severity: "medium",
        reason: "Điểm năm 2015 tăng 2,37 nhưng thứ hạng giảm từ 52 xuống 58/63 so với năm 2014: các đơn vị khác cải thiện nhanh hơn.",
      },
    ]);
  });

  it("Lai Châu 2014: +13,58 points and up 10 places: nothing to flag", () => {
    expect(kinds(input({ current: pts(2014, 76.75, 52), previous: pts(2013, 63.17, 62) }))).toEqual([]);
  });

  it("a fall of 5 points or more is high", () => {
    expect(kinds(input({ current: pct(2024, 80), previous: pct(2023, 85.5) }))).toEqual(["fell:high"]);
  });

  it("a fall against the previous available year names the span", () => {
    expect(reasons(input({ current: pct(2024, 70), previous: pct(2021, 80) }))).toEqual([
      "Năm 2024 giảm 10 điểm so với năm 2021 (cách 3 năm) (80 → 70).",
    ]);
  });

  it("points with a known maximum compare with percent: 79,12/100 (2015) → 77 % (2022) fell", () => {
    expect(reasons(input({ current: pct(2022, 77, 30, 63), previous: pts(2015, 79.12, 58, 100) }))).toEqual([
      "Năm 2022 giảm 2,12 điểm so với năm 2015 (cách 7 năm) (79,12 % → 77 %).",
    ]);
  });

  it("points without a maximum never compare with percent, and the rank still speaks", () => {
    expect(reasons(input({ current: pct(2022, 86.29, 60, 63), previous: pts(2014, 76.75, 52) }))).toEqual([
      "Năm 2022 nhưng thứ hạng giảm từ 52 xuống 60/63 so với năm 2014 (cách 8 năm).",
    ]);
  });

  it("ranks among 63 provinces and among 34 do not compare", () => {
    expect(reasons(input({ current: pct(2025, 86.5, 20, 34), previous: pct(2024, 86, 15, 63) }))).toEqual([]);
    expect(reasons(input({ current: pct(2025, 85, 20, 34), previous: pct(2024, 86, 15, 63) }))).toEqual(["Năm 2025 giảm 1 điểm so với năm 2024 (86 → 85)."]);
  });
});

describe("laggingFlags: targets rest on their own year", () => {
  it("Tam Đường 2024 before the 2024 result: distance from 2023, named as such", () => {
    const flags = laggingFlags(input({ current: pct(2023, 36.3, 7), target: gt(50, 4) }), defaultSettings);
    expect(flags.map((f) => f.kind)).toEqual(["short-of-target-latest", "below-floor", "target-rank-missed"]);
    expect(flags[0]!.reason).toBe('Chưa có kết quả năm 2024; kết quả gần nhất (năm 2023) đạt 36,3 %, còn cách mục tiêu "Trên 50%" 13,7 điểm.');
    expect(flags[2]).toEqual({
      kind: "target-rank-missed",
      severity: "low",
      reason: "Chưa có kết quả năm 2024; thứ hạng gần nhất (năm 2023) là 7, mục tiêu năm 2024 là thứ hạng 4.",
    });
  });

  it("the 2024 result decides once it exists", () => {
    const flags = laggingFlags(input({ current: pct(2024, 45, 5, 8), previous: pct(2023, 36.3, 7, 8), target: gt(50, 4) }), defaultSettings);
    expect(flags.map((f) => f.reason)).toEqual([
      "Điểm thấp: năm 2024 đạt 45 %, dưới ngưỡng 50 %.",
      'Chưa đạt mục tiêu năm 2024 "Trên 50%": năm 2024 đạt 45 %, còn thiếu 5 điểm.',
      "Thứ hạng năm 2024 là 5/8, mục tiêu năm 2024 là thứ hạng 4.",
    ]);
  });

  it("exactly on a strict threshold is still below target", () => {
    expect(reasons(input({ current: pct(2024, 75), target: gt(75) }))).toEqual([
      'Chưa đạt mục tiêu năm 2024 "Trên 75%": năm 2024 đạt đúng 75 %, cần cao hơn mức này.',
    ]);
  });

  it("exactly 80 % meets 'từ 80% trở lên'", () => {
    const target: T = { scoreOp: "gte", scoreValue: 80, scoreUnit: "percent", rankOp: null, rankValue: null, printed: "từ 80% trở lên", rankPrinted: null, year: 2024 };
    expect(kinds(input({ current: pct(2024, 80), target }))).toEqual([]);
  });

  it("Cải cách thể chế: 100 % against '100%', rank 1 against 1: nothing", () => {
    const target: T = { scoreOp: "eq", scoreValue: 100, scoreUnit: "percent", rankOp: "at-most", rankValue: 1, printed: "100%", rankPrinted: "1", year: 2024 };
    expect(kinds(input({ current: pct(2024, 100, 1), target }))).toEqual([]);
  });

  it("'năm sau cao hơn năm trước' not met in its own year", () => {
    const target: T = { scoreOp: "gt-previous-year", scoreValue: null, rankOp: null, rankValue: null, printed: "Năm sau cao hơn năm trước", rankPrinted: null, year: 2018 };
    expect(reasons(input({ current: pct(2018, 80), previous: pct(2017, 81.5), target }))).toEqual([
      'Chưa đạt mục tiêu năm 2018 "Năm sau cao hơn năm trước": năm 2018 không cao hơn năm 2017 (giảm 1,5 điểm).',
      "Năm 2018 giảm 1,5 điểm so với năm 2017 (81,5 → 80).",
    ]);
  });

  it("top group missed in the target year", () => {
    const target: T = { scoreOp: null, scoreValue: null, rankOp: "top-group", rankValue: null, printed: "", rankPrinted: "nhóm đứng đầu", year: 2024 };
    expect(reasons(input({ current: pct(2024, 90, 4, 8), target }))).toEqual(["Thứ hạng năm 2024 là 4/8, mục tiêu năm 2024 là nhóm đứng đầu (đến hạng 3)."]);
  });

  it("the floor is a setting", () => {
    const i = input({ current: pct(2023, 55) });
    expect(kinds(i)).toEqual([]);
    expect(laggingFlags(i, { ...defaultSettings, floorPercent: 60 }).map((f) => f.kind)).toEqual(["below-floor"]);
  });
});

describe("laggingFlags: tasks", () => {
  it("overdue tasks and tasks near their deadline without evidence", () => {
    const flags = laggingFlags(
      input({
        tasks: [
          { title: "Rà soát dự toán", state: "overdue", due: "2024-12-10", daysLeft: -3, evidenceCount: 1 },
          { title: "Báo cáo giải ngân", state: "due-soon", due: "2024-12-10", daysLeft: 5, evidenceCount: 0 },
          { title: "Kiểm tra", state: "on-track", due: "2025-06-30", daysLeft: 200, evidenceCount: 0 },
          { title: "Đã xong", state: "done-on-time", due: "2024-12-10", daysLeft: 5, evidenceCount: 0 },
        ],
      }),
      defaultSettings,
    );
    expect(flags).toEqual([
      { kind: "tasks-overdue", severity: "high", reason: '1 nhiệm vụ quá hạn: "Rà soát dự toán" (hạn 10/12/2024).' },
      { kind: "tasks-missing-evidence", severity: "medium", reason: '1 nhiệm vụ sắp đến hạn chưa có tài liệu kiểm chứng: "Báo cáo giải ngân" (hạn 10/12/2024).' },
    ]);
  });

  it("names the three longest overdue tasks and counts the rest (a province plan has hundreds)", () => {
    const tasks = ["2024-09-01", "2024-03-01", "2024-06-01", "2024-01-15", "2024-11-30"].map((due, i) => ({
      title: `Nhiệm vụ ${i + 1}`,
      state: "overdue" as const,
      due,
      daysLeft: -10,
      evidenceCount: 0,
    }));
    const [flag] = laggingFlags(input({ tasks }), defaultSettings);
    expect(flag).toEqual({
      kind: "tasks-overdue",
      severity: "high",
      reason: '5 nhiệm vụ quá hạn: "Nhiệm vụ 4" (hạn 15/01/2024); "Nhiệm vụ 2" (hạn 01/03/2024); "Nhiệm vụ 3" (hạn 01/06/2024) và 2 nhiệm vụ khác.',
    });
  });

  it("no data, no flags", () => {
    expect(kinds(input({}))).toEqual([]);
  });
});
