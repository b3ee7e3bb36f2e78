import { flagKindLabel, severityLabel } from "../lib/strings";

export interface FlagItem {
  kind: string;
  severity: "high" | "medium" | "low";
  reason: string;
  component?: string;
}

const tone = { high: "red", medium: "amber", low: "" } as const;

/** Lagging flags, most severe first, each with its reason in words. */
export function FlagList({ flags, empty }: { flags: FlagItem[]; empty: string }) {
  if (flags.length === 0) return <p className="muted">{empty}</p>;
  return (
    <ul className="flags">
      {flags.map((f, i) => (
        <li key={i} className={`flag sev-${f.severity}`}>
          <div className="flag-head">
            <span className={`badge ${tone[f.severity]}`}>{severityLabel[f.severity]}</span>
            {f.component ? <strong>{f.component}</strong> : null}
            <span className="muted small">{flagKindLabel[f.kind] ?? f.kind}</span>
          </div>
          <div className="flag-reason">{f.reason}</div>
        </li>
      ))}
    </ul>
  );
}
