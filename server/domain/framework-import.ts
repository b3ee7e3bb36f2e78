import { formatPoints } from "./cycle-scoring";

/**
 * The framework template (sheet "Tiêu chí"): one row per component, criterion or sub-criterion.
 * A row with a component key and no criterion title names the component and its maximum; a row
 * with a title is a criterion of the component named above it (or on the row). A criterion whose
 * STT extends another's ("2.1" under "2") is its sub-criterion. Pure: text cells in, a framework
 * tree or Vietnamese errors (with the row number) out.
 */
export const FRAMEWORK_COLUMNS = [
  { field: "component", header: "Mã chỉ số thành phần" },
  { field: "componentName", header: "Tên chỉ số thành phần" },
  { field: "ordinal", header: "STT" },
  { field: "title", header: "Tiêu chí, tiêu chí thành phần" },
  { field: "max", header: "Điểm tối đa" },
  { field: "scoring", header: "Cách chấm" },
  { field: "steps", header: "Các mức điểm" },
  { field: "evidence", header: "Tài liệu kiểm chứng" },
  { field: "appraiser", header: "Cơ quan thẩm định" },
] as const;
export type FrameworkField = (typeof FRAMEWORK_COLUMNS)[number]["field"];

export const SCORING_LABELS = { steps: "Theo mức", range: "Trong khoảng", survey: "Điều tra XHH" } as const;
export type ScoringKind = keyof typeof SCORING_LABELS;

export interface ParsedCriterion {
  ordinal: string | null;
  title: string;
  max: number;
  scoring: ScoringKind;
  steps: number[] | null;
  evidence: string | null;
  appraiser: string | null;
  /** Ordinal of the parent criterion in the same component. */
  parentOrdinal: string | null;
  line: number;
}

export interface ParsedComponent {
  key: string;
  name: string;
  max: number | null;
  criteria: ParsedCriterion[];
}

/**
 * A framework's maximum: each component's own maximum, or else the sum of its top-level criteria
 * (sub-criteria share their parent's points), added in hundredths so that 0,1 + 0,2 stays 0,3.
 */
export function frameworkMaxPoints(components: ParsedComponent[]): number {
  const hundredths = components.reduce(
    (sum, c) => sum + Math.round((c.max ?? c.criteria.filter((x) => !x.parentOrdinal).reduce((b, x) => b + x.max, 0)) * 100),
    0,
  );
  return hundredths / 100;
}

export interface FrameworkParse {
  components: ParsedComponent[];
  errors: Array<{ line: number; message: string }>;
}

const norm = (s: string) => s.normalize("NFC").trim().toLowerCase().replace(/\s+/g, " ");

/** "1,5" or "1.5" → 1.5; blank → null; anything else → NaN. */
export function parsePoints(text: string): number | null {
  const t = text.trim().replace(/\s/g, "");
  if (t === "") return null;
  if (!/^\d+([.,]\d+)?$/.test(t)) return Number.NaN;
  return Number(t.replace(",", "."));
}

function scoringOf(text: string): ScoringKind | null {
  const t = norm(text);
  if (t === "") return "range";
  for (const [k, label] of Object.entries(SCORING_LABELS)) if (norm(label) === t || t === k) return k as ScoringKind;
  if (t.startsWith("mức") || t.startsWith("theo mức")) return "steps";
  if (t.includes("khoảng")) return "range";
  if (t.includes("điều tra") || t.includes("xhh")) return "survey";
  return null;
}

/** Find the header row (the first of ten with "STT" and a criterion column) and map columns to fields. */
export function mapFrameworkHeader(rows: readonly string[][]): { index: number; columns: Map<FrameworkField, number> } | null {
  for (let i = 0; i < Math.min(rows.length, 10); i++) {
    const columns = new Map<FrameworkField, number>();
    rows[i]!.forEach((cell, col) => {
      const c = norm(cell);
      const match = FRAMEWORK_COLUMNS.find((f) => norm(f.header) === c);
      if (match) columns.set(match.field, col);
    });
    if (columns.has("title") && columns.has("max") && columns.has("component")) return { index: i, columns };
  }
  return null;
}

