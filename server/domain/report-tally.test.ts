import { describe, expect, it } from "vitest";
import { groupFlags, NO_LEAD, tallyTasks, taskColumn, type TalliedTask, type TaskColumn } from "./report-tally";
import type { TaskState, TaskStatus } from "./task-state";

describe("taskColumn: each task in exactly one column", () => {
  it.each<[TaskState, TaskStatus, TaskColumn]>([
    ["on-track", "chua-thuc-hien", "notStarted"],
    ["due-soon", "chua-thuc-hien", "notStarted"],
    ["no-fixed-date", "chua-thuc-hien", "notStarted"],
    ["on-track", "dang-thuc-hien", "inProgress"],
    ["no-fixed-date", "dang-thuc-hien", "inProgress"],
    ["overdue", "chua-thuc-hien", "overdue"],
    ["overdue", "dang-thuc-hien", "overdue"],
    ["done-on-time", "hoan-thanh", "doneOnTime"],
    ["done-late", "hoan-thanh", "doneLate"],
    ["done-late", "hoan-thanh-cham", "doneLate"],
    ["not-doable", "khong-thuc-hien-duoc", "notDone"],
  ])("%s + %s → %s", (state, status, column) => expect(taskColumn(state, status)).toBe(column));
});

const t = (id: number, leads: string[], state: TaskState, status: TaskStatus = "dang-thuc-hien"): TalliedTask => ({ id, leads, state, status });

describe("tallyTasks: totals count each task once", () => {
  it.each<[string, TalliedTask[], { total: number; overdue: number; leadTotals: Record<string, number> }]>([
    ["no tasks", [], { total: 0, overdue: 0, leadTotals: {} }],
    [
      "a co-led overdue task appears under both leads, once in the total",
      [t(1, ["Phòng Nội vụ", "Văn phòng HĐND - UBND"], "overdue"), t(2, ["Phòng Nội vụ"], "on-track")],
      { total: 2, overdue: 1, leadTotals: { "Phòng Nội vụ": 2, "Văn phòng HĐND - UBND": 1 } },
    ],
    [
      "three leads, none overdue",
      [t(1, ["A", "B", "C"], "done-on-time", "hoan-thanh")],
      { total: 1, overdue: 0, leadTotals: { A: 1, B: 1, C: 1 } },
    ],
    [
      "a task without a lead unit is still counted",
      [t(1, [], "overdue", "chua-thuc-hien"), t(2, ["A"], "overdue")],
      { total: 2, overdue: 2, leadTotals: { [NO_LEAD]: 1, A: 1 } },
    ],
    [
      "the same lead named twice on one task counts once in its row",
      [t(1, ["A", "A"], "overdue")],
      { total: 1, overdue: 1, leadTotals: { A: 1 } },
    ],
    [
      "the same task passed twice is one task",
      [t(7, ["A", "B"], "overdue"), t(7, ["A", "B"], "overdue")],
      { total: 1, overdue: 1, leadTotals: { A: 1, B: 1 } },
    ],
  ])("%s", (_name, tasks, expected) => {
    const r = tallyTasks(tasks);
    expect(r.total.total).toBe(expected.total);
    expect(r.total.overdue).toBe(expected.overdue);
    expect(r.overdueIds).toHaveLength(expected.overdue);
    expect(Object.fromEntries(r.byLead.map((l) => [l.unitName, l.total]))).toEqual(expected.leadTotals);
  });

  it("the total's columns add up to the number of tasks, and 'chưa thực hiện' is not 'đang thực hiện'", () => {
    const tasks = [
      t(1, ["A", "B"], "overdue", "chua-thuc-hien"),
      t(2, ["A"], "on-track", "chua-thuc-hien"),
      t(3, ["B"], "on-track", "dang-thuc-hien"),
      t(4, ["A", "B"], "done-late", "hoan-thanh-cham"),
      t(5, ["C"], "not-doable", "khong-thuc-hien-duoc"),
      t(6, ["C"], "done-on-time", "hoan-thanh"),
    ];
    const { total, byLead } = tallyTasks(tasks);
    expect(total).toEqual({ total: 6, doneOnTime: 1, doneLate: 1, inProgress: 1, notStarted: 1, overdue: 1, notDone: 1 });
    for (const row of [total, ...byLead]) {
      expect(row.doneOnTime + row.doneLate + row.inProgress + row.notStarted + row.overdue + row.notDone).toBe(row.total);
    }
    // Summing the lead rows would double-count tasks 1 and 4: the total does not.
    expect(byLead.reduce((n, r) => n + r.total, 0)).toBe(8);
    expect(byLead.map((r) => r.unitName)).toEqual(["A", "B", "C"]);
  });
});

describe("groupFlags: one entry per component", () => {
  it("collects every reason of a component once, keeps the worst severity and the first-seen order", () => {
    const g = groupFlags([
      { component: "Cải cách tài chính công", severity: "medium", reason: "Dưới mục tiêu" },
      { component: "Cải cách thể chế", severity: "low", reason: "Giảm so với năm trước" },
      { component: "Cải cách tài chính công", severity: "high", reason: "Điểm thấp" },
      { component: "Cải cách tài chính công", severity: "low", reason: "Dưới mục tiêu" },
      { component: "Cải cách tài chính công", severity: "low", reason: "Có nhiệm vụ quá hạn" },
    ]);
    expect(g).toEqual([
      { component: "Cải cách tài chính công", severity: "high", reasons: ["Dưới mục tiêu", "Điểm thấp", "Có nhiệm vụ quá hạn"] },
      { component: "Cải cách thể chế", severity: "low", reasons: ["Giảm so với năm trước"] },
    ]);
  });

  it("nothing to flag is an empty list", () => expect(groupFlags([])).toEqual([]));
});
