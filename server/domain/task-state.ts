import type { Deadline } from "./deadline";
import { vietnamDay } from "./task-as-of";

/**
 * When a task falls due in a given plan year, and its state on a given date. Dates are ISO
 * strings (YYYY-MM-DD) compared as calendar days, so time zones never move a deadline.
 */
export interface PlanCalendar {
  fromYear: number;
  toYear: number;
  /** The plan's reporting deadline ("trước ngày 10/12/2024", "trước ngày 25/12 hàng năm"). */
  reporting: Deadline | null;
}

const pad = (n: number) => String(n).padStart(2, "0");
const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;
const lastDayOfMonth = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** Clamp a day of month to the month's length (29/02 in a common year is 28/02). */
function dayIn(y: number, m: number, d: number): string {
  return iso(y, m, Math.min(d, lastDayOfMonth(y, m)));
}

/** The plan's reporting date for a year: 10/12/2024 for Tam Đường, 25/12 of each year for Lai Châu. */
export function reportingDate(plan: PlanCalendar, year: number): string | null {
  const r = plan.reporting;
  if (!r) return null;
  if (r.kind === "date") return r.date;
  if (r.kind === "yearly") return dayIn(year + r.yearOffset, r.month, r.day);
  return null;
}

/**
 * The due date of a task in a plan year, or null when it has none (a rule in words, nothing
 * printed). "Cả năm" and "Thường xuyên" fall due at the plan's reporting date of that year,
 * or on 31/12 when the plan sets none.
 */
export function dueDate(deadline: Deadline, plan: PlanCalendar, year: number): string | null {
  switch (deadline.kind) {
    case "date":
      return deadline.date;
    case "yearly":
      return dayIn(year + deadline.yearOffset, deadline.month, deadline.day);
    case "period": {
      if (deadline.period === "months") {
        const y = deadline.year ?? year;
        const m = Math.max(...deadline.months);
        return iso(y, m, lastDayOfMonth(y, m));
      }
      const y = deadline.period === "year" && deadline.year ? deadline.year : year;
      return reportingDate(plan, y) ?? iso(y, 12, 31);
    }
    case "rule":
    case "none":
      return null;
  }
}

/** The plan year a date falls in, clamped to the plan's years. */
export function planYearAt(plan: PlanCalendar, asOf: string): number {
  const y = Number(asOf.slice(0, 4));
  return Math.min(plan.toYear, Math.max(plan.fromYear, y));
}

/**
 * A closed year is judged as of its reporting date, so old tasks do not all read "overdue
 * today"; an open year as of today.
 */
export function defaultViewDate(plan: PlanCalendar, year: number, today: string): string {
  const report = reportingDate(plan, year) ?? iso(year, 12, 31);
  return today > report ? report : today;
}

/**
 * Where a plan stands on a day: the plan year that day falls in, the date its tasks are judged
 * at, and whether that year is closed (past its reporting date). A closed year is judged at its
 * reporting date and is never "today": pages say "tính tại ngày báo cáo 10/12/2024 của năm kế
 * hoạch 2024", and notices leave it out.
 */
export interface PlanViewPoint {
  year: number;
  asOf: string;
  closed: boolean;
}

export function planViewPoint(plan: PlanCalendar, today: string): PlanViewPoint {
  const year = planYearAt(plan, today);
  const asOf = defaultViewDate(plan, year, today);
  return { year, asOf, closed: asOf < today };
}

export type TaskStatus = "chua-thuc-hien" | "dang-thuc-hien" | "hoan-thanh" | "hoan-thanh-cham" | "khong-thuc-hien-duoc";

export type TaskState =
  | "done-on-time"
  | "done-late"
  | "not-doable"
  | "overdue"
  | "due-soon"
  | "on-track"
  | "no-fixed-date";

export interface TaskSnapshot {
  deadline: Deadline;
  status: TaskStatus;
  /** Day the task was marked done (YYYY-MM-DD), if it was. */
  completedOn: string | null;
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** A task's state on a date, for the plan year given. */
export function taskState(
  task: TaskSnapshot,
  plan: PlanCalendar,
  year: number,
  asOf: string,
  dueSoonDays: number,
): { state: TaskState; due: string | null; daysLeft: number | null } {
  const due = dueDate(task.deadline, plan, year);
  const daysLeft = due ? daysBetween(asOf, due) : null;
  if (task.status === "khong-thuc-hien-duoc") return { state: "not-doable", due, daysLeft };
  if (task.status === "hoan-thanh" || task.status === "hoan-thanh-cham") {
    // Marked late by the unit, or finished after the due date: late.
    const late = task.status === "hoan-thanh-cham" || (due !== null && task.completedOn !== null && task.completedOn > due);
    return { state: late ? "done-late" : "done-on-time", due, daysLeft };
  }
  if (due === null || daysLeft === null) return { state: "no-fixed-date", due, daysLeft };
  if (daysLeft < 0) return { state: "overdue", due, daysLeft };
  if (daysLeft <= dueSoonDays) return { state: "due-soon", due, daysLeft };
  return { state: "on-track", due, daysLeft };
}

/** taskState for a database row, whose completion is a timestamp rather than a day. */
export function judgeTask(
  row: { deadline: Deadline; status: TaskStatus; completedOn: Date | null },
  plan: PlanCalendar,
  year: number,
  asOf: string,
  dueSoonDays: number,
): { state: TaskState; due: string | null; daysLeft: number | null } {
  return taskState(
    // The day in Vietnam: a task finished at 23:30 on the due date is on time, not a day early or late.
    { deadline: row.deadline, status: row.status, completedOn: row.completedOn ? vietnamDay(row.completedOn) : null },
    plan,
    year,
    asOf,
    dueSoonDays,
  );
}
