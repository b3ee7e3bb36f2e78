import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  LineRuleType,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type FileChild,
  type ISectionOptions,
} from "docx";
import { formatDate, formatPercent, formatPoints } from "../../app/lib/format";
import type { ReportComponentRow, ReportData, ReportFlag, ReportLeadRow } from "./types";

/**
 * The report as a Word document laid out per Nghị định 30/2020/NĐ-CP: A4, Times New Roman,
 * margins 20/20/30/15 mm, the two-column header block, numbered sections, "Nơi nhận" and the
 * signature. All portrait: a landscape insert for sections I–III left page 1 with the header
 * alone and broke the reading; the nine-column table reads well at 11 pt on a portrait page.
 */
export async function renderReportDocx(data: ReportData): Promise<Uint8Array> {
  const doc = new Document({
    creator: data.issuer.name,
    title: data.title,
    styles: {
      default: {
        document: {
          run: { font: FONT, size: pt(14), language: { value: "vi-VN" } },
          paragraph: { spacing: { line: 276, after: 120 } },
        },
      },
    },
    sections: sections(data),
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

const FONT = "Times New Roman";
/** Half-points, as docx sizes fonts. */
const pt = (n: number) => n * 2;
/** Twips from millimetres, rounded (docx's own helper floors: 20 mm would be 1133, not 1134). */
const twip = (mm: number) => Math.round((mm * 1440) / 25.4);

const A4 = { width: 11906, height: 16838 };
const MARGIN = { top: twip(20), bottom: twip(20), left: twip(30), right: twip(15) };
const TEXT_MM = 210 - 30 - 15;

function sections(data: ReportData): ISectionOptions[] {
  const page = { size: { ...A4, orientation: PageOrientation.PORTRAIT }, margin: MARGIN };
  return [
    {
      // titlePage: page 1 has no number, the others do (NĐ 30: from the second page, top centre).
      properties: { page, titlePage: true },
      headers: { default: pageNumberHeader(), first: new Header({ children: [] }) },
      children: [...headerBlock(data), ...titleBlock(data), ...partI(data), ...partII(data), ...partIII(data), ...textParts(data), ...signature(data)],
    },
  ];
}

function pageNumberHeader(): Header {
  return new Header({
    children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT], size: pt(13) })] })],
  });
}

// ---------- paragraphs ----------

interface RunStyle {
  size?: number;
  bold?: boolean;
  italic?: boolean;
}

/** A run of text; "81,35 %" gets a no-break space so that a line never starts with "%". */
const run = (text: string, s: RunStyle = {}, brk = false) =>
  new TextRun({ text: text.replace(/(\d) %/g, "$1\u00a0%"), size: pt(s.size ?? 14), bold: s.bold, italics: s.italic, break: brk ? 1 : undefined });

const TIGHT = { before: 0, after: 0, line: 240 };

/** A body paragraph: justified, 1 cm first-line indent, 6 pt after. */
function body(text: string, s: RunStyle = {}, keepNext = false): Paragraph {
  return new Paragraph({ alignment: AlignmentType.JUSTIFIED, indent: { firstLine: twip(10) }, keepNext, children: [run(text, s)] });
}

function centred(text: string, s: RunStyle = {}, spacing = TIGHT): Paragraph {
  return new Paragraph({ alignment: AlignmentType.CENTER, spacing, children: text.split("\n").map((t, i) => run(t, s, i > 0)) });
}

function heading(text: string): Paragraph {
  return new Paragraph({ indent: { firstLine: twip(10) }, spacing: { before: 200, after: 120 }, keepNext: true, children: [run(text, { bold: true })] });
}

function subheading(text: string): Paragraph {
  return new Paragraph({ indent: { firstLine: twip(10) }, spacing: { before: 120, after: 60 }, keepNext: true, children: [run(text, { bold: true, italic: true })] });
}

/** A short centred line drawn as the bottom border of an empty, 2 pt high paragraph. */
function rule(lineMm: number, boxMm: number): Paragraph {
  const side = twip(Math.max(0, (boxMm - lineMm) / 2));
  return new Paragraph({
    indent: { left: side, right: side },
    spacing: { before: 0, after: 0, line: 40, lineRule: LineRuleType.EXACT },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: "000000", space: 1 } },
    children: [],
  });
}

// ---------- header block, title ----------

const NONE = { style: BorderStyle.NONE, size: 0, color: "FFFFFF" };
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };

