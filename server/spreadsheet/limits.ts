/**
 * What one uploaded spreadsheet may cost. A 1,7 MB .xlsx can hold 490 MB of XML: the compressed
 * size says nothing, so the reader counts inflated bytes and rows while it streams.
 */
export interface SheetLimits {
  /** Bytes of the uploaded file itself. */
  maxFileBytes: number;
  /** Bytes of all zip entries once inflated (.xlsx) or of the decoded text (.csv). */
  maxUncompressedBytes: number;
  /** Non-empty rows across the whole workbook (header rows included). */
  maxRows: number;
  /** A parse that takes longer than this is stopped. */
  timeoutMs: number;
  /** Heap of the worker that parses. */
  memoryMb: number;
}

export const DEFAULT_SHEET_LIMITS: SheetLimits = {
  maxFileBytes: 5 * 1024 * 1024,
  maxUncompressedBytes: 60 * 1024 * 1024,
  maxRows: 20_000,
  timeoutMs: 30_000,
  memoryMb: 256,
};
