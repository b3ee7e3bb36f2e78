import type ExcelJS from "exceljs";
import { and, asc, eq, inArray } from "drizzle-orm";
import { z } from "zod";
import type { Db, DbOrTx } from "../../db/client";
import * as s from "../../db/schema";
import { can, type Actor } from "../domain/permissions";
import {
  RESULT_COLUMNS,
  RESULT_SOURCES,
  headerOf,
  isBlankRow,
  mapHeader,
  resultValueProblems,
  validateResultRows,
  type CellValue,
  type ImportContext,
  type ImportError,
  type ParsedResultRow,
  type ResultField,
  type ResultSource,
  type UploadRow,
} from "../domain/results-import";
import { authorize } from "./actor";
import { recordAudit } from "./audit";
import { ServiceError, badRequest, conflict, forbidden, notFound } from "./errors";
import { componentKeySchema, idInput, optionalText, requireComponent, unitByCode, unitCodeSchema, vnNumber, yearSchema } from "./result-inputs";
import { flattenTree } from "./units";
import { canKeepProvinces, provinceCatalog } from "./unit-admin";
import { matchProvince } from "../domain/province-catalog";
import { readSpreadsheet } from "../spreadsheet/read";
import type { SheetRow } from "../spreadsheet/types";

/**
 * Results (scores and ranks): one at a time from a form, or many at once from a spreadsheet
 * (targets are in targets.ts). Every write needs the "manage" right on the unit (Home Affairs in scope) and
 * leaves an audit entry in the same transaction.
 */

/** Two people saving the same result at the same moment: the unique key refuses the second. */
function isUniqueViolation(e: unknown): boolean {
  for (let cur: unknown = e, depth = 0; cur && depth < 4; depth++) {
    if (typeof cur === "object" && "code" in cur && (cur as { code: unknown }).code === "23505") return true;
    cur = typeof cur === "object" && "cause" in cur ? (cur as { cause: unknown }).cause : null;
  }
  return false;
}

async function retryableWrite<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (e) {
    if (!(e instanceof ServiceError) && isUniqueViolation(e)) {
      throw conflict("Kết quả này vừa được người khác lưu cùng lúc. Hãy tải lại trang và thử lại.");
    }
    throw e;
  }
}

// ---------------------------------------------------------------------------------------------
// Results, one at a time

export const resultInput = z
  .object({
    unitCode: unitCodeSchema,
    year: yearSchema,
    componentKey: componentKeySchema,
    points: vnNumber("Điểm"),
    maxPoints: vnNumber("Điểm tối đa"),
    percent: vnNumber("Tỷ lệ", true),
    rank: vnNumber("Thứ hạng"),
    rankOf: vnNumber("Tổng số đơn vị xếp hạng"),
    source: z
      .enum(RESULT_SOURCES, { error: "Nguồn phải là Đã công bố, Thẩm định hoặc Tự đánh giá." })
      .default("published"),
    /** Where the figure comes from ("Báo cáo số …"); null for a figure typed by hand. */
    printed: optionalText(1000, "Nguồn trích dẫn"),
  })
  .superRefine((v, ctx) => {
    for (const p of resultValueProblems(v)) ctx.addIssue({ code: "custom", path: [p.field], message: p.message });
  });
export type ResultInput = z.input<typeof resultInput>;

type ResultValuesRow = Pick<ParsedResultRow, "points" | "maxPoints" | "percent" | "rank" | "rankOf">;
const VALUE_FIELDS = ["points", "maxPoints", "percent", "rank", "rankOf"] as const;

interface StoredResult extends ResultValuesRow {
  id: number;
  unitId: number;
  year: number;
  componentKey: string;
  source: ResultSource;
  printed: string | null;
}

/** What a result looked like, for the audit trail and the import preview. */
export interface ResultSnapshot extends ResultValuesRow {
  unit: string;
  year: number;
  componentKey: string;
  source: ResultSource;
  printed: string | null;
}

const resultKey = (r: { unitId: number; year: number; componentKey: string; source: string }) =>
  `${r.unitId}|${r.year}|${r.componentKey}|${r.source}`;