/** A borderless layout table (header block, signature). */
function layoutTable(widthsMm: number[], rows: Paragraph[][][]): Table {
  return new Table({
    width: { size: twip(widthsMm.reduce((a, b) => a + b, 0)), type: WidthType.DXA },
    columnWidths: widthsMm.map(twip),
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    rows: rows.map(
      (cells) =>
        new TableRow({
          cantSplit: true,
          children: cells.map(
            (children, i) =>
              new TableCell({ width: { size: twip(widthsMm[i] ?? 0), type: WidthType.DXA }, margins: { left: 0, right: 0 }, children }),
          ),
        }),
    ),
  });
}

const HEAD_LEFT_MM = 62;
const HEAD_RIGHT_MM = TEXT_MM - HEAD_LEFT_MM;

function headerBlock(data: ReportData): FileChild[] {
  const left: Paragraph[] = [];
  if (data.issuer.parentName) left.push(centred(data.issuer.parentName.toUpperCase(), { size: 13 }));
  left.push(centred(data.issuer.name.toUpperCase(), { size: 13, bold: true }), rule(22, HEAD_LEFT_MM));
  const right = [
    centred("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", { size: 12.5, bold: true }),
    centred("Độc lập - Tự do - Hạnh phúc", { size: 13, bold: true }),
    rule(60, HEAD_RIGHT_MM),
  ];
  const below = { before: 160, after: 0, line: 240 };
  return [
    layoutTable(
      [HEAD_LEFT_MM, HEAD_RIGHT_MM],
      [
        [left, right],
        [[centred(numberLine(data), { size: 13 }, below)], [centred(dateLine(data), { size: 14, italic: true }, below)]],
      ],
    ),
  ];
}

function titleBlock(data: ReportData): FileChild[] {
  return [
    centred("BÁO CÁO", { bold: true }, { before: 480, after: 0, line: 276 }),
    centred(subjectLine(data), { bold: true }, { before: 0, after: 0, line: 276 }),
    centred(dataRangeLine(data), { italic: true }, { before: 0, after: 60, line: 276 }),
    rule(45, TEXT_MM),
    new Paragraph({ spacing: { before: 240, after: 0 }, children: [] }),
    body(introSentence(data)),
  ];
}

// ---------- data tables ----------

interface CellSpec {
  text: string | string[];
  bold?: boolean;
  italic?: boolean;
  align?: "left" | "center";
  span?: number;
  rowSpan?: number;
  note?: string;
}
type Spec = CellSpec | string;

const LINE = { style: BorderStyle.SINGLE, size: 4, color: "000000" };
const GRID = { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE };
/** 12 pt in tables, 11 pt in the nine-column component table so that "99,85 %" fits its column. */
const TABLE_PT = 12;

/**
 * A bordered table: `head` rows are bold, shaded and repeat on every page; `bold` rows (totals)
 * are bold. Widths are fractions of the text width; cells know their columns even under a
 * header cell that spans rows, so their widths add up.
 */
function dataTable(widthsMm: number[], head: Spec[][], rows: Spec[][], opts: { size?: number; bold?: (i: number) => boolean } = {}): Table {
  const widths = widthsMm.map(twip); // each table's widths add up to the 165 mm text width
  const occupied = widths.map(() => 0);
  const build = (specs: Spec[], header: boolean, bold: boolean) => {
    const carried = occupied.map((n) => n > 0);
    let col = 0;
    const cells = specs.map((raw) => {
      const s: CellSpec = typeof raw === "string" ? { text: raw } : raw;
      while ((occupied[col] ?? 0) > 0) col++;
      const span = s.span ?? 1;
      const width = widths.slice(col, col + span).reduce((a, b) => a + b, 0);
      if ((s.rowSpan ?? 1) > 1) for (let c = col; c < col + span; c++) occupied[c] = (s.rowSpan ?? 1) - 1;
      col += span;
      return dataCell(s, width, header, bold, opts.size ?? TABLE_PT);
    });
    carried.forEach((was, c) => {
      if (was) occupied[c] = (occupied[c] ?? 1) - 1;
    });
    return new TableRow({ children: cells, tableHeader: header, cantSplit: true });
  };
  return new Table({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: GRID,
    rows: [...head.map((r) => build(r, true, true)), ...rows.map((r, i) => build(r, false, opts.bold?.(i) ?? false))],
  });
}

