import { foldVietnamese } from "./text";

/**
 * A plan's task table as people paste it from a document (Word, a PDF's OCR text) or from a
 * spreadsheet: one line per row, cells separated by tabs, in the order
 *   TT | nhiệm vụ | đơn vị chủ trì | đơn vị phối hợp | thời gian | tài liệu kiểm chứng (optional)
 * with an optional header row (which, when present, may also reorder the columns). Pure: the
 * service reads the file and the database; this turns text into rows and says what it guessed.
 *
 * What scanned tables do, and what the parser does about it (see the appendix of
 * 002_3ff13c750e79273a.txt, transcribed by hand in seeds/doc-002-lai-chau-447-2017.ts):
 *
 * - A row split over two lines. The second line starts with a tab (its TT cell is empty) and
 *   continues the row above cell by cell: "Sở Thông tin -" + "Truyền thông", "Thường" + "xuyên".
 *   A line with an empty TT cell CONTINUES the row above when
 *     (a) its nhiệm vụ cell is empty but another cell is not (only the other columns wrapped), or
 *     (b) its nhiệm vụ cell starts with a lower-case letter or a digit: a task's text starts with
 *         a capitalised verb ("Tham mưu", "Tổ chức"), a wrapped sentence does not ("chức thực
 *         hiện", "dân cấp huyện"), or
 *     (c) the row above's nhiệm vụ text stops on a comma, a hyphen, an open bracket or a word
 *         that cannot end a sentence ("của", "và", "tại", ...).
 *   Otherwise it is a new row printed without number (blank lines in between mean nothing:
 *   OCR puts them before wrapped lines and new rows alike).
 * - Sections (I, II, ...) whose numeral OCR misread ("1" for I, "I" for V) or lost. A row with
 *   no lead, no coordinating unit and no deadline ("title-only") is a section when its numeral is
 *   roman or, in a table numbered with roman sections, when its title is all capitals; sections
 *   are numbered in sequence and a numeral that breaks the sequence is replaced (with a warning).
 * - "I" printed for "1" in front of a row whose children are "1.1", "1.2": read as "1".
 * - A title-only heading ("4 Thực hiện phân cấp quản lý") directly followed by a full task row
 *   whose number would not make it a child ("5 Tham mưu ...", "V Đôn đốc ..."): the heading's
 *   content, printed without number; the stray number is dropped (with a warning). A heading
 *   must have content, and a task without lead unit cannot be saved, so this is the reading
 *   that leaves a table that can be saved; the warning lets a person check it.
 * - An unnumbered title-only heading that sits in the only gap of its siblings' numbering
 *   (nothing, ?, 2, 3) takes the missing number.
 * - Common OCR slips in words (OCR_FIXES), HTML tags left by converters, stray spaces.
 */

export interface ParsedTaskRow {
  /** Line of the pasted text (1-based) where the row starts, so messages point at what the user sees. */
  line: number;
  /** Ordinal as printed ("I", "1", "6.1"), after the repairs above; null when printed without. */
  ordinal: string | null;
  title: string;
  leadText: string;
  coordinatingText: string;
  deadlineText: string;
  evidenceText: string;
  /** 0 for sections; parents are the nearest preceding row with a smaller depth. */
  depth: number;
  /** A title-only row that groups the rows under it (or a section, even an empty one). */
  isHeading: boolean;
}

export interface TaskTableParse {
  rows: ParsedTaskRow[];
  /** What was guessed or left out, in Vietnamese, for the preview. */
  warnings: string[];
}

// ---------------------------------------------------------------------------------------------
// OCR slips

/** Letters and digits, for word boundaries that know Vietnamese letters (\b does not). */
const NOT_WORD_BEFORE = String.raw`(?<![\p{L}\p{N}])`;
const NOT_WORD_AFTER = String.raw`(?![\p{L}\p{N}])`;

export interface OcrFix {
  /** The slip as OCR prints it (a whole word or phrase, case-sensitive). */
  from: string;
  to: string;
  /** Only when the slip ends a cell ("thành phò"): elsewhere the word may be right. */
  atCellEnd?: boolean;
}