const sameValues = (a: ResultValuesRow, b: ResultValuesRow) => VALUE_FIELDS.every((f) => a[f] === b[f]);

const storedColumns = {
  id: s.results.id,
  unitId: s.results.unitId,
  year: s.results.year,
  componentKey: s.results.componentKey,
  source: s.results.source,
  points: s.results.points,
  maxPoints: s.results.maxPoints,
  percent: s.results.percent,
  rank: s.results.rank,
  rankOf: s.results.rankOf,
  printed: s.results.printed,
};

function snapshot(r: Omit<StoredResult, "id" | "unitId">, unitCode: string): ResultSnapshot {
  return {
    unit: unitCode,
    year: r.year,
    componentKey: r.componentKey,
    source: r.source,
    points: r.points,
    maxPoints: r.maxPoints,
    percent: r.percent,
    rank: r.rank,
    rankOf: r.rankOf,
    printed: r.printed,
  };
}

type WriteOutcome = { id: number; action: "insert" | "update" | "unchanged" };

/**
 * Insert or replace one result and audit it. Identical figures are left alone (no write, no
 * audit entry), so importing the same file twice leaves the trail as it was.
 */
async function writeResult(
  tx: DbOrTx,
  actor: Actor,
  row: Omit<StoredResult, "id" | "printed"> & { unitCode: string; printed: string | null },
  existing: StoredResult | null,
  note?: string,
): Promise<WriteOutcome> {
  const values = {
    points: row.points,
    maxPoints: row.maxPoints,
    percent: row.percent,
    rank: row.rank,
    rankOf: row.rankOf,
    printed: row.printed,
  };
  if (existing) {
    if (sameValues(existing, row)) return { id: existing.id, action: "unchanged" };
    await tx
      .update(s.results)
      .set({ ...values, updatedAt: new Date() })
      .where(eq(s.results.id, existing.id));
    await recordAudit(tx, {
      actor,
      action: "update",
      entity: "result",
      entityId: existing.id,
      unitId: row.unitId,
      before: snapshot(existing, row.unitCode),
      after: snapshot({ ...row, ...values }, row.unitCode),
      note,
    });
    return { id: existing.id, action: "update" };
  }
  const [inserted] = await tx
    .insert(s.results)
    .values({ unitId: row.unitId, year: row.year, componentKey: row.componentKey, source: row.source, ...values })
    .returning({ id: s.results.id });
  await recordAudit(tx, {
    actor,
    action: "create",
    entity: "result",
    entityId: inserted!.id,
    unitId: row.unitId,
    after: snapshot({ ...row, ...values }, row.unitCode),
    note,
  });
  return { id: inserted!.id, action: "insert" };
}

/**
 * Create a result, or correct the one already kept for the same unit, year, component and
 * source. Returns "unchanged" when the figures are the ones already stored.
 */
export async function saveResult(db: Db, actor: Actor, raw: unknown): Promise<WriteOutcome> {
  const input = resultInput.parse(raw);
  return retryableWrite(() =>
    db.transaction(async (tx) => {
      const unit = await unitByCode(tx, input.unitCode);
      authorize(actor, { kind: "manage", unitId: unit.id });
      await requireComponent(tx, input.componentKey);
      const [existing] = await tx
        .select(storedColumns)
        .from(s.results)
        .where(
          and(
            eq(s.results.unitId, unit.id),
            eq(s.results.year, input.year),
            eq(s.results.componentKey, input.componentKey),
            eq(s.results.source, input.source),
          ),
        );
      return writeResult(tx, actor, { ...input, unitId: unit.id, unitCode: unit.code }, existing ?? null);
    }),
  );
}

