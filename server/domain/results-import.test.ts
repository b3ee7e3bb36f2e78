import { describe, expect, it } from "vitest";
import {
  RESULT_COLUMNS,
  mapHeader,
  parseSource,
  parseVnNumber,
  resultValueProblems,
  validateResultRows,
  type CellValue,
  type ImportContext,
  type UploadRow,
} from "./results-import";

const context: ImportContext = {
  units: [
    { id: 1, code: "lai-chau.tam-duong", name: "UBND huyện Tam Đường", shortName: "Tam Đường", aliases: [] },
    { id: 2, code: "lai-chau.tam-duong.phong-noi-vu", name: "Phòng Nội vụ", shortName: null, aliases: [] },
    {
      id: 3,
      code: "lai-chau.tam-duong.phong-tai-chinh-ke-hoach",
      name: "Phòng Tài chính - Kế hoạch",
      shortName: null,
      aliases: ["Phòng Tài chính", "Phòng Tài chính – Kế hoạch"],
    },
    { id: 4, code: "lai-chau.tam-duong.xa-ban-bo", name: "UBND xã Bản Bo", shortName: "Bản Bo", aliases: [] },
    { id: 5, code: "lai-chau.tam-duong.tt-tam-duong", name: "UBND thị trấn Tam Đường", shortName: "TT Tam Đường", aliases: [] },
    { id: 6, code: "lai-chau.so-noi-vu", name: "Sở Nội vụ", shortName: null, aliases: [] },
  ],
  components: [
    { key: "tai-chinh-cong", name: "Cải cách tài chính công", shortName: "Tài chính công" },
    { key: "chi-dao-dieu-hanh", name: "Công tác chỉ đạo, điều hành cải cách hành chính", shortName: "Chỉ đạo điều hành" },
    { key: "sipas", name: "Chỉ số hài lòng về sự phục vụ hành chính (SIPAS)", shortName: "SIPAS" },
    { key: "tong", name: "Chỉ số cải cách hành chính (tổng)", shortName: "Tổng" },
  ],
  outOfScope: [{ id: 99, code: "quang-nam.so-noi-vu", name: "Sở Nội vụ tỉnh Quảng Nam", shortName: null, aliases: [] }],
};

type Cells = Partial<Record<string, CellValue>>;
const base: Cells = { unit: "lai-chau.tam-duong", year: 2024, component: "tong", percent: "76,17" };
const row = (cells: Cells, line = 2): UploadRow => ({ line, cells: { ...base, ...cells } });
const one = (cells: Cells) => validateResultRows([row(cells)], context);
const errorsOf = (cells: Cells) => one(cells).errors.map((e) => [e.column, e.message]);

describe("RESULT_COLUMNS and mapHeader", () => {
  it("lists the template's headers in order", () => {
    expect(RESULT_COLUMNS.map((c) => c.header)).toEqual([
      "Mã đơn vị",
      "Năm",
      "Chỉ số thành phần",
      "Điểm",
      "Điểm tối đa",
      "Tỷ lệ (%)",
      "Thứ hạng",
      "Trên tổng số",
      "Nguồn",
      "Trích nguồn",
      "Ví dụ",
    ]);
  });

  it.each([
    ["Mã đơn vị", "unit"],
    ["Đơn vị", "unit"],
    ["  MA DON VI ", "unit"],
    ["năm", "year"],
    ["Chỉ số thành phần", "component"],
    ["chi so thanh phan", "component"],
    ["Điểm", "points"],
    ["ĐIỂM TỐI ĐA", "maxPoints"],
    ["Tỷ lệ (%)", "percent"],
    ["ty le", "percent"],
    ["Tỉ lệ (%)", "percent"],
    ["Thứ hạng", "rank"],
    ["Trên tổng số", "rankOf"],
    ["Nguồn", "source"],
    ["Ghi chú", null],
    ["", null],
    ["%", null],
  ])("%j → %s", (header, field) => expect(mapHeader(header)).toBe(field));
});

