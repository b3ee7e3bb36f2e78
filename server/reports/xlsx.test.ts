import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { sampleReport } from "./fixture";
import type { ReportData } from "./types";
import { renderReportXlsx } from "./xlsx";

async function workbook(data: ReportData = sampleReport): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  // exceljs's load() is typed for Node's Buffer; the bytes are the same.
  await wb.xlsx.load(Buffer.from(await renderReportXlsx(data)) as unknown as ExcelJS.Buffer);
  return wb;
}

function sheet(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`sheet ${name} missing`);
  return ws;
}

const headers = (ws: ExcelJS.Worksheet) => (ws.getRow(4).values as unknown[]).slice(1);

/** The data row whose column `col` holds `text`. */
function rowWith(ws: ExcelJS.Worksheet, col: number, text: string): ExcelJS.Row {
  for (let r = 5; r <= ws.rowCount; r++) if (ws.getRow(r).getCell(col).value === text) return ws.getRow(r);
  throw new Error(`no row with ${text}`);
}

describe("renderReportXlsx", () => {
  it("has one sheet per table, with a title row and a frozen header row", async () => {
    const wb = await workbook();
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Chỉ số", "Cần cải thiện", "Nhiệm vụ theo đơn vị", "Danh mục nhiệm vụ", "Nhiệm vụ quá hạn", "Tài liệu kiểm chứng"]);
    for (const ws of wb.worksheets) {
      expect(typeof ws.getCell(1, 1).value).toBe("string");
      expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 4 });
      expect(ws.getRow(4).getCell(1).font?.bold).toBe(true);
    }
    expect(sheet(wb, "Chỉ số").getCell(2, 1).value).toContain("UBND huyện Tam Đường");
  });

  it("stores scores as numbers with two decimals and ranks as integers", async () => {
    const ws = sheet(await workbook(), "Chỉ số");
    expect(headers(ws)).toEqual([
      "TT",
      "Chỉ số thành phần",
      "Năm 2023: Chỉ số (%)",
      "Năm 2023: Thứ hạng",
      "Mục tiêu năm 2024: Chỉ số",
      "Mục tiêu năm 2024: Thứ hạng",
      "Kết quả năm 2024: Chỉ số (%)",
      "Kết quả năm 2024: Thứ hạng",
      "Nguồn kết quả",
      "Đánh giá",
      "Đơn vị thực hiện/theo dõi",
    ]);
    const total = rowWith(ws, 2, "Chỉ số CCHC");
    const score = total.getCell(3);
    expect(typeof score.value).toBe("number");
    expect(score.value).toBe(76.17);
    expect(score.numFmt).toBe("0.00");
    expect(total.getCell(4).value).toBe(4);
    expect(total.getCell(5).value).toBe("Trên 80%");
    expect(total.getCell(6).value).toBe(2);
    expect(total.getCell(7).value).toBe(81.35);
    expect(total.getCell(10).value).toBe("Đạt");
    expect(total.getCell(2).font?.bold).toBe(true);
    const sipas = rowWith(ws, 2, "Chỉ số hài lòng về sự phục vụ hành chính (SIPAS)");
    expect(sipas.getCell(7).value).toBeNull();
    expect(sipas.getCell(10).value).toBe("Chưa có kết quả");
  });

  it("adds a unit column when some scores are points", async () => {
    const [first, ...rest] = sampleReport.components;
    const data: ReportData = { ...sampleReport, components: [{ ...first!, previousUnit: "points", previousScore: 6.5 }, ...rest] };
    const ws = sheet(await workbook(data), "Chỉ số");
    expect(headers(ws)).toContain("Đơn vị tính");
    expect(headers(ws)).toContain("Năm 2023: Chỉ số");
    expect(ws.getRow(5).getCell(3).value).toBe("điểm");
    expect(ws.getRow(5).getCell(4).value).toBe(6.5);
  });

  it("stores deadlines as dates and counts as numbers", async () => {
    const wb = await workbook();
    const overdue = sheet(wb, "Nhiệm vụ quá hạn");
    expect(headers(overdue)).toEqual(["TT", "Nhiệm vụ", "Đơn vị chủ trì", "Hạn", "Trạng thái"]);
    const due = overdue.getRow(5).getCell(4);
    expect(due.value).toBeInstanceOf(Date);
    expect((due.value as Date).toISOString().slice(0, 10)).toBe("2024-12-10");
    expect(due.numFmt).toBe("dd/mm/yyyy");

    const byLead = sheet(wb, "Nhiệm vụ theo đơn vị");
    expect(headers(byLead)).toEqual(["Đơn vị chủ trì", "Tổng số", "Hoàn thành đúng hạn", "Hoàn thành chậm", "Đang thực hiện", "Chưa thực hiện", "Quá hạn", "Không thực hiện được"]);
    const total = rowWith(byLead, 1, "Tổng cộng");
    // Each task once (task 6 has two lead units), and the overdue count is the overdue list's length.
    expect((total.values as unknown[]).slice(2)).toEqual([15, 3, 1, 4, 4, 3, 0]);
    expect(total.getCell(7).value).toBe(overdue.rowCount - 4);
  });

  it("lists every task with status, progress, evidence count and last update, as of the cut-off", async () => {
    const ws = sheet(await workbook(), "Danh mục nhiệm vụ");
    expect(ws.getCell(1, 1).value).toBe("Danh mục nhiệm vụ của Kế hoạch (tính đến hết ngày 14/12/2024)");
    expect(headers(ws)).toEqual(["TT", "Nhiệm vụ", "Đơn vị chủ trì", "Trạng thái", "Tiến độ", "Số tài liệu kiểm chứng", "Cập nhật gần nhất"]);
    const rows = Array.from({ length: 15 }, (_, i) => ws.getRow(5 + i));
    expect(rows.map((r) => r.getCell(1).value)).toEqual(Array.from({ length: 15 }, (_, i) => i + 1));
    const done = rowWith(ws, 2, "Tham mưu thực hiện các nội dung thuộc Chỉ số thành phần chỉ đạo điều hành");
    expect(done.getCell(4).value).toBe("Hoàn thành");
    expect(done.getCell(5).value).toBe(1);
    expect(done.getCell(5).numFmt).toBe("0%");
    expect(done.getCell(6).value).toBe(2);
    expect((done.getCell(7).value as Date).toISOString().slice(0, 10)).toBe("2024-11-30");
    expect(ws.getRow(7).getCell(4).value).toBe("Chưa thực hiện");
    expect(ws.getRow(7).getCell(7).value).toBeNull();
    // Below the table: what the figures rest on.
    expect(ws.getRow(5 + 15 + 1).getCell(1).value).toContain("tính đến hết ngày 14/12/2024; Kế hoạch có 15 nhiệm vụ.");
  });

  it("lists flags and evidence in Vietnamese", async () => {
    const wb = await workbook();
    const flags = sheet(wb, "Cần cải thiện");
    expect(headers(flags)).toEqual(["TT", "Chỉ số thành phần", "Mức độ", "Lý do"]);
    const finance = rowWith(flags, 2, "Cải cách tài chính công");
    expect(finance.getCell(3).value).toBe("Cao");
    // One row per component, with all its reasons.
    expect(String(finance.getCell(4).value).split("\n")).toHaveLength(3);
    expect(flags.rowCount - 4 - 2).toBe(4);
    const evidence = sheet(wb, "Tài liệu kiểm chứng");
    expect(headers(evidence)).toEqual(["TT", "Nhiệm vụ", "Tài liệu kiểm chứng đã nhận"]);
    expect(evidence.getRow(5).getCell(3).value).toBe("Văn bản số 1520/BC-UBND ngày 02/10/2024 của UBND huyện Tam Đường\nTệp ke-hoach-kiem-tra-cchc-2024.pdf");
    expect(evidence.getRow(5).getCell(3).alignment?.wrapText).toBe(true);
  });

  it("writes empty tables as a header row alone", async () => {
    const none = { unitName: "Tổng cộng", total: 0, doneOnTime: 0, doneLate: 0, inProgress: 0, notStarted: 0, overdue: 0, notDone: 0 };
    const wb = await workbook({ ...sampleReport, flags: [], overdue: [], evidence: [], byLead: [], tasks: [], totals: none });
    expect(sheet(wb, "Nhiệm vụ quá hạn").rowCount).toBe(4);
    expect(rowWith(sheet(wb, "Nhiệm vụ theo đơn vị"), 1, "Tổng cộng").getCell(2).value).toBe(0);
  });
});