export async function deleteResult(db: Db, actor: Actor, raw: unknown): Promise<void> {
  const { id } = idInput.parse(raw);
  await db.transaction(async (tx) => {
    const [existing] = await tx
      .select({ ...storedColumns, unitCode: s.units.code })
      .from(s.results)
      .innerJoin(s.units, eq(s.units.id, s.results.unitId))
      .where(eq(s.results.id, id));
    if (!existing) throw notFound("Không tìm thấy kết quả này; có thể đã bị xóa.");
    authorize(actor, { kind: "manage", unitId: existing.unitId });
    await tx.delete(s.results).where(eq(s.results.id, id));
    await recordAudit(tx, {
      actor,
      action: "delete",
      entity: "result",
      entityId: id,
      unitId: existing.unitId,
      before: snapshot(existing, existing.unitCode),
    });
  });
}

// ---------------------------------------------------------------------------------------------
// Reading an uploaded spreadsheet

export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;
const HEADER_SEARCH_ROWS = 10;
const REQUIRED_FIELDS: ResultField[] = ["unit", "year", "component"];
const EXPECTED_HEADERS = RESULT_COLUMNS.map((c) => c.header).join(", ");

export interface UploadFile {
  name: string;
  bytes: Uint8Array;
}

interface RawRow {
  line: number;
  /** Cell values by column position (0-based). */
  values: CellValue[];
}

/** Columns of the first row (within the first ten) that names unit, year and component. */
function findHeader(rows: RawRow[]): { line: number; fields: Array<ResultField | null> } | { missing: ResultField[] } {
  let fewestMissing: ResultField[] | null = null;
  for (const row of rows) {
    if (row.line > HEADER_SEARCH_ROWS) break;
    const fields = row.values.map((v) => (typeof v === "string" ? mapHeader(v) : null));
    if (fields.every((f) => f === null)) continue;
    const missing = REQUIRED_FIELDS.filter((f) => !fields.includes(f));
    if (missing.length === 0) return { line: row.line, fields };
    if (!fewestMissing || missing.length < fewestMissing.length) fewestMissing = missing;
  }
  return { missing: fewestMissing ?? REQUIRED_FIELDS };
}

function headerProblem(missing: ResultField[]): ServiceError {
  const message =
    missing.length === REQUIRED_FIELDS.length
      ? `Không tìm thấy dòng tiêu đề trong ${HEADER_SEARCH_ROWS} dòng đầu của tệp. Tệp cần có các cột: ${EXPECTED_HEADERS}. Hãy tải tệp mẫu và điền theo mẫu.`
      : `Tệp thiếu cột ${missing.map((f) => `"${headerOf(f)}"`).join(", ")}. Tệp cần có các cột: ${EXPECTED_HEADERS}.`;
  return badRequest(message, { expectedHeaders: RESULT_COLUMNS.map((c) => c.header) });
}

/**
 * Data rows below the header, keyed by field; when two columns name one field, the first filled
 * one wins. Blank rows (a CSV's trailing newline, ";;;;" lines) are dropped here already.
 */
function toUploadRows(rows: RawRow[], header: { line: number; fields: Array<ResultField | null> }): UploadRow[] {
  return rows
    .filter((r) => r.line > header.line)
    .map((r): UploadRow => {
      const cells: Partial<Record<ResultField, CellValue>> = {};
      header.fields.forEach((field, i) => {
        const v = r.values[i] ?? null;
        if (!field) return;
        const current = cells[field];
        if (current === undefined || current === null || (typeof current === "string" && current.trim() === "")) cells[field] = v;
      });
      return { line: r.line, cells };
    })
    .filter((r) => !isBlankRow(r));
}

/** A cell as the user sees it: rich text as its text, a formula as its result, a 76,17 % cell as 76.17. */
function plainValue(value: ExcelJS.CellValue, percentFormat: boolean): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "number") return percentFormat ? value * 100 : value;
  if (typeof value === "string") return value;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ("richText" in value) return value.richText.map((r) => r.text).join("");
  // Typed as a string, but a hyperlink's text comes back as rich text when it is formatted.
  if ("hyperlink" in value) return plainValue(value.text as ExcelJS.CellValue, percentFormat);
  if ("error" in value) return value.error;
  if ("result" in value) return value.result === undefined ? null : plainValue(value.result, percentFormat);
  return null;
}

