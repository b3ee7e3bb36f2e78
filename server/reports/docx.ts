import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  LineRuleType,
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
import { formatDate } from "../../app/lib/format";
import { packWithRawParts, rawPlaceholder } from "./docx-package";
import { dataTableXml, type CellSpec, type Spec } from "./docx-table-xml";
import type { ReportData } from "./types";
import {
  CO_LED_NOTE,
  componentYears,
  dataRangeLine,
  dateLine,
  flagLine,
  flagsBasis,
  formatProgress,
  introSentence,
  issuerLines,
  LEAD_COLUMN_TITLES,
  leadColumns,
  numberLine,
  recipientLines,
  resultText,
  scoreText,
  SECTION_TITLES,
  sectionParagraphs,
  subjectLine,
  TASK_SUBHEADINGS,
  TASK_TABLE_HEAD,
  tasksBasis,
  verdictLabel,
} from "./wording";

export * from "./wording";

/**
 * The report as a Word document laid out per Nghị định 30/2020/NĐ-CP: A4, Times New Roman,
 * margins 20/20/30/15 mm, the two-column header block, numbered sections, "Nơi nhận" and the
 * signature. All portrait: a landscape insert for sections I–III left page 1 with the header
 * alone and broke the reading; the nine-column table reads well at 11 pt on a portrait page.
 */
export async function renderReportDocx(data: ReportData): Promise<Uint8Array> {
  // The long tables of part III are written as XML directly (docx-table-xml.ts), then spliced in.
  const raw: Uint8Array[] = [];
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
    sections: sections(data, raw),
  });
  return packWithRawParts(doc, raw);
}

const FONT = "Times New Roman";
/** Half-points, as docx sizes fonts. */
const pt = (n: number) => n * 2;
/** Twips from millimetres, rounded (docx's own helper floors: 20 mm would be 1133, not 1134). */
const twip = (mm: number) => Math.round((mm * 1440) / 25.4);

const A4 = { width: 11906, height: 16838 };
const MARGIN = { top: twip(20), bottom: twip(20), left: twip(30), right: twip(15) };
const TEXT_MM = 210 - 30 - 15;