describe("parseVnNumber", () => {
  it.each<[CellValue, boolean, number | null | "invalid"]>([
    ["76,17", false, 76.17],
    ["76,17%", true, 76.17],
    [" 70,52 % ", true, 70.52],
    ["70,52\u00a0%", true, 70.52],
    ["76.17", false, 76.17],
    ["100", false, 100],
    ["1.234,5", false, 1234.5],
    ["1,234.5", false, 1234.5],
    [76.17, false, 76.17],
    [0, false, 0],
    ["", false, null],
    ["   ", false, null],
    [null, false, null],
    ["76,17%", false, "invalid"],
    ["76,1,7", false, "invalid"],
    ["abc", false, "invalid"],
    [",5", false, "invalid"],
    ["7 6", false, 76],
  ])("%j (percent sign %s) → %s", (value, percent, expected) => {
    const parsed = parseVnNumber(value, percent);
    expect(parsed.ok ? parsed.value : "invalid").toBe(expected);
  });
});

describe("parseSource", () => {
  it.each<[CellValue, string | null]>([
    [null, "published"],
    ["", "published"],
    ["Đã công bố", "published"],
    ["công bố", "published"],
    ["CONG BO", "published"],
    ["published", "published"],
    ["Thẩm định", "appraised"],
    ["appraised", "appraised"],
    ["Tự đánh giá", "self-assessed"],
    ["tu danh gia", "self-assessed"],
    ["self-assessed", "self-assessed"],
    ["Ước tính", null],
  ])("%j → %s", (value, source) => expect(parseSource(value)).toBe(source));
});

describe("units", () => {
  it.each<[string, number]>([
    ["lai-chau.tam-duong", 1],
    ["Tam Đường", 1],
    ["UBND huyện Tam Đường", 1],
    ["ubnd huyen tam duong", 1],
    ["Phòng Tài chính - Kế hoạch", 3],
    ["tài chính - kế hoạch", 3],
    ["Tài chính-Kế hoạch", 3],
    ["Phòng  Tài   chính – Kế hoạch", 3],
    ["Phòng Tài chính", 3],
    ["Bản Bo", 4],
    ["xã Bản Bo", 4],
    ["UBND xã Bản Bo", 4],
    ["TT Tam Đường", 5],
    ["Phòng Nội vụ", 2],
    ["Sở Nội vụ", 6],
  ])("%j → unit %i", (unit, id) => {
    const { rows, errors } = one({ unit });
    expect(errors).toEqual([]);
    expect(rows[0]?.unitId).toBe(id);
  });

  it("a name that matches no unit says so", () => {
    expect(errorsOf({ unit: "Phòng Giáo dục" })).toEqual([
      ["Mã đơn vị", 'Không tìm thấy đơn vị "Phòng Giáo dục". Hãy dùng mã đơn vị trong trang "Đơn vị" của tệp mẫu.'],
    ]);
  });

  it("a name that matches several units asks for the code", () => {
    expect(errorsOf({ unit: "Nội vụ" })).toEqual([
      [
        "Mã đơn vị",
        'Tên đơn vị "Nội vụ" khớp nhiều đơn vị: Phòng Nội vụ (lai-chau.tam-duong.phong-noi-vu); Sở Nội vụ (lai-chau.so-noi-vu). Hãy dùng mã đơn vị.',
      ],
    ]);
  });

  it("a unit outside the importer's scope is refused, not 'not found'", () => {
    const message = errorsOf({ unit: "quang-nam.so-noi-vu" })[0]?.[1];
    expect(message).toMatch(/^Bạn không có quyền nhập kết quả cho đơn vị "Sở Nội vụ tỉnh Quảng Nam"/);
    expect(errorsOf({ unit: "Sở Nội vụ tỉnh Quảng Nam" })[0]?.[1]).toBe(message);
  });

  it("codes match exactly: a code in other case is read as a name and not found", () => {
    expect(errorsOf({ unit: "LAI-CHAU.TAM-DUONG" })[0]?.[1]).toMatch(/^Không tìm thấy đơn vị/);
  });
});

