import type { Deadline } from "./deadline";

/**
 * The phases of a scoring cycle and their windows. A phase is open up to its due date (hạn), then
 * "late" up to the date Home Affairs extended it to (gia hạn), then closed; a write is accepted
 * only while open or late, and one made late is marked so. Dates are ISO (YYYY-MM-DD), Vietnam time.
 */
export const CYCLE_PHASES = ["self-assessment", "survey", "appraisal", "explanation", "compilation", "approval", "announcement"] as const;
export type CyclePhase = (typeof CYCLE_PHASES)[number];

export const phaseLabel: Record<CyclePhase, string> = {
  "self-assessment": "Tự đánh giá, chấm điểm",
  survey: "Điều tra xã hội học",
  appraisal: "Thẩm định",
  explanation: "Giải trình",
  compilation: "Tổng hợp kết quả",
  approval: "Phê duyệt",
  announcement: "Công bố",
};

export interface PhaseWindow {
  phase: CyclePhase;
  /** First day writes are accepted; null: from the cycle's opening. */
  opensOn: string | null;
  /** Hạn: the deadline the plan sets. Null: none set (open until closed by hand). */
  dueOn: string | null;
  /** Last day late writes are accepted; null or before dueOn: no extension. */
  closesOn: string | null;
}

export type PhaseState = "not-yet" | "open" | "late" | "closed";

export function phaseState(w: PhaseWindow, asOf: string): PhaseState {
  if (w.opensOn !== null && asOf < w.opensOn) return "not-yet";
  if (w.dueOn === null || asOf <= w.dueOn) return "open";
  if (w.closesOn !== null && asOf <= w.closesOn) return "late";
  return "closed";
}

/** May something be written in this phase on `asOf`? Late counts as writable (and is marked). */
export const phaseWritable = (w: PhaseWindow, asOf: string) => {
  const st = phaseState(w, asOf);
  return st === "open" || st === "late";
};

export const phaseStateLabel: Record<PhaseState, string> = {
  "not-yet": "Chưa mở",
  open: "Đang mở",
  late: "Quá hạn (đang gia hạn)",
  closed: "Đã đóng",
};

/** A cycle-plan task's deadline as a due date in the cycle's plan year; null when it names no day. */
export function dueDateOf(deadline: Deadline, planYear: number): string | null {
  switch (deadline.kind) {
    case "date":
      return deadline.date;
    case "yearly": {
      const y = planYear + deadline.yearOffset;
      return `${y}-${String(deadline.month).padStart(2, "0")}-${String(deadline.day).padStart(2, "0")}`;
    }
    default:
      return null;
  }
}

/**
 * Phase windows from a cycle plan's tasks: for each phase, the latest due date among its tasks
 * (the plan's own step, e.g. "Hoàn thành trước ngày 15/12/2024"). Explanation has no task of its
 * own in the plans: it takes the appraisal's date. Nothing is extended by default.
 */
export function windowsFromTasks(tasks: ReadonlyArray<{ phase: string | null; deadline: Deadline }>, planYear: number): PhaseWindow[] {
  const due = new Map<string, string>();
  for (const t of tasks) {
    if (!t.phase) continue;
    const phase = t.phase === "announcement" ? "announcement" : t.phase;
    const d = dueDateOf(t.deadline, planYear);
    if (d && (!due.has(phase) || d > due.get(phase)!)) due.set(phase, d);
  }
  if (!due.has("explanation") && due.has("appraisal")) due.set("explanation", due.get("appraisal")!);
  return CYCLE_PHASES.map((phase) => ({ phase, opensOn: null, dueOn: due.get(phase) ?? null, closesOn: null }));
}