function dataCell(s: CellSpec, width: number, header: boolean, bold: boolean, size: number): TableCell {
  const lines = Array.isArray(s.text) ? s.text : [s.text];
  const style = { size, bold: s.bold ?? bold, italic: s.italic };
  const children = [run(lines[0] ?? "", style), ...lines.slice(1).map((l) => run(l, style, true))];
  if (s.note) children.push(run(s.note, { size: size - 1, italic: true }, true));
  const align = s.align === "left" && !header ? AlignmentType.LEFT : AlignmentType.CENTER;
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    columnSpan: s.span,
    rowSpan: s.rowSpan,
    verticalAlign: VerticalAlignTable.CENTER,
    margins: { left: 57, right: 57, top: 20, bottom: 20 },
    shading: header ? { type: ShadingType.CLEAR, fill: "E7E6E6", color: "auto" } : undefined,
    children: [new Paragraph({ alignment: align, spacing: { before: 20, after: 20, line: 252 }, children })],
  });
}

function partI(data: ReportData): FileChild[] {
  const { previousYear, year, sourceNote, perCellSource } = componentYears(data);
  const rows = data.components.map((r): Spec[] => [
    r.ordinal === null ? "" : String(r.ordinal),
    { text: r.name, align: "left" },
    { text: scoreText(r.previousScore, r.previousUnit), note: r.previousYear !== null && r.previousYear !== previousYear ? `(năm ${r.previousYear})` : undefined },
    r.previousRank === null ? "—" : String(r.previousRank),
    r.targetPrinted ? r.targetPrinted.replace(/(\d)\s*%/g, "$1\u00a0%") : "—",
    r.targetRankPrinted ?? "—",
    { text: resultText(r, perCellSource) },
    verdictLabel[r.verdict],
    { text: r.responsible, align: "left" },
  ]);
  const head: Spec[][] = [
    [
      { text: "TT", rowSpan: 2 },
      { text: "Chỉ số thành phần", rowSpan: 2 },
      { text: `Năm ${previousYear}`, span: 2 },
      { text: `Mục tiêu năm ${year}`, span: 2 },
      { text: `Kết quả năm ${year}`, rowSpan: 2 },
      { text: "Đánh giá", rowSpan: 2 },
      { text: "Đơn vị thực hiện/theo dõi", rowSpan: 2 },
    ],
    ["Chỉ số", "Thứ hạng", "Chỉ số", "Thứ hạng"],
  ];
  const out: FileChild[] = [
    heading(SECTION_TITLES[0]),
    body(`Kết quả các chỉ số thành phần năm ${year} so với năm ${previousYear} và mục tiêu của Kế hoạch:`),
    dataTable([9, 36, 16, 11, 16, 11, 16, 14, 36], head, rows, { size: 11, bold: (i) => data.components[i]?.isTotal ?? false }),
  ];
  if (sourceNote) out.push(new Paragraph({ spacing: { before: 60 }, children: [run(sourceNote, { size: 12, italic: true })] }));
  return out;
}

function partII(data: ReportData): FileChild[] {
  const lines = data.flags.length ? data.flags.map(flagLine) : ["Không có chỉ số thành phần nào cần cải thiện."];
  return [heading(SECTION_TITLES[1]), ...lines.map((l) => body(l))];
}

function partIII(data: ReportData): FileChild[] {
  const total = byLeadTotal(data.byLead);
  const leadRows = [...data.byLead, total].map((r): Spec[] => [{ text: r.unitName, align: "left" }, ...leadColumns(r).map(String)]);
  const out: FileChild[] = [
    heading(SECTION_TITLES[2]),
    subheading("1. Tình hình thực hiện nhiệm vụ theo đơn vị chủ trì"),
    dataTable(
      [51, 19, 19, 19, 19, 19, 19],
      [["Đơn vị chủ trì", "Tổng số", "Hoàn thành đúng hạn", "Hoàn thành chậm", "Đang thực hiện", "Quá hạn", "Không thực hiện được"]],
      leadRows,
      { bold: (i) => i === data.byLead.length },
    ),
    subheading("2. Nhiệm vụ quá hạn"),
  ];
  if (data.overdue.length)
    out.push(
      dataTable(
        [10, 73, 32, 23, 27],
        [["TT", "Nhiệm vụ", "Đơn vị chủ trì", "Hạn", "Trạng thái"]],
        data.overdue.map((t, i) => [t.ordinal ?? String(i + 1), { text: t.title, align: "left" }, { text: t.lead, align: "left" }, formatDate(t.due), t.status]),
      ),
    );
  else out.push(body("Không có nhiệm vụ quá hạn."));
  out.push(subheading("3. Tài liệu kiểm chứng đã nhận"));
  if (data.evidence.length)
    out.push(
      dataTable(
        [10, 70, 85],
        [["TT", "Nhiệm vụ", "Tài liệu kiểm chứng đã nhận"]],
        data.evidence.map((e, i) => [e.taskOrdinal ?? String(i + 1), { text: e.taskTitle, align: "left" }, { text: e.items, align: "left" }]),
      ),
    );
  else out.push(body("Chưa nhận được tài liệu kiểm chứng."));
  return out;
}

