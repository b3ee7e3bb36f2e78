import type { Settings } from "./settings";
import type { TaskState } from "./task-state";
import type { TargetJudgement, YearTarget } from "./targets";
import { asPercent, compareFigures, ranksComparable, type YearFigure } from "./year-figure";

/**
 * Why an indicator lags, each flag with its reason in plain Vietnamese and a severity. Pure: the
 * service gathers the figures, the tasks' states (as of the viewing date) and the settings.
 */
export type FlagKind =
  | "below-target"
  | "short-of-target-latest"
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

export type { YearFigure };

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
  /** The latest result up to the year viewed, and the previous available one before it (any gap). */
  current: YearFigure | null;
  previous: YearFigure | null;
  /** The target for the year viewed, and its judgement (which rests on that year's result only). */
  target: (YearTarget & { printed: string; rankPrinted: string | null }) | null;
  judgement: TargetJudgement | null;
  tasks: IndicatorTask[];
}

const num = new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 2 });
const fmt = (n: number) => num.format(n);
const withUnit = (n: number, unit: YearFigure["unit"]) => (unit === "percent" ? `${fmt(n)} %` : `${fmt(n)} điểm`);
const ddmmyyyy = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

const rankText = (f: YearFigure) => (f.rankOf ? `${f.rank}/${f.rankOf}` : String(f.rank));
const wantedRank = (target: YearTarget, settings: Settings) =>
  target.rankOp === "at-most"
    ? `thứ hạng ${target.rankValue}`
    : target.rankOp === "top-group"
      ? `nhóm đứng đầu (đến hạng ${settings.topGroupRank})`
      : "thứ hạng cao hơn năm trước";

const severityOrder: Record<Severity, number> = { high: 0, medium: 1, low: 2 };

export function laggingFlags(input: IndicatorInput, settings: Settings): Flag[] {
  const flags: Flag[] = [];
  const { current, previous, target, judgement: j } = input;

  if (target && j) {
    if (j.basis && j.scoreVerdict === "not-met") {
      const basis = j.basis;
      if (target.scoreOp === "gt-previous-year") {
        flags.push({
          kind: "below-target",
          severity: "medium",
          reason: `Chưa đạt mục tiêu năm ${target.year} "${target.printed}": năm ${basis.year} không cao hơn năm ${basis.year - 1}${j.gap !== null && j.gap > 0 ? ` (giảm ${fmt(j.gap)} điểm)` : ""}.`,
        });
      } else {
        const gap = j.gap ?? 0;
        flags.push({
          kind: "below-target",
          severity: gap >= settings.highGapPoints ? "high" : "medium",
          reason:
            gap <= 0
              ? `Chưa đạt mục tiêu năm ${target.year} "${target.printed}": năm ${basis.year} đạt đúng ${withUnit(basis.score, basis.unit)}, cần cao hơn mức này.`
              : `Chưa đạt mục tiêu năm ${target.year} "${target.printed}": năm ${basis.year} đạt ${withUnit(basis.score, basis.unit)}, còn thiếu ${fmt(gap)} điểm.`,
        });
      }
    }
    if (!j.basis && j.latest && j.latestGap !== null && j.latestGap >= 0) {
      const l = j.latest;
      flags.push({
        kind: "short-of-target-latest",
        severity: j.latestGap >= settings.highGapPoints ? "high" : "medium",
        reason: `Chưa có kết quả năm ${target.year}; kết quả gần nhất (năm ${l.year}) đạt ${withUnit(l.score, l.unit)}, ${j.latestGap > 0 ? `còn cách mục tiêu "${target.printed}" ${fmt(j.latestGap)} điểm` : `mới bằng ngưỡng "${target.printed}", cần cao hơn`}.`,
      });
    }
    if (j.rankVerdict === "not-met" && j.basis) {
      flags.push({
        kind: "target-rank-missed",
        severity: "medium",
        reason: `Thứ hạng năm ${j.basis.year} là ${rankText(j.basis)}, mục tiêu năm ${target.year} là ${wantedRank(target, settings)}.`,
      });
    }
    if (!j.basis && j.latest && j.latest.rank !== null && target.rankOp === "at-most" && target.rankValue !== null && j.latest.rank > target.rankValue) {
      flags.push({
        kind: "target-rank-missed",
        severity: "low",
        reason: `Chưa có kết quả năm ${target.year}; thứ hạng gần nhất (năm ${j.latest.year}) là ${rankText(j.latest)}, mục tiêu năm ${target.year} là ${wantedRank(target, settings)}.`,
      });
    }
  }

  if (current && previous) {
    const c = compareFigures(current, previous);
    const span = c.span > 1 ? ` (cách ${c.span} năm)` : "";
    const rankWorse = ranksComparable(current, previous) && current.rank! > previous.rank!;
    const rankChange = rankWorse ? `; thứ hạng giảm từ ${previous.rank} xuống ${current.rank}` : "";
    if (c.ok && c.delta < 0) {
      const shown = c.converted ? `${fmt(asPercent(previous)!)} % → ${fmt(asPercent(current)!)} %` : `${fmt(previous.score)} → ${fmt(current.score)}`;
      flags.push({
        kind: "fell",
        severity: -c.delta >= settings.highFallPoints ? "high" : "medium",
        reason: `Năm ${current.year} giảm ${fmt(-c.delta)} điểm so với năm ${previous.year}${span} (${shown})${rankChange}.`,
      });
    } else if (rankWorse) {
      const rose = !c.ok ? `Năm ${current.year}` : c.delta > 0 ? `Điểm năm ${current.year} tăng ${fmt(c.delta)}` : `Điểm năm ${current.year} giữ nguyên`;
      flags.push({
        kind: "rank-fell-score-rose",
        severity: "medium",
        reason: `${rose} nhưng thứ hạng giảm từ ${previous.rank} xuống ${rankText(current)} so với năm ${previous.year}${span}${c.ok ? ": các đơn vị khác cải thiện nhanh hơn" : ""}.`,
      });
    }
  }

  const percent = current ? asPercent(current) : null;
  if (current && percent !== null && percent < settings.floorPercent) {
    flags.push({
      kind: "below-floor",
      severity: "high",
      reason: `Điểm thấp: năm ${current.year} đạt ${withUnit(percent, "percent")}, dưới ngưỡng ${fmt(settings.floorPercent)} %.`,
    });
  }

  const overdue = input.tasks.filter((t) => t.state === "overdue");
  if (overdue.length > 0) {
    flags.push({
      kind: "tasks-overdue",
      severity: "high",
      reason: `${overdue.length} nhiệm vụ quá hạn: ${namedTasks(overdue)}.`,
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
      reason: `${unproven.length} nhiệm vụ sắp đến hạn chưa có tài liệu kiểm chứng: ${namedTasks(unproven)}.`,
    });
  }

  return flags.sort((a, b) => severityOrder[a.severity] - severityOrder[b.severity]);
}

/** How many tasks a reason names; the rest are counted (the flag links to the component's tasks). */
export const NAMED_TASKS = 3;

/** The earliest due first (the longest overdue, the nearest deadline), then "và N nhiệm vụ khác". */
function namedTasks(tasks: readonly IndicatorTask[]): string {
  const sorted = [...tasks].sort((a, b) => (a.due ?? "9999").localeCompare(b.due ?? "9999"));
  const named = sorted.slice(0, NAMED_TASKS).map((t) => `"${t.title}"${t.due ? ` (hạn ${ddmmyyyy(t.due)})` : ""}`);
  const rest = sorted.length - named.length;
  return `${named.join("; ")}${rest > 0 ? ` và ${rest} nhiệm vụ khác` : ""}`;
}