/** The cells of a sheet row by column position, as `plainValue` reads them. */
function rawRow(row: SheetRow): RawRow {
  return {
    line: row.line,
    values: row.cells.map((c) => (c ? plainValue(c.value, typeof c.numFmt === "string" && c.numFmt.includes("%")) : null)),
  };
}

/** Rows of an import: above this, a file is split (each row is a result, one write and one audit entry). */
export const MAX_IMPORT_ROWS = 10_000;

async function readXlsx(bytes: Uint8Array): Promise<UploadRow[]> {
  const data = await readSpreadsheet({ kind: "xlsx", bytes, limits: { maxFileBytes: MAX_UPLOAD_BYTES, maxRows: MAX_IMPORT_ROWS + HEADER_SEARCH_ROWS } });
  if (data.kind !== "xlsx") throw new Error("expected xlsx rows");
  // When no sheet qualifies, report the one that came closest.
  let closest: ResultField[] | null = null;
  for (const sheet of data.sheets) {
    const rows = sheet.rows.map(rawRow);
    const header = findHeader(rows);
    if ("line" in header) return toUploadRows(rows, header);
    if (!closest || header.missing.length < closest.length) closest = header.missing;
  }
  throw headerProblem(closest ?? REQUIRED_FIELDS);
}

async function readCsv(bytes: Uint8Array): Promise<UploadRow[]> {
  const data = await readSpreadsheet({ kind: "csv", bytes, limits: { maxFileBytes: MAX_UPLOAD_BYTES, maxRows: MAX_IMPORT_ROWS + HEADER_SEARCH_ROWS } });
  if (data.kind !== "csv") throw new Error("expected csv rows");
  const rows: RawRow[] = data.rows.map((values, i) => ({ line: i + 1, values }));
  const header = findHeader(rows);
  if (!("line" in header)) throw headerProblem(header.missing);
  return toUploadRows(rows, header);
}

/**
 * The rows of an uploaded .xlsx (first sheet with a header row in its first ten rows) or .csv
 * (UTF-8, comma or semicolon), keyed by field, each with its spreadsheet row number.
 */
export async function readUpload(file: UploadFile): Promise<UploadRow[]> {
  const extension = /\.([A-Za-z0-9]+)$/.exec(file.name.trim())?.[1]?.toLowerCase();
  if (extension !== "xlsx" && extension !== "csv") throw badRequest("Chỉ nhận tệp .xlsx hoặc .csv.");
  let rows: UploadRow[];
  try {
    rows = extension === "xlsx" ? await readXlsx(file.bytes) : await readCsv(file.bytes);
  } catch (e) {
    const tooMany = e instanceof ServiceError && (e.details as { refusal?: string } | undefined)?.refusal === "too-many-rows";
    throw tooMany ? tooManyRows() : e;
  }
  if (rows.length > MAX_IMPORT_ROWS) throw tooManyRows(rows.length);
  return rows;
}

function tooManyRows(count?: number): ServiceError {
  const found = count ? `Tệp có ${count.toLocaleString("vi-VN")} dòng kết quả; ` : "Tệp có quá nhiều dòng; ";
  return badRequest(`${found}mỗi lần nhập tối đa ${MAX_IMPORT_ROWS.toLocaleString("vi-VN")} dòng. Hãy chia thành nhiều tệp nhỏ hơn (ví dụ theo năm hoặc theo đơn vị).`);
}

// ---------------------------------------------------------------------------------------------
// Importing results

interface UnitRow {
  id: number;
  code: string;
  name: string;
  shortName: string | null;
  aliases: string[];
  parentId: number | null;
  position: number;
  kind: (typeof s.unitKind.enumValues)[number];
}

