import { describe, expect, it } from "vitest";
import { OCR_FIXES, cleanCell, fixOcrSlips, parseTaskTable, romanValue, tableFromXlsxRows, toRoman, type ParsedTaskRow } from "./task-table";

/** Rows as [line, ordinal, depth, heading, title] for compact tables of expectations. */
const shape = (rows: ParsedTaskRow[]) => rows.map((r) => [r.line, r.ordinal, r.depth, r.isHeading, r.title] as const);
const tsv = (...lines: string[]) => lines.join("\n");

describe("header rows", () => {
  const cases: Array<[string, string]> = [
    ["plain", "TT\tNhiệm vụ\tĐơn vị chủ trì\tĐơn vị phối hợp\tThời gian\tTài liệu kiểm chứng"],
    ["STT, capitals", "STT\tNHIỆM VỤ\tCHỦ TRÌ\tPHỐI HỢP\tTHỜI GIAN HOÀN THÀNH\tTÀI LIỆU KIỂM CHỨNG"],
    ["OCR variants", "STT\tNHIỆM VỤ TRỌNG TÂM\tĐƠN VỊ CHỦ TRƯỞNG\tĐƠN VỊ PHÒI HỢP\tTHỜI GIAN HOÀN THÀNH\tTÀI LIỆU KIỂM CHỨNG"],
    ["no diacritics", "stt\tnhiem vu\tdon vi chu tri\tdon vi phoi hop\tthoi gian"],
    ["no evidence column", "TT\tNội dung nhiệm vụ\tCơ quan chủ trì\tCơ quan phối hợp\tThời hạn"],
  ];
  it.each(cases)("skips a header: %s", (_name, header) => {
    const { rows } = parseTaskTable(tsv(header, "1\tBan hành kế hoạch\tSở Nội vụ\tCác sở, ban, ngành\tCả năm"));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ line: 2, ordinal: "1", leadText: "Sở Nội vụ", deadlineText: "Cả năm" });
  });

  it("works without a header, and skips a header repeated on a new page", () => {
    const header = "STT\tNHIỆM VỤ\tCHỦ TRÌ\tPHỐI HỢP\tTHỜI GIAN";
    const { rows } = parseTaskTable(tsv("1\tA việc\tSở Nội vụ\t\tCả năm", header, "2\tB việc\tSở Tư pháp\t\tCả năm"));
    expect(rows.map((r) => r.ordinal)).toEqual(["1", "2"]);
  });

  it("reads columns in the header's order and leaves out columns it does not know", () => {
    const { rows, warnings } = parseTaskTable(
      tsv("STT\tNhiệm vụ\tThời gian\tChủ trì\tPhối hợp\tGhi chú", "1\tBáo cáo quý\tQuý I\tSở Nội vụ\tSở Tư pháp\tghi chú riêng"),
    );
    expect(rows[0]).toMatchObject({ leadText: "Sở Nội vụ", coordinatingText: "Sở Tư pháp", deadlineText: "Quý I", evidenceText: "" });
    expect(warnings).toEqual(["Dòng 1: không nhập các cột “Ghi chú”."]);
  });

  it("skips the column-number row and text before the table", () => {
    const { rows, warnings } = parseTaskTable(
      tsv("PHỤ BIỂU CÁC NHIỆM VỤ CỤ THỂ", "(1)\t(2)\t(3)\t(4)\t(5)\t(6)", "1\tViệc một\tSở Nội vụ\t\tCả năm\t"),
    );
    expect(rows).toHaveLength(1);
    expect(warnings[0]).toMatch(/^Dòng 1: bỏ qua vì không có cột nào/);
  });
});

