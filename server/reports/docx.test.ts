import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { paragraphWith, tables, text } from "../testing/docx-read";
import { renderReportDocx } from "./docx";
import { sampleReport } from "./fixture";
import type { ReportData } from "./types";

/** The .docx is a zip: read back its parts as text. */
async function parts(data: ReportData): Promise<{ document: string; headers: string[] }> {
  const zip = await JSZip.loadAsync(await renderReportDocx(data));
  const document = await zip.file("word/document.xml")?.async("string");
  if (!document) throw new Error("word/document.xml missing");
  const headerFiles = zip.file(/^word\/header\d+\.xml$/);
  const headers = await Promise.all(headerFiles.map((f) => f.async("string")));
  return { document, headers };
}

describe("renderReportDocx", () => {
  it("lays out A4 portrait pages with NĐ 30 margins", async () => {
    const { document } = await parts(sampleReport);
    const sizes = [...document.matchAll(/<w:pgSz ([^>]*)\/>/g)].map((m) => m[1] ?? "");
    expect(sizes).toHaveLength(1);
    expect(sizes[0]).toMatch(/w:w="11906"/);
    expect(sizes[0]).toMatch(/w:h="16838"/);
    expect(sizes[0]).not.toMatch(/landscape/);
    const margins = [...document.matchAll(/<w:pgMar ([^>]*)\/>/g)].map((m) => m[1] ?? "");
    expect(margins).toHaveLength(1);
    expect(margins[0]).toMatch(/w:top="1134"/);
    expect(margins[0]).toMatch(/w:bottom="1134"/);
    expect(margins[0]).toMatch(/w:left="1701"/);
    expect(margins[0]).toMatch(/w:right="850"/);
  });

  it("uses Times New Roman", async () => {
    const zip = await JSZip.loadAsync(await renderReportDocx(sampleReport));
    const styles = (await zip.file("word/styles.xml")?.async("string")) ?? "";
    expect(styles).toMatch(/<w:rFonts w:ascii="Times New Roman"[^>]*w:hAnsi="Times New Roman"/);
  });

  it("prints the header block, title and subject", async () => {
    const body = text((await parts(sampleReport)).document);
    for (const s of [
      // NĐ 30/2020 Phụ lục I: a district's People's Committee is named alone, on two lines.
      "ỦY BAN NHÂN DÂN",
      "HUYỆN TAM ĐƯỜNG",
      "Số:",
      "/BC-UBND",
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập - Tự do - Hạnh phúc",
      "Tam Đường, ngày 16 tháng 12 năm 2024",
      "BÁO CÁO",
      "Kết quả thực hiện Kế hoạch cải thiện và nâng cao Chỉ số CCHC năm 2024",
      "(Số liệu tính từ ngày 15/12/2023 đến ngày 14/12/2024)",
      // The plan has no number: it is named by its issuer and the month it was signed.
      "Thực hiện Kế hoạch của UBND huyện Tam Đường (ban hành tháng 7 năm 2024) về cải thiện và nâng cao",
    ])
      expect(body).toContain(s);
  });

  it("names a numbered plan by number and date, and a numbered report by its number", async () => {
    const data: ReportData = {
      ...sampleReport,
      number: "215",
      issuer: { kind: "government", parentName: null, name: "UBND huyện Tam Đường", government: "UBND huyện Tam Đường", homeAffairs: "Phòng Nội vụ" },
      plan: { ...sampleReport.plan, number: "1234/KH-UBND", date: "2024-07-15" },
    };
    const body = text((await parts(data)).document);
    expect(body).toContain("Số: 215/BC-UBND");
    expect(body).toContain("Thực hiện Kế hoạch số 1234/KH-UBND ngày 15/07/2024 của UBND huyện Tam Đường về");
    expect(body).not.toContain("UBND TỈNH LAI CHÂU");
  });

  it("prints an office's report under its managing body, and leaves the date blank until one is chosen", async () => {
    const data: ReportData = {
      ...sampleReport,
      issuer: { kind: "home-affairs", parentName: "UBND huyện Tam Đường", name: "Phòng Nội vụ", government: "UBND huyện Tam Đường", homeAffairs: "Phòng Nội vụ" },
      numberSuffix: "BC-NV",
      number: "58",
      date: null,
    };
    const { document } = await parts(data);
    const head = tables(document)[0]!;
    expect(head[0]![0]).toBe("UBND HUYỆN TAM ĐƯỜNGPHÒNG NỘI VỤ");
    expect(head[1]![0]).toBe("Số: 58/BC-NV");
    expect(head[1]![1]).toMatch(/^Tam Đường, ngày {6}tháng {6}năm \u00a0+$/);
    // The managing body is not bold; the office is.
    expect(paragraphWith(document, "UBND HUYỆN TAM ĐƯỜNG")).not.toContain("<w:b/>");
    expect(paragraphWith(document, "PHÒNG NỘI VỤ")).toContain("<w:b/>");
  });

  it("counts each task once in the total row, and lists every task with its status, progress, evidence and last update", async () => {
    const { document } = await parts(sampleReport);
    const all = tables(document);
    const leads = all.find((t) => t[0]?.[0] === "Đơn vị chủ trì")!;
    expect(leads[0]).toEqual(["Đơn vị chủ trì", "Tổng số", "Hoàn thành đúng hạn", "Hoàn thành chậm", "Đang thực hiện", "Chưa thực hiện", "Quá hạn", "Không thực hiện được"]);
    // Task 6 is led by two units: 16 in the rows, 15 in the total.
    expect(leads.slice(1, -1).reduce((n, r) => n + Number(r[1]), 0)).toBe(16);
    expect(leads.at(-1)).toEqual(["Tổng cộng", "15", "3", "1", "4", "4", "3", "0"]);
    const overdue = all.find((t) => t[0]?.join("|") === "TT|Nhiệm vụ|Đơn vị chủ trì|Hạn|Trạng thái")!;
    expect(overdue).toHaveLength(1 + 3);
    const list = all.find((t) => t[0]?.[6] === "Cập nhật gần nhất")!;
    expect(list[0]).toEqual(["TT", "Nhiệm vụ", "Đơn vị chủ trì", "Trạng thái", "Tiến độ", "Số tài liệu kiểm chứng", "Cập nhật gần nhất"]);
    expect(list).toHaveLength(1 + 15);
    expect(list[1]).toEqual(["1", sampleReport.tasks[0]!.title, "Các cơ quan, đơn vị, địa phương", "Đang thực hiện", "60\u00a0%", "0", "02/10/2024"]);
    expect(list[3]!.slice(3)).toEqual(["Chưa thực hiện", "0\u00a0%", "0", "—"]);
    expect(list[9]!.slice(3)).toEqual(["Hoàn thành", "100\u00a0%", "2", "30/11/2024"]);
    const body = text(document);
    expect(body).toContain("tính đến hết ngày 14/12/2024; Kế hoạch có 15 nhiệm vụ.");
    expect(body).toContain("Căn cứ kết quả Chỉ số CCHC năm 2024 và tình hình thực hiện nhiệm vụ đến hết ngày 14/12/2024:");
  });

  it("names the total row of the component table 'Chỉ số CCHC' and gives each flagged component one entry", async () => {
    const { document } = await parts(sampleReport);
    const components = tables(document).find((t) => t[0]?.[1] === "Chỉ số thành phần")!;
    expect(components.at(-1)![1]).toBe("Chỉ số CCHC");
    const body = text(document);
    expect(body.split("- Cải cách tài chính công:")).toHaveLength(2);
    expect(body.split("- Cải cách chế độ công vụ:")).toHaveLength(2);
  });

  it("keeps the last section's closing paragraph and the signature block together", async () => {
    const { document } = await parts(sampleReport);
    const closing = paragraphWith(document, "Đề nghị Sở Nội vụ tỉnh Lai Châu tiếp tục hướng dẫn")!;
    expect(closing).toContain("<w:keepNext/>");
    expect(closing).toContain("<w:keepLines/>");
    for (const needle of ["Nơi nhận:", "TM. ỦY BAN NHÂN DÂN", "Sùng Lữ Páo"]) expect(paragraphWith(document, needle)).toContain("<w:keepNext/>");
    // The empty paragraph between the text and the signature table does not break the chain.
    const between = document.slice(document.indexOf(closing) + closing.length, document.lastIndexOf("<w:tbl>"));
    for (const p of between.match(/<w:p>[\s\S]*?<\/w:p>|<w:p [\s\S]*?<\/w:p>/g) ?? []) expect(p).toContain("<w:keepNext/>");
  });

  it("has the component table with its figures and the section headings", async () => {
    const body = text((await parts(sampleReport)).document);
    for (const c of sampleReport.components) expect(body).toContain(c.name);
    // A no-break space keeps "%" with its number in narrow columns.
    expect(body).toContain("76,17\u00a0%");
    expect(body).toContain("70,52\u00a0%");
    expect(body).toContain("Trên 75\u00a0%");
    for (const h of [
      "I. KẾT QUẢ THỰC HIỆN CÁC CHỈ SỐ",
      "II. CÁC CHỈ SỐ CẦN CẢI THIỆN",
      "III. TÌNH HÌNH THỰC HIỆN NHIỆM VỤ",
      "IV. ĐÁNH GIÁ CHUNG",
      "V. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN",
      "VI. NHIỆM VỤ, GIẢI PHÁP THỜI GIAN TỚI",
      "VII. ĐỀ XUẤT, KIẾN NGHỊ",
    ])
      expect(body).toContain(h);
    expect(body).toContain("Năm 2023");
    expect(body).toContain("Mục tiêu năm 2024");
    expect(body).toContain("- Cải cách tài chính công: Kết quả tự đánh giá 45,8\u00a0%, dưới mục tiêu trên 50\u00a0%. Thấp nhất trong các chỉ số thành phần. Có 2 nhiệm vụ quá hạn");
    expect(body).toContain("Hoàn thành đúng hạn");
    expect(body).toContain("10/12/2024");
    expect(body).toContain("Văn bản số 125/BC-TCKH ngày 05/11/2024 của Phòng Tài chính - Kế hoạch");
    expect(body).toContain("Ghi chú: kết quả năm 2024 là kết quả tự đánh giá");
  });

  it("closes with Nơi nhận and the signature", async () => {
    const body = text((await parts(sampleReport)).document);
    expect(body).toContain("Nơi nhận:");
    expect(body).toContain("- Sở Nội vụ tỉnh Lai Châu (b/c);");
    expect(body).toContain("- Lưu: VT, NV.");
    expect(body).toContain("TM. ỦY BAN NHÂN DÂN");
    expect(body).toContain("CHỦ TỊCH");
    expect(body).toContain("Sùng Lữ Páo");
  });

  it("numbers pages from the second, in the header", async () => {
    const { document, headers } = await parts(sampleReport);
    expect(document).toContain("<w:titlePg/>");
    expect(headers.some((h) => /<w:instrText[^>]*>PAGE<\/w:instrText>/.test(h))).toBe(true);
    // The first-page header is empty.
    expect(document).toMatch(/<w:headerReference w:type="first"/);
  });

  it("prints a placeholder for sections not written yet", async () => {
    const data: ReportData = { ...sampleReport, sections: { danhGiaChung: "", tonTai: "  \n ", nhiemVuGiaiPhap: "", deXuat: "" } };
    const body = text((await parts(data)).document);
    expect(body.split("(Chưa nhập nội dung)")).toHaveLength(5);
  });

  it("splits an officer's text into paragraphs", async () => {
    const { document } = await parts(sampleReport);
    expect(document).toContain(">Các chỉ số thành phần Cải cách thể chế");
    expect(document).toContain(">- Hoàn thành nhiệm vụ quá hạn của Phòng Nội vụ trước ngày 31/12/2024.<");
  });
});