/** The units the actor manages, in tree order; refuses anyone who manages none. */
export async function manageableUnits(db: DbOrTx, actor: Actor): Promise<{ mine: UnitRow[]; others: UnitRow[] }> {
  const all = await db
    .select({
      id: s.units.id,
      code: s.units.code,
      name: s.units.name,
      shortName: s.units.shortName,
      aliases: s.units.aliases,
      parentId: s.units.parentId,
      position: s.units.position,
      kind: s.units.kind,
    })
    .from(s.units)
    .orderBy(asc(s.units.position), asc(s.units.id));
  const mine = flattenTree(all.filter((u) => can(actor, { kind: "manage", unitId: u.id })));
  if (mine.length === 0) throw forbidden("Bạn không có quyền nhập kết quả: việc này dành cho cán bộ Nội vụ.");
  return { mine, others: all.filter((u) => !can(actor, { kind: "manage", unitId: u.id })) };
}

async function importContext(db: DbOrTx, actor: Actor): Promise<ImportContext & { keepsProvinces: boolean }> {
  const { mine, others } = await manageableUnits(db, actor);
  const components = await db
    .select({ key: s.components.key, name: s.components.name, shortName: s.components.shortName })
    .from(s.components)
    .orderBy(asc(s.components.position));
  // Sở Nội vụ benchmarks against the country's provinces: the ones kept only for their published
  // figures (no units under them) take published results from it.
  const keepsProvinces = await canKeepProvinces(db, actor);
  const parents = new Set(others.map((u) => u.parentId).concat(mine.map((u) => u.parentId)));
  const peers = keepsProvinces ? others.filter((u) => u.kind === "province" && u.parentId === null && !parents.has(u.id)) : [];
  const peerIds = new Set(peers.map((u) => u.id));
  return { units: mine, components, outOfScope: others.filter((u) => !peerIds.has(u.id)), publishedOnly: peers, keepsProvinces };
}

async function existingFor(db: DbOrTx, rows: ParsedResultRow[]): Promise<Map<string, StoredResult>> {
  const unitIds = [...new Set(rows.map((r) => r.unitId))];
  if (unitIds.length === 0) return new Map();
  const stored = await db.select(storedColumns).from(s.results).where(inArray(s.results.unitId, unitIds));
  return new Map(stored.map((r) => [resultKey(r), r]));
}

export interface PreviewRow extends ParsedResultRow {
  /** "update": a result for the same unit, year, component and source exists and would be replaced. */
  action: "insert" | "update";
  /** The figures kept now, for an update. */
  before: ResultSnapshot | null;
  /** False when an update brings exactly the figures already kept (nothing will be written). */
  changed: boolean;
}

export interface ImportPreview {
  /** One page of the rows (see `page`, `pageSize`); the counts below cover the whole file. */
  rows: PreviewRow[];
  /** The first MAX_PREVIEW_ERRORS errors; `errorCount` says how many there are in all. */
  errors: ImportError[];
  errorCount: number;
  /** Non-blank data rows in the file. */
  total: number;
  /** Sample rows (marked in "Ví dụ") skipped: "Đã bỏ qua 2 dòng ví dụ". */
  examplesSkipped: number;
  /**
   * Names of the country's provinces the file uses but the database lacks, offered to Sở Nội vụ
   * and admin to add in one click (each with the name as written in the file).
   */
  missingProvinces: Array<{ name: string; lines: number[] }>;
  /** Valid rows, and what saving would do with them. */
  valid: number;
  counts: { insert: number; update: number; unchanged: number };
  page: number;
  pageSize: number;
}

/** Rows per preview page: a 10 000-row file must not answer megabytes of JSON. */
export const PREVIEW_PAGE_SIZE = 100;
const MAX_PREVIEW_ERRORS = 200;
/** Rows written per transaction: the embedded database has one connection, others wait meanwhile. */
export const IMPORT_BATCH_ROWS = 100;

async function validateUpload(db: DbOrTx, actor: Actor, file: UploadFile) {
  const context = await importContext(db, actor);
  const upload = await readUpload(file);
  const { rows, errors, exampleLines, unknownUnits } = validateResultRows(upload, context);
  const missingProvinces = context.keepsProvinces ? unknownUnits.filter((u) => matchProvince(provinceCatalog, u.name)) : [];
  return { rows, errors, total: upload.filter((r) => !isBlankRow(r)).length, examplesSkipped: exampleLines.length, missingProvinces };
}

