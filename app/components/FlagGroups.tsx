import { Link } from "@remix-run/react";
import { flagKindLabel, severityLabel } from "../lib/strings";

export interface FlagGroupItem {
  componentKey: string;
  component: string;
  severity: "high" | "medium" | "low";
  flags: Array<{ kind: string; severity: "high" | "medium" | "low"; reason: string }>;
  responsible: string[];
  tasksHref: string | null;
  taskCount: number;
}

const tone = { high: "red", medium: "amber", low: "" } as const;

/** Lagging indicators, one entry per component with all its reasons, who answers for it and its tasks. */
export function FlagGroups({ groups, empty, lostPointsHref }: { groups: FlagGroupItem[]; empty: string; lostPointsHref?: (componentKey: string) => string }) {
  if (groups.length === 0) return <p className="muted">{empty}</p>;
  return (
    <ul className="flags">
      {groups.map((g) => (
        <li key={g.componentKey} className={`flag sev-${g.severity}`} data-component={g.componentKey}>
          <div className="flag-head">
            <span className={`badge ${tone[g.severity]}`}>{severityLabel[g.severity]}</span>
            <strong>{g.component}</strong>
            <span className="muted small">{[...new Set(g.flags.map((f) => flagKindLabel[f.kind] ?? f.kind))].join(" · ")}</span>
          </div>
          <ul className="flag-reasons">
            {g.flags.map((f, i) => (
              <li key={i}>{f.reason}</li>
            ))}
          </ul>
          <div className="flag-foot small">
            {g.responsible.length > 0 ? (
              <span>
                Đơn vị chịu trách nhiệm: <strong>{g.responsible.join("; ")}</strong>
              </span>
            ) : (
              <span className="muted">Chưa giao đơn vị chịu trách nhiệm</span>
            )}
            <span className="flag-links">
              {lostPointsHref ? <Link to={lostPointsHref(g.componentKey)}>Tiêu chí bị mất điểm →</Link> : null}
              {g.tasksHref ? <Link to={g.tasksHref}>Xem {g.taskCount} nhiệm vụ của chỉ số này →</Link> : <span className="muted">Chưa có nhiệm vụ gắn với chỉ số này</span>}
            </span>
          </div>
        </li>
      ))}
    </ul>
  );
}
