import type { TaskStatus } from "./task-state";

/**
 * A task as it stood on a viewing date, rebuilt from its history (task_updates and evidence),
 * so that a page or report "xem tại ngày 01/07/2024" shows nothing filed after that day.
 *
 * The rule mirrors how services/tasks.ts writes a task: only a "progress" update by the lead
 * unit moves status and progress (a field left empty keeps the previous value); contributions,
 * directions and comments never do. A done status stamps the completion at that update's time;
 * any later status clears or re-stamps it; a "không thực hiện được" status keeps its reason.
 */

export type TaskUpdateKind = "progress" | "contribution" | "direction" | "comment";

/** What the rule needs of an update; callers pass richer rows (unit name, user) through untouched. */
export interface TaskUpdateFact {
  id: number;
  kind: TaskUpdateKind;
  status: TaskStatus | null;
  progress: number | null;
  reason: string | null;
  createdAt: Date;
}

export interface EvidenceFact {
  id: number;
  addedAt: Date;
}

export interface TaskFacts {
  /** When the task came into being (see taskExistsFrom): before it, the task does not exist. */
  createdAt: Date;
  /** State before any update; a task starts "chưa thực hiện" at 0 % unless told otherwise. */
  initial?: { status: TaskStatus; progress: number };
}

export interface TaskAsOf<U extends TaskUpdateFact, E extends EvidenceFact> {
  /** The viewing date (YYYY-MM-DD, a day in Vietnam); everything up to the end of that day counts. */
  asOf: string;
  status: TaskStatus;
  progress: number;
  statusReason: string | null;
  /** When the task was marked done, as the row stores it; null when not done on that date. */
  completedOn: Date | null;
  /** The same, as a day in Vietnam (YYYY-MM-DD). */
  completedOnDay: string | null;
  /** The latest report by a participating unit (progress or contribution) filed by then. */
  lastUpdate: U | null;
  evidenceCount: number;
  /** The updates and evidence filed by then, in the order given. */
  updates: U[];
  evidence: E[];
  /** How many were filed after the viewing date (and are therefore not shown). */
  filedAfter: { updates: number; evidence: number };
}

const DONE: ReadonlySet<TaskStatus> = new Set(["hoan-thanh", "hoan-thanh-cham"]);
const VN_OFFSET_MS = 7 * 3_600_000;

/** The last instant of a Vietnamese calendar day (UTC+7, no daylight saving). */
export function endOfVietnamDay(day: string): Date {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) throw new Error(`not an ISO day: ${day}`);
  return new Date(Date.parse(`${day}T23:59:59.999+07:00`));
}

/**
 * The first instant after a Vietnamese day: SQL cuts "before the next day" with it, which is
 * endOfVietnamDay's "up to the end of the day" at any timestamp precision.
 */
export function afterVietnamDay(day: string): Date {
  return new Date(endOfVietnamDay(day).getTime() + 1);
}

/** The Vietnamese calendar day (YYYY-MM-DD) of an instant. */
export function vietnamDay(at: Date): string {
  return new Date(at.getTime() + VN_OFFSET_MS).toISOString().slice(0, 10);
}

/** The first instant of a Vietnamese calendar day. */
export function startOfVietnamDay(day: string): Date {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) throw new Error(`not an ISO day: ${day}`);
  return new Date(Date.parse(`${day}T00:00:00.000+07:00`));
}

/**
 * A task exists from its plan's start (issue date, else 1 January of its first year), or from
 * when its row was written if that is earlier. Plans are often entered long after they were
 * issued (the 2024 plans were typed in in 2026): their tasks still existed in 2024.
 */
export function taskExistsFrom(rowCreatedAt: Date, plan: { issuedOn: string | null; fromYear: number }): Date {
  const start = startOfVietnamDay(plan.issuedOn ?? `${plan.fromYear}-01-01`);
  return rowCreatedAt < start ? rowCreatedAt : start;
}

function byTimeThenId(a: { id: number; t: number }, b: { id: number; t: number }): number {
  return a.t - b.t || a.id - b.id;
}

/**
 * The task as it stood at the end of `asOf` (Vietnam time), or null when it did not exist yet.
 * Updates filed the same instant apply in id order (the order they were written).
 */
export function taskAsOf<U extends TaskUpdateFact, E extends EvidenceFact>(
  task: TaskFacts,
  updates: readonly U[],
  evidence: readonly E[],
  asOf: string,
): TaskAsOf<U, E> | null {
  const cutoff = endOfVietnamDay(asOf).getTime();
  if (task.createdAt.getTime() > cutoff) return null;

  const shown = updates.filter((u) => u.createdAt.getTime() <= cutoff);
  const shownEvidence = evidence.filter((e) => e.addedAt.getTime() <= cutoff);

  let status: TaskStatus = task.initial?.status ?? "chua-thuc-hien";
  let progress = task.initial?.progress ?? 0;
  let statusReason: string | null = null;
  let completedOn: Date | null = null;
  let lastUpdate: U | null = null;

  const ordered = shown.map((u) => ({ u, id: u.id, t: u.createdAt.getTime() })).sort(byTimeThenId);
  for (const { u } of ordered) {
    if (u.kind === "progress" || u.kind === "contribution") lastUpdate = u;
    if (u.kind !== "progress") continue;
    if (u.status !== null) {
      status = u.status;
      statusReason = u.status === "khong-thuc-hien-duoc" ? u.reason : null;
      completedOn = DONE.has(u.status) ? u.createdAt : null;
    }
    if (u.progress !== null) progress = u.progress;
  }

  return {
    asOf,
    status,
    progress,
    statusReason,
    completedOn,
    completedOnDay: completedOn ? vietnamDay(completedOn) : null,
    lastUpdate,
    evidenceCount: shownEvidence.length,
    updates: shown,
    evidence: shownEvidence,
    filedAfter: { updates: updates.length - shown.length, evidence: evidence.length - shownEvidence.length },
  };
}

/**
 * The updates that decide a task's state at the end of `asOf`: the latest "progress" update that
 * gives a status, the latest that gives a progress figure, and the latest report (progress or
 * contribution). taskAsOf over these alone gives the same status, reason, progress, completion and
 * last report as over the whole history, which lets a service read a few rows per task instead of
 * every update (services/task-history.ts selects the same three in SQL).
 */
export function decidingUpdates<U extends TaskUpdateFact>(updates: readonly U[], asOf: string): U[] {
  const cutoff = endOfVietnamDay(asOf).getTime();
  const latest = (keep: (u: U) => boolean): U | undefined => {
    let best: U | undefined;
    for (const u of updates) {
      const t = u.createdAt.getTime();
      if (t > cutoff || !keep(u)) continue;
      if (!best || t > best.createdAt.getTime() || (t === best.createdAt.getTime() && u.id > best.id)) best = u;
    }
    return best;
  };
  const picked = [
    latest((u) => u.kind === "progress" && u.status !== null),
    latest((u) => u.kind === "progress" && u.progress !== null),
    latest((u) => u.kind === "progress" || u.kind === "contribution"),
  ].filter((u): u is U => u !== undefined);
  return [...new Set(picked)];
}