describe("components", () => {
  it.each<[string, string]>([
    ["tai-chinh-cong", "tai-chinh-cong"],
    ["TAI-CHINH-CONG", "tai-chinh-cong"],
    ["Tài chính công", "tai-chinh-cong"],
    ["cải cách tài chính công", "tai-chinh-cong"],
    ["Công tác chỉ đạo điều hành cải cách hành chính", "chi-dao-dieu-hanh"],
    ["Tổng", "tong"],
    ["Tổng cộng", "tong"],
    ["Chỉ số CCHC", "tong"],
    ["chi so cchc", "tong"],
    ["SIPAS", "sipas"],
    ["sipas", "sipas"],
  ])("%j → %s", (component, key) => {
    const { rows, errors } = one({ component });
    expect(errors).toEqual([]);
    expect(rows[0]?.componentKey).toBe(key);
  });

  it("an unknown component names the sheet to look in", () => {
    expect(errorsOf({ component: "Cải cách tư pháp" })).toEqual([
      [
        "Chỉ số thành phần",
        'Không tìm thấy chỉ số thành phần "Cải cách tư pháp". Hãy dùng mã trong trang "Chỉ số" của tệp mẫu (ví dụ tong, tai-chinh-cong).',
      ],
    ]);
  });
});

describe("values and bounds", () => {
  it("normalises a full row", () => {
    const { rows, errors } = one({
      unit: "Bản Bo",
      year: "2023",
      component: "Tài chính công",
      points: "12,5",
      maxPoints: 16,
      percent: " 78,13 % ",
      rank: "3",
      rankOf: "14",
      source: "Thẩm định",
    });
    expect(errors).toEqual([]);
    expect(rows).toEqual([
      {
        line: 2,
        unitId: 4,
        unitCode: "lai-chau.tam-duong.xa-ban-bo",
        unitName: "UBND xã Bản Bo",
        year: 2023,
        componentKey: "tai-chinh-cong",
        points: 12.5,
        maxPoints: 16,
        percent: 78.13,
        rank: 3,
        rankOf: 14,
        source: "appraised",
        printed: null,
      },
    ]);
  });

  it("keeps scores to the hundredth (formula results carry float noise)", () => {
    expect(one({ percent: 76.16999999 }).rows[0]?.percent).toBe(76.17);
  });

  it('"4/14" in the rank column is rank 4 of 14', () => {
    expect(one({ rank: "4/14" }).rows[0]).toMatchObject({ rank: 4, rankOf: 14 });
    expect(errorsOf({ rank: "4/14", rankOf: 13 })).toEqual([
      ["Trên tổng số", 'Thứ hạng ghi "4/14" nhưng cột "Trên tổng số" ghi 13.'],
    ]);
  });

  it.each<[string, Cells, Array<[string | null, string]>]>([
    ["year 2000 is accepted", { year: 2000 }, []],
    ["year 2100 is accepted", { year: "2100" }, []],
    ["year 1999 is refused", { year: 1999 }, [["Năm", 'Năm "1999" không hợp lệ: nhập năm 4 chữ số từ 2000 đến 2100.']]],
    ["year 2101 is refused", { year: 2101 }, [["Năm", 'Năm "2101" không hợp lệ: nhập năm 4 chữ số từ 2000 đến 2100.']]],
    ["year 2024,5 is refused", { year: 2024.5 }, [["Năm", 'Năm "2024,5" không hợp lệ: nhập năm 4 chữ số từ 2000 đến 2100.']]],
    ["year missing", { year: null }, [["Năm", "Thiếu năm: nhập năm 4 chữ số, ví dụ 2024."]]],
    ["percent 0 is accepted", { percent: "0" }, []],
    ["percent 100 is accepted", { percent: "100%" }, []],
    ["percent 100,01 is refused", { percent: "100,01" }, [["Tỷ lệ (%)", "Tỷ lệ phải từ 0 đến 100 (đang là 100,01)."]]],
    ["percent below 0 is refused", { percent: "-0,5" }, [["Tỷ lệ (%)", "Tỷ lệ phải từ 0 đến 100 (đang là -0,5)."]]],
    ["percent not a number", { percent: "cao" }, [["Tỷ lệ (%)", '"cao" không phải là số. Dùng dấu phẩy cho phần thập phân, ví dụ 76,17.']]],
    [
      "a percent typed into the points column",
      { points: "76%" },
      [["Điểm", '"76%" không phải là số. Nếu đây là tỷ lệ, hãy nhập vào cột "Tỷ lệ (%)".']],
    ],
    ["points equal to the maximum are accepted", { points: "16", maxPoints: "16" }, []],
    ["points above the maximum are refused", { points: "16,01", maxPoints: "16" }, [["Điểm", "Điểm 16,01 lớn hơn điểm tối đa 16."]]],
    ["negative points are refused", { points: -1 }, [["Điểm", "Điểm phải từ 0 đến 1000 (đang là -1)."]]],
    ["a zero maximum is refused", { points: 0, maxPoints: 0 }, [["Điểm tối đa", "Điểm tối đa phải lớn hơn 0 và không quá 1000 (đang là 0)."]]],
    ["rank 1 is accepted", { rank: 1, rankOf: 1 }, []],
    ["rank 0 is refused", { rank: 0 }, [["Thứ hạng", "Thứ hạng phải là số nguyên từ 1 trở lên (đang là 0)."]]],
    ["rank 2,5 is refused", { rank: "2,5" }, [["Thứ hạng", "Thứ hạng phải là số nguyên từ 1 trở lên (đang là 2,5)."]]],
    ["rank not a number", { rank: "nhất" }, [["Thứ hạng", '"nhất" không phải là số nguyên.']]],
    ["rank above rank-of is refused", { rank: 15, rankOf: 14 }, [["Trên tổng số", "Thứ hạng 15 lớn hơn tổng số 14 đơn vị xếp hạng."]]],
    ["rank only is enough", { percent: null, rank: 4 }, []],
    ["points only is enough", { percent: null, points: 30 }, []],
    [
      "no score at all",
      { percent: null, rankOf: 14 },
      [["Điểm", "Dòng chưa có điểm, tỷ lệ hay thứ hạng: hãy nhập ít nhất một trong ba."]],
    ],
    [
      "an unknown source",
      { source: "Ước tính" },
      [["Nguồn", 'Nguồn "Ước tính" không hợp lệ: dùng "Đã công bố", "Thẩm định", "Tự đánh giá" (để trống là "Đã công bố").']],
    ],
  ])("%s", (_name, cells, expected) => {
    expect(errorsOf(cells)).toEqual(expected);
  });

  it("reports every fault of a row at once, each in its column", () => {
    const { rows, errors } = one({ unit: "", year: "năm ngoái", component: "", percent: "200" });
    expect(rows).toEqual([]);
    expect(errors.map((e) => e.column)).toEqual(["Mã đơn vị", "Năm", "Chỉ số thành phần", "Tỷ lệ (%)"]);
    expect(errors.every((e) => e.line === 2)).toBe(true);
  });
});

