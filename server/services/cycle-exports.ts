import type ExcelJS from "exceljs";
import { loadExcelJS } from "../runtime/exceljs";
import { AlignmentType, Document, Header, Packer, Paragraph, PageOrientation, type FileChild } from "docx";
import { eq } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import * as s from "../../db/schema";
import { formatPoints } from "../domain/cycle-scoring";
import type { Actor } from "../domain/permissions";
import { nd30 } from "../reports/docx";
import { issuerLines } from "../reports/wording";
import { getAssessment } from "./assessment-write";
import { computeResults, cycleResults } from "./cycle-results";
import { loadCycle } from "./cycle-context";

/**
 * The cycle's downloads: the results table as a workbook (numbers stay numbers, formatted by the
 * cell's number format) and one unit's score sheet as a Word document in the Nghị định 30 layout.
 * Each reads through the service that checks who may see it.
 */

const THIN: Partial<ExcelJS.Border> = { style: "thin", color: { argb: "FF000000" } };
const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const FONT = "Times New Roman";

/** The results table (Home Affairs, leaders in scope, council members): one row per unit, ranked. */
export async function resultsWorkbook(db: DbOrTx, actor: Actor, cycleId: number, asOf: string): Promise<{ bytes: Uint8Array; fileName: string }> {
  const r = await cycleResults(db, actor, cycleId);
  const wb = new (await loadExcelJS()).Workbook();
  wb.creator = "Theo dõi Chỉ số CCHC";
  const ws = wb.addWorksheet("Kết quả", { pageSetup: { paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: "4:4" }, views: [{ state: "frozen", ySplit: 4 }] });
  const headers = ["Hạng", "Đơn vị", ...r.components.map((c) => `${c.name}${c.max !== null ? ` (tối đa ${formatPoints(c.max)})` : ""}`), "Tổng điểm", "Điểm tối đa", "Tỷ lệ (%)", "Tổng điểm tự chấm", "Tình trạng"];
  ws.columns = [{ width: 7 }, { width: 32 }, ...r.components.map(() => ({ width: 14 })), { width: 11 }, { width: 11 }, { width: 10 }, { width: 12 }, { width: 14 }];
  ws.mergeCells(1, 1, 1, headers.length);
  ws.getCell(1, 1).value = `KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM ${r.cycle.year}`;
  ws.getCell(1, 1).font = { name: FONT, bold: true, size: 14 };
  ws.getCell(1, 1).alignment = { horizontal: "center" };
  ws.mergeCells(2, 1, 2, headers.length);
  const status = r.cycle.status === "published" ? "đã công bố" : r.cycle.status === "approved" ? `đã phê duyệt${r.cycle.approvalDecision ? ` (${r.cycle.approvalDecision})` : ""}` : "đang đánh giá, chưa phê duyệt";
  ws.getCell(2, 1).value = `${r.cycle.planTitle} — kết quả ${status}; trích xuất ngày ${asOf.split("-").reverse().join("/")}`;
  ws.getCell(2, 1).font = { name: FONT, italic: true, size: 11 };
  ws.getCell(2, 1).alignment = { horizontal: "center", wrapText: true };
  const head = ws.getRow(4);
  head.values = headers;
  head.eachCell((c) => {
    c.font = { name: FONT, bold: true, size: 11 };
    c.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
    c.border = BORDER;
    c.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE7E6E6" } };
  });
  const units = [...r.units].sort((a, b) => (a.rank ?? 9999) - (b.rank ?? 9999) || a.name.localeCompare(b.name, "vi"));
  units.forEach((u, i) => {
    const sent = u.state === "submitted";
    const row = ws.getRow(5 + i);
    row.values = [
      u.rank,
      u.name,
      ...u.components.map((c) => (sent ? c.points : null)),
      sent ? u.total.points : null,
      u.total.max || null,
      sent ? u.total.percent : null,
      sent ? u.selfTotal.points : null,
      sent ? (u.tied ? "Đồng hạng" : "Đã gửi") : "Chưa gửi",
    ];
    row.eachCell({ includeEmpty: true }, (c, col) => {
      c.font = { name: FONT, size: 11 };
      c.border = BORDER;
      if (col > 2 && col < headers.length) c.numFmt = "0.00";
      c.alignment = col === 2 ? { wrapText: true, vertical: "middle" } : { horizontal: "center", vertical: "middle" };
    });
    row.getCell(1).numFmt = "0";
  });
  return { bytes: new Uint8Array(await wb.xlsx.writeBuffer()), fileName: `ket-qua-chi-so-cchc-${r.cycle.year}.xlsx` };
}

