import type ExcelJS from "exceljs";
import { loadExcelJS } from "../runtime/exceljs";
import { formatDate } from "../../app/lib/format";
import { CO_LED_NOTE, componentYears, dataRangeLine, flagsBasis, LEAD_COLUMN_TITLES, leadColumns, subjectLine, TASK_TABLE_HEAD, tasksBasis, verdictLabel } from "./wording";
import type { ReportData, ReportFlag } from "./types";

/**
 * The report's tables as a workbook, one sheet per table, for offices that rework the figures:
 * scores, ranks and counts are numbers and dates are Excel dates (not formatted text), so they
 * sort, sum and chart; the Vietnamese formatting lives in the number formats.
 */
export async function renderReportXlsx(data: ReportData): Promise<Uint8Array> {
  const wb = new (await loadExcelJS()).Workbook();
  wb.creator = data.issuer.name;
  wb.title = subjectLine(data);
  componentsSheet(wb, data);
  flagsSheet(wb, data);
  byLeadSheet(wb, data);
  tasksSheet(wb, data);
  overdueSheet(wb, data);
  evidenceSheet(wb, data);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

type Value = string | number | Date | null;
interface Column {
  header: string;
  width: number;
  /** Number format for the column's data cells. */
  numFmt?: string;
  align?: "left" | "center";
}

const SCORE = "0.00";
const DATE = "dd/mm/yyyy";
const THIN: Partial<ExcelJS.Border> = { style: "thin", color: { argb: "FF000000" } };
const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const HEADER_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE7E6E6" } };
const FONT = "Times New Roman";

/**
 * A sheet with a title row, a line saying whose report and which period, a frozen header row,
 * and bordered, wrapped data rows. `bold` marks total rows.
 */
function sheet(
  wb: ExcelJS.Workbook,
  name: string,
  title: string,
  data: ReportData,
  columns: Column[],
  rows: Value[][],
  bold: (i: number) => boolean = () => false,
  /** What the figures rest on, printed under the table. */
  note?: string,
) {
  const ws = wb.addWorksheet(name, {
    // Printed as the report's tables are: A4 landscape, as wide as the page.
    pageSetup: { paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: "4:4" },
    views: [{ state: "frozen", ySplit: 4 }],
  });
  ws.columns = columns.map((c) => ({ width: c.width }));
  const last = columns.length;
  ws.getCell(1, 1).value = title;
  ws.getCell(1, 1).font = { name: FONT, size: 14, bold: true };
  ws.getCell(2, 1).value = `${data.issuer.name} — ${subjectLine(data)} ${dataRangeLine(data)}`;
  ws.getCell(2, 1).font = { name: FONT, size: 12, italic: true };
  // Whose report and which period: long enough to need two lines on the narrower sheets.
  ws.getCell(2, 1).alignment = { wrapText: true, vertical: "top" };
  ws.getRow(2).height = 32;
  for (const r of [1, 2]) ws.mergeCells(r, 1, r, last);

  const header = ws.getRow(4);
  columns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = c.header;
    cell.font = { name: FONT, size: 12, bold: true };
    cell.fill = HEADER_FILL;
    cell.border = BORDER;
    cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
  });
  rows.forEach((values, i) => {
    const row = ws.getRow(5 + i);
    columns.forEach((c, j) => {
      const cell = row.getCell(j + 1);
      cell.value = values[j] ?? null;
      cell.font = { name: FONT, size: 12, bold: bold(i) };
      cell.border = BORDER;
      cell.alignment = { horizontal: c.align ?? (typeof values[j] === "string" ? "left" : "center"), vertical: "middle", wrapText: true };
      if (c.numFmt) cell.numFmt = c.numFmt;
    });
  });
  if (note) {
    const r = 5 + rows.length + 1;
    ws.getCell(r, 1).value = note;
    ws.getCell(r, 1).font = { name: FONT, size: 11, italic: true };
    ws.getCell(r, 1).alignment = { wrapText: true, vertical: "top" };
    ws.mergeCells(r, 1, r, last);
    ws.getRow(r).height = 30;
  }
  return ws;
}

/** "2024-12-10" as an Excel date: midnight UTC, which is how exceljs turns a Date into a serial day. */
function excelDate(iso: string | null): Date | null {
  const m = iso ? /^(\d{4})-(\d{2})-(\d{2})/.exec(iso) : null;
  return m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
}

/** A printed rank target ("3") as a number, otherwise as the plan wrote it ("Nhóm đầu"). */
const rankValue = (printed: string | null): Value => (printed && /^\d+$/.test(printed.trim()) ? Number(printed) : printed);

const SOURCE: Record<string, string> = { published: "Công bố", appraised: "Thẩm định", "self-assessed": "Tự đánh giá" };

