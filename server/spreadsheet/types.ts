import type ExcelJS from "exceljs";

/** One cell as the workbook stores it (structured-clone safe: strings, numbers, dates, plain objects). */
export interface SheetCell {
  value: ExcelJS.CellValue;
  /** Number format ("0.00%", "dd/mm/yyyy"), when the cell has one. */
  numFmt?: string;
}

export interface SheetRow {
  /** The spreadsheet's row number (1-based). */
  line: number;
  /** By column position (0-based); null where the row has no cell. */
  cells: Array<SheetCell | null>;
}

export interface Sheet {
  name: string;
  rows: SheetRow[];
}

export type SpreadsheetData = { kind: "xlsx"; sheets: Sheet[] } | { kind: "csv"; rows: string[][] };

/** Why a file was refused; the main thread turns it into a Vietnamese message. */
export type SheetRefusal =
  | { reason: "too-big-file" }
  | { reason: "too-big-uncompressed" }
  | { reason: "too-many-rows" }
  | { reason: "unreadable-xlsx"; detail?: string }
  | { reason: "csv-encoding" }
  | { reason: "csv-quote"; line: number }
  | { reason: "timeout" }
  | { reason: "out-of-memory" };

export type SheetResult = { ok: true; data: SpreadsheetData } | { ok: false; refusal: SheetRefusal };

export interface SheetJob {
  kind: "xlsx" | "csv";
  bytes: Uint8Array;
  maxUncompressedBytes: number;
  maxRows: number;
  /** Give the cells below a merge's first cell, in the same column, its value (task tables merge "Sở Nội vụ" down). */
  fillMergesDown: boolean;
}
