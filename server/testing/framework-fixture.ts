import ExcelJS from "exceljs";
import { FRAMEWORK_COLUMNS } from "../domain/framework-import";

/**
 * TEST FIXTURE, not a real Bộ chỉ số: a small framework in the import template's layout, used by
 * tests only (no published framework of the Tam Đường communes could be found to ship). Its
 * criteria and points are invented for testing and must never be shown as real.
 */
export const FIXTURE_ROWS: Array<Partial<Record<(typeof FRAMEWORK_COLUMNS)[number]["field"], string>>> = [
  { component: "chi-dao-dieu-hanh", componentName: "Công tác chỉ đạo, điều hành (thử nghiệm)", max: "4" },
  { ordinal: "1", title: "Ban hành kế hoạch CCHC năm (thử nghiệm)", max: "1", scoring: "Theo mức", steps: "0; 0,5; 1", evidence: "Kế hoạch CCHC năm" },
  { ordinal: "2", title: "Báo cáo CCHC định kỳ (thử nghiệm)", max: "3", scoring: "Trong khoảng" },
  { ordinal: "2.1", title: "Đủ số lượng báo cáo (thử nghiệm)", max: "2", scoring: "Trong khoảng", evidence: "Các báo cáo quý" },
  { ordinal: "2.2", title: "Đúng thời hạn (thử nghiệm)", max: "1", scoring: "Theo mức", steps: "0; 1" },
  { component: "the-che", componentName: "Xây dựng và tổ chức thực hiện văn bản (thử nghiệm)", max: "5" },
  { ordinal: "1", title: "Rà soát văn bản QPPL (thử nghiệm)", max: "3", scoring: "Trong khoảng" },
  { ordinal: "2", title: "Mức độ hài lòng (thử nghiệm)", max: "2", scoring: "Điều tra XHH" },
];

export async function fixtureFrameworkXlsx(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet("Tiêu chí");
  sheet.addRow(FRAMEWORK_COLUMNS.map((c) => c.header));
  for (const r of FIXTURE_ROWS) sheet.addRow(FRAMEWORK_COLUMNS.map((c) => r[c.field] ?? null));
  wb.addWorksheet("Hướng dẫn").addRow(["Bộ chỉ số THỬ NGHIỆM dùng cho kiểm thử, không phải văn bản thật."]);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
