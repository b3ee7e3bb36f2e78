import { describe, expect, it } from "vitest";
import type { Deadline } from "./deadline";
import { dueDateOf, phaseState, windowsFromTasks, type PhaseWindow } from "./cycle-phase";

const w = (opensOn: string | null, dueOn: string | null, closesOn: string | null): PhaseWindow => ({ phase: "self-assessment", opensOn, dueOn, closesOn });

describe("phaseState", () => {
  it.each([
    ["before it opens", w("2024-11-01", "2024-12-15", null), "2024-10-31", "not-yet"],
    ["on the opening day", w("2024-11-01", "2024-12-15", null), "2024-11-01", "open"],
    ["on the due date", w(null, "2024-12-15", null), "2024-12-15", "open"],
    ["the day after, no extension", w(null, "2024-12-15", null), "2024-12-16", "closed"],
    ["the day after, extended", w(null, "2024-12-15", "2024-12-20"), "2024-12-16", "late"],
    ["last day of the extension", w(null, "2024-12-15", "2024-12-20"), "2024-12-20", "late"],
    ["after the extension", w(null, "2024-12-15", "2024-12-20"), "2024-12-21", "closed"],
    ["an 'extension' before the due date extends nothing", w(null, "2024-12-15", "2024-12-10"), "2024-12-16", "closed"],
    ["no due date: open", w(null, null, null), "2030-01-01", "open"],
    ["years later (the app in 2026)", w(null, "2024-12-15", null), "2026-12-03", "closed"],
  ] as const)("%s", (_n, win, asOf, expected) => expect(phaseState(win, asOf)).toBe(expected));
});

describe("dueDateOf", () => {
  it.each([
    [{ kind: "date", date: "2025-01-10", startDate: null }, 2024, "2025-01-10"] as [Deadline, number, string | null],
    [{ kind: "yearly", month: 12, day: 20, yearOffset: 0 }, 2024, "2024-12-20"],
    [{ kind: "yearly", month: 12, day: 31, yearOffset: -1 }, 2024, "2023-12-31"],
    [{ kind: "period", period: "months", year: null, months: [11] }, 2024, null],
    [{ kind: "rule", authority: null }, 2024, null],
    [{ kind: "none" }, 2024, null],
  ] satisfies Array<[Deadline, number, string | null]>)("%o", (d, y, expected) => expect(dueDateOf(d, y)).toBe(expected));
});

describe("windowsFromTasks (doc 004's steps)", () => {
  const date = (d: string) => ({ kind: "date" as const, date: d, startDate: null });
  const windows = windowsFromTasks(
    [
      { phase: "preparation", deadline: { kind: "period", period: "months", year: null, months: [11] } },
      { phase: "self-assessment", deadline: date("2024-12-15") },
      { phase: "self-assessment", deadline: { kind: "none" } },
      { phase: "survey", deadline: date("2024-12-31") },
      { phase: "appraisal", deadline: date("2025-01-10") },
      { phase: "compilation", deadline: date("2025-01-15") },
      { phase: "approval", deadline: date("2025-01-20") },
      { phase: "announcement", deadline: date("2025-01-31") },
      { phase: null, deadline: date("2030-01-01") },
    ],
    2024,
  );
  it("takes each phase's due date from its task; explanation follows appraisal", () => {
    expect(Object.fromEntries(windows.map((x) => [x.phase, x.dueOn]))).toEqual({
      "self-assessment": "2024-12-15",
      survey: "2024-12-31",
      appraisal: "2025-01-10",
      explanation: "2025-01-10",
      compilation: "2025-01-15",
      approval: "2025-01-20",
      announcement: "2025-01-31",
    });
    expect(windows.every((x) => x.closesOn === null && x.opensOn === null)).toBe(true);
  });
});