function sections(data: ReportData, raw: Uint8Array[]): ISectionOptions[] {
  const page = { size: { ...A4, orientation: PageOrientation.PORTRAIT }, margin: MARGIN };
  return [
    {
      // titlePage: page 1 has no number, the others do (NĐ 30: from the second page, top centre).
      properties: { page, titlePage: true },
      headers: { default: pageNumberHeader(), first: new Header({ children: [] }) },
      children: [...headerBlock(data), ...titleBlock(data), ...partI(data), ...partII(data), ...partIII(data, raw), ...textParts(data), ...signature(data)],
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
    spacing: { before: 40, after: 0, line: 40, lineRule: LineRuleType.EXACT },
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
  const lines = issuerLines(data.issuer);
  const left: Paragraph[] = [];
  if (lines.superior) left.push(centred(lines.superior, { size: 13 }));
  left.push(...lines.body.map((l) => centred(l, { size: 13, bold: true })), rule(22, HEAD_LEFT_MM));
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

const LINE = { style: BorderStyle.SINGLE, size: 4, color: "000000" };
const GRID = { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE };
/** 12 pt in tables, 11 pt in the nine-column component table so that "99,85 %" fits its column. */
const TABLE_PT = 12;

/**
 * A bordered table: `head` rows are bold, shaded and repeat on every page; `bold` rows (totals)
 * are bold. Widths are fractions of the text width; cells know their columns even under a
 * header cell that spans rows, so their widths add up.
 */
function dataTable(
  widthsMm: number[],
  head: Spec[][],
  rows: Spec[][],
  /** `splitRows`: long rows may break across pages (a row of a long task title would otherwise leave half a page blank). */
  opts: { size?: number; bold?: (i: number) => boolean; splitRows?: boolean } = {},
): Table {
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
    return new TableRow({ children: cells, tableHeader: header, cantSplit: header || !opts.splitRows });
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
  return [heading(SECTION_TITLES[1]), body(flagsBasis(data), { italic: true }), ...lines.map((l) => body(l))];
}

/**
 * dataTable's table, written as XML (the same bytes, see docx-table-xml.test.ts) and spliced in
 * where the returned placeholder stands: thousands of rows cost milliseconds instead of seconds.
 */
function rawTable(raw: Uint8Array[], widthsMm: number[], head: Spec[][], rows: Spec[][], opts: { size?: number; bold?: (i: number) => boolean; splitRows?: boolean } = {}): Paragraph {
  raw.push(dataTableXml(widthsMm.map(twip), head, rows, { ...opts, size: opts.size ?? TABLE_PT }));
  return rawPlaceholder(raw.length - 1);
}

function partIII(data: ReportData, raw: Uint8Array[]): FileChild[] {
  const leadRows = [...data.byLead, data.totals].map((r): Spec[] => [{ text: r.unitName, align: "left" }, ...leadColumns(r).map(String)]);
  const out: FileChild[] = [
    heading(SECTION_TITLES[2]),
    body(tasksBasis(data), { italic: true }),
    subheading(TASK_SUBHEADINGS[0]),
    rawTable(raw, [46, 17, 17, 17, 17, 17, 17, 17], [["Đơn vị chủ trì", ...LEAD_COLUMN_TITLES]], leadRows, { bold: (i) => i === data.byLead.length }),
    new Paragraph({ spacing: { before: 60 }, children: [run(CO_LED_NOTE, { size: 12, italic: true })] }),
    subheading(TASK_SUBHEADINGS[1]),
    rawTable(
        raw,
      [8, 69, 26, 18, 13, 13, 18],
      [TASK_TABLE_HEAD],
      data.tasks.map((t, i): Spec[] => [
        String(i + 1),
        { text: t.title, align: "left" },
        { text: t.lead, align: "left" },
        t.status,
        formatProgress(t.progress),
        String(t.evidenceCount),
        t.lastUpdate ? formatDate(t.lastUpdate) : "—",
      ]),
      { size: 11, splitRows: true },
    ),
    subheading(TASK_SUBHEADINGS[2]),
  ];
  if (data.overdue.length)
    out.push(
      rawTable(
        raw,
        [10, 73, 32, 23, 27],
        [["TT", "Nhiệm vụ", "Đơn vị chủ trì", "Hạn", "Trạng thái"]],
        data.overdue.map((t, i) => [String(i + 1), { text: t.title, align: "left" }, { text: t.lead, align: "left" }, formatDate(t.due), t.status]),
      ),
    );
  else out.push(body("Không có nhiệm vụ quá hạn."));
  out.push(subheading(TASK_SUBHEADINGS[3]));
  if (data.evidence.length)
    out.push(
      rawTable(
        raw,
        [10, 70, 85],
        [["TT", "Nhiệm vụ", "Tài liệu kiểm chứng đã nhận"]],
        data.evidence.map((e, i) => [String(i + 1), { text: e.taskTitle, align: "left" }, { text: e.items, align: "left" }]),
      ),
    );
  else out.push(body(`Đến ngày ${formatDate(data.cutoff.date)} chưa nhận được tài liệu kiểm chứng nào.`));
  return out;
}

// ---------- text sections, signature ----------

/** A body paragraph that stays on one page and, when `keepNext`, with what follows it. */
function kept(text: string, s: RunStyle, keepNext: boolean): Paragraph {
  return new Paragraph({ alignment: AlignmentType.JUSTIFIED, indent: { firstLine: twip(10) }, keepLines: true, keepNext, children: [run(text, s)] });
}

function textParts(data: ReportData): FileChild[] {
  const texts = [data.sections.danhGiaChung, data.sections.tonTai, data.sections.nhiemVuGiaiPhap, data.sections.deXuat];
  return texts.flatMap((text, i) => {
    const paras = sectionParagraphs(text);
    const last = i === texts.length - 1;
    // The last section's closing paragraph keeps with the signature, which must never stand alone on a page.
    const out = paras.map((p, j) => (last ? kept(p, {}, j === paras.length - 1) : body(p)));
    return [heading(SECTION_TITLES[i + 3] ?? ""), ...(out.length ? out : [last ? kept("(Chưa nhập nội dung)", { italic: true }, true) : body("(Chưa nhập nội dung)", { italic: true })])];
  });
}

function signature(data: ReportData): FileChild[] {
  const recipients = recipientLines(data.recipients);
  // Every paragraph of the block keeps with the next, so the block moves as one with the text above.
  const keep = { keepNext: true, keepLines: true };
  const left = [
    new Paragraph({ spacing: TIGHT, ...keep, children: [run("Nơi nhận:", { size: 12, bold: true, italic: true })] }),
    ...recipients.map((r) => new Paragraph({ spacing: TIGHT, ...keep, children: [run(r, { size: 11 })] })),
  ];
  const right = [
    ...data.signer.title
      .toUpperCase()
      .split("\n")
      .map((l) => new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 0, after: 0, line: 276 }, ...keep, children: [run(l, { bold: true })] })),
    // Room for the signature and the seal.
    new Paragraph({ spacing: { before: 0, after: 0, line: 1440, lineRule: LineRuleType.EXACT }, ...keep, children: [] }),
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: TIGHT, ...keep, children: [run(data.signer.name ?? "", { bold: true })] }),
  ];
  return [
    new Paragraph({ spacing: { before: 0, after: 0 }, ...keep, children: [] }),
    layoutTable([75, TEXT_MM - 75], [[left, right]]),
    // A document must end with a paragraph; a 1 pt one, so that a signature ending low on the
    // page does not push an empty paragraph (and an empty page) after it.
    new Paragraph({ spacing: { before: 0, after: 0, line: 20, lineRule: LineRuleType.EXACT }, children: [] }),
  ];
}


/**
 * The Nghị định 30 building blocks, for other documents of the app (the cycle's score sheet):
 * the same font, margins, header rules, tables and page numbers as the report.
 */
export const nd30 = { FONT, pt, twip, A4, MARGIN, TEXT_MM, TIGHT, run, body, centred, heading, rule, layoutTable, dataTable, pageNumberHeader };
