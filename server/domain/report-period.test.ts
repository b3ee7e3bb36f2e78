import { describe, expect, it } from "vitest";
import { periodAt, reportPeriod } from "./report-period";

describe("reportPeriod", () => {
  it.each([
    ["quy-1", 2024, "2023-12-15", "2024-03-14", "Quý I"],
    ["6-thang", 2024, "2023-12-15", "2024-06-14", "6 tháng"],
    ["quy-3", 2024, "2023-12-15", "2024-09-14", "Quý III"],
    ["nam", 2024, "2023-12-15", "2024-12-14", "Năm"],
  ] as const)("%s %i runs %s → %s", (kind, year, from, to, label) => {
    expect(reportPeriod(kind, year)).toEqual({ kind, label, year, from, to });
  });
});

describe("periodAt", () => {
  it.each([
    ["2024-01-10", { kind: "quy-1", year: 2024 }],
    ["2024-03-14", { kind: "quy-1", year: 2024 }],
    ["2024-03-15", { kind: "6-thang", year: 2024 }],
    ["2024-09-14", { kind: "quy-3", year: 2024 }],
    ["2024-12-10", { kind: "nam", year: 2024 }],
    ["2024-12-14", { kind: "nam", year: 2024 }],
    ["2024-12-15", { kind: "quy-1", year: 2025 }],
  ] as const)("%s", (date, expected) => expect(periodAt(date)).toEqual(expected));
});
