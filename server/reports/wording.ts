import { formatDate, formatPercent, formatPoints } from "../../app/lib/format";
import type { ReportComponentRow, ReportData, ReportFlag, ReportLeadRow } from "./types";

/**
 * The report's wording, shared by the .docx, the .xlsx and the print view (ReportView): plain
 * functions with no document library, so the browser bundle can take them.
 */


export const SECTION_TITLES = [
  "I. KẾT QUẢ THỰC HIỆN CÁC CHỈ SỐ",
  "II. CÁC CHỈ SỐ CẦN CẢI THIỆN",
  "III. TÌNH HÌNH THỰC HIỆN NHIỆM VỤ",
  "IV. ĐÁNH GIÁ CHUNG",
  "V. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN",
  "VI. NHIỆM VỤ, GIẢI PHÁP THỜI GIAN TỚI",
  "VII. ĐỀ XUẤT, KIẾN NGHỊ",
] as const;

export const verdictLabel: Record<ReportComponentRow["verdict"], string> = {
  met: "Đạt",
  "not-met": "Chưa đạt",
  "no-data": "Chưa có kết quả",
  "no-target": "Chưa có mục tiêu",
};

/**
 * The issuing body as NĐ 30/2020 Phụ lục I prints it: a government alone, on two lines
 * ("ỦY BAN NHÂN DÂN" / "HUYỆN TAM ĐƯỜNG"); an office under its managing body
 * ("UBND HUYỆN TAM ĐƯỜNG" / "PHÒNG NỘI VỤ"), the managing body not in bold.
 */
export function issuerLines(issuer: ReportData["issuer"]): { superior: string | null; body: string[] } {
  const upper = (s: string) => s.toLocaleUpperCase("vi");
  if (issuer.kind === "home-affairs") return { superior: issuer.parentName ? upper(issuer.parentName) : null, body: [upper(issuer.name)] };
  const gov = /^(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\s+(.+)$/i.exec(issuer.name.trim());
  return { superior: null, body: gov?.[1] ? ["ỦY BAN NHÂN DÂN", upper(gov[1])] : [upper(issuer.name)] };
}

/** "Số: 125/BC-UBND", or a blank to fill in by hand when the report has no number yet. */
export function numberLine(data: ReportData): string {
  if (!data.number) return `Số:        /${data.numberSuffix}`;
  return data.number.includes("/") ? `Số: ${data.number}` : `Số: ${data.number}/${data.numberSuffix}`;
}

/**
 * "Tam Đường, ngày 05 tháng 02 năm 2025": NĐ 30 pads days below 10 and months 1 and 2. Without
 * an issue date the day, month and year are left blank to be written in when the report is signed.
 */
export function dateLine(data: ReportData): string {
  if (!data.date) return `${data.place}, ngày      tháng      năm ${"\u00a0".repeat(8)}`;
  const [y, m, d] = data.date.slice(0, 10).split("-").map(Number);
  const month = m !== undefined && m < 3 ? String(m).padStart(2, "0") : String(m);
  return `${data.place}, ngày ${String(d).padStart(2, "0")} tháng ${month} năm ${y}`;
}

export const LEAD_COLUMN_TITLES = ["Tổng số", "Hoàn thành đúng hạn", "Hoàn thành chậm", "Đang thực hiện", "Chưa thực hiện", "Quá hạn", "Không thực hiện được"] as const;
export const TASK_TABLE_HEAD = ["TT", "Nhiệm vụ", "Đơn vị chủ trì", "Trạng thái", "Tiến độ", "Số tài liệu kiểm chứng", "Cập nhật gần nhất"];
export const TASK_SUBHEADINGS = [
  "1. Tình hình thực hiện nhiệm vụ theo đơn vị chủ trì",
  "2. Danh mục nhiệm vụ của Kế hoạch",
  "3. Nhiệm vụ quá hạn",
  "4. Tài liệu kiểm chứng đã nhận",
] as const;
export const CO_LED_NOTE = "Ghi chú: nhiệm vụ có nhiều đơn vị chủ trì được tính ở dòng của từng đơn vị; dòng Tổng cộng tính mỗi nhiệm vụ một lần.";

/** "60 %" */
export const formatProgress = (n: number) => `${n}\u00a0%`;

/** The year of the results the flags rest on: this year's where any exists, else the latest before it. */
export function resultYear(data: ReportData): number {
  return data.components.some((r) => r.resultScore !== null) ? data.period.year : componentYears(data).previousYear;
}

/** What the flags rest on: the year of the results and the day of the tasks' state. */
export function flagsBasis(data: ReportData): string {
  return `Căn cứ kết quả Chỉ số CCHC năm ${resultYear(data)} và tình hình thực hiện nhiệm vụ đến hết ngày ${formatDate(data.cutoff.date)}:`;
}

/** What the task figures rest on: one day for every status, progress, update and evidence. */
export function tasksBasis(data: ReportData): string {
  return `Số liệu về nhiệm vụ (trạng thái, tiến độ, cập nhật, tài liệu kiểm chứng) tính đến hết ngày ${formatDate(data.cutoff.date)}; Kế hoạch có ${data.totals.total} nhiệm vụ.`;
}

export function periodPhrase(period: ReportData["period"]): string {
  const words = { nam: "năm", "6-thang": "6 tháng đầu năm", "quy-1": "quý I năm", "quy-3": "quý III năm" } as const;
  return `${words[period.kind]} ${period.year}`;
}

/** The subject under "BÁO CÁO": the title without its leading "Báo cáo", and the period. */
export function subjectLine(data: ReportData): string {
  const t = data.title.replace(/^báo cáo\s+/i, "");
  return `${t.charAt(0).toUpperCase()}${t.slice(1)} ${periodPhrase(data.period)}`;
}

export function dataRangeLine(data: ReportData): string {
  return `(Số liệu tính từ ngày ${formatDate(data.period.from)} đến ngày ${formatDate(data.period.to)})`;
}

/** Lower-case the first letter of a title used mid-sentence, unless it starts an acronym (PAR…). */
const midSentence = (t: string) => (/^\p{Lu}\p{Ll}/u.test(t) ? t.charAt(0).toLowerCase() + t.slice(1) : t);

/** When a plan has no date, its printed date line ("Tam Đường, ngày   tháng 7 năm 2024") says what is known. */
function issuedPhrase(datePrinted: string | null): string | null {
  if (!datePrinted) return null;
  const full = /ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/.exec(datePrinted);
  if (full) return `ngày ${full[1]?.padStart(2, "0")}/${full[2]?.padStart(2, "0")}/${full[3]}`;
  const month = /tháng\s+(\d{1,2})\s+năm\s+(\d{4})/.exec(datePrinted);
  if (month) return `tháng ${month[1]} năm ${month[2]}`;
  const year = /năm\s+(\d{4})/.exec(datePrinted);
  return year ? `năm ${year[1]}` : null;
}

export function planReference(plan: ReportData["plan"]): string {
  const when = plan.date ? `ngày ${formatDate(plan.date)}` : issuedPhrase(plan.datePrinted);
  const about = `về ${midSentence(plan.title)}`;
  if (plan.number) return `Kế hoạch số ${plan.number}${when ? ` ${when}` : ""} của ${plan.issuer} ${about}`;
  return `Kế hoạch của ${plan.issuer}${when ? ` (ban hành ${when})` : ""} ${about}`;
}

export function introSentence(data: ReportData): string {
  return `Thực hiện ${planReference(data.plan)}, ${data.issuer.name} báo cáo kết quả thực hiện ${periodPhrase(data.period)} như sau:`;
}

/**
 * The years the component table compares, and how to say where this year's results come from:
 * one note under the table when they all share a source, a mark in each cell when they differ.
 */
export function componentYears(data: ReportData): { previousYear: number; year: number; sourceNote: string | null; perCellSource: boolean } {
  const year = data.period.year;
  const counts = new Map<number, number>();
  for (const r of data.components) if (r.previousYear !== null) counts.set(r.previousYear, (counts.get(r.previousYear) ?? 0) + 1);
  const previousYear = [...counts].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0] ?? year - 1;
  const sources = new Set(data.components.map((r) => r.resultSource).filter((s) => s !== null));
  const only = sources.size === 1 ? [...sources][0] : null;
  const sourceNote =
    only === "self-assessed"
      ? `Ghi chú: kết quả năm ${year} là kết quả tự đánh giá, chưa được thẩm định, công bố.`
      : only === "appraised"
        ? `Ghi chú: kết quả năm ${year} là kết quả thẩm định, chưa được công bố chính thức.`
        : null;
  return { previousYear, year, sourceNote, perCellSource: sources.size > 1 };
}