describe("continuation lines", () => {
  const cases: Array<[string, string[], Partial<ParsedTaskRow>]> = [
    [
      "lower-case start continues every cell (447, row I.5)",
      [
        "5\tSáng kiến CCHC: Tham mưu UBND xem xét, quyết định công nhận những giải pháp, những cách làm mới\tSở Khoa học và Công nghệ\tCác sở, ban, ngành, UBND huyện, thành\tThường xuyên\tQuyết định công",
        "",
        "\tcó khả năng mang lại lợi ích thiết thực.\t\tphò\t\tnhận sáng kiến",
      ],
      {
        title: "Sáng kiến CCHC: Tham mưu UBND xem xét, quyết định công nhận những giải pháp, những cách làm mới có khả năng mang lại lợi ích thiết thực.",
        coordinatingText: "Các sở, ban, ngành, UBND huyện, thành phố",
        evidenceText: "Quyết định công nhận sáng kiến",
      },
    ],
    [
      "a name cut in the lead cell (447, row VII.1.4)",
      ["1.4\tTham mưu UBND tỉnh các giải\tSở Thông tin -\tCác Sở, ban, ngành,\tThường\t", "\tpháp nâng tỷ lệ.\tTruyền thông\tUBND các huyện, thành phố\txuyên\tBáo cáo"],
      { title: "Tham mưu UBND tỉnh các giải pháp nâng tỷ lệ.", leadText: "Sở Thông tin - Truyền thông", deadlineText: "Thường xuyên", evidenceText: "Báo cáo" },
    ],
    [
      "only the other cells wrapped",
      ["1\tBáo cáo kết quả\tSở Nội vụ\tSở Tư pháp,\tTheo quy\t", "\t\t\tSở Tài chính\tđịnh của Bộ Nội vụ\t"],
      { title: "Báo cáo kết quả", coordinatingText: "Sở Tư pháp, Sở Tài chính", deadlineText: "Theo quy định của Bộ Nội vụ" },
    ],
    [
      "the row above stops on a word that cannot end a sentence",
      ["1\tTổ chức thực hiện theo quy định của\tSở Nội vụ\t\tCả năm\t", "\tBộ Nội vụ và hướng dẫn.\t\t\t\t"],
      { title: "Tổ chức thực hiện theo quy định của Bộ Nội vụ và hướng dẫn." },
    ],
    [
      "a title wrapped without tabs",
      ["1\tTổ chức hội nghị\tSở Nội vụ\t\tCả năm\t", "tập huấn chuyên đề"],
      { title: "Tổ chức hội nghị tập huấn chuyên đề" },
    ],
  ];
  it.each(cases)("%s", (_name, lines, expected) => {
    const { rows } = parseTaskTable(tsv(...lines));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject(expected);
  });

  it("an empty TT cell with a capitalised task is a new row without number (447, row V.7)", () => {
    const { rows } = parseTaskTable(
      tsv(
        "7\tCông tác đào tạo, bồi dưỡng\t\t\t\t",
        "7.1\tTham mưu UBND tỉnh ban hành kế hoạch.\tSở Nội vụ\t\tTrước 31/12 năm trước liền kề năm kế hoạch\tKế hoạch",
        "",
        "\tTổ chức triển khai thực hiện theo kế hoạch.\tSở Nội vụ\t\tTheo quy định của Bộ Nội vụ\tBáo cáo",
      ),
    );
    expect(shape(rows)).toEqual([
      [1, "7", 0, true, "Công tác đào tạo, bồi dưỡng"],
      [2, "7.1", 1, false, "Tham mưu UBND tỉnh ban hành kế hoạch."],
      [4, null, 1, false, "Tổ chức triển khai thực hiện theo kế hoạch."],
    ]);
  });

  it("HTML tags do not hide a capital letter (447, row VI.2)", () => {
    const { rows } = parseTaskTable(
      tsv("2\tThực hiện cơ chế tự chủ\t\t\t\t", "\t<p>Tham mưu UBND tỉnh chỉ đạo.</p> <p>Trọng tâm:</p>\tSở Tài chính\t\tThường xuyên\tBáo cáo"),
    );
    expect(shape(rows)).toEqual([
      [1, "2", 0, true, "Thực hiện cơ chế tự chủ"],
      [2, null, 1, false, "Tham mưu UBND tỉnh chỉ đạo. Trọng tâm:"],
    ]);
  });
});