/**
 * Slips seen in the source documents, each a word or phrase that is not Vietnamese, so replacing
 * it cannot damage a correct text. Deliberately short: "tinh" for "tính" or "Phản ánh" for "Phấn
 * đấu" are real words and stay as printed for a person to correct.
 */
export const OCR_FIXES: readonly OcrFix[] = [
  { from: "TTTHC", to: "TTHC" },
  { from: "TTIC", to: "TTHC" },
  { from: "Dàm bảo", to: "Đảm bảo" },
  { from: "dàm bảo", to: "đảm bảo" },
  { from: "Dảm bảo", to: "Đảm bảo" },
  { from: "dảm bảo", to: "đảm bảo" },
  { from: "Dê xuất", to: "Đề xuất" },
  { from: "dê xuất", to: "đề xuất" },
  { from: "ÇÁI", to: "CẢI" },
  { from: "CÁI CÁCH", to: "CẢI CÁCH" },
  { from: "CAI CÁCH", to: "CẢI CÁCH" },
  { from: "cài cách", to: "cải cách" },
  { from: "dịnh", to: "định" },
  { from: "Dịnh", to: "Định" },
  { from: "PHÒI HỢP", to: "PHỐI HỢP" },
  { from: "PHÓI HỢP", to: "PHỐI HỢP" },
  { from: "phòi hợp", to: "phối hợp" },
  { from: "Dồn dốc", to: "Đôn đốc" },
  { from: "dồn dốc", to: "đôn đốc" },
  { from: "Quản triệt", to: "Quán triệt" },
  { from: "quản triệt", to: "quán triệt" },
  { from: "Thông xuyên", to: "Thường xuyên" },
  { from: "Thông kê", to: "Thống kê" },
  { from: "CẨM BỘ", to: "CÁN BỘ" },
  { from: "phò", to: "phố", atCellEnd: true },
];

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

const OCR_PATTERNS = OCR_FIXES.map((f) => ({
  re: new RegExp(`${NOT_WORD_BEFORE}${escapeRegExp(f.from)}${f.atCellEnd ? String.raw`(?=[\s.;,]*$)` : NOT_WORD_AFTER}`, "gu"),
  to: f.to,
}));

/** Apply OCR_FIXES to one cell's text. */
export function fixOcrSlips(text: string): string {
  return OCR_PATTERNS.reduce((t, p) => t.replace(p.re, p.to), text);
}

const HTML_ENTITIES: Record<string, string> = { "&nbsp;": " ", "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#39;": "'" };

/**
 * One cell's text, tidied: HTML tags left by a converter dropped, whitespace collapsed, no space
 * before a comma, semicolon, colon or full stop (OCR puts one there: "nhà nước ."), one after a
 * colon that runs into a word ("CCHC :(1)" → "CCHC: (1)"), OCR slips fixed.
 */
