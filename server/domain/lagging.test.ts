import { describe, expect, it } from "vitest";
import { laggingFlags, type IndicatorInput, type YearFigure } from "./lagging";
import { defaultSettings } from "./settings";

const pts = (year: number, score: number, rank: number): YearFigure => ({ year, score, unit: "points", rank, rankOf: 63 });
const pct = (year: number, score: number, rank: number | null = null): YearFigure => ({ year, score, unit: "percent", rank, rankOf: null });
const gt = (value: number, rank: number | null = null, year = 2024) => ({
  scoreOp: "gt" as const,
  scoreValue: value,
  rankOp: rank === null ? null : ("at-most" as const),
  rankValue: rank,
  printed: `Trên ${value}%`,
  rankPrinted: rank === null ? null : String(rank),
  year,
});
const input = (over: Partial<IndicatorInput>): IndicatorInput => ({ name: "X", current: null, previous: null, target: null, tasks: [], ...over });
const kinds = (i: IndicatorInput) => laggingFlags(i, defaultSettings).map((f) => `${f.kind}:${f.severity}`);

describe("laggingFlags", () => {
  it("Lai Châu 2013: fell 3,29 points and three places", () => {
    const flags = laggingFlags(input({ current: pts(2013, 63.17, 62), previous: pts(2012, 66.46, 59) }), defaultSettings);
    expect(flags).toEqual([
      { kind: "fell", severity: "medium", reason: "Năm 2013 giảm 3,29 điểm so với năm 2012 (66,46 → 63,17); thứ hạng giảm từ 59 xuống 62." },
    ]);
  });

  it("Lai Châu 2015: +2,37 points but 52 → 58", () => {
    const flags = laggingFlags(input({ current: pts(2015, 79.12, 58), previous: pts(2014, 76.75, 52) }), defaultSettings);
    expect(flags).toEqual([
      {
        kind: "rank-fell-score-rose",
        severity: "medium",
        reason: "Điểm năm 2015 tăng 2,37 nhưng thứ hạng giảm từ 52 xuống 58/63: các đơn vị khác cải thiện nhanh hơn.",
      },
    ]);
  });

  it("Lai Châu 2014: +13,58 points and up 10 places: nothing to flag", () => {
    expect(kinds(input({ current: pts(2014, 76.75, 52), previous: pts(2013, 63.17, 62) }))).toEqual([]);
  });

  it("Tam Đường Tài chính công: 36,3 % against 'Trên 50%', rank 7 against 4", () => {
    const flags = laggingFlags(input({ current: pct(2023, 36.3, 7), target: gt(50, 4) }), defaultSettings);
    expect(flags.map((f) => f.kind)).toEqual(["below-target", "below-floor", "target-rank-missed"]);
    expect(flags[0]).toEqual({
      kind: "below-target",
      severity: "high",
      reason: 'Chưa đạt mục tiêu năm 2024 "Trên 50%": kết quả năm 2023 đạt 36,3 %, còn thiếu 13,7 điểm.',
    });
    expect(flags[1]!.reason).toBe("Điểm thấp: năm 2023 đạt 36,3 %, dưới ngưỡng 50 %.");
    expect(flags[2]!.reason).toBe("Thứ hạng năm 2023 là 7, mục tiêu năm 2024 là thứ hạng 4.");
  });

  it("exactly on a strict threshold is still below target", () => {
    const flags = laggingFlags(input({ current: pct(2024, 75), target: gt(75) }), defaultSettings);
    expect(flags).toEqual([
      { kind: "below-target", severity: "medium", reason: 'Chưa đạt mục tiêu năm 2024 "Trên 75%": năm 2024 đạt đúng 75 %, cần cao hơn mức này.' },
    ]);
  });

  it("exactly 80 % meets 'từ 80% trở lên'", () => {
    const target = { scoreOp: "gte" as const, scoreValue: 80, rankOp: null, rankValue: null, printed: "từ 80% trở lên", rankPrinted: null, year: 2024 };
    expect(kinds(input({ current: pct(2024, 80), target }))).toEqual([]);
  });

  it("Cải cách thể chế: 100 % against '100%', rank 1 against 1: nothing", () => {
    const target = { scoreOp: "eq" as const, scoreValue: 100, rankOp: "at-most" as const, rankValue: 1, printed: "100%", rankPrinted: "1", year: 2024 };
    expect(kinds(input({ current: pct(2023, 100, 1), target }))).toEqual([]);
  });

  it("the floor is a setting", () => {
    const i = input({ current: pct(2023, 55) });
    expect(kinds(i)).toEqual([]);
    expect(laggingFlags(i, { ...defaultSettings, floorPercent: 60 }).map((f) => f.kind)).toEqual(["below-floor"]);
  });

  it("a fall of 5 points or more is high", () => {
    expect(kinds(input({ current: pct(2024, 80), previous: pct(2023, 85.5) }))).toEqual(["fell:high"]);
  });

  it("a gap to a year that is not the one before is not a fall", () => {
    expect(kinds(input({ current: pct(2024, 70), previous: pct(2021, 80) }))).toEqual([]);
  });

  it("top group missed", () => {
    const target = { scoreOp: null, scoreValue: null, rankOp: "top-group" as const, rankValue: null, printed: "", rankPrinted: "nhóm đứng đầu", year: 2024 };
    expect(laggingFlags(input({ current: pct(2023, 90, 4), target }), defaultSettings)[0]!.reason).toBe(
      "Thứ hạng năm 2023 là 4, mục tiêu năm 2024 là nhóm đứng đầu (đến hạng 3).",
    );
  });

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

  it("no data, no flags", () => {
    expect(kinds(input({}))).toEqual([]);
  });
});
