import JSZip from "jszip";
import { describe, expect, it } from "vitest";
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

/** The visible text of the body, runs joined, so assertions do not depend on how runs split. */
const text = (xml: string) => [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join("");

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
      "UBND TỈNH LAI CHÂU",
      "UBND HUYỆN TAM ĐƯỜNG",
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
      issuer: { parentName: null, name: "UBND huyện Tam Đường" },
      plan: { ...sampleReport.plan, number: "1234/KH-UBND", date: "2024-07-15" },
    };
    const body = text((await parts(data)).document);
    expect(body).toContain("Số: 215/BC-UBND");
    expect(body).toContain("Thực hiện Kế hoạch số 1234/KH-UBND ngày 15/07/2024 của UBND huyện Tam Đường về");
    expect(body).not.toContain("UBND TỈNH LAI CHÂU");
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
    expect(body).toContain("- Cải cách tài chính công: Kết quả tự đánh giá 45,8\u00a0%");
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
