import ExcelJS from "exceljs";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { xlsxBomb } from "../testing/bomb";
import { parseSpreadsheet } from "./parse";
import { readSpreadsheet } from "./read";

async function workbookBytes(build: (sheet: ExcelJS.Worksheet) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  build(wb.addWorksheet("Kết quả"));
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const bomb = xlsxBomb;

// Each read starts a worker thread: seconds on a busy machine, more than the default 5 s limit.
describe("readSpreadsheet", { timeout: 60_000 }, () => {
  it("reads cells, number formats and dates of an ordinary workbook", async () => {
    const bytes = await workbookBytes((s) => {
      s.addRow(["Mã đơn vị", "Năm", "Tỷ lệ"]);
      const r = s.addRow(["ban-bo", 2024, 0.7617]);
      r.getCell(3).numFmt = "0.00%";
      s.addRow(["Hạn", new Date(Date.UTC(2024, 11, 10))]);
    });
    const data = await readSpreadsheet({ kind: "xlsx", bytes });
    if (data.kind !== "xlsx") throw new Error("xlsx expected");
    const rows = data.sheets[0]?.rows ?? [];
    expect(rows.map((r) => r.line)).toEqual([1, 2, 3]);
    expect(rows[1]?.cells.map((c) => c?.value)).toEqual(["ban-bo", 2024, 0.7617]);
    expect(rows[1]?.cells[2]?.numFmt).toBe("0.00%");
    expect(rows[2]?.cells[1]?.value).toEqual(new Date(Date.UTC(2024, 11, 10)));
  });

  it("repeats a cell merged down a column in each row of the merge, only when asked", async () => {
    const bytes = await workbookBytes((s) => {
      s.addRow(["TT", "Nội dung", "Chủ trì"]);
      s.addRow(["1", "Việc một", "Sở Nội vụ"]);
      s.addRow(["2", "Việc hai", null]);
      s.addRow(["3", "Việc ba", null]);
      s.mergeCells("C2:C4");
    });
    const filled = await readSpreadsheet({ kind: "xlsx", bytes, fillMergesDown: true });
    const plain = await readSpreadsheet({ kind: "xlsx", bytes });
    if (filled.kind !== "xlsx" || plain.kind !== "xlsx") throw new Error("xlsx expected");
    expect(filled.sheets[0]?.rows.map((r) => r.cells[2]?.value ?? null)).toEqual(["Chủ trì", "Sở Nội vụ", "Sở Nội vụ", "Sở Nội vụ"]);
    expect(plain.sheets[0]?.rows.map((r) => r.cells[2]?.value ?? null)).toEqual(["Chủ trì", "Sở Nội vụ", null, null]);
  });

  it("reads a workbook whose sheet comes before the sheet list in the zip (exceljs writes entries in any order)", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Đã xóa").addRow(["bỏ"]);
    const sheet = wb.addWorksheet("Kết quả");
    sheet.addRow(["Mã đơn vị", "Năm"]);
    sheet.addRow(["ban-bo", 2024]);
    sheet.mergeCells("A2:A3");
    wb.removeWorksheet(wb.getWorksheet("Đã xóa")!.id);
    const src = await JSZip.loadAsync(new Uint8Array(await wb.xlsx.writeBuffer()));
    const first = ["[Content_Types].xml", "_rels/.rels", "xl/_rels/workbook.xml.rels", "xl/sharedStrings.xml", "xl/styles.xml"];
    const names = Object.keys(src.files).filter((n) => !src.files[n]!.dir);
    const sheets = names.filter((n) => n.startsWith("xl/worksheets/sheet"));
    const order = [...first.filter((n) => names.includes(n)), ...sheets, ...names.filter((n) => !first.includes(n) && !sheets.includes(n))];
    const out = new JSZip();
    for (const n of order) out.file(n, await src.file(n)!.async("uint8array"));
    const bytes = await out.generateAsync({ type: "uint8array", compression: "DEFLATE" });
    const data = await readSpreadsheet({ kind: "xlsx", bytes, fillMergesDown: true });
    if (data.kind !== "xlsx") throw new Error("xlsx expected");
    const rows = data.sheets.find((x) => x.rows.length > 0)!.rows;
    expect(rows.map((r) => r.cells.map((c) => c?.value ?? null))).toEqual([["Mã đơn vị", "Năm"], ["ban-bo", 2024], ["ban-bo"]]);
  });

  it("resolves every text cell of every sheet when the shared strings come after the sheets, rich text included", async () => {
    const wb = new ExcelJS.Workbook();
    for (let n = 1; n <= 3; n++) {
      const s = wb.addWorksheet(`Trang ${n}`);
      s.addRow([`Tiêu đề ${n}`, { richText: [{ text: "Đậm ", font: { bold: true } }, { text: `thường ${n}` }] }]);
      for (let i = 0; i < 50; i++) s.addRow([`dòng ${n}-${i}`, i]);
    }
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const names = Object.keys((await JSZip.loadAsync(bytes)).files);
    // The order exceljs writes, where its streaming reader parks sheets in temp files (exceljs#683).
    expect(names.indexOf("xl/worksheets/sheet1.xml")).toBeLessThan(names.indexOf("xl/sharedStrings.xml"));
    for (let attempt = 0; attempt < 20; attempt++) {
      const result = await parseSpreadsheet({ kind: "xlsx", bytes, maxRows: 1_000, maxUncompressedBytes: 10_000_000, fillMergesDown: false });
      if (!result.ok || result.data.kind !== "xlsx") throw new Error("xlsx expected");
      expect(result.data.sheets.map((s) => s.name)).toEqual(["Trang 1", "Trang 2", "Trang 3"]);
      result.data.sheets.forEach((sheet, k) => {
        expect(sheet.rows[0]?.cells[0]?.value).toBe(`Tiêu đề ${k + 1}`);
        const rich = sheet.rows[0]?.cells[1]?.value as { richText: Array<{ text: string; font?: { bold?: boolean } }> };
        expect(rich.richText.map((r) => [r.text, Boolean(r.font?.bold)])).toEqual([["Đậm ", true], [`thường ${k + 1}`, false]]);
        expect(sheet.rows[50]?.cells.map((c) => c?.value)).toEqual([`dòng ${k + 1}-49`, 49]);
      });
    }
  });

  it("refuses a decompression bomb quickly, in Vietnamese, without stalling the event loop", async () => {
    // 100 × 10 000 rows: about 90 MB of XML (over the 60 MB cap) in a file of a few hundred KB.
    const bytes = await bomb(100);
    expect(bytes.byteLength).toBeLessThan(5 * 1024 * 1024);
    let worstLag = 0;
    let last = Date.now();
    const ticker = setInterval(() => {
      const now = Date.now();
      worstLag = Math.max(worstLag, now - last - 20);
      last = now;
    }, 20);
    const started = Date.now();
    const error = await readSpreadsheet({ kind: "xlsx", bytes }).catch((e: unknown) => e);
    clearInterval(ticker);
    expect(error).toMatchObject({ code: "BAD_REQUEST", message: expect.stringMatching(/giải nén/) });
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(worstLag).toBeLessThan(500);
  }, 60_000);

  it("stops at the row cap while streaming", async () => {
    const bytes = await bomb(2); // 20 001 rows, a few hundred KB inflated
    await expect(readSpreadsheet({ kind: "xlsx", bytes, limits: { maxRows: 5_000 } })).rejects.toMatchObject({
      message: expect.stringMatching(/tối đa 5\.000 dòng/),
    });
  }, 60_000);

  it("caps csv rows too, and refuses a csv cut short by the cap rather than truncating it", async () => {
    const text = "a;b\n" + "x;1\n".repeat(101);
    await expect(readSpreadsheet({ kind: "csv", bytes: new TextEncoder().encode(text), limits: { maxRows: 100 } })).rejects.toMatchObject({
      message: expect.stringMatching(/quá nhiều dòng/),
    });
    const ok = await readSpreadsheet({ kind: "csv", bytes: new TextEncoder().encode("a;b\n" + "x;1\n".repeat(99)), limits: { maxRows: 100 } });
    expect(ok.kind === "csv" && ok.rows.filter((r) => r.some((v) => v !== "")).length).toBe(100);
  });

  it("refuses a file over the size cap before parsing", async () => {
    await expect(readSpreadsheet({ kind: "xlsx", bytes: new Uint8Array(6 * 1024 * 1024) })).rejects.toMatchObject({
      message: expect.stringMatching(/tối đa 5 MB/),
    });
  });

  it("stops a worker that runs out of its heap and answers in Vietnamese", async () => {
    const bytes = await bomb(60); // ~50 MB of XML: over a 16 MB heap, within the byte cap
    await expect(readSpreadsheet({ kind: "xlsx", bytes, limits: { memoryMb: 16, maxRows: 10_000_000 } })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringMatching(/quá nặng|quá lâu/),
    });
  }, 60_000);
});
