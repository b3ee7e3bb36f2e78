import { foldVietnamese } from "./text";

/**
 * Results read from a spreadsheet (one row per unit, year, component and source), checked and
 * normalised before anything is written. Pure: the service reads the file and the database and
 * hands the rows and the units/components they may name to `validateResultRows`.
 */

export const RESULT_FIELDS = ["unit", "year", "component", "points", "maxPoints", "percent", "rank", "rankOf", "source", "printed", "example"] as const;
export type ResultField = (typeof RESULT_FIELDS)[number];

export const RESULT_SOURCES = ["published", "appraised", "self-assessed"] as const;
export type ResultSource = (typeof RESULT_SOURCES)[number];

/** The template's columns, in order, with the headers users see. */
export const RESULT_COLUMNS: ReadonlyArray<{ field: ResultField; header: string }> = [
  { field: "unit", header: "Mã đơn vị" },
  { field: "year", header: "Năm" },
  { field: "component", header: "Chỉ số thành phần" },
  { field: "points", header: "Điểm" },
  { field: "maxPoints", header: "Điểm tối đa" },
  { field: "percent", header: "Tỷ lệ (%)" },
  { field: "rank", header: "Thứ hạng" },
  { field: "rankOf", header: "Trên tổng số" },
  { field: "source", header: "Nguồn" },
  { field: "printed", header: "Trích nguồn" },
  { field: "example", header: "Ví dụ" },
];

/** What the template writes in the "Ví dụ" column of its sample rows; any mark there skips the row. */
export const EXAMPLE_MARK = "Ví dụ — không nhập";
const MAX_PRINTED = 1000;

export const RESULT_SOURCE_LABEL: Record<ResultSource, string> = {
  published: "Đã công bố",
  appraised: "Thẩm định",
  "self-assessed": "Tự đánh giá",
};

/** Caps well above any framework's maximum, below what the numeric(7,2) columns hold. */
const MAX_POINTS = 1000;
const MAX_RANK = 10000;

export function headerOf(field: ResultField): string {
  return RESULT_COLUMNS.find((c) => c.field === field)!.header;
}

