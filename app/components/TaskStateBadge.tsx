import { taskStateLabel } from "../lib/strings";

const tone: Record<string, string> = {
  "done-on-time": "green",
  "done-late": "amber",
  "not-doable": "",
  overdue: "red",
  "due-soon": "amber",
  "on-track": "blue",
  "no-fixed-date": "",
};

export function TaskStateBadge({ state }: { state: string }) {
  return <span className={`badge ${tone[state] ?? ""}`}>{taskStateLabel[state] ?? state}</span>;
}
