import type ExcelJS from "exceljs";

/**
 * exceljs takes ≈0,5–1 s to load (hundreds of files and their dependencies). Only downloads and
 * imports need it, so it loads on first use instead of delaying every start of the server.
 */
export async function loadExcelJS(): Promise<typeof ExcelJS> {
  return (await import("exceljs")).default;
}
