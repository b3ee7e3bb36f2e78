import ExcelJS from "exceljs";
import { badRequest } from "./errors";

/**
 * Read an uploaded framework workbook as text rows per sheet.
 *
 * MERGE NOTE: the guarded streaming reader of issue 12 (server/spreadsheet/read.ts,
 * `readSpreadsheet`) replaces this body when the branches meet: every import reads through it.
 * Until then this keeps the same shape (sheets of text rows) and the results import's limits.
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
  if (bytes.byteLength > MAX_BYTES) throw badRequest("Tệp quá lớn: tối đa 5 MB.");
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(new Uint8Array(bytes).buffer);
  } catch {
    throw badRequest("Không đọc được tệp .xlsx: tệp bị hỏng hoặc không phải tệp Excel (.xlsx). Hãy mở bằng Excel và lưu lại dạng .xlsx.");
  }
  return workbook.worksheets.map((sheet) => {
    const rows: string[][] = [];
    if (sheet.rowCount > MAX_ROWS) throw badRequest(`Tệp có quá nhiều dòng: tối đa ${MAX_ROWS} dòng.`);
    for (let r = 1; r <= sheet.rowCount; r++) {
      const row = sheet.getRow(r);
      const values: string[] = [];
      for (let c = 1; c <= Math.max(row.cellCount, 1); c++) values.push(text(row.getCell(c).value).trim());
      rows.push(values);
    }
    return { name: sheet.name, rows };
  });
}