const { run, centred, rule, layoutTable, dataTable, twip, pt, TEXT_MM, TIGHT, A4, MARGIN, pageNumberHeader } = nd30;

/** One unit's score sheet (bảng điểm): every criterion with self, appraised and final scores, the totals and the rank. */
export async function scoreSheetDocx(db: DbOrTx, actor: Actor, cycleId: number, unitId: number, asOf: string): Promise<{ bytes: Uint8Array; fileName: string }> {
  // getAssessment checks who may read this unit's assessment.
  const form = await getAssessment(db, actor, { cycleId, unitId }, asOf);
  const loaded = await loadCycle(db, cycleId);
  const results = await computeResults(db, loaded);
  const mine = results.units.find((u) => u.unitId === unitId)!;
  const [owner] = await db.select({ name: s.units.name, code: s.units.code }).from(s.units).where(eq(s.units.id, loaded.cycle.ownerUnitId));
  const [unit] = await db.select({ code: s.units.code }).from(s.units).where(eq(s.units.id, unitId));
  const ownerName = owner?.name ?? "";
  const place = ownerName.replace(/^(UBND|Ủy ban nhân dân)\s+(huyện|tỉnh|thành phố|thị xã)\s+/i, "");
  const lines = issuerLines({ kind: "government", name: ownerName, parentName: null, government: ownerName, homeAffairs: null });
  const left = [...lines.body.map((l) => centred(l, { size: 13, bold: true })), centred("HỘI ĐỒNG THẨM ĐỊNH", { size: 13, bold: true }), rule(22, 62)];
  const right = [centred("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", { size: 12.5, bold: true }), centred("Độc lập - Tự do - Hạnh phúc", { size: 13, bold: true }), rule(60, TEXT_MM - 62)];
  const below = { before: 160, after: 0, line: 240 };
  const header = layoutTable(
    [62, TEXT_MM - 62],
    [
      [left, right],
      [[centred("", { size: 13 }, below)], [centred(`${place}, ngày      tháng      năm ${"\u00a0".repeat(8)}`, { size: 14, italic: true }, below)]],
    ],
  );
  const n = (v: number | null) => (v === null ? "" : formatPoints(v));
  const rows: string[][] = [];
  const bold = new Set<number>();
  const comps = results.components;
  comps.forEach((comp, ci) => {
    const total = mine.components.find((c) => c.componentKey === comp.key);
    const self = mine.selfComponents.find((c) => c.componentKey === comp.key);
    bold.add(rows.length);
    rows.push([String(ci + 1), comp.name, n(total?.max ?? comp.max), n(self?.points ?? null), "", n(total?.points ?? null), ""]);
    for (const i of form.items.filter((x) => x.componentKey === comp.key)) {
      const final = i.settledScore ?? i.appraisedScore ?? i.selfScore;
      const remark = [i.remark, i.reply ? `Giải trình: ${i.reply}` : null].filter(Boolean).join(". ");
      rows.push([i.ordinal ?? "", i.scoring === "survey" ? `${i.title} (điều tra XHH)` : i.title, n(i.max), i.isLeaf ? n(i.selfScore) : "", i.isLeaf ? n(i.appraisedScore) : "", i.isLeaf ? n(final) : "", remark]);
    }
  });
  bold.add(rows.length);
  rows.push(["", "TỔNG ĐIỂM", n(mine.total.max), n(mine.selfTotal.points), "", n(mine.total.points), mine.total.percent !== null ? `${formatPoints(mine.total.percent)} % điểm tối đa` : ""]);
  const widths = [12, 62, 15, 15, 16, 16, TEXT_MM - 136];
  const table = dataTable(
    widths,
    [["TT", "Tiêu chí, tiêu chí thành phần", "Điểm tối đa", "Điểm tự chấm", "Điểm thẩm định", "Điểm cuối cùng", "Ý kiến thẩm định, giải trình"]],
    rows.map((r) => r.map((text, col) => (col === 1 || col === 6 ? { text, align: "left" as const } : text))),
    { size: 11, bold: (i) => bold.has(i), splitRows: true },
  );
  const status = loaded.cycle.status === "published" ? "Kết quả đã công bố" : loaded.cycle.status === "approved" ? "Kết quả đã phê duyệt" : "Kết quả chưa phê duyệt (bản theo dõi)";
  const rank = mine.state === "submitted" && mine.rank !== null ? `Xếp hạng ${mine.rank}/${mine.rankOf}${mine.tied ? " (đồng hạng)" : ""} trong ${mine.rankOf} đơn vị đã gửi bản tự đánh giá.` : "Chưa xếp hạng: đơn vị chưa gửi bản tự đánh giá.";
  const children: FileChild[] = [
    header,
    centred("BẢNG ĐIỂM", { bold: true }, { before: 480, after: 0, line: 276 }),
    centred(`Chỉ số cải cách hành chính năm ${loaded.cycle.year} của ${form.unit.name}`, { bold: true }, { before: 0, after: 0, line: 276 }),
    centred(`(${form.cycle.frameworkName}${form.cycle.frameworkDecision ? ` ban hành kèm theo ${form.cycle.frameworkDecision}` : ""})`, { italic: true }, { before: 0, after: 60, line: 276 }),
    rule(45, TEXT_MM),
    new Paragraph({ spacing: { before: 240, after: 0 }, children: [] }),
    ...(form.items.length === 0 ? [nd30.body("Bộ chỉ số của kỳ đánh giá chưa có tiêu chí; chưa có điểm để lập bảng điểm.", { italic: true })] : [table]),
    new Paragraph({ spacing: { before: 200, after: 60 }, indent: { firstLine: twip(10) }, children: [run(`${status}. ${rank}`, { size: 13 })] }),
    ...(loaded.cycle.approvalDecision ? [new Paragraph({ indent: { firstLine: twip(10) }, children: [run(`Căn cứ phê duyệt: ${loaded.cycle.approvalDecision}.`, { size: 13, italic: true })] })] : []),
    new Paragraph({ spacing: { before: 240, after: 0 }, children: [] }),
    layoutTable(
      [TEXT_MM / 2, TEXT_MM / 2],
      [
        [
          [centred("ĐẠI DIỆN ĐƠN VỊ ĐƯỢC ĐÁNH GIÁ", { bold: true, size: 13 })],
          [centred("TM. HỘI ĐỒNG THẨM ĐỊNH", { bold: true, size: 13 }), new Paragraph({ alignment: AlignmentType.CENTER, spacing: TIGHT, children: [run("(Ký, ghi rõ họ tên)", { italic: true, size: 13 })] })],
        ],
      ],
    ),
    new Paragraph({ spacing: { before: 0, after: 0, line: 20 }, children: [] }),
  ];
  const doc = new Document({
    creator: ownerName,
    title: `Bảng điểm Chỉ số CCHC năm ${loaded.cycle.year} — ${form.unit.name}`,
    styles: { default: { document: { run: { font: nd30.FONT, size: pt(14), language: { value: "vi-VN" } }, paragraph: { spacing: { line: 276, after: 120 } } } } },
    sections: [{ properties: { page: { size: { ...A4, orientation: PageOrientation.PORTRAIT }, margin: MARGIN }, titlePage: true }, headers: { default: pageNumberHeader(), first: new Header({ children: [] }) }, children }],
  });
  const slug = (unit?.code ?? String(unitId)).split(".").pop();
  return { bytes: new Uint8Array(await Packer.toBuffer(doc)), fileName: `bang-diem-${slug}-${loaded.cycle.year}.docx` };
}
