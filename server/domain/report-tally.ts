import type { TaskState, TaskStatus } from "./task-state";

/**
 * The counts a report prints about tasks. One rule for every table: each task falls in exactly
 * one column, by its state on the report's cut-off; a task led by two units appears in each unit's
 * row, but the total row counts it once, so the total equals the number of tasks and the overdue
 * count equals the overdue list.
 */
export type TaskColumn = "doneOnTime" | "doneLate" | "inProgress" | "notStarted" | "overdue" | "notDone";

export interface TaskCounts {
  total: number;
  doneOnTime: number;
  doneLate: number;
  inProgress: number;
  notStarted: number;
  overdue: number;
  notDone: number;
}

export interface TalliedTask {
  id: number;
  /** Lead units' names; empty when no lead unit is known. */
  leads: readonly string[];
  state: TaskState;
  status: TaskStatus;
}

/** Overdue wins over "not started" and "in progress"; a task not yet started is never "in progress". */
export function taskColumn(state: TaskState, status: TaskStatus): TaskColumn {
  switch (state) {
    case "done-on-time":
      return "doneOnTime";
    case "done-late":
      return "doneLate";
    case "not-doable":
      return "notDone";
    case "overdue":
      return "overdue";
    default:
      return status === "chua-thuc-hien" ? "notStarted" : "inProgress";
  }
}

const zero = (): TaskCounts => ({ total: 0, doneOnTime: 0, doneLate: 0, inProgress: 0, notStarted: 0, overdue: 0, notDone: 0 });

export const NO_LEAD = "Chưa rõ đơn vị chủ trì";

export function tallyTasks(tasks: readonly TalliedTask[]): {
  byLead: Array<TaskCounts & { unitName: string }>;
  total: TaskCounts;
  overdueIds: number[];
} {
  const total = zero();
  const byLead = new Map<string, TaskCounts>();
  const overdueIds: number[] = [];
  const seen = new Set<number>();
  for (const t of tasks) {
    if (seen.has(t.id)) continue; // the same task twice in the input is still one task
    seen.add(t.id);
    const column = taskColumn(t.state, t.status);
    total.total++;
    total[column]++;
    if (column === "overdue") overdueIds.push(t.id);
    const leads = [...new Set(t.leads.length ? t.leads : [NO_LEAD])];
    for (const name of leads) {
      const row = byLead.get(name) ?? zero();
      row.total++;
      row[column]++;
      byLead.set(name, row);
    }
  }
  const rows = [...byLead].map(([unitName, c]) => ({ unitName, ...c }));
  rows.sort((a, b) => b.total - a.total || a.unitName.localeCompare(b.unitName, "vi"));
  return { byLead: rows, total, overdueIds };
}

export interface FlagItem {
  component: string;
  severity: "high" | "medium" | "low";
  reason: string;
}

const rank = { high: 0, medium: 1, low: 2 } as const;

/** One entry per component, in the order components first appear, with all its reasons (no repeats) and its worst severity. */
export function groupFlags(flags: readonly FlagItem[]): Array<{ component: string; severity: FlagItem["severity"]; reasons: string[] }> {
  const groups = new Map<string, { component: string; severity: FlagItem["severity"]; reasons: string[] }>();
  for (const f of flags) {
    const g = groups.get(f.component) ?? { component: f.component, severity: f.severity, reasons: [] };
    if (rank[f.severity] < rank[g.severity]) g.severity = f.severity;
    if (!g.reasons.includes(f.reason)) g.reasons.push(f.reason);
    groups.set(f.component, g);
  }
  return [...groups.values()];
}
