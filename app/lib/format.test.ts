import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime, formatDelta, formatPercent, formatPoints, formatRank } from "./format";

describe("Vietnamese formatting", () => {
  it.each([
    [76.17, "76,17 %"],
    [100, "100 %"],
    [36.3, "36,3 %"],
    [98.8, "98,8 %"],
    [null, "—"],
  ])("percent %s", (n, s) => expect(formatPercent(n)).toBe(s));
  it.each([
    [66.46, "66,46"],
    [79.12, "79,12"],
    [76.75, "76,75"],
  ])("points %s", (n, s) => expect(formatPoints(n)).toBe(s));
  it.each([
    [2.37, "+2,37"],
    [-3.29, "−3,29"],
    [0, "0"],
  ])("delta %s", (n, s) => expect(formatDelta(n)).toBe(s));
  it.each([
    ["2024-12-10", "10/12/2024"],
    ["2017-04-18", "18/04/2017"],
    [null, "—"],
  ])("date %s", (d, s) => expect(formatDate(d)).toBe(s));
  it("rank of", () => {
    expect(formatRank(59, 63)).toBe("59/63");
    expect(formatRank(4, null)).toBe("4");
  });
});

describe("formatDateTime", () => {
  it("shows Vietnam time", () => {
    expect(formatDateTime(new Date("2026-11-22T07:05:00Z"))).toBe("22/11/2026 14:05");
    expect(formatDateTime("2024-12-09T17:30:00Z")).toBe("10/12/2024 00:30");
    expect(formatDateTime(null)).toBe("—");
  });
});
