import type ExcelJS from "exceljs";
import { badRequest } from "./errors";
import { readSpreadsheet } from "../spreadsheet/read";

/**
 * Read an uploaded framework workbook as text rows per sheet, through the app's one guarded
 * spreadsheet reader (streaming, inflated-size and row caps, a worker with heap and time limits).
 */
const MAX_BYTES = 5 * 1024 * 1024;
const MAX_ROWS = 2000;

function text(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return String(value);
  if (typeof value === "string") return value;
  if (typeof value === "boolean") return value ? "1" : "0";
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ("richText" in value) return value.richText.map((r) => r.text).join("");
  if ("result" in value) return value.result === undefined ? "" : text(value.result as ExcelJS.CellValue);
  if ("text" in value) return String(value.text);
  return "";
}

export async function readWorkbookText(bytes: Uint8Array): Promise<Array<{ name: string; rows: string[][] }>> {
  const data = await readSpreadsheet({ kind: "xlsx", bytes, limits: { maxFileBytes: MAX_BYTES, maxRows: MAX_ROWS } });
  if (data.kind !== "xlsx") throw badRequest("Hãy nhập bộ chỉ số từ tệp Excel (.xlsx) theo mẫu.");
  return data.sheets.map((sheet) => {
    const rows: string[][] = [];
    // Rows keep their place: an empty row in the sheet is an empty row here.
    for (const row of sheet.rows) {
      while (rows.length < row.line - 1) rows.push([]);
      rows.push(row.cells.map((c) => (c ? text(c.value).trim() : "")));
    }
    return { name: sheet.name, rows };
  });
}
