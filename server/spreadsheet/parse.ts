import { Readable } from "node:stream";
import type ExcelJS from "exceljs";
import { loadExcelJS } from "../runtime/exceljs";
import JSZip from "jszip";
import Papa from "papaparse";
import type { Sheet, SheetCell, SheetJob, SheetResult, SheetRow } from "./types";

/**
 * The guarded parse itself (runs inside the worker; also callable directly in tests). Two passes
 * over an .xlsx: the first inflates every zip entry only to count its bytes (stopping at the cap)
 * and to note merged ranges; the second streams the sheets through exceljs's WorkbookReader and
 * stops at the row cap. Nothing ever holds more than the capped amount of inflated data.
 */

const MERGE = /<mergeCell\s+ref="([A-Z]+)(\d+):([A-Z]+)(\d+)"/g;

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

interface Merge {
  col: number;
  top: number;
  bottom: number;
}

type ScanResult =
  | { ok: true; zip: JSZip; merges: Map<number, Merge[]>; sheets: Map<number, { name: string; fileNo: number }> }
  | { ok: false; reason: "too-big-uncompressed" | "unreadable-xlsx" };

/**
 * Which sheet file holds which sheet: exceljs names a sheet by its workbook id (sheetId), the zip by
 * file number, and the two differ once a sheet has been deleted in Excel.
 */
async function sheetFiles(zip: JSZip): Promise<Map<number, { name: string; fileNo: number }>> {
  const out = new Map<number, { name: string; fileNo: number }>();
  const book = zip.file("xl/workbook.xml");
  const rels = zip.file("xl/_rels/workbook.xml.rels");
  // Both are small in any real workbook; a huge one is a bomb the byte count refuses anyway.
  if (!book || !rels) return out;
  const [bookXml, relsXml] = await Promise.all([book.async("string"), rels.async("string")]);
  if (bookXml.length > 1_000_000 || relsXml.length > 1_000_000) return out;
  const targets = new Map<string, number>();
  for (const m of relsXml.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /\bId="([^"]+)"/.exec(m[0])?.[1];
    const file = /\bTarget="[^"]*?sheet(\d+)\.xml"/.exec(m[0])?.[1];
    if (id && file) targets.set(id, Number(file));
  }
  for (const m of bookXml.matchAll(/<sheet\b[^>]*>/g)) {
    const sheetId = /\bsheetId="(\d+)"/.exec(m[0])?.[1];
    const rid = /\br:id="([^"]+)"/.exec(m[0])?.[1];
    const name = /\bname="([^"]*)"/.exec(m[0])?.[1] ?? "";
    const fileNo = rid ? targets.get(rid) : undefined;
    if (sheetId && fileNo !== undefined) out.set(Number(sheetId), { name, fileNo });
  }
  return out;
}

async function scanZip(bytes: Uint8Array, maxBytes: number, wantMerges: boolean): Promise<ScanResult> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes, { checkCRC32: false });
  } catch {
    return { ok: false, reason: "unreadable-xlsx" };
  }
  let total = 0;
  const merges = new Map<number, Merge[]>();
  for (const entry of Object.values(zip.files)) {
    if (entry.dir) continue;
    const sheetNo = /^xl\/worksheets\/sheet(\d+)\.xml$/.exec(entry.name)?.[1];
    const decoder = sheetNo && wantMerges ? new TextDecoder() : null;
    let tail = "";
    const found: Merge[] = [];
    const outcome = await new Promise<"ok" | "too-big" | "error">((resolve) => {
      const stream = entry.nodeStream("nodebuffer");
      stream.on("data", (chunk: Buffer) => {
        total += chunk.byteLength;
        if (total > maxBytes) {
          stream.pause();
          stream.removeAllListeners("data");
          resolve("too-big");
          return;
        }
        if (decoder) {
          // Keep a short tail so a <mergeCell> split across chunks is still seen.
          const text = tail + decoder.decode(chunk, { stream: true });
          for (const m of text.matchAll(MERGE)) {
            const [, c1, r1, , r2] = m;
            if (c1 && r1 && r2) found.push({ col: columnNumber(c1), top: Number(r1), bottom: Number(r2) });
          }
          const cut = text.lastIndexOf("<");
          tail = cut >= 0 && text.length - cut < 200 ? text.slice(cut) : "";
        }
      });
      stream.on("end", () => resolve("ok"));
      stream.on("error", () => resolve("error"));
    });
    if (outcome === "too-big") return { ok: false, reason: "too-big-uncompressed" };
    if (outcome === "error") return { ok: false, reason: "unreadable-xlsx" };
    if (sheetNo && found.length > 0) merges.set(Number(sheetNo), found);
  }
  let sheets = new Map<number, { name: string; fileNo: number }>();
  try {
    if (total <= maxBytes) sheets = await sheetFiles(zip);
  } catch {
    // names are a nicety: the sheets are still read by file number
  }
  return { ok: true, zip, merges, sheets };
}