/** Lower-case, no diacritics, punctuation and dashes as single spaces: "Tài chính – Kế hoạch" → "tai chinh ke hoach". */
export function nameKey(text: string): string {
  return foldVietnamese(text)
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/** Other headers people write for the same column (a sheet exported from another tool, an older template). */
const HEADER_ALIASES: Record<ResultField, string[]> = {
  unit: ["Mã đơn vị", "Đơn vị", "Tên đơn vị", "Mã ĐV", "Tỉnh, thành phố", "Tỉnh/thành phố", "Tỉnh", "Địa phương", "unit"],
  year: ["Năm", "Năm đánh giá", "year"],
  component: ["Chỉ số thành phần", "Chỉ số", "Mã chỉ số", "component"],
  points: ["Điểm", "Điểm đạt được", "Điểm số", "points"],
  maxPoints: ["Điểm tối đa", "Điểm chuẩn", "maxPoints"],
  percent: ["Tỷ lệ (%)", "Tỷ lệ", "Tỉ lệ (%)", "Tỉ lệ", "Tỷ lệ %", "percent"],
  rank: ["Thứ hạng", "Xếp hạng", "Hạng", "rank"],
  rankOf: ["Trên tổng số", "Tổng số đơn vị", "Số đơn vị xếp hạng", "rankOf"],
  source: ["Nguồn", "Nguồn số liệu", "source"],
  printed: ["Trích nguồn", "Nguồn trích dẫn", "Văn bản nguồn", "Tài liệu nguồn", "printed"],
  example: ["Ví dụ", "Dòng ví dụ", "Dòng mẫu", "example"],
};

const HEADER_INDEX = new Map<string, ResultField>(
  RESULT_FIELDS.flatMap((field) => HEADER_ALIASES[field].map((h) => [nameKey(h), field] as const)),
);

/** The canonical field a header names, ignoring case, diacritics and punctuation; null when unknown. */
export function mapHeader(header: string): ResultField | null {
  const key = nameKey(header);
  return key ? (HEADER_INDEX.get(key) ?? null) : null;
}

export type CellValue = string | number | null;

export interface UploadRow {
  /** The spreadsheet's row number, so errors point at what the user sees. */
  line: number;
  cells: Partial<Record<string, CellValue>>;
}

export interface UnitRef {
  id: number;
  code: string;
  name: string;
  shortName: string | null;
  aliases: string[];
}

export interface ComponentRef {
  key: string;
  name: string;
  shortName: string;
}

export interface ImportContext {
  /** Units the importer may write results for. */
  units: UnitRef[];
  /**
   * The country's provinces kept for their published figures (Sở Nội vụ benchmarks against them):
   * published results only.
   */
  publishedOnly?: UnitRef[];
  components: ComponentRef[];
  /** Units that exist but are outside the importer's scope: named so the error says "no permission", not "not found". */
  outOfScope?: UnitRef[];
}

export interface ParsedResultRow {
  line: number;
  unitId: number;
  unitCode: string;
  unitName: string;
  year: number;
  componentKey: string;
  points: number | null;
  maxPoints: number | null;
  percent: number | null;
  rank: number | null;
  rankOf: number | null;
  source: ResultSource;
  /** The "Trích nguồn" column: the document the figure is taken from; null when left blank. */
  printed: string | null;
}

export interface ImportError {
  line: number;
  /** The Vietnamese column header; null when the whole row is at fault (a duplicate). */
  column: string | null;
  message: string;
}

export interface ResultValues {
  points: number | null;
  maxPoints: number | null;
  percent: number | null;
  rank: number | null;
  rankOf: number | null;
}

/** "76.17" → "76,17" for messages. */
const vn = (n: number) => String(n).replace(".", ",");
const shown = (v: CellValue) => (typeof v === "number" ? vn(v) : String(v ?? "").trim());

function isBlank(v: CellValue | undefined): boolean {
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
}

/** A row with nothing in it: skipped without an error (spreadsheets keep blank formatted rows). */
export function isBlankRow(row: UploadRow): boolean {
  return Object.values(row.cells).every(isBlank);
}

/** A sample row: anything written in its "Ví dụ" column. Never imported, always reported. */
export function isExampleRow(row: UploadRow): boolean {
  return !isBlank(row.cells.example);
}

type Parsed<T> = { ok: true; value: T } | { ok: false };

/**
 * A number as Vietnamese spreadsheets hold it: "76,17", "1.234,5", " 70,52 % ", or a numeric cell.
 * A lone comma is the decimal mark (Vietnamese usage); a lone dot too (files saved in English).
 */
export function parseVnNumber(value: CellValue | undefined, allowPercentSign = false): Parsed<number | null> {
  if (isBlank(value)) return { ok: true, value: null };
  if (typeof value === "number") return Number.isFinite(value) ? { ok: true, value } : { ok: false };
  let t = String(value).replace(/\s+/g, "");
  if (allowPercentSign) t = t.replace(/%$/, "");
  let normal: string | null = null;
  if (/^[+-]?\d+(,\d+)?$/.test(t)) normal = t.replace(",", ".");
  else if (/^[+-]?\d+(\.\d+)?$/.test(t)) normal = t;
  else if (/^[+-]?\d{1,3}(\.\d{3})+(,\d+)?$/.test(t)) normal = t.replace(/\./g, "").replace(",", ".");
  else if (/^[+-]?\d{1,3}(,\d{3})+\.\d+$/.test(t)) normal = t.replace(/,/g, "");
  return normal === null ? { ok: false } : { ok: true, value: Number(normal) };
}

/** Scores are kept to the hundredth (the columns are numeric(_,2)); formulas leave 76.16999…. */
const hundredth = (n: number) => Math.round(n * 100) / 100;

/** Range and consistency rules shared by the importer and the single-result form. */
export interface ValueProblem {
  field: ResultField;
  message: string;
  /** "no-score": none of points, percent, rank given (the importer drops it when one of them did not parse). */
  kind: "range" | "no-score";
}

export function resultValueProblems(v: ResultValues): ValueProblem[] {
  const out: ValueProblem[] = [];
  if (v.points !== null && (v.points < 0 || v.points > MAX_POINTS)) {
    out.push({ field: "points", kind: "range", message: `Điểm phải từ 0 đến ${MAX_POINTS} (đang là ${vn(v.points)}).` });
  }
  if (v.maxPoints !== null && (v.maxPoints <= 0 || v.maxPoints > MAX_POINTS)) {
    out.push({ field: "maxPoints", kind: "range", message: `Điểm tối đa phải lớn hơn 0 và không quá ${MAX_POINTS} (đang là ${vn(v.maxPoints)}).` });
  }
  if (v.points !== null && v.maxPoints !== null && v.points > v.maxPoints) {
    out.push({ field: "points", kind: "range", message: `Điểm ${vn(v.points)} lớn hơn điểm tối đa ${vn(v.maxPoints)}.` });
  }
  if (v.percent !== null && (v.percent < 0 || v.percent > 100)) {
    out.push({ field: "percent", kind: "range", message: `Tỷ lệ phải từ 0 đến 100 (đang là ${vn(v.percent)}).` });
  }
  if (v.rank !== null && (!Number.isInteger(v.rank) || v.rank < 1 || v.rank > MAX_RANK)) {
    out.push({ field: "rank", kind: "range", message: `Thứ hạng phải là số nguyên từ 1 trở lên (đang là ${vn(v.rank)}).` });
  }
  if (v.rankOf !== null && (!Number.isInteger(v.rankOf) || v.rankOf < 1 || v.rankOf > MAX_RANK)) {
    out.push({ field: "rankOf", kind: "range", message: `Tổng số đơn vị xếp hạng phải là số nguyên từ 1 trở lên (đang là ${vn(v.rankOf)}).` });
  } else if (v.rankOf !== null && v.rank !== null && v.rankOf < v.rank) {
    out.push({ field: "rankOf", kind: "range", message: `Thứ hạng ${vn(v.rank)} lớn hơn tổng số ${vn(v.rankOf)} đơn vị xếp hạng.` });
  }
  if (v.points === null && v.percent === null && v.rank === null) {
    out.push({ field: "points", kind: "no-score", message: "Dòng chưa có điểm, tỷ lệ hay thứ hạng: hãy nhập ít nhất một trong ba." });
  }
  return out;
}

const SOURCE_WORDS: Record<string, ResultSource> = {
  "da cong bo": "published",
  "cong bo": "published",
  published: "published",
  "tham dinh": "appraised",
  "da tham dinh": "appraised",
  "ket qua tham dinh": "appraised",
  appraised: "appraised",
  "tu danh gia": "self-assessed",
  "tu cham": "self-assessed",
  "self assessed": "self-assessed",
};

/** Empty means published: most figures people type come from the announced ranking. */
export function parseSource(value: CellValue | undefined): ResultSource | null {
  if (isBlank(value)) return "published";
  return SOURCE_WORDS[nameKey(String(value))] ?? null;
}

/** Words people use for the total and for SIPAS that are neither its key nor its catalogue name. */
const COMPONENT_SYNONYMS: Record<string, string> = {
  tong: "tong",
  "tong cong": "tong",
  "tong diem": "tong",
  "chi so cchc": "tong",
  "chi so cai cach hanh chinh": "tong",
  "par index": "tong",
  sipas: "sipas",
  "chi so sipas": "sipas",
  "chi so hai long": "sipas",
};

/** Leading words unit names carry or drop at will: "UBND xã …", "Phòng …", "Sở …". */
const UNIT_PREFIX = /^(ubnd|phong|so) /;

type Lookup<T> = { kind: "one"; item: T } | { kind: "many"; items: T[] } | { kind: "none" };

function addTo<T>(map: Map<string, Set<T>>, key: string, item: T) {
  if (!key) return;
  const set = map.get(key) ?? new Set<T>();
  set.add(item);
  map.set(key, set);
}

function fromSet<T>(set: Set<T> | undefined): Lookup<T> | null {
  if (!set || set.size === 0) return null;
  const items = [...set];
  return items.length === 1 ? { kind: "one", item: items[0]! } : { kind: "many", items };
}

/** Finds a unit by code, then by its names as written, then by its names without "UBND/Phòng/Sở". */
class UnitIndex {
  private readonly byCode = new Map<string, UnitRef>();
  private readonly byName = new Map<string, Set<UnitRef>>();
  private readonly byBareName = new Map<string, Set<UnitRef>>();

  constructor(units: UnitRef[]) {
    for (const u of units) {
      this.byCode.set(u.code, u);
      for (const n of [u.name, u.shortName, ...u.aliases]) {
        if (!n) continue;
        const key = nameKey(n);
        addTo(this.byName, key, u);
        addTo(this.byBareName, key.replace(UNIT_PREFIX, ""), u);
      }
    }
  }

  find(text: string): Lookup<UnitRef> {
    const byCode = this.byCode.get(text);
    if (byCode) return { kind: "one", item: byCode };
    const key = nameKey(text);
    return fromSet(this.byName.get(key)) ?? fromSet(this.byBareName.get(key.replace(UNIT_PREFIX, ""))) ?? { kind: "none" };
  }
}

class ComponentIndex {
  private readonly byKey = new Map<string, ComponentRef>();
  private readonly byName = new Map<string, Set<ComponentRef>>();

  constructor(components: ComponentRef[]) {
    for (const c of components) {
      this.byKey.set(c.key, c);
      for (const n of [c.key, c.name, c.shortName]) addTo(this.byName, nameKey(n), c);
    }
    for (const [words, key] of Object.entries(COMPONENT_SYNONYMS)) {
      const c = this.byKey.get(key);
      if (c) addTo(this.byName, words, c);
    }
  }

  find(text: string): Lookup<ComponentRef> {
    const byKey = this.byKey.get(text.trim().toLowerCase());
    if (byKey) return { kind: "one", item: byKey };
    return fromSet(this.byName.get(nameKey(text))) ?? { kind: "none" };
  }
}

function parseYear(value: CellValue | undefined): Parsed<number> | "blank" {
  if (isBlank(value)) return "blank";
  const n = typeof value === "number" ? value : /^\d{4}$/.test(String(value).trim()) ? Number(String(value).trim()) : NaN;
  return Number.isInteger(n) && n >= 2000 && n <= 2100 ? { ok: true, value: n } : { ok: false };
}

/** Validate one non-blank row; pushes its errors and returns the row only when it has none. */
function parseRow(
  row: UploadRow,
  units: UnitIndex,
  peers: UnitIndex,
  others: UnitIndex,
  components: ComponentIndex,
  errors: ImportError[],
  unknown: Map<string, number[]>,
): ParsedResultRow | null {
  const before = errors.length;
  const fail = (field: ResultField, message: string) => errors.push({ line: row.line, column: headerOf(field), message });
  const cell = (field: ResultField) => row.cells[field] ?? null;

  let unit: UnitRef | null = null;
  let peerOnly = false;
  const unitText = shown(cell("unit"));
  if (!unitText) fail("unit", "Thiếu đơn vị: nhập mã đơn vị (xem trang \"Đơn vị\" của tệp mẫu) hoặc tên đơn vị.");
  else {
    let found = units.find(unitText);
    if (found.kind === "none") {
      found = peers.find(unitText);
      peerOnly = found.kind === "one";
    }
    if (found.kind === "one") unit = found.item;
    else if (found.kind === "many") {
      const names = found.items.map((u) => `${u.name} (${u.code})`).join("; ");
      fail("unit", `Tên đơn vị "${unitText}" khớp nhiều đơn vị: ${names}. Hãy dùng mã đơn vị.`);
    } else {
      const elsewhere = others.find(unitText);
      if (elsewhere.kind === "one") {
        fail("unit", `Bạn không có quyền nhập kết quả cho đơn vị "${elsewhere.item.name}" (${elsewhere.item.code}): đơn vị này ngoài phạm vi bạn quản lý.`);
      } else if (elsewhere.kind === "many") {
        fail("unit", `Bạn không có quyền nhập kết quả cho đơn vị "${unitText}": đơn vị này ngoài phạm vi bạn quản lý.`);
      } else {
        fail("unit", `Không tìm thấy đơn vị "${unitText}". Hãy dùng mã đơn vị trong trang "Đơn vị" của tệp mẫu.`);
        unknown.set(unitText, [...(unknown.get(unitText) ?? []), row.line]);
      }
    }
  }

  const year = parseYear(cell("year"));
  if (year === "blank") fail("year", "Thiếu năm: nhập năm 4 chữ số, ví dụ 2024.");
  else if (!year.ok) fail("year", `Năm "${shown(cell("year"))}" không hợp lệ: nhập năm 4 chữ số từ 2000 đến 2100.`);

  let componentKey: string | null = null;
  const componentText = shown(cell("component"));
  if (!componentText) fail("component", "Thiếu chỉ số thành phần: nhập mã chỉ số (ví dụ tong, tai-chinh-cong) hoặc tên chỉ số.");
  else {
    const found = components.find(componentText);
    if (found.kind === "one") componentKey = found.item.key;
    else if (found.kind === "many") {
      fail("component", `Tên chỉ số "${componentText}" khớp nhiều chỉ số: ${found.items.map((c) => c.key).join("; ")}. Hãy dùng mã chỉ số.`);
    } else {
      fail("component", `Không tìm thấy chỉ số thành phần "${componentText}". Hãy dùng mã trong trang "Chỉ số" của tệp mẫu (ví dụ tong, tai-chinh-cong).`);
    }
  }

  const number = (field: "points" | "maxPoints" | "percent"): number | null => {
    const parsed = parseVnNumber(cell(field), field === "percent");
    if (parsed.ok) return parsed.value === null ? null : hundredth(parsed.value);
    const text = shown(cell(field));
    const hint =
      field !== "percent" && text.trim().endsWith("%")
        ? ` Nếu đây là tỷ lệ, hãy nhập vào cột "${headerOf("percent")}".`
        : " Dùng dấu phẩy cho phần thập phân, ví dụ 76,17.";
    fail(field, `"${text}" không phải là số.${hint}`);
    return null;
  };
  const points = number("points");
  const maxPoints = number("maxPoints");
  const percent = number("percent");

  // "4/14" in the rank column is how rankings are printed: take it as rank 4 of 14.
  let rankCell = cell("rank");
  let rankOfCell = cell("rankOf");
  const slash = typeof rankCell === "string" ? /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(rankCell) : null;
  if (slash) {
    rankCell = slash[1]!;
    const given = parseVnNumber(rankOfCell);
    if (isBlank(rankOfCell)) rankOfCell = slash[2]!;
    else if (given.ok && given.value !== Number(slash[2])) {
      fail("rankOf", `Thứ hạng ghi "${shown(cell("rank"))}" nhưng cột "${headerOf("rankOf")}" ghi ${shown(rankOfCell)}.`);
    }
  }
  const integer = (field: "rank" | "rankOf", value: CellValue): number | null => {
    const parsed = parseVnNumber(value);
    if (parsed.ok) return parsed.value;
    fail(field, `"${shown(value)}" không phải là số nguyên.`);
    return null;
  };
  const rank = integer("rank", rankCell);
  const rankOf = integer("rankOf", rankOfCell);

  const source = parseSource(cell("source"));
  if (!source) {
    const allowed = RESULT_SOURCES.map((s) => `"${RESULT_SOURCE_LABEL[s]}"`).join(", ");
    fail("source", `Nguồn "${shown(cell("source"))}" không hợp lệ: dùng ${allowed} (để trống là "Đã công bố").`);
  } else if (peerOnly && source !== "published" && unit) {
    fail("source", `${unit.name} là tỉnh, thành phố khác: chỉ nhập được kết quả "Đã công bố" của tỉnh này.`);
  }

  const printedText = shown(cell("printed"));
  if (printedText.length > MAX_PRINTED) fail("printed", `Trích nguồn quá dài (tối đa ${MAX_PRINTED} ký tự).`);

  // Range rules only make sense on values that parsed; a column already in error is not reported twice.
  const inError = new Set(errors.slice(before).map((e) => e.column));
  const scoreInError = (["points", "percent", "rank"] as const).some((f) => inError.has(headerOf(f)));
  for (const p of resultValueProblems({ points, maxPoints, percent, rank, rankOf })) {
    if (p.kind === "no-score" ? !scoreInError : !inError.has(headerOf(p.field))) fail(p.field, p.message);
  }

  if (errors.length > before || !unit || componentKey === null || year === "blank" || !year.ok || !source) return null;
  return {
    line: row.line,
    unitId: unit.id,
    unitCode: unit.code,
    unitName: unit.name,
    year: year.value,
    componentKey,
    points,
    maxPoints,
    percent,
    rank,
    rankOf,
    source,
    printed: printedText ? printedText : null,
  };
}

/**
 * Check every row; a row comes back only when it has no error. Blank rows are skipped silently;
 * the second of two rows for the same unit, year, component and source is an error.
 */
export interface ValidatedRows {
  rows: ParsedResultRow[];
  errors: ImportError[];
  /** Lines of the sample rows (marked in "Ví dụ"), skipped. */
  exampleLines: number[];
  /** Unit names found nowhere, with their lines: the preview may offer to add them as provinces. */
  unknownUnits: Array<{ name: string; lines: number[] }>;
}

export function validateResultRows(input: UploadRow[], context: ImportContext): ValidatedRows {
  const units = new UnitIndex(context.units);
  const peers = new UnitIndex(context.publishedOnly ?? []);
  const others = new UnitIndex(context.outOfScope ?? []);
  const components = new ComponentIndex(context.components);
  const rows: ParsedResultRow[] = [];
  const errors: ImportError[] = [];
  const exampleLines: number[] = [];
  const unknown = new Map<string, number[]>();
  const firstLine = new Map<string, number>();
  for (const row of input) {
    if (isBlankRow(row)) continue;
    if (isExampleRow(row)) {
      exampleLines.push(row.line);
      continue;
    }
    const parsed = parseRow(row, units, peers, others, components, errors, unknown);
    if (!parsed) continue;
    const key = `${parsed.unitId}|${parsed.year}|${parsed.componentKey}|${parsed.source}`;
    const first = firstLine.get(key);
    if (first !== undefined) {
      errors.push({
        line: row.line,
        column: null,
        message: `Trùng với dòng ${first}: cùng đơn vị, năm, chỉ số và nguồn. Mỗi đơn vị chỉ nhập một dòng cho một chỉ số trong một năm; hãy xóa một trong hai dòng.`,
      });
      continue;
    }
    firstLine.set(key, row.line);
    rows.push(parsed);
  }
  errors.sort((a, b) => a.line - b.line);
  return { rows, errors, exampleLines, unknownUnits: [...unknown].map(([name, lines]) => ({ name, lines })) };
}