export function parseFrameworkRows(
  rows: readonly string[][],
  catalogue: ReadonlyArray<{ key: string; name: string }>,
): FrameworkParse {
  const errors: FrameworkParse["errors"] = [];
  const header = mapFrameworkHeader(rows);
  if (!header) {
    return { components: [], errors: [{ line: 1, message: `Không thấy dòng tiêu đề: cần các cột "${FRAMEWORK_COLUMNS.map((c) => c.header).join('", "')}" (tải mẫu để xem).` }] };
  }
  const byKey = new Map(catalogue.map((c) => [c.key, c]));
  const byName = new Map(catalogue.map((c) => [norm(c.name), c]));
  const components: ParsedComponent[] = [];
  let current: ParsedComponent | null = null;
  const cell = (row: readonly string[], f: FrameworkField) => {
    const col = header.columns.get(f);
    return col === undefined ? "" : (row[col] ?? "").trim();
  };
  for (let i = header.index + 1; i < rows.length; i++) {
    const row = rows[i]!;
    const line = i + 1;
    if (row.every((c) => c.trim() === "")) continue;
    const compText = cell(row, "component");
    const title = cell(row, "title");
    if (compText !== "") {
      const found = byKey.get(compText) ?? byName.get(norm(compText));
      if (!found) {
        errors.push({ line, message: `Dòng ${line}: mã chỉ số thành phần "${compText}" không có trong danh mục (xem trang "Chỉ số").` });
        current = null;
        continue;
      }
      const existing = components.find((c) => c.key === found.key);
      if (existing && title === "") {
        errors.push({ line, message: `Dòng ${line}: chỉ số thành phần "${found.name}" đã khai báo ở trên.` });
        continue;
      }
      current = existing ?? { key: found.key, name: cell(row, "componentName") || found.name, max: null, criteria: [] };
      if (!existing) components.push(current);
      if (title === "") {
        const max = parsePoints(cell(row, "max"));
        if (max !== null && (Number.isNaN(max) || max <= 0)) errors.push({ line, message: `Dòng ${line}: điểm tối đa của chỉ số thành phần phải là số dương.` });
        else current.max = max;
        continue;
      }
    }
    if (title === "") {
      errors.push({ line, message: `Dòng ${line}: thiếu tên tiêu chí.` });
      continue;
    }
    if (!current) {
      errors.push({ line, message: `Dòng ${line}: tiêu chí "${title}" chưa thuộc chỉ số thành phần nào: ghi mã chỉ số thành phần ở dòng này hoặc ở dòng trên.` });
      continue;
    }
    const max = parsePoints(cell(row, "max"));
    if (max === null || Number.isNaN(max)) {
      errors.push({ line, message: `Dòng ${line}: điểm tối đa của tiêu chí phải là một số, ví dụ 1,5.` });
      continue;
    }
    const scoring = scoringOf(cell(row, "scoring"));
    if (!scoring) {
      errors.push({ line, message: `Dòng ${line}: cách chấm phải là "${Object.values(SCORING_LABELS).join('", "')}".` });
      continue;
    }
    let steps: number[] | null = null;
    if (scoring === "steps") {
      const parts = cell(row, "steps").split(/[;\n]/).map((p) => p.trim()).filter(Boolean);
      const values = parts.map(parsePoints);
      if (values.length === 0 || values.some((v) => v === null || Number.isNaN(v))) {
        errors.push({ line, message: `Dòng ${line}: chấm theo mức cần các mức điểm, cách nhau bởi dấu chấm phẩy, ví dụ "0; 0,5; 1".` });
        continue;
      }
      steps = [...new Set(values as number[])].sort((a, b) => a - b);
      const over = steps.find((v) => v > max);
      if (over !== undefined) {
        errors.push({ line, message: `Dòng ${line}: mức ${formatPoints(over)} vượt quá điểm tối đa ${formatPoints(max)}.` });
        continue;
      }
    }
    const ordinal = cell(row, "ordinal") || null;
    if (ordinal && current.criteria.some((c) => c.ordinal === ordinal)) {
      errors.push({ line, message: `Dòng ${line}: STT "${ordinal}" trùng trong chỉ số thành phần "${current.name}".` });
      continue;
    }
    const parentOrdinal = ordinal && ordinal.includes(".") ? ordinal.slice(0, ordinal.lastIndexOf(".")) : null;
    const parent = parentOrdinal ? current.criteria.find((c) => c.ordinal === parentOrdinal) : undefined;
    current.criteria.push({
      ordinal,
      title,
      max,
      scoring,
      steps,
      evidence: cell(row, "evidence") || null,
      appraiser: cell(row, "appraiser") || null,
      parentOrdinal: parent ? parentOrdinal : null,
      line,
    });
  }
  // Sub-criteria must not add up to more than their criterion.
  for (const comp of components) {
    for (const c of comp.criteria) {
      const children = comp.criteria.filter((x) => x.parentOrdinal === c.ordinal && c.ordinal !== null);
      const sum = children.reduce((a, x) => a + Math.round(x.max * 100), 0) / 100;
      if (children.length && sum > c.max) {
        errors.push({ line: c.line, message: `Dòng ${c.line}: tổng điểm các tiêu chí thành phần (${formatPoints(sum)}) vượt điểm tối đa của tiêu chí "${c.ordinal}" (${formatPoints(c.max)}).` });
      }
    }
    const top = comp.criteria.filter((c) => c.parentOrdinal === null).reduce((a, c) => a + Math.round(c.max * 100), 0) / 100;
    if (comp.max !== null && top > comp.max) {
      errors.push({ line: comp.criteria[0]?.line ?? 1, message: `Tổng điểm các tiêu chí của "${comp.name}" (${formatPoints(top)}) vượt điểm tối đa của chỉ số thành phần (${formatPoints(comp.max)}).` });
    }
  }
  if (components.length === 0 && errors.length === 0) errors.push({ line: header.index + 2, message: "Tệp chưa có chỉ số thành phần nào." });
  return { components, errors };
}