function componentsSheet(wb: ExcelJS.Workbook, data: ReportData) {
  const { previousYear, year } = componentYears(data);
  // Scores are percentages unless some row is in points; then a unit column says which.
  const mixed = data.components.some((r) => r.previousUnit === "points");
  const unit = mixed ? "" : " (%)";
  const columns: Column[] = [
    { header: "TT", width: 5 },
    { header: "Chỉ số thành phần", width: 42 },
    ...(mixed ? [{ header: "Đơn vị tính", width: 9 }] : []),
    { header: `Năm ${previousYear}: Chỉ số${unit}`, width: 13, numFmt: SCORE },
    { header: `Năm ${previousYear}: Thứ hạng`, width: 11 },
    { header: `Mục tiêu năm ${year}: Chỉ số`, width: 14, align: "center" },
    { header: `Mục tiêu năm ${year}: Thứ hạng`, width: 12 },
    { header: `Kết quả năm ${year}: Chỉ số${unit}`, width: 13, numFmt: SCORE },
    { header: `Kết quả năm ${year}: Thứ hạng`, width: 11 },
    { header: "Nguồn kết quả", width: 13, align: "center" },
    { header: "Đánh giá", width: 15, align: "center" },
    { header: "Đơn vị thực hiện/theo dõi", width: 45 },
  ];
  const rows = data.components.map((r): Value[] => [
    r.ordinal,
    r.name,
    ...(mixed ? [r.previousUnit === "points" ? "điểm" : "%"] : []),
    r.previousScore,
    r.previousRank,
    r.targetPrinted,
    rankValue(r.targetRankPrinted),
    r.resultScore,
    r.resultRank,
    r.resultSource ? (SOURCE[r.resultSource] ?? r.resultSource) : null,
    verdictLabel[r.verdict],
    r.responsible,
  ]);
  sheet(wb, "Chỉ số", "Kết quả thực hiện các chỉ số", data, columns, rows, (i) => data.components[i]?.isTotal ?? false);
}

const SEVERITY: Record<ReportFlag["severity"], string> = { high: "Cao", medium: "Trung bình", low: "Thấp" };

function flagsSheet(wb: ExcelJS.Workbook, data: ReportData) {
  sheet(
    wb,
    "Cần cải thiện",
    "Các chỉ số cần cải thiện",
    data,
    [
      { header: "TT", width: 5 },
      { header: "Chỉ số thành phần", width: 42 },
      { header: "Mức độ", width: 12, align: "center" },
      { header: "Lý do", width: 80 },
    ],
    data.flags.map((f, i) => [i + 1, f.component, SEVERITY[f.severity], f.reasons.map((r) => `- ${r}`).join("\n")]),
    () => false,
    flagsBasis(data),
  );
}

function byLeadSheet(wb: ExcelJS.Workbook, data: ReportData) {
  sheet(
    wb,
    "Nhiệm vụ theo đơn vị",
    "Tình hình thực hiện nhiệm vụ theo đơn vị chủ trì",
    data,
    [{ header: "Đơn vị chủ trì", width: 40 }, ...LEAD_COLUMN_TITLES.map((header) => ({ header, width: 13, numFmt: "0" }))],
    [...data.byLead, data.totals].map((r) => [r.unitName, ...leadColumns(r)]),
    (i) => i === data.byLead.length,
    `${tasksBasis(data)} ${CO_LED_NOTE}`,
  );
}

function tasksSheet(wb: ExcelJS.Workbook, data: ReportData) {
  const [tt, task, lead, status, progress, evidence, last] = TASK_TABLE_HEAD;
  sheet(
    wb,
    "Danh mục nhiệm vụ",
    `Danh mục nhiệm vụ của Kế hoạch (tính đến hết ngày ${formatDate(data.cutoff.date)})`,
    data,
    [
      { header: tt ?? "TT", width: 6, numFmt: "0" },
      { header: task ?? "", width: 60 },
      { header: lead ?? "", width: 30 },
      { header: status ?? "", width: 18, align: "center" },
      // Progress as a fraction, shown as a percent: it sums and averages as a number.
      { header: progress ?? "", width: 10, numFmt: "0%" },
      { header: evidence ?? "", width: 14, numFmt: "0" },
      { header: last ?? "", width: 14, numFmt: DATE },
    ],
    data.tasks.map((t, i) => [i + 1, t.title, t.lead, t.status, t.progress / 100, t.evidenceCount, excelDate(t.lastUpdate)]),
    () => false,
    tasksBasis(data),
  );
}

function overdueSheet(wb: ExcelJS.Workbook, data: ReportData) {
  sheet(
    wb,
    "Nhiệm vụ quá hạn",
    "Nhiệm vụ quá hạn",
    data,
    [
      { header: "TT", width: 6, align: "center" },
      { header: "Nhiệm vụ", width: 70 },
      { header: "Đơn vị chủ trì", width: 30 },
      { header: "Hạn", width: 12, numFmt: DATE },
      { header: "Trạng thái", width: 18 },
    ],
    data.overdue.map((t, i) => [i + 1, t.title, t.lead, excelDate(t.due), t.status]),
  );
}

function evidenceSheet(wb: ExcelJS.Workbook, data: ReportData) {
  sheet(
    wb,
    "Tài liệu kiểm chứng",
    "Tài liệu kiểm chứng đã nhận",
    data,
    [
      { header: "TT", width: 6, align: "center" },
      { header: "Nhiệm vụ", width: 60 },
      { header: "Tài liệu kiểm chứng đã nhận", width: 70 },
    ],
    data.evidence.map((e, i) => [i + 1, e.taskTitle, e.items.join("\n")]),
  );
}