/** What an import would do, row by row (one page of them), without writing anything. */
export async function previewResultsImport(db: Db, actor: Actor, file: UploadFile, options: { page?: number } = {}): Promise<ImportPreview> {
  const { rows, errors, total, examplesSkipped, missingProvinces } = await validateUpload(db, actor, file);
  const existing = await existingFor(db, rows);
  const all = rows.map((r): PreviewRow => {
    const old = existing.get(resultKey(r));
    return {
      ...r,
      action: old ? "update" : "insert",
      before: old ? snapshot(old, r.unitCode) : null,
      changed: !old || !sameValues(old, r),
    };
  });
  const pages = Math.max(1, Math.ceil(all.length / PREVIEW_PAGE_SIZE));
  const page = Math.min(Math.max(1, Math.trunc(options.page ?? 1)), pages);
  return {
    rows: all.slice((page - 1) * PREVIEW_PAGE_SIZE, page * PREVIEW_PAGE_SIZE),
    errors: errors.slice(0, MAX_PREVIEW_ERRORS),
    errorCount: errors.length,
    total,
    examplesSkipped,
    missingProvinces,
    valid: all.length,
    counts: {
      insert: all.filter((r) => r.action === "insert").length,
      update: all.filter((r) => r.action === "update" && r.changed).length,
      unchanged: all.filter((r) => r.action === "update" && !r.changed).length,
    },
    page,
    pageSize: PREVIEW_PAGE_SIZE,
  };
}

const yieldToOthers = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Save the rows of a file that has no errors (a single error refuses the whole file, with the
 * errors in the ServiceError's details). Written in transactions of IMPORT_BATCH_ROWS rows, one
 * audit entry per result, letting other requests use the database between batches. Should a batch
 * fail (the database refusing midway), the rows before it stay saved and the message says which.
 */
export async function commitResultsImport(
  db: Db,
  actor: Actor,
  file: UploadFile,
  options: { onProgress?: (done: number, total: number) => void } = {},
): Promise<{ inserted: number; updated: number; unchanged: number }> {
  const { rows, errors } = await validateUpload(db, actor, file);
  if (errors.length > 0) throw badRequest(`Tệp còn ${errors.length} lỗi; chưa có dòng nào được lưu.`, { errors: errors.slice(0, MAX_PREVIEW_ERRORS) });
  if (rows.length === 0) throw badRequest("Tệp không có dòng kết quả nào để lưu.");
  const note = `Nhập từ tệp ${file.name}`;
  const counts = { inserted: 0, updated: 0, unchanged: 0 };
  for (let start = 0; start < rows.length; start += IMPORT_BATCH_ROWS) {
    const batch = rows.slice(start, start + IMPORT_BATCH_ROWS);
    try {
      const done = await retryableWrite(() =>
        db.transaction(async (tx) => {
          const existing = await existingFor(tx, batch);
          const c = { inserted: 0, updated: 0, unchanged: 0 };
          for (const r of batch) {
            // The file's "Trích nguồn" when given, as the one-row form's; else where the row came from.
            const printed = r.printed ?? `Tệp ${file.name}, dòng ${r.line}`;
            const outcome = await writeResult(tx, actor, { ...r, printed }, existing.get(resultKey(r)) ?? null, note);
            if (outcome.action === "insert") c.inserted++;
            else if (outcome.action === "update") c.updated++;
            else c.unchanged++;
          }
          return c;
        }),
      );
      counts.inserted += done.inserted;
      counts.updated += done.updated;
      counts.unchanged += done.unchanged;
    } catch (e) {
      if (start === 0) throw e;
      const message = e instanceof ServiceError ? e.message : "lỗi khi ghi vào cơ sở dữ liệu";
      throw badRequest(`Đã lưu ${start} dòng đầu; từ dòng ${batch[0]!.line} trở đi chưa lưu được (${message}). Hãy nhập lại tệp: các dòng đã lưu sẽ được báo là không đổi.`);
    }
    options.onProgress?.(Math.min(start + IMPORT_BATCH_ROWS, rows.length), rows.length);
    await yieldToOthers();
  }
  return counts;
}