// ---------- text sections, signature ----------

function textParts(data: ReportData): FileChild[] {
  const texts = [data.sections.danhGiaChung, data.sections.tonTai, data.sections.nhiemVuGiaiPhap, data.sections.deXuat];
  return texts.flatMap((text, i) => {
    const paras = sectionParagraphs(text);
    const last = i === texts.length - 1;
    // The last paragraph keeps with the signature, which must never stand alone on a page.
    const out = paras.map((p, j) => body(p, {}, last && j === paras.length - 1));
    return [heading(SECTION_TITLES[i + 3] ?? ""), ...(out.length ? out : [body("(Chưa nhập nội dung)", { italic: true }, last)])];
  });
}

function signature(data: ReportData): FileChild[] {
  const recipients = recipientLines(data.recipients);
  const left = [
    new Paragraph({ spacing: TIGHT, children: [run("Nơi nhận:", { size: 12, bold: true, italic: true })] }),
    ...recipients.map((r) => new Paragraph({ spacing: TIGHT, children: [run(r, { size: 11 })] })),
  ];
  const right = [
    centred(data.signer.title.toUpperCase(), { bold: true }, { before: 0, after: 0, line: 276 }),
    // Room for the signature and the seal.
    new Paragraph({ spacing: { before: 0, after: 0, line: 1440, lineRule: LineRuleType.EXACT }, children: [] }),
    centred(data.signer.name ?? "", { bold: true }),
  ];
  return [
    new Paragraph({ spacing: { before: 0, after: 0 }, children: [] }),
    layoutTable([75, TEXT_MM - 75], [[left, right]]),
    // A document must end with a paragraph; a 1 pt one, so that a signature ending low on the
    // page does not push an empty paragraph (and an empty page) after it.
    new Paragraph({ spacing: { before: 0, after: 0, line: 20, lineRule: LineRuleType.EXACT }, children: [] }),
  ];
}

// ---------- wording, shared with the workbook (ReportView keeps its own copy: see there) ----------

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

/** "Số: 125/BC-UBND", or a blank to fill in by hand when the report has no number yet. */
export function numberLine(data: ReportData): string {
  if (!data.number) return "Số:        /BC-UBND";
  return data.number.includes("/") ? `Số: ${data.number}` : `Số: ${data.number}/BC-UBND`;
}

/** "Tam Đường, ngày 05 tháng 02 năm 2025": NĐ 30 pads days below 10 and months 1 and 2. */
export function dateLine(data: ReportData): string {
  const [y, m, d] = data.date.slice(0, 10).split("-").map(Number);
  const month = m !== undefined && m < 3 ? String(m).padStart(2, "0") : String(m);
  return `${data.place}, ngày ${String(d).padStart(2, "0")} tháng ${month} năm ${y}`;
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

export const flagLine = (f: ReportFlag) => `- ${f.component}: ${f.reason}`;

/** The sum of the lead rows (a task with two lead units counts once for each). */
export function byLeadTotal(rows: ReportLeadRow[]): ReportLeadRow {
  const total: ReportLeadRow = { unitName: "Tổng cộng", total: 0, doneOnTime: 0, doneLate: 0, inProgress: 0, overdue: 0, notDone: 0 };
  for (const r of rows) {
    total.total += r.total;
    total.doneOnTime += r.doneOnTime;
    total.doneLate += r.doneLate;
    total.inProgress += r.inProgress;
    total.overdue += r.overdue;
    total.notDone += r.notDone;
  }
  return total;
}

export const leadColumns = (r: ReportLeadRow) => [r.total, r.doneOnTime, r.doneLate, r.inProgress, r.overdue, r.notDone];

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
