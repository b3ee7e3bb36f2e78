import { loadExcelJS } from "../runtime/exceljs";
import { asc } from "drizzle-orm";
import type { Db } from "../../db/client";
import * as s from "../../db/schema";
import type { Actor } from "../domain/permissions";
import { EXAMPLE_MARK, RESULT_COLUMNS, RESULT_SOURCE_LABEL, RESULT_SOURCES, type ResultField } from "../domain/results-import";
import { manageableUnits } from "./results";

/** The results import template: its own file, apart from the import and the one-row forms. */

const TEMPLATE_ROWS = 500;
const COLUMN_WIDTHS: Record<ResultField, number> = {
  unit: 42,
  year: 8,
  component: 24,
  points: 10,
  maxPoints: 12,
  percent: 11,
  rank: 11,
  rankOf: 13,
  source: 14,
  printed: 40,
  example: 20,
};

const INSTRUCTIONS = [
  "HƯỚNG DẪN NHẬP KẾT QUẢ CHỈ SỐ CCHC",
  "",
  "1. Mỗi dòng ở trang \"Kết quả\" là kết quả của một đơn vị, một năm, một chỉ số thành phần (hoặc chỉ số tổng) theo một nguồn.",
  "2. Cột \"Mã đơn vị\": dùng mã ở trang \"Đơn vị\". Có thể ghi tên đơn vị (ví dụ \"Phòng Tài chính - Kế hoạch\"); nếu tên khớp nhiều đơn vị thì phải dùng mã.",
  "3. Cột \"Chỉ số thành phần\": dùng mã ở trang \"Chỉ số\" (tong là Chỉ số CCHC tổng, sipas là SIPAS) hoặc tên chỉ số.",
  "4. Số thập phân dùng dấu phẩy như 76,17 (dấu chấm 76.17 cũng được). Cột \"Tỷ lệ (%)\" nhận cả 76,17%.",
  "5. Nhập ít nhất một trong ba cột: Điểm, Tỷ lệ (%), Thứ hạng. Điểm không vượt Điểm tối đa; Thứ hạng không lớn hơn Trên tổng số.",
  "6. Cột \"Nguồn\": Đã công bố (để trống cũng là Đã công bố), Thẩm định, hoặc Tự đánh giá.",
  "7. Mỗi đơn vị, năm, chỉ số và nguồn chỉ nhập một dòng. Nếu đã có kết quả, dòng mới sẽ thay thế; màn hình xem trước cho biết dòng nào thêm mới, dòng nào thay thế.",
  "8. Hai dòng chữ nghiêng là ví dụ, có ghi ở cột \"Ví dụ\": hệ thống luôn bỏ qua các dòng này. Khi nhập dòng thật, để trống cột \"Ví dụ\".",
  "8a. Cột \"Trích nguồn\" (không bắt buộc): văn bản công bố số liệu, ví dụ \"Quyết định số …/QĐ-UBND ngày …\"; được lưu cùng kết quả như ô \"Trích nguồn\" của màn hình nhập từng kết quả.",
  "9. Tệp còn lỗi thì chưa dòng nào được lưu: sửa hết các lỗi được báo rồi nhập lại.",
  "10. Có thể lưu thành .csv (bảng mã UTF-8), phân cách bằng dấu phẩy hoặc dấu chấm phẩy.",
];

/** Quote a sheet name for a formula: 'Đơn vị'!$A$2:$A$20. */
const sheetRange = (sheet: string, column: string, lastRow: number) => `'${sheet}'!$${column}$2:$${column}$${Math.max(lastRow, 2)}`;

/** An .xlsx to fill in: the results sheet with two examples, the actor's units, the components and instructions. */
export async function resultsTemplate(db: Db, actor: Actor): Promise<Uint8Array> {
  const { mine } = await manageableUnits(db, actor);
  const components = await db
    .select({ key: s.components.key, name: s.components.name })
    .from(s.components)
    .orderBy(asc(s.components.position));

  const workbook = new (await loadExcelJS()).Workbook();
  workbook.creator = "Theo dõi Chỉ số CCHC";
  const sheet = workbook.addWorksheet("Kết quả", { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = RESULT_COLUMNS.map((c) => ({ header: c.header, key: c.field, width: COLUMN_WIDTHS[c.field] }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } };
  header.alignment = { vertical: "middle", wrapText: true };

  // Examples for the government unit at the top of the actor's scope, last year.
  const example = mine[0]!;
  const year = new Date().getFullYear() - 1;
  const examples: Array<Partial<Record<ResultField, string | number>>> = [
    { unit: example.code, year, component: "tong", percent: 76.17, rank: 4, rankOf: 14, source: RESULT_SOURCE_LABEL.published, printed: "Quyết định công bố Chỉ số CCHC (số, ngày)", example: EXAMPLE_MARK },
    { unit: example.code, year, component: "tai-chinh-cong", points: 12.5, maxPoints: 16, rank: 7, rankOf: 14, source: RESULT_SOURCE_LABEL.appraised, example: EXAMPLE_MARK },
  ];
  for (const values of examples) {
    const row = sheet.addRow(values);
    row.font = { italic: true, color: { argb: "FF808080" } };
  }
  for (const field of ["points", "maxPoints", "percent"] as const) sheet.getColumn(field).numFmt = "0.00";

  // Drop-down lists; "warning" still lets a name be typed instead of a code.
  const columnLetter = (field: ResultField) => sheet.getColumn(field).letter;
  const lists: Array<[ResultField, string]> = [
    ["unit", sheetRange("Đơn vị", "A", mine.length + 1)],
    ["component", sheetRange("Chỉ số", "A", components.length + 1)],
    ["source", `"${RESULT_SOURCES.map((src) => RESULT_SOURCE_LABEL[src]).join(",")}"`],
  ];
  for (let r = 2; r <= TEMPLATE_ROWS + 1; r++) {
    for (const [field, formula] of lists) {
      sheet.getCell(`${columnLetter(field)}${r}`).dataValidation = {
        type: "list",
        allowBlank: true,
        formulae: [formula],
        showErrorMessage: true,
        errorStyle: "warning",
        errorTitle: "Giá trị ngoài danh sách",
        error: "Giá trị này không có trong danh sách. Hệ thống sẽ kiểm tra khi nhập tệp.",
      };
    }
  }

  const unitsSheet = workbook.addWorksheet("Đơn vị", { views: [{ state: "frozen", ySplit: 1 }] });
  unitsSheet.columns = [
    { header: "Mã đơn vị", key: "code", width: 48 },
    { header: "Tên đơn vị", key: "name", width: 48 },
  ];
  unitsSheet.getRow(1).font = { bold: true };
  for (const u of mine) unitsSheet.addRow({ code: u.code, name: u.name });

  const componentsSheet = workbook.addWorksheet("Chỉ số", { views: [{ state: "frozen", ySplit: 1 }] });
  componentsSheet.columns = [
    { header: "Mã chỉ số", key: "key", width: 22 },
    { header: "Tên chỉ số", key: "name", width: 70 },
  ];
  componentsSheet.getRow(1).font = { bold: true };
  for (const c of components) componentsSheet.addRow(c);

  const help = workbook.addWorksheet("Hướng dẫn");
  help.getColumn(1).width = 120;
  INSTRUCTIONS.forEach((line, i) => {
    const cell = help.getCell(i + 1, 1);
    cell.value = line;
    cell.alignment = { wrapText: true, vertical: "top" };
    if (i === 0) cell.font = { bold: true, size: 13 };
  });

  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