/** "76,17 %" or "66,46" with a no-break space, so that a narrow column never strands the sign. */
export function scoreText(score: number | null, unit: ReportComponentRow["previousUnit"]): string {
  if (score === null) return "—";
  return (unit === "points" ? formatPoints(score) : formatPercent(score)).replace(" %", "\u00a0%");
}

/** This year's result: score (in the unit of last year's, the only unit the data carries), rank, source. */
export function resultText(r: ReportComponentRow, perCellSource: boolean): string[] {
  const lines = [scoreText(r.resultScore, r.previousUnit)];
  if (r.resultRank !== null) lines.push(`Hạng ${r.resultRank}`);
  if (perCellSource && r.resultSource === "self-assessed") lines.push("(tự đánh giá)");
  if (perCellSource && r.resultSource === "appraised") lines.push("(thẩm định)");
  return lines;
}

/** One line per component, with all its reasons. */
export const flagLine = (f: ReportFlag) => `- ${f.component}: ${f.reasons.map((r) => r.trim().replace(/[.;]+$/, "")).join(". ")}.`;

export const leadColumns = (r: ReportLeadRow) => [r.total, r.doneOnTime, r.doneLate, r.inProgress, r.notStarted, r.overdue, r.notDone];

/** "- Sở Nội vụ;" … "- Lưu: VT, NV.": a semicolon after each recipient, a full stop after the last. */
export function recipientLines(recipients: string[]): string[] {
  return recipients.map((r, i) => `- ${r.trim().replace(/[;.,]+$/, "")}${i === recipients.length - 1 ? "." : ";"}`);
}

/** An officer's text as paragraphs: one per non-empty line. */
export function sectionParagraphs(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l.length > 0);
}

/**
 * The builder's notice of what the cut-off leaves out: "Sau ngày 14/12/2024 có 3 cập nhật và
 * 2 tài liệu kiểm chứng không được tính trong báo cáo này."
 */
export function cutoffNotice(cutoff: ReportData["cutoff"]): string {
  const parts = [
    cutoff.laterUpdates > 0 ? `${cutoff.laterUpdates} cập nhật` : null,
    cutoff.laterEvidence > 0 ? `${cutoff.laterEvidence} tài liệu kiểm chứng` : null,
  ].filter((p) => p !== null);
  const day = formatDate(cutoff.date);
  if (parts.length === 0) return `Mọi số liệu trong báo cáo tính đến hết ngày ${day}; không có cập nhật hay tài liệu kiểm chứng nào nộp sau ngày này.`;
  return `Sau ngày ${day} có ${parts.join(" và ")} không được tính trong báo cáo này.`;
}
