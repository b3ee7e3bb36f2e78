import { verdictLabel } from "../lib/strings";

const tone: Record<string, string> = { met: "green", "not-met": "red", "no-data": "amber", "no-target": "" };

/** Met / not met / no data, with which part (score, rank) is missing in the tooltip. */
export function VerdictBadge({ verdict, score, rank, label }: { verdict: string; score?: string; rank?: string; label?: string }) {
  const parts = [
    score && score !== "no-target" ? `Điểm: ${verdictLabel[score]}` : null,
    rank && rank !== "no-target" ? `Thứ hạng: ${verdictLabel[rank]}` : null,
  ].filter(Boolean);
  return (
    <span className={`badge ${tone[verdict] ?? ""}`} title={parts.join(" · ") || undefined}>
      {label ?? verdictLabel[verdict] ?? verdict}
      {verdict === "not-met" && score === "met" && rank === "not-met" ? " (thứ hạng)" : ""}
    </span>
  );
}