function toCell(cell: ExcelJS.Cell): SheetCell | null {
  const value = cell.value;
  if (value === null || value === undefined) return null;
  const numFmt = typeof cell.numFmt === "string" ? cell.numFmt : undefined;
  return numFmt ? { value, numFmt } : { value };
}

function fillDown(rows: SheetRow[], merges: Merge[]): SheetRow[] {
  const byLine = new Map(rows.map((r) => [r.line, r]));
  for (const m of merges) {
    const master = byLine.get(m.top)?.cells[m.col - 1];
    if (!master) continue;
    for (let line = m.top + 1; line <= m.bottom; line++) {
      let row = byLine.get(line);
      if (!row) {
        row = { line, cells: [] };
        byLine.set(line, row);
      }
      while (row.cells.length < m.col) row.cells.push(null);
      row.cells[m.col - 1] = master;
    }
  }
  return [...byLine.values()].sort((a, b) => a.line - b.line);
}

/** The parts of exceljs's streaming reader that {@link primeReader} drives (exceljs 4.4, pinned). */
interface ReaderParts {
  options: { sharedStrings: string; styles: string };
  sharedStrings?: unknown[];
  workbookRels?: unknown[];
  model?: { sheets?: unknown[] };
  _parseRels(entry: NodeJS.ReadableStream): Promise<void>;
  _parseWorkbook(entry: NodeJS.ReadableStream): Promise<void>;
  _parseStyles(entry: NodeJS.ReadableStream): Promise<void>;
  _parseSharedStrings(entry: NodeJS.ReadableStream): AsyncIterable<unknown>;
}

/**
 * exceljs's streaming reader parks a sheet that comes before the shared strings in the zip (exceljs
 * itself writes them in that order) in a temp file, and now and then hands it back with its text
 * cells unresolved, as {sharedString: n} (exceljs#683; it failed our CI once). So the reader is
 * given the workbook's parts first, from the zip the scan already opened: it then reads every sheet
 * as it streams by, with the strings, styles and sheet list known, and skips those parts later.
 */
async function primeReader(reader: ExcelJS.stream.xlsx.WorkbookReader, zip: JSZip): Promise<void> {
  const parts = reader as unknown as ReaderParts;
  const part = (name: string) => zip.file(name)?.nodeStream("nodebuffer");
  const rels = part("xl/_rels/workbook.xml.rels");
  parts.workbookRels = [];
  if (rels) await parts._parseRels(rels);
  const book = part("xl/workbook.xml");
  if (book) await parts._parseWorkbook(book);
  else parts.model = { sheets: [] };
  const styles = part("xl/styles.xml");
  if (styles) await parts._parseStyles(styles);
  const strings = part("xl/sharedStrings.xml");
  parts.sharedStrings = [];
  if (strings) for await (const _ of parts._parseSharedStrings(strings)) void _;
  // Read once: when the stream reaches these parts, exceljs leaves the primed ones as they are.
  parts.options.sharedStrings = "ignore";
  parts.options.styles = "ignore";
}