describe("ordinals, sections and depth", () => {
  it("roman sections at depth 0, dotted numbers by their dots", () => {
    const { rows, warnings } = parseTaskTable(
      tsv(
        "I\tCÔNG TÁC CHỈ ĐẠO\t\t\t\t",
        "1\tKế hoạch CCHC\tSở Nội vụ\t\tCả năm\t",
        "6\tKết quả chỉ đạo\t\t\t\t",
        "6.1\tVăn bản chỉ đạo\tSở Nội vụ\t\tThường xuyên\t",
        "6.2\tNguồn lực tài chính\tSở Tài chính\t\tThường xuyên\t",
        "II.\tCẢI CÁCH THỂ CHẾ\t\t\t\t",
        "1.\tVăn bản QPPL\tSở Tư pháp\t\tThường xuyên\t",
      ),
    );
    expect(shape(rows)).toEqual([
      [1, "I", 0, true, "CÔNG TÁC CHỈ ĐẠO"],
      [2, "1", 1, false, "Kế hoạch CCHC"],
      [3, "6", 1, true, "Kết quả chỉ đạo"],
      [4, "6.1", 2, false, "Văn bản chỉ đạo"],
      [5, "6.2", 2, false, "Nguồn lực tài chính"],
      [6, "II", 0, true, "CẢI CÁCH THỂ CHẾ"],
      [7, "1", 1, false, "Văn bản QPPL"],
    ]);
    expect(warnings).toEqual([]);
  });

  it("a table without sections starts at depth 0", () => {
    const { rows } = parseTaskTable(tsv("1\tA\tSở Nội vụ\t\tCả năm", "1.1\tB\tSở Nội vụ\t\tCả năm", "2\tC\tSở Nội vụ\t\tCả năm"));
    expect(rows.map((r) => [r.ordinal, r.depth])).toEqual([
      ["1", 0],
      ["1.1", 1],
      ["2", 0],
    ]);
  });

  it("repairs section numerals OCR misread or lost, in a table of roman sections", () => {
    const { rows, warnings } = parseTaskTable(
      tsv(
        "1\tCÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CCHC\t\t\t\t", // "1" for I
        "1\tKế hoạch\tSở Nội vụ\t\tCả năm\t",
        "II\tCẢI CÁCH THỂ CHẾ\t\t\t\t",
        "1\tVăn bản\tSở Tư pháp\t\tCả năm\t",
        "I\tCẢI CÁCH THỦ TỤC HÀNH CHÍNH\t\t\t\t", // "I" for III
        "1\tRà soát\tSở Tư pháp\t\tCả năm\t",
        "HIỆN ĐẠI HÓA HÀNH CHÍNH\t\t\t\t\t", // numeral lost, title in the TT cell
        "I\tỨng dụng công nghệ thông tin.\t\t\t\t", // "I" for 1: its rows are 1.x
        "1.1\tKế hoạch ứng dụng CNTT\tSở Thông tin và Truyền thông\t\tCả năm\t",
      ),
    );
    expect(shape(rows)).toEqual([
      [1, "I", 0, true, "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CCHC"],
      [2, "1", 1, false, "Kế hoạch"],
      [3, "II", 0, true, "CẢI CÁCH THỂ CHẾ"],
      [4, "1", 1, false, "Văn bản"],
      [5, "III", 0, true, "CẢI CÁCH THỦ TỤC HÀNH CHÍNH"],
      [6, "1", 1, false, "Rà soát"],
      [7, "IV", 0, true, "HIỆN ĐẠI HÓA HÀNH CHÍNH"],
      [8, "1", 1, true, "Ứng dụng công nghệ thông tin."],
      [9, "1.1", 2, false, "Kế hoạch ứng dụng CNTT"],
    ]);
    expect(warnings.map((w) => w.slice(0, 7))).toEqual(["Dòng 1:", "Dòng 5:", "Dòng 7:", "Dòng 8:"]);
  });

  it("keeps arabic all-capital headings when the table has no roman sections", () => {
    const { rows } = parseTaskTable(tsv("1\tCÔNG TÁC CHỈ ĐẠO\t\t\t", "1.1\tKế hoạch\tSở Nội vụ\t\tCả năm"));
    expect(rows.map((r) => [r.ordinal, r.depth, r.isHeading])).toEqual([
      ["1", 0, true],
      ["1.1", 1, false],
    ]);
  });

  it("rows without number go under the heading above, or beside the task above", () => {
    const { rows } = parseTaskTable(
      tsv(
        "IV\tCẢI CÁCH TỔ CHỨC BỘ MÁY\t\t\t\t",
        "1\tTuân thủ các quy định\t\t\t\t",
        "\tRà soát chức năng, nhiệm vụ\tSở Nội vụ\t\tThường xuyên\t",
        "\tKiểm tra tổ chức\tSở Nội vụ\t\tThường xuyên\t",
        "2\tKiểm tra hoạt động\tSở Nội vụ\t\tThường xuyên\t",
      ),
    );
    expect(rows.map((r) => [r.ordinal, r.depth])).toEqual([
      ["IV", 0],
      ["1", 1],
      [null, 2],
      [null, 2],
      ["2", 1],
    ]);
  });

  it("a heading's content printed with a stray number is the heading's content (447, rows IV.4, IV.5)", () => {
    const { rows, warnings } = parseTaskTable(
      tsv(
        "IV\tCẢI CÁCH TỔ CHỨC BỘ MÁY\t\t\t\t",
        "4\tThực hiện phân cấp quản lý\t\t\t\t",
        "5\tTham mưu thực hiện phân cấp\tSở Nội vụ\t\tThường xuyên\t",
        "5\tKết quả thực hiện quy chế làm việc\t\t\t\t",
        "V\tĐôn đốc việc thi hành Quy chế\tVăn phòng UBND tỉnh\t\tThường xuyên\t",
        "I\tXÂY DỰNG ĐỘI NGŨ CÁN BỘ\t\t\t\t",
        "\tThực hiện cơ cấu công chức\t\t\t\t",
        "\tChỉ đạo hoàn thiện bản mô tả\tSở Nội vụ\t\tThường xuyên\t",
        "2\tTuyển dụng\t\t\t\t",
        "\tĐổi mới tuyển dụng\tSở Nội vụ\t\tThường xuyên\t",
      ),
    );
    expect(shape(rows)).toEqual([
      [1, "IV", 0, true, "CẢI CÁCH TỔ CHỨC BỘ MÁY"],
      [2, "4", 1, true, "Thực hiện phân cấp quản lý"],
      [3, null, 2, false, "Tham mưu thực hiện phân cấp"],
      [4, "5", 1, true, "Kết quả thực hiện quy chế làm việc"],
      [5, null, 2, false, "Đôn đốc việc thi hành Quy chế"],
      [6, "V", 0, true, "XÂY DỰNG ĐỘI NGŨ CÁN BỘ"],
      [7, "1", 1, true, "Thực hiện cơ cấu công chức"], // the only gap before "2"
      [8, null, 2, false, "Chỉ đạo hoàn thiện bản mô tả"],
      [9, "2", 1, true, "Tuyển dụng"],
      [10, null, 2, false, "Đổi mới tuyển dụng"],
    ]);
    expect(warnings).toHaveLength(4);
  });

  it("an empty section is still a heading (the service refuses to save it)", () => {
    const { rows } = parseTaskTable(tsv("IX\tĐÁNH GIÁ TÁC ĐỘNG\t\t\t\t", "X\tĐIỀU TRA XÃ HỘI HỌC\t\t\t\t"));
    expect(rows.map((r) => [r.ordinal, r.isHeading])).toEqual([
      ["IX", true],
      ["X", true],
    ]);
  });

  it("a jump of more than one level is put under the row above, with a warning", () => {
    const { rows, warnings } = parseTaskTable(tsv("1\tA\t\t\t", "1.1.1\tB\tSở Nội vụ\t\tCả năm"));
    expect(rows.map((r) => r.depth)).toEqual([0, 1]);
    expect(warnings[0]).toMatch(/nhảy cấp/);
  });

  it("normalises ordinals: trailing dot or bracket, OCR comma, bullets", () => {
    const { rows } = parseTaskTable(
      tsv("1.\tA\tSở Nội vụ\t\tCả năm", "1,1\tB\tSở Nội vụ\t\tCả năm", "a)\tC\tSở Nội vụ\t\tCả năm", "-\tD\tSở Nội vụ\t\tCả năm"),
    );
    expect(rows.map((r) => [r.ordinal, r.depth])).toEqual([
      ["1", 0],
      ["1.1", 1],
      ["a", 2],
      [null, 2],
    ]);
  });

  it("roman numerals both ways", () => {
    expect(["I", "IV", "IX", "XIV", "XL", "IIII", "VX", ""].map(romanValue)).toEqual([1, 4, 9, 14, 40, null, null, null]);
    expect([1, 4, 7, 9, 10, 14, 39].map(toRoman)).toEqual(["I", "IV", "VII", "IX", "X", "XIV", "XXXIX"]);
  });
});

