import { describe, expect, it } from "vitest";
import { contentDisposition, evidenceType, MAX_EVIDENCE_BYTES } from "./evidence-type";

describe("evidenceType", () => {
  it.each([
    ["a PDF", { ext: "pdf", mime: "application/pdf" }, "bao-cao.pdf", 1000, true],
    ["a PDF named .docx is still a PDF", { ext: "pdf", mime: "application/pdf" }, "bao-cao.docx", 1000, true],
    ["a Word file", { ext: "docx", mime: "x" }, "kế hoạch.docx", 1000, true],
    ["an Excel file", { ext: "xlsx", mime: "x" }, "số liệu.xlsx", 1000, true],
    ["an old .doc", { ext: "cfb", mime: "application/x-cfb" }, "cu.doc", 1000, true],
    ["an old .xls", { ext: "cfb", mime: "application/x-cfb" }, "cu.xls", 1000, true],
    ["a CFB that claims nothing", { ext: "cfb", mime: "application/x-cfb" }, "la.msg", 1000, false],
    ["a photo", { ext: "jpg", mime: "image/jpeg" }, "anh.jpg", 1000, true],
    ["an executable renamed .pdf", { ext: "exe", mime: "application/x-msdownload" }, "bao-cao.pdf", 1000, false],
    ["plain text (undetectable) named .pdf", undefined, "bao-cao.pdf", 1000, false],
    ["an empty file", { ext: "pdf", mime: "application/pdf" }, "rong.pdf", 0, false],
    ["exactly 20 MB", { ext: "pdf", mime: "application/pdf" }, "lon.pdf", MAX_EVIDENCE_BYTES, true],
    ["one byte over 20 MB", { ext: "pdf", mime: "application/pdf" }, "lon.pdf", MAX_EVIDENCE_BYTES + 1, false],
  ] as const)("%s", (_name, detected, name, size, ok) => {
    expect(evidenceType(detected, name, size).ok).toBe(ok);
  });

  it("says why in Vietnamese", () => {
    expect(evidenceType({ ext: "exe", mime: "x" }, "virus.pdf", 10)).toEqual({
      ok: false,
      message: 'Tệp "virus.pdf" không phải PDF, Word, Excel hay ảnh (nội dung tệp được kiểm tra, không dựa vào đuôi tên tệp).',
    });
    expect(evidenceType({ ext: "pdf", mime: "x" }, "a.pdf", MAX_EVIDENCE_BYTES + 1)).toEqual({ ok: false, message: 'Tệp "a.pdf" lớn hơn 20 MB.' });
  });
});

describe("contentDisposition", () => {
  it("keeps the Vietnamese name for browsers and an ASCII fallback", () => {
    expect(contentDisposition("Báo cáo tài chính.pdf")).toBe(
      `attachment; filename="Bao cao tai chinh.pdf"; filename*=UTF-8''B%C3%A1o%20c%C3%A1o%20t%C3%A0i%20ch%C3%ADnh.pdf`,
    );
  });
  it("neutralises quotes", () => {
    expect(contentDisposition('a"b.pdf')).toContain('filename="a_b.pdf"');
  });
});