async function parseXlsx(job: SheetJob): Promise<SheetResult> {
  const scan = await scanZip(job.bytes, job.maxUncompressedBytes, job.fillMergesDown);
  if (!scan.ok) return { ok: false, refusal: { reason: scan.reason } };
  const reader = new (await loadExcelJS()).stream.xlsx.WorkbookReader(Readable.from([Buffer.from(job.bytes)]), {
    worksheets: "emit",
    sharedStrings: "cache",
    styles: "cache",
    hyperlinks: "ignore",
    entries: "ignore",
  });
  try {
    await primeReader(reader, scan.zip);
  } catch (e) {
    return { ok: false, refusal: { reason: "unreadable-xlsx", detail: e instanceof Error ? e.message.slice(0, 300) : String(e) } };
  }
  const sheets: Array<Sheet & { id: number }> = [];
  let count = 0;
  try {
    for await (const worksheet of reader) {
      const { id: rawId, name } = worksheet as unknown as { id: number | string; name?: string };
      // The reader's id is the workbook's sheetId when the sheet is in the sheet list, else the file number.
      const known = scan.sheets.get(Number(rawId));
      const id = known && known.name === name ? known.fileNo : Number(rawId);
      const rows: SheetRow[] = [];
      for await (const row of worksheet) {
        const cells: Array<SheetCell | null> = [];
        row.eachCell({ includeEmpty: false }, (cell, col) => {
          cells[col - 1] = toCell(cell);
        });
        if (cells.length === 0) continue;
        if (++count > job.maxRows) return { ok: false, refusal: { reason: "too-many-rows" } };
        rows.push({ line: row.number, cells: Array.from(cells, (c) => c ?? null) });
      }
      const merges = scan.merges.get(Number(id)) ?? [];
      sheets.push({ id, name: name ?? `Sheet${id}`, rows: job.fillMergesDown && merges.length > 0 ? fillDown(rows, merges) : rows });
    }
  } catch (e) {
    return { ok: false, refusal: { reason: "unreadable-xlsx", detail: e instanceof Error ? e.message.slice(0, 300) : String(e) } };
  }
  // Entries come in zip order; the workbook's order is the sheet number's.
  sheets.sort((a, b) => a.id - b.id);
  return { ok: true, data: { kind: "xlsx", sheets: sheets.map(({ name, rows }) => ({ name, rows })) } };
}

/** Vietnamese Excel saves "CSV" with semicolons (the comma is the decimal mark): count on the header line. */
function guessDelimiter(text: string): string {
  const firstLine = text.split(/\r?\n/, 50).find((l) => l.trim() !== "") ?? "";
  const counts = [";", ",", "\t"].map((d) => [d, firstLine.split(d).length - 1] as const);
  const [best] = [...counts].sort((a, b) => b[1] - a[1]);
  return best && best[1] > 0 ? best[0] : ",";
}

function parseCsv(job: SheetJob): SheetResult {
  if (job.bytes.byteLength > job.maxUncompressedBytes) return { ok: false, refusal: { reason: "too-big-uncompressed" } };
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(job.bytes);
  } catch {
    return { ok: false, refusal: { reason: "csv-encoding" } };
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  // Stop reading one row past the cap: enough to know the file is over it.
  const parsed = Papa.parse<string[]>(text, { delimiter: guessDelimiter(text), skipEmptyLines: false, preview: job.maxRows + 2 });
  const quote = parsed.errors.find((e) => e.type === "Quotes");
  if (quote) return { ok: false, refusal: { reason: "csv-quote", line: (quote.row ?? 0) + 1 } };
  const nonBlank = parsed.data.filter((r) => r.some((v) => v.trim() !== "")).length;
  // More rows than the preview asked for means the text went on: refuse rather than cut it short.
  if (nonBlank > job.maxRows || parsed.data.length > job.maxRows + 1) return { ok: false, refusal: { reason: "too-many-rows" } };
  return { ok: true, data: { kind: "csv", rows: parsed.data } };
}

export async function parseSpreadsheet(job: SheetJob): Promise<SheetResult> {
  return job.kind === "xlsx" ? parseXlsx(job) : parseCsv(job);
}