describe("OCR slips and tidying", () => {
  const cases: Array<[string, string]> = [
    ["công khai TTTHC đầy đủ", "công khai TTHC đầy đủ"],
    ["Rà soát các TTIC", "Rà soát các TTHC"],
    ["Dàm bảo 100% văn bản", "Đảm bảo 100% văn bản"],
    ["(dảm bảo thực hiện)", "(đảm bảo thực hiện)"],
    ["Dê xuất, tham mưu", "Đề xuất, tham mưu"],
    ["ÇÁI CÁCH THỦ TỤC", "CẢI CÁCH THỦ TỤC"],
    ["CAI CÁCH TÀI CHÍNH CÔNG", "CẢI CÁCH TÀI CHÍNH CÔNG"],
    ["Theo quy dịnh của Bộ Tư pháp", "Theo quy định của Bộ Tư pháp"],
    ["UBND huyện, thành phò", "UBND huyện, thành phố"],
    ["TỔ CHỨC PHÓI HỢP", "TỔ CHỨC PHỐI HỢP"],
    ["Chỉ đạo dồn dốc các cơ quan", "Chỉ đạo đôn đốc các cơ quan"],
    // Left alone: part of another word, or a real word.
    ["TTTHCX", "TTTHCX"],
    ["phò mã của vua", "phò mã của vua"],
    ["Đảm bảo tinh kịp thời", "Đảm bảo tinh kịp thời"],
  ];
  it.each(cases)("%s", (input, expected) => {
    expect(fixOcrSlips(input)).toBe(expected);
  });

  it("every fix in the table is applied", () => {
    for (const f of OCR_FIXES) expect(fixOcrSlips(f.atCellEnd ? `x ${f.from}` : f.from)).toBe(f.atCellEnd ? `x ${f.to}` : f.to);
  });

  it("tidies whitespace, stray spaces before punctuation and HTML tags", () => {
    expect(cleanCell("  các  quy định\u00a0của nhà nước . Thực hiện ")).toBe("các quy định của nhà nước. Thực hiện");
    expect(cleanCell("tuyên truyền CCHC :(1) Tổ chức")).toBe("tuyên truyền CCHC: (1) Tổ chức");
    expect(cleanCell("ISO 9001:2008 và Kế hoạch....")).toBe("ISO 9001:2008 và Kế hoạch....");
    expect(cleanCell("<p>Tham mưu</p> <ul style=\"x\"> - Tỷ lệ &amp; số</ul>")).toBe("Tham mưu - Tỷ lệ & số");
  });
});

describe("spreadsheet rows", () => {
  it("joins cells with tabs; a line break between names becomes “; ”, inside a sentence a space", () => {
    const text = tableFromXlsxRows([
      ["STT", "Nhiệm vụ", "Chủ trì"],
      ["1", "Tổ chức thực hiện\ntheo kế hoạch.\nBáo cáo kết quả", "Sở Nội vụ\nSở Tư pháp"],
      ["2", "Có\ttab", "Sở Tài chính,\nSở Nội vụ"],
    ]);
    expect(text.split("\n")).toEqual([
      "STT\tNhiệm vụ\tChủ trì",
      "1\tTổ chức thực hiện theo kế hoạch. Báo cáo kết quả\tSở Nội vụ; Sở Tư pháp",
      "2\tCó tab\tSở Tài chính, Sở Nội vụ",
    ]);
    const { rows } = parseTaskTable(text);
    expect(rows.map((r) => r.leadText)).toEqual(["Sở Nội vụ; Sở Tư pháp", "Sở Tài chính, Sở Nội vụ"]);
  });
});