describe("the file as a whole", () => {
  it("skips blank rows silently and keeps spreadsheet line numbers", () => {
    const { rows, errors } = validateResultRows(
      [
        row({}, 2),
        { line: 3, cells: { unit: null, year: "", component: "  ", percent: null } },
        { line: 4, cells: {} },
        row({ component: "sipas", percent: "74,4" }, 5),
      ],
      context,
    );
    expect(errors).toEqual([]);
    expect(rows.map((r) => [r.line, r.componentKey])).toEqual([
      [2, "tong"],
      [5, "sipas"],
    ]);
  });

  it("a second row for the same unit, year, component and source is an error on the second line", () => {
    const { rows, errors } = validateResultRows(
      [
        row({}, 2),
        row({ unit: "Tam Đường", percent: "77" }, 3),
        row({ source: "Tự đánh giá", percent: "80" }, 4),
        row({ year: 2023 }, 5),
      ],
      context,
    );
    expect(rows.map((r) => r.line)).toEqual([2, 4, 5]);
    expect(errors).toEqual([
      {
        line: 3,
        column: null,
        message:
          "Trùng với dòng 2: cùng đơn vị, năm, chỉ số và nguồn. Mỗi đơn vị chỉ nhập một dòng cho một chỉ số trong một năm; hãy xóa một trong hai dòng.",
      },
    ]);
  });

  it("reads rows whose header came in another column order (cells are keyed by field)", () => {
    const headers = ["Nguồn", "Tỷ lệ (%)", "Chỉ số thành phần", "Năm", "Đơn vị"];
    const values = ["Đã công bố", "76,17%", "Tổng", "2024", "Tam Đường"];
    const cells = Object.fromEntries(headers.map((h, i) => [mapHeader(h)!, values[i]!]));
    const { rows, errors } = validateResultRows([{ line: 7, cells }], context);
    expect(errors).toEqual([]);
    expect(rows[0]).toMatchObject({ line: 7, unitId: 1, year: 2024, componentKey: "tong", percent: 76.17, source: "published" });
  });

  it("errors come back ordered by line", () => {
    const { errors } = validateResultRows([row({ year: 1 }, 9), row({ percent: "x" }, 3)], context);
    expect(errors.map((e) => e.line)).toEqual([3, 9]);
  });
});

