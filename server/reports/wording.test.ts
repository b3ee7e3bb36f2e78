import { describe, expect, it } from "vitest";
import { cutoffNotice, dateLine, issuerLines, numberLine } from "./wording";
import { sampleReport } from "./fixture";

describe("cutoffNotice", () => {
  it.each([
    [3, 2, "Sau ngày 10/12/2024 có 3 cập nhật và 2 tài liệu kiểm chứng không được tính trong báo cáo này."],
    [1, 0, "Sau ngày 10/12/2024 có 1 cập nhật không được tính trong báo cáo này."],
    [0, 4, "Sau ngày 10/12/2024 có 4 tài liệu kiểm chứng không được tính trong báo cáo này."],
    [0, 0, "Mọi số liệu trong báo cáo tính đến hết ngày 10/12/2024; không có cập nhật hay tài liệu kiểm chứng nào nộp sau ngày này."],
  ])("%i updates, %i documents", (laterUpdates, laterEvidence, expected) => {
    expect(cutoffNotice({ date: "2024-12-10", laterUpdates, laterEvidence })).toBe(expected);
  });
});

describe("issuerLines (NĐ 30/2020 Phụ lục I)", () => {
  const gov = (name: string) => ({ kind: "government" as const, parentName: null, name, government: name, homeAffairs: null });
  it.each([
    [gov("UBND huyện Tam Đường"), null, ["ỦY BAN NHÂN DÂN", "HUYỆN TAM ĐƯỜNG"]],
    [gov("UBND tỉnh Lai Châu"), null, ["ỦY BAN NHÂN DÂN", "TỈNH LAI CHÂU"]],
    [gov("Ủy ban nhân dân thị xã Điện Bàn"), null, ["ỦY BAN NHÂN DÂN", "THỊ XÃ ĐIỆN BÀN"]],
    [
      { kind: "home-affairs" as const, parentName: "UBND huyện Tam Đường", name: "Phòng Nội vụ", government: "UBND huyện Tam Đường", homeAffairs: "Phòng Nội vụ" },
      "UBND HUYỆN TAM ĐƯỜNG",
      ["PHÒNG NỘI VỤ"],
    ],
  ])("%o", (issuer, superior, body) => expect(issuerLines(issuer)).toEqual({ superior, body }));
});

describe("numberLine and dateLine", () => {
  it.each([
    [null, "BC-UBND", "Số:        /BC-UBND"],
    ["215", "BC-UBND", "Số: 215/BC-UBND"],
    ["58", "BC-NV", "Số: 58/BC-NV"],
    ["215/BC-UBND", "BC-NV", "Số: 215/BC-UBND"],
  ])("%s %s", (number, numberSuffix, expected) => expect(numberLine({ ...sampleReport, number, numberSuffix })).toBe(expected));

  it.each([
    ["2025-02-05", "Tam Đường, ngày 05 tháng 02 năm 2025"],
    ["2024-12-16", "Tam Đường, ngày 16 tháng 12 năm 2024"],
  ])("%s", (date, expected) => expect(dateLine({ ...sampleReport, date })).toBe(expected));

  it("leaves day, month and year blank without an issue date", () => {
    expect(dateLine({ ...sampleReport, date: null })).toBe(`Tam Đường, ngày      tháng      năm ${"\u00a0".repeat(8)}`);
  });
});
