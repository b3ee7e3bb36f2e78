import type { Settings } from "./settings";
import type { TaskState } from "./task-state";
import { rankVerdict, scoreGap, scoreVerdict, type TargetCondition } from "./targets";

/**
 * Why an indicator lags, each flag with its reason in plain Vietnamese and a severity. Pure: the
 * service gathers the figures, the tasks' states (as of the viewing date) and the settings.
 */
export type FlagKind =
  | "below-target"
  | "fell"
  | "rank-fell-score-rose"
  | "below-floor"
  | "target-rank-missed"
  | "tasks-overdue"
  | "tasks-missing-evidence";

export type Severity = "high" | "medium" | "low";

export interface Flag {
  kind: FlagKind;
  severity: Severity;
  reason: string;
}

export interface YearFigure {
  year: number;
  /** The score as the unit's results give it. */
  score: number;
  unit: "percent" | "points";
  rank: number | null;
  rankOf: number | null;
}

export interface IndicatorTask {
  title: string;
  state: TaskState;
  due: string | null;
  daysLeft: number | null;
  evidenceCount: number;
}

export interface IndicatorInput {
  /** The indicator's name as shown ("Cải cách tài chính công", "Chỉ số CCHC"). */
  name: string;
  /** The latest result up to the year viewed, and the one of the year before it. */
  current: YearFigure | null;
  previous: YearFigure | null;
  /** The target for the year viewed. */
  target: (TargetCondition & { printed: string; rankPrinted: string | null; year: number }) | null;
  tasks: IndicatorTask[];
}

const num = new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 2 });
const fmt = (n: number) => num.format(n);
const withUnit = (n: number, unit: YearFigure["unit"]) => (unit === "percent" ? `${fmt(n)} %` : `${fmt(n)} điểm`);
const ddmmyyyy = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
const round2 = (n: number) => Math.round(n * 100) / 100;

const severityOrder: Record<Severity, number> = { high: 0, medium: 1, low: 2 };

export function laggingFlags(input: IndicatorInput, settings: Settings): Flag[] {
  const flags: Flag[] = [];
  const { current, previous, target } = input;

  if (current && target && target.scoreOp && target.scoreOp !== "gt-previous-year") {
    const verdict = scoreVerdict(target, current.score, previous?.score ?? null);
    if (verdict === "not-met") {
      const gap = scoreGap(target, current.score, previous?.score ?? null) ?? 0;
      const when = current.year === target.year ? `năm ${current.year}` : `kết quả năm ${current.year}`;
      const reason =
        gap <= 0
          ? `Chưa đạt mục tiêu năm ${target.year} "${target.printed}": ${when} đạt đúng ${withUnit(current.score, current.unit)}, cần cao hơn mức này.`
          : `Chưa đạt mục tiêu năm ${target.year} "${target.printed}": ${when} đạt ${withUnit(current.score, current.unit)}, còn thiếu ${fmt(gap)} điểm.`;
      flags.push({ kind: "below-target", severity: gap >= settings.highGapPoints ? "high" : "medium", reason });
    }
  }

  if (current && previous && previous.year === current.year - 1) {
    const delta = round2(current.score - previous.score);
    const rankWorse = current.rank !== null && previous.rank !== null && current.rank > previous.rank;
    const rankText = rankWorse ? `; thứ hạng giảm từ ${previous.rank} xuống ${current.rank}` : "";
    if (delta < 0) {
      flags.push({
        kind: "fell",
        severity: -delta >= settings.highFallPoints ? "high" : "medium",
        reason: `Năm ${current.year} giảm ${fmt(-delta)} điểm so với năm ${previous.year} (${fmt(previous.score)} → ${fmt(current.score)})${rankText}.`,
      });
    } else if (rankWorse) {
      const rose = delta > 0 ? `Điểm năm ${current.year} tăng ${fmt(delta)}` : `Điểm năm ${current.year} giữ nguyên`;
      flags.push({
        kind: "rank-fell-score-rose",
        severity: "medium",
        reason: `${rose} nhưng thứ hạng giảm từ ${previous.rank} xuống ${current.rank}${current.rankOf ? `/${current.rankOf}` : ""}: các đơn vị khác cải thiện nhanh hơn.`,
      });
    }
  }

  if (current && current.unit === "percent" && current.score < settings.floorPercent) {
    flags.push({
      kind: "below-floor",
      severity: "high",
      reason: `Điểm thấp: năm ${current.year} đạt ${withUnit(current.score, "percent")}, dưới ngưỡng ${fmt(settings.floorPercent)} %.`,
    });
  }

  if (current && target && target.rankOp) {
    const verdict = rankVerdict(target, current.rank, previous?.rank ?? null, settings.topGroupRank);
    if (verdict === "not-met") {
      const wanted =
        target.rankOp === "at-most"
          ? `thứ hạng ${target.rankValue}`
          : target.rankOp === "top-group"
            ? `nhóm đứng đầu (đến hạng ${settings.topGroupRank})`
            : "thứ hạng cao hơn năm trước";
      flags.push({
        kind: "target-rank-missed",
        severity: "medium",
        reason: `Thứ hạng năm ${current.year} là ${current.rank}, mục tiêu năm ${target.year} là ${wanted}.`,
      });
    }
  }

  const overdue = input.tasks.filter((t) => t.state === "overdue");
  if (overdue.length > 0) {
    flags.push({
      kind: "tasks-overdue",
      severity: "high",
      reason: `${overdue.length} nhiệm vụ quá hạn: ${overdue.map((t) => `"${t.title}"${t.due ? ` (hạn ${ddmmyyyy(t.due)})` : ""}`).join("; ")}.`,
    });
  }
  const unproven = input.tasks.filter(
    (t) =>
      t.evidenceCount === 0 &&
      (t.state === "due-soon" || t.state === "on-track") &&
      t.daysLeft !== null &&
      t.daysLeft <= settings.evidenceWarningDays,
  );
  if (unproven.length > 0) {
    flags.push({
      kind: "tasks-missing-evidence",
      severity: "medium",
      reason: `${unproven.length} nhiệm vụ sắp đến hạn chưa có tài liệu kiểm chứng: ${unproven.map((t) => `"${t.title}"${t.due ? ` (hạn ${ddmmyyyy(t.due)})` : ""}`).join("; ")}.`,
    });
  }

  return flags.sort((a, b) => severityOrder[a.severity] - severityOrder[b.severity]);
}