describe("resultValueProblems (shared with the single-result form)", () => {
  it("accepts a plain percent", () => {
    expect(resultValueProblems({ points: null, maxPoints: null, percent: 76.17, rank: 4, rankOf: 14 })).toEqual([]);
  });
  it("names the field at fault", () => {
    expect(resultValueProblems({ points: 20, maxPoints: 16, percent: null, rank: null, rankOf: null }).map((p) => p.field)).toEqual([
      "points",
    ]);
  });
});

describe("sample rows, Trích nguồn and peer provinces (issue 9)", () => {
  it.each([
    ["the template's mark", "Ví dụ — không nhập", true],
    ["any mark", "x", true],
    ["blank", "", false],
    ["spaces", "   ", false],
    ["nothing", null, false],
  ])("a row marked in \"Ví dụ\" with %s is skipped: %s", (_name, mark, skipped) => {
    const r = validateResultRows([row({ unit: "Bản Bo", year: 2023, component: "tong", percent: 70, example: mark })], context);
    expect([r.exampleLines, r.rows.length]).toEqual([skipped ? [2] : [], skipped ? 0 : 1]);
  });

  it("a sample row with errors is still only skipped, never an error", () => {
    const r = validateResultRows([row({ unit: "Không có", year: "năm", component: "tong", example: "Ví dụ" })], context);
    expect([r.exampleLines, r.errors]).toEqual([[2], []]);
  });

  it.each([
    ["Quyết định số 12/QĐ-UBND ngày 10/01/2023", "Quyết định số 12/QĐ-UBND ngày 10/01/2023"],
    ["  Báo cáo 45/BC-UBND  ", "Báo cáo 45/BC-UBND"],
    ["", null],
    [null, null],
  ])("Trích nguồn %j is kept as %j", (cell, printed) => {
    expect(one({ unit: "Bản Bo", year: 2023, component: "tong", percent: 70, printed: cell }).rows[0]?.printed).toBe(printed);
  });

  it("Trích nguồn longer than 1000 characters is an error", () => {
    expect(errorsOf({ unit: "Bản Bo", year: 2023, component: "tong", percent: 70, printed: "a".repeat(1001) })).toEqual([["Trích nguồn", "Trích nguồn quá dài (tối đa 1000 ký tự)."]]);
  });

  it.each([
    ["Trích nguồn", "printed"],
    ["Văn bản nguồn", "printed"],
    ["Ví dụ", "example"],
    ["Tỉnh, thành phố", "unit"],
    ["Tỉnh", "unit"],
  ])("header %j → %s", (header, field) => expect(mapHeader(header)).toBe(field));

  const peers = { ...context, publishedOnly: [{ id: 900, code: "ha-noi", name: "Hà Nội", shortName: "Hà Nội", aliases: ["Thành phố Hà Nội"] }] };
  it.each([
    ["published", "Đã công bố", null],
    ["blank (published)", "", null],
    ["self-assessed", "Tự đánh giá", 'Hà Nội là tỉnh, thành phố khác: chỉ nhập được kết quả "Đã công bố" của tỉnh này.'],
    ["appraised", "Thẩm định", 'Hà Nội là tỉnh, thành phố khác: chỉ nhập được kết quả "Đã công bố" của tỉnh này.'],
  ])("a peer province's %s figure", (_name, source, message) => {
    const r = validateResultRows([row({ unit: "Thành phố Hà Nội", year: 2022, component: "tong", percent: 89.58, source })], peers);
    expect(r.errors.map((e) => e.message)).toEqual(message ? [message] : []);
    if (!message) expect(r.rows[0]?.unitCode).toBe("ha-noi");
  });

  it("names found nowhere are listed with their lines, once each", () => {
    const r = validateResultRows(
      [
        row({ unit: "Hải Phòng", year: 2021, component: "tong", percent: 91.8 }, 2),
        row({ unit: "Hải Phòng", year: 2022, component: "tong", percent: 90.09 }, 3),
        row({ unit: "Bản Bo", year: 2022, component: "tong", percent: 70 }, 4),
      ],
      context,
    );
    expect(r.unknownUnits).toEqual([{ name: "Hải Phòng", lines: [2, 3] }]);
  });
});
