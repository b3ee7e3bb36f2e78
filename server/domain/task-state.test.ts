import { describe, expect, it } from "vitest";
import { parseDeadline, type Deadline } from "./deadline";
import { defaultViewDate, dueDate, planYearAt, reportingDate, taskState, type PlanCalendar, type TaskSnapshot, judgeTask } from "./task-state";

const tamDuong: PlanCalendar = { fromYear: 2024, toYear: 2024, reporting: parseDeadline("trước ngày 10/12/2024") };
const laiChau: PlanCalendar = { fromYear: 2017, toYear: 2020, reporting: parseDeadline("trước ngày 25/12 hàng năm") };
const noReport: PlanCalendar = { fromYear: 2023, toYear: 2023, reporting: null };
const d = (text: string): Deadline => parseDeadline(text)!;

describe("reportingDate", () => {
  it.each([
    [tamDuong, 2024, "2024-12-10"],
    [laiChau, 2018, "2018-12-25"],
    [laiChau, 2020, "2020-12-25"],
    [noReport, 2023, null],
  ] as const)("%#", (plan, year, expected) => expect(reportingDate(plan, year)).toBe(expected));
});

describe("dueDate, for every deadline kind", () => {
  it.each([
    ["a date", d("Trước ngày 15/10/2023"), noReport, 2023, "2023-10-15"],
    ["a range is due at its end", d("Từ ngày 19/02/2024 đến hết ngày 29/02/2024"), noReport, 2024, "2024-02-29"],
    ["yearly recurs: 2018", d("Trước ngày 20/12 hàng năm"), laiChau, 2018, "2018-12-20"],
    ["yearly recurs: 2020", d("Trước ngày 20/12 hàng năm"), laiChau, 2020, "2020-12-20"],
    ["yearly, the year before the plan year", d("Trước 31/12 năm trước liền kề năm kế hoạch"), laiChau, 2019, "2018-12-31"],
    ["'Cả năm' falls due at Tam Đường's reporting date", d("Cả năm"), tamDuong, 2024, "2024-12-10"],
    ["'Thường xuyên' falls due at Lai Châu's 25/12", d("Thường xuyên"), laiChau, 2019, "2019-12-25"],
    ["'Cả năm' without a reporting date: 31/12", d("Cả năm"), noReport, 2023, "2023-12-31"],
    ["a month with its year", d("Tháng 9 năm 2023"), noReport, 2023, "2023-09-30"],
    ["months: due at the end of the last", d("Tháng 10, 11 năm 2023"), noReport, 2023, "2023-11-30"],
    ["a month without a year takes the plan year", d("Tháng 11"), tamDuong, 2024, "2024-11-30"],
    ["February of a leap year", d("Tháng 2 năm 2024"), noReport, 2024, "2024-02-29"],
    ["a rule in words has no date", d("Theo quy định của Bộ Tư pháp"), laiChau, 2018, null],
    ["nothing printed has no date", d(""), laiChau, 2018, null],
  ] as const)("%s", (_name, deadline, plan, year, expected) => {
    expect(dueDate(deadline, plan, year)).toBe(expected);
  });

  it("29/02 yearly falls on 28/02 in a common year", () => {
    expect(dueDate({ kind: "yearly", month: 2, day: 29, yearOffset: 0 }, laiChau, 2019)).toBe("2019-02-28");
  });
});

const open = (deadline: Deadline, status: TaskSnapshot["status"] = "dang-thuc-hien", completedOn: string | null = null): TaskSnapshot => ({
  deadline,
  status,
  completedOn,
});

describe("taskState on a date", () => {
  it.each([
    ["in progress, well before", open(d("Cả năm")), tamDuong, 2024, "2024-09-01", "on-track", 100],
    ["within 7 days", open(d("Cả năm")), tamDuong, 2024, "2024-12-03", "due-soon", 7],
    ["on the day itself: still due, not overdue", open(d("Cả năm")), tamDuong, 2024, "2024-12-10", "due-soon", 0],
    ["the day after", open(d("Cả năm")), tamDuong, 2024, "2024-12-11", "overdue", -1],
    ["not started counts the same", open(d("Trước ngày 20/12 hàng năm"), "chua-thuc-hien"), laiChau, 2018, "2018-12-21", "overdue", -1],
    ["done before the due date", open(d("Cả năm"), "hoan-thanh", "2024-11-30"), tamDuong, 2024, "2024-12-20", "done-on-time", -10],
    ["done after the due date", open(d("Cả năm"), "hoan-thanh", "2024-12-15"), tamDuong, 2024, "2024-12-20", "done-late", -10],
    ["marked 'hoàn thành chậm' by the unit", open(d("Cả năm"), "hoan-thanh-cham", "2024-12-01"), tamDuong, 2024, "2024-12-20", "done-late", -10],
    ["not doable", open(d("Cả năm"), "khong-thuc-hien-duoc"), tamDuong, 2024, "2024-12-20", "not-doable", -10],
    ["a rule in words is never overdue", open(d("Theo quy định của Bộ Tư pháp")), laiChau, 2018, "2020-01-01", "no-fixed-date", null],
  ] as const)("%s", (_name, task, plan, year, asOf, state, daysLeft) => {
    const r = taskState(task, plan, year, asOf, 7);
    expect(r.state).toBe(state);
    expect(r.daysLeft).toBe(daysLeft);
  });
});

describe("plan years and the date they are viewed at", () => {
  it("a date is read in its plan year, clamped to the plan", () => {
    expect(planYearAt(laiChau, "2018-06-01")).toBe(2018);
    expect(planYearAt(laiChau, "2026-11-22")).toBe(2020);
    expect(planYearAt(laiChau, "2016-01-01")).toBe(2017);
  });
  it("a closed year is viewed at its reporting date, an open one today", () => {
    expect(defaultViewDate(tamDuong, 2024, "2026-11-22")).toBe("2024-12-10");
    expect(defaultViewDate(tamDuong, 2024, "2024-09-01")).toBe("2024-09-01");
    expect(defaultViewDate(laiChau, 2019, "2026-11-22")).toBe("2019-12-25");
  });
});

describe("judgeTask reads the completion as a day in Vietnam", () => {
  const plan = { fromYear: 2024, toYear: 2024, reporting: null };
  const due = { kind: "date" as const, date: "2024-12-10", startDate: null };
  it.each([
    ["23:30 on the due day, Vietnam time", "2024-12-10T16:30:00Z", "done-on-time"],
    ["00:30 the day after, Vietnam time (still the due day in UTC)", "2024-12-10T17:30:00Z", "done-late"],
  ])("%s", (_name, at, state) => {
    expect(judgeTask({ deadline: due, status: "hoan-thanh", completedOn: new Date(at) }, plan, 2024, "2024-12-20", 7).state).toBe(state);
  });
});