export function cleanCell(raw: string): string {
  const text = raw
    .replace(/<\/?[a-zA-Z][^<>]*>/g, " ")
    .replace(/&(?:nbsp|amp|lt|gt|quot|#39);/g, (e) => HTML_ENTITIES[e] ?? e)
    .replace(/[\s\u00a0\u200b]+/g, " ")
    .trim()
    .replace(/ +([,;:]|\.(?!\.))/g, "$1")
    .replace(/:(?=[\p{L}(])/gu, ": ");
  return fixOcrSlips(text);
}

// ---------------------------------------------------------------------------------------------
// Columns and header

const FIELDS = ["ordinal", "title", "lead", "coordinating", "deadline", "evidence"] as const;
type Field = (typeof FIELDS)[number];
type ColumnMap = Record<Field, number | null>;

const POSITIONAL: ColumnMap = { ordinal: 0, title: 1, lead: 2, coordinating: 3, deadline: 4, evidence: 5 };

/** Folded, punctuation as spaces: "ĐƠN VỊ PHÒI HỢP" → "don vi phoi hop". */
function headerKey(text: string): string {
  return foldVietnamese(text)
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/** Header words, OCR variants included ("CHỦ TRƯỞNG" for CHỦ TRÌ, "PHÒI HỢP" folds to "phoi hop"). */
function headerField(cell: string): Field | null {
  const k = headerKey(cell);
  if (k === "") return null;
  if (/^(s ?tt|so tt|so thu tu|tt)$/.test(k)) return "ordinal";
  if (/kiem chung|tai lieu|san pham/.test(k)) return "evidence";
  if (/thoi gian|thoi han|tien do/.test(k)) return "deadline";
  if (/phoi hop/.test(k)) return "coordinating";
  if (/chu tri|chu truong|don vi thuc hien|co quan thuc hien/.test(k)) return "lead";
  if (/nhiem vu|noi dung|cong viec/.test(k)) return "title";
  return null;
}

/** The column map a header row gives, or null when the row is not a header. */
function readHeader(cells: string[]): ColumnMap | null {
  // Header cells are short labels; a task's text that happens to say "nhiệm vụ" is not one.
  if (cells.some((c) => c.trim().length > 60)) return null;
  const found = cells.map(headerField);
  const distinct = new Set(found.filter((f): f is Field => f !== null));
  if (!distinct.has("title") || distinct.size < 3) return null;
  const map: ColumnMap = { ordinal: null, title: null, lead: null, coordinating: null, deadline: null, evidence: null };
  found.forEach((f, i) => {
    if (f && map[f] === null) map[f] = i;
  });
  return map;
}

/** "(1) (2) (3) ..." or "1 2 3 4 5 6": the column-number row many official tables print. */
function isColumnNumberRow(cells: string[]): boolean {
  const filled = cells.map((c) => c.trim()).filter((c) => c !== "");
  return filled.length >= 4 && filled.every((c, i) => c === String(i + 1) || c === `(${i + 1})`);
}

// ---------------------------------------------------------------------------------------------
// Lines to raw rows (header, continuation lines)

interface RawRow {
  line: number;
  cells: Record<Field, string>;
}

function pick(cells: string[], map: ColumnMap): Record<Field, string> {
  const out = {} as Record<Field, string>;
  for (const f of FIELDS) {
    const i = map[f];
    out[f] = i === null ? "" : (cells[i] ?? "").trim();
  }
  return out;
}

/** First letter or digit of a text, skipping brackets, quotes and bullets. */
function firstSignificant(text: string): string | null {
  // Tags first: "<p>Tham mưu" starts with "T", not with the tag's "p".
  return /[\p{L}\p{N}]/u.exec(text.replace(/<\/?[a-zA-Z][^<>]*>/g, " "))?.[0] ?? null;
}

function startsLowerOrDigit(text: string): boolean {
  const c = firstSignificant(text);
  if (c === null) return false;
  if (/\p{N}/u.test(c)) return true;
  return c === c.toLowerCase() && c !== c.toUpperCase();
}

/** Words a Vietnamese sentence cannot end on: a text that stops on one was cut by a line break. */
const DANGLING_WORDS = new Set([
  "của", "và", "tại", "theo", "với", "cho", "các", "những", "về", "trong", "đến", "từ", "để", "được",
  "là", "có", "đối", "như", "hoặc", "nhằm", "thuộc", "trên", "dưới", "bằng", "do", "mà",
]);

function endsDangling(text: string): boolean {
  const t = text.trim();
  if (t === "") return false;
  if (/[,(\-–]$/.test(t)) return true;
  const last = /([\p{L}]+)$/u.exec(t)?.[1];
  return last !== undefined && DANGLING_WORDS.has(last.toLowerCase());
}

/** The continuation rule of the header comment: does this line (empty TT cell) go on with `prev`? */
function continuesRow(prev: RawRow, cells: Record<Field, string>): boolean {
  const others = [cells.lead, cells.coordinating, cells.deadline, cells.evidence].some((c) => c !== "");
  if (cells.title === "") return others;
  if (startsLowerOrDigit(cells.title)) return true;
  return endsDangling(prev.cells.title);
}

function mergeInto(prev: RawRow, cells: Record<Field, string>): void {
  for (const f of FIELDS) {
    const add = cells[f];
    if (add === "") continue;
    prev.cells[f] = prev.cells[f] === "" ? add : `${prev.cells[f]} ${add}`;
  }
}

function emptyCells(): Record<Field, string> {
  return { ordinal: "", title: "", lead: "", coordinating: "", deadline: "", evidence: "" };
}

function readRawRows(text: string, warnings: Notes): RawRow[] {
  const lines = text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n").split("\n");
  const rows: RawRow[] = [];
  let columns: ColumnMap = POSITIONAL;
  let headerSeen = false;
  let extraColumnsWarned = false;
  lines.forEach((rawLine, index) => {
    const line = index + 1;
    if (rawLine.trim() === "") return;
    const prev = rows[rows.length - 1];
    if (!rawLine.includes("\t")) {
      // No tab at all: a heading typed as one cell, a wrapped line of the title, or text around
      // the table (its title, "Ban hành kèm theo ...") before the first row.
      const single = rawLine.trim();
      if (!prev) {
        note(warnings, line, `bỏ qua vì không có cột nào (không phải dòng của bảng): “${truncate(single)}”.`);
        return;
      }
      if (startsLowerOrDigit(single)) {
        mergeInto(prev, { ...emptyCells(), title: single });
        return;
      }
      rows.push({ line, cells: { ...emptyCells(), ordinal: single } });
      return;
    }
    const cells = rawLine.split("\t");
    const header = readHeader(cells);
    if (header) {
      // The first header fixes the columns; OCR repeats it on every page: skip those.
      if (!headerSeen) {
        columns = header;
        const ignored = cells.filter((c, i) => c.trim() !== "" && !Object.values(header).includes(i));
        if (ignored.length > 0) note(warnings, line, `không nhập các cột ${ignored.map((c) => `“${c.trim()}”`).join(", ")}.`);
      }
      headerSeen = true;
      return;
    }
    if (isColumnNumberRow(cells)) return;
    const used = new Set(FIELDS.map((f) => columns[f]).filter((i): i is number => i !== null));
    const extra = cells.filter((c, i) => !used.has(i) && c.trim() !== "");
    const picked = pick(cells, columns);
    if (extra.length > 0 && !headerSeen) {
      // More cells than the six columns and no header to name them: keep the words (in the
      // evidence cell) rather than lose them. With a header, the extra columns are ones it named.
      picked.evidence = [picked.evidence, ...extra.map((c) => c.trim())].filter((c) => c !== "").join(" ");
      if (!extraColumnsWarned) {
        note(warnings, line, `có nhiều cột hơn bảng mẫu; phần thừa được ghép vào cột tài liệu kiểm chứng.`);
        extraColumnsWarned = true;
      }
    }
    if (Object.values(picked).every((c) => c === "")) return;
    if (picked.ordinal === "" && prev && continuesRow(prev, picked)) {
      mergeInto(prev, picked);
      return;
    }
    rows.push({ line, cells: picked });
  });
  return rows;
}

/** Warnings as they are found, each about a line of the pasted text. */
type Notes = Array<{ line: number; text: string }>;

function note(notes: Notes, line: number, text: string): void {
  notes.push({ line, text });
}

function truncate(s: string, n = 60): string {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}

// ---------------------------------------------------------------------------------------------
// Ordinals

type OrdinalKind = "roman" | "arabic" | "letter" | "other" | "none";

const ROMAN_RE = /^(?=[IVXL])(XL|L?X{0,3})(IX|IV|V?I{0,3})$/;

export function romanValue(s: string): number | null {
  if (!ROMAN_RE.test(s)) return null;
  const v: Record<string, number> = { I: 1, V: 5, X: 10, L: 50 };
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const cur = v[s[i]!]!;
    const next = i + 1 < s.length ? v[s[i + 1]!]! : 0;
    total += cur < next ? -cur : cur;
  }
  return total;
}

export function toRoman(n: number): string {
  const table: Array<[number, string]> = [
    [50, "L"], [40, "XL"], [10, "X"], [9, "IX"], [5, "V"], [4, "IV"], [1, "I"],
  ];
  let out = "";
  let rest = n;
  for (const [value, letters] of table) {
    while (rest >= value) {
      out += letters;
      rest -= value;
    }
  }
  return out;
}

function ordinalKind(o: string | null): OrdinalKind {
  if (o === null) return "none";
  if (romanValue(o) !== null) return "roman";
  if (/^\d+(\.\d+)*$/.test(o)) return "arabic";
  if (/^[a-zđ]$/.test(o)) return "letter";
  return "other";
}

/** "1." → "1", "a)" → "a", "1,2" (OCR comma) → "1.2"; bullets ("-", "+") are no ordinal. */
function normaliseOrdinal(cell: string): string | null {
  const o = cell.replace(/\s+/g, "").replace(/[.)]+$/, "");
  if (o === "" || /^[-+*•–—]+$/.test(o)) return null;
  if (/^\d+(,\d+)+$/.test(o)) return o.replace(/,/g, ".");
  return o;
}

function looksLikeOrdinal(cell: string): boolean {
  const o = normaliseOrdinal(cell);
  return o === null || ordinalKind(o) !== "other" || /^[lI|]$/.test(o);
}

// ---------------------------------------------------------------------------------------------
// Rows to structure

interface WorkRow {
  line: number;
  ordinal: string | null;
  title: string;
  leadText: string;
  coordinatingText: string;
  deadlineText: string;
  evidenceText: string;
  titleOnly: boolean;
  allCaps: boolean;
  isSection: boolean;
  depth: number;
}

function isAllCaps(text: string): boolean {
  const letters = text.match(/\p{L}/gu) ?? [];
  return letters.length >= 4 && letters.every((c) => c === c.toUpperCase());
}

function toWorkRow(raw: RawRow, warnings: Notes): WorkRow | null {
  let ordinalCell = raw.cells.ordinal;
  let title = raw.cells.title;
  if (ordinalCell !== "" && !looksLikeOrdinal(ordinalCell)) {
    if (title === "") {
      // The title printed in the TT cell ("HIỆN ĐẠI HÓA HÀNH CHÍNH"), maybe after its number.
      const split = /^([IVXL]+|\d+(?:\.\d+)*)[.)]?\s+(\S.*)$/.exec(ordinalCell);
      if (split && looksLikeOrdinal(split[1]!)) {
        ordinalCell = split[1]!;
        title = split[2]!;
      } else {
        title = ordinalCell;
        ordinalCell = "";
      }
    } else {
      note(warnings, raw.line, `không đọc được số thứ tự “${truncate(ordinalCell, 20)}”; giữ nguyên như in.`);
    }
  }
  title = cleanCell(title);
  const leadText = cleanCell(raw.cells.lead);
  const coordinatingText = cleanCell(raw.cells.coordinating);
  const deadlineText = cleanCell(raw.cells.deadline);
  const evidenceText = cleanCell(raw.cells.evidence);
  if (title === "") {
    if ([leadText, coordinatingText, deadlineText, evidenceText].some((c) => c !== "")) {
      note(warnings, raw.line, `bỏ qua vì không có nội dung nhiệm vụ.`);
    }
    return null;
  }
  let ordinal = normaliseOrdinal(ordinalCell);
  if (ordinal === "|") ordinal = "I";
  const titleOnly = leadText === "" && coordinatingText === "" && deadlineText === "";
  return {
    line: raw.line,
    ordinal,
    title,
    leadText,
    coordinatingText,
    deadlineText,
    evidenceText,
    titleOnly,
    allCaps: isAllCaps(title),
    isSection: false,
    depth: 0,
  };
}

/** "I" (or "l") before rows numbered "1.x" is the digit 1; a lone "l" is 1 too. */
function fixOneVersusI(rows: WorkRow[], warnings: Notes): void {
  rows.forEach((r, i) => {
    if (r.ordinal !== "I" && r.ordinal !== "l") return;
    if (r.allCaps && r.titleOnly) {
      if (r.ordinal === "l") r.ordinal = "I";
      return;
    }
    const next = rows.slice(i + 1).find((n) => n.ordinal !== null);
    if (r.ordinal === "l" || (next?.ordinal?.startsWith("1.") ?? false)) {
      if (r.ordinal === "I") note(warnings, r.line, `số thứ tự “I” được đọc là “1” vì các dòng dưới đánh số 1.x.`);
      r.ordinal = "1";
    }
  });
}

function arabicParts(o: string | null): number[] | null {
  return o !== null && /^\d+(\.\d+)*$/.test(o) ? o.split(".").map(Number) : null;
}

/** Depths, sections and their numbering, headings' stray-numbered content (rules in the header). */
function structure(rows: WorkRow[], warnings: Notes): void {
  const romanSections = rows.some((r) => r.titleOnly && (romanValue(r.ordinal ?? "") ?? 0) >= 2);
  let lastSection = 0;
  let sectionSeen = false;
  let lastNumberedDepth = -1;
  rows.forEach((r, i) => {
    const prev = i > 0 ? rows[i - 1]! : null;
    const roman = r.ordinal !== null ? romanValue(r.ordinal) : null;
    const arabic = arabicParts(r.ordinal);
    const capsSection =
      r.titleOnly &&
      r.allCaps &&
      (r.ordinal === null || roman !== null || (romanSections && arabic?.length === 1 && arabic[0] === lastSection + 1));
    if (r.titleOnly && (roman !== null || capsSection)) {
      r.isSection = true;
      r.depth = 0;
      sectionSeen = true;
      lastNumberedDepth = 0;
      if (roman !== null && roman > lastSection) {
        lastSection = roman;
        return;
      }
      if (r.ordinal === null && !(romanSections && lastSection > 0)) return;
      const next = toRoman(lastSection + 1);
      note(
        warnings,
        r.line,
        r.ordinal === null
          ? `đề mục “${truncate(r.title, 40)}” in không có số La Mã; đánh số “${next}” theo thứ tự.`
          : roman === null
            ? `số “${r.ordinal}” của đề mục in hoa “${truncate(r.title, 40)}” được đọc là số La Mã “${next}”.`
            : `số thứ tự “${r.ordinal}” của đề mục “${truncate(r.title, 40)}” không liền mạch; đọc là “${next}”.`,
      );
      r.ordinal = next;
      lastSection += 1;
      return;
    }

    const base = sectionSeen ? 1 : 0;
    const kind = ordinalKind(r.ordinal);
    let depth: number;
    if (kind === "arabic") depth = base + arabic!.length - 1;
    else if (kind === "roman") depth = 0;
    else if (kind === "letter") depth = lastNumberedDepth + 1;
    else if (!prev) depth = 0;
    else depth = prev.titleOnly || prev.isSection ? prev.depth + 1 : prev.depth;

    // A heading's only content printed with a number that is not a child's: the number is a slip.
    if (prev && prev.titleOnly && !prev.isSection && !r.titleOnly && depth <= prev.depth) {
      if (r.ordinal !== null) {
        note(
          warnings,
          r.line,
          `bỏ số thứ tự “${r.ordinal}” — dòng này là nội dung của mục “${prev.ordinal ?? truncate(prev.title, 30)}” ngay trên (mục đó không có đơn vị chủ trì).`,
        );
        r.ordinal = null;
      }
      depth = prev.depth + 1;
    }

    const max = prev ? prev.depth + 1 : 0;
    if (depth > max) {
      note(warnings, r.line, `số thứ tự “${r.ordinal ?? ""}” nhảy cấp; đặt dưới dòng ${prev?.line ?? ""}.`);
      depth = max;
    }
    r.depth = Math.max(0, depth);
    if (kind === "roman" && r.depth === 0) {
      sectionSeen = true;
      lastSection = Math.max(lastSection, romanValue(r.ordinal!)!);
    }
    if (r.ordinal !== null) lastNumberedDepth = r.depth;
  });
}

function parentIndex(rows: readonly WorkRow[], i: number): number | null {
  for (let j = i - 1; j >= 0; j--) if (rows[j]!.depth < rows[i]!.depth) return j;
  return null;
}

/** An unnumbered heading in the only gap of its siblings' numbers takes the missing number. */
function fillNumberGaps(rows: WorkRow[], hasChildren: boolean[], warnings: Notes): void {
  rows.forEach((r, i) => {
    if (r.ordinal !== null || !r.titleOnly || r.isSection || !hasChildren[i]) return;
    const parent = parentIndex(rows, i);
    const siblings: number[] = [];
    for (let j = (parent ?? -1) + 1; j < rows.length && (parent === null || rows[j]!.depth > rows[parent]!.depth); j++) {
      if (rows[j]!.depth === r.depth) siblings.push(j);
    }
    const at = siblings.indexOf(i);
    const before = siblings.slice(0, at);
    const after = siblings.slice(at + 1);
    const prevNumbered = before.length > 0 ? rows[before[before.length - 1]!]! : null;
    if (prevNumbered && prevNumbered.ordinal === null) return; // not the only gap
    const nextIndex = after.find((j) => rows[j]!.ordinal !== null);
    if (nextIndex === undefined || after.indexOf(nextIndex) !== 0) return;
    const nextParts = arabicParts(rows[nextIndex]!.ordinal);
    const prevParts = prevNumbered ? arabicParts(prevNumbered.ordinal) : [];
    if (!nextParts || !prevParts) return;
    const prevLast = prevParts.length > 0 ? prevParts[prevParts.length - 1]! : 0;
    if (nextParts[nextParts.length - 1] !== prevLast + 2) return;
    const ordinal = [...nextParts.slice(0, -1), prevLast + 1].join(".");
    note(warnings, r.line, `mục “${truncate(r.title, 40)}” in không có số; đánh số “${ordinal}” theo các mục cùng cấp.`);
    r.ordinal = ordinal;
  });
}

/**
 * Parse a pasted task table into rows in document order with their depth. Never throws: what
 * cannot be read is skipped or kept as printed, and said in `warnings`.
 */
export function parseTaskTable(text: string): TaskTableParse {
  const warnings: Notes = [];
  const rows = readRawRows(text, warnings)
    .map((r) => toWorkRow(r, warnings))
    .filter((r): r is WorkRow => r !== null);
  fixOneVersusI(rows, warnings);
  structure(rows, warnings);
  const hasChildren = rows.map((r, i) => (rows[i + 1]?.depth ?? -1) > r.depth);
  fillNumberGaps(rows, hasChildren, warnings);
  rows.forEach((r, i) => {
    if (r.titleOnly && hasChildren[i] && r.evidenceText !== "") {
      note(warnings, r.line, `đề mục có nội dung ở cột tài liệu kiểm chứng (“${truncate(r.evidenceText, 40)}”); kiểm tra xem có phải phần tiếp của dòng trên.`);
    }
  });
  return {
    rows: rows.map((r, i) => ({
      line: r.line,
      ordinal: r.ordinal,
      title: r.title,
      leadText: r.leadText,
      coordinatingText: r.coordinatingText,
      deadlineText: r.deadlineText,
      evidenceText: r.evidenceText,
      depth: r.depth,
      isHeading: r.titleOnly && (r.isSection || hasChildren[i]!),
    })),
    // By line, so the preview reads top to bottom (the passes above find things out of order).
    warnings: [...warnings].sort((a, b) => a.line - b.line).map((w) => `Dòng ${w.line}: ${w.text}`),
  };
}

/**
 * A spreadsheet's rows as the text parseTaskTable reads, so .xlsx goes through the same rules.
 * A line break inside a cell becomes "; " between names ("Sở Nội vụ⏎Sở Tư pháp") and a space
 * inside a sentence; tabs inside cells become spaces so that they cannot make columns.
 */
export function tableFromXlsxRows(rows: string[][]): string {
  return rows
    .map((cells) =>
      cells
        .map((cell) =>
          cell
            .replace(/\t/g, " ")
            .replace(/\s*\r?\n\s*/g, (_m: string, offset: number, whole: string) => {
              const before = whole.slice(0, offset).trimEnd();
              const after = whole.slice(offset).trimStart();
              const sentenceGoesOn = /[.,;:!?\-–]$/.test(before) || startsLowerOrDigit(after) || /^[-+•]/.test(after);
              return sentenceGoesOn ? " " : "; ";
            })
            .trim(),
        )
        .join("\t"),
    )
    .join("\n");
}
