import { describe, expect, it } from "vitest";
import { createUnitMatcher, matchUnits, unitNameKey, type MatchableUnit, type NameMatch } from "./unit-match";

const unit = (id: number, code: string, name: string, extra: Partial<MatchableUnit> = {}): MatchableUnit => ({
  id,
  code,
  name,
  shortName: null,
  aliases: [],
  ...extra,
});

/** A province and two districts, each with its own Phòng Nội vụ (names as the seeds write them). */
const province = [
  unit(1, "lc", "UBND tỉnh Lai Châu", { shortName: "Lai Châu" }),
  unit(2, "lc.snv", "Sở Nội vụ", { shortName: "SNV" }),
  unit(3, "lc.stp", "Sở Tư pháp"),
  unit(4, "lc.stttt", "Sở Thông tin và Truyền thông", { aliases: ["Sở Thông tin - Truyền thông"] }),
  unit(5, "lc.svhttdl", "Sở Văn hóa, Thể thao và Du lịch"),
  unit(6, "lc.skhcn", "Sở Khoa học và Công nghệ"),
  unit(7, "lc.vp", "Văn phòng UBND tỉnh"),
  unit(8, "lc.dai", "Đài Phát thanh - Truyền hình tỉnh"),
  unit(9, "lc.bao", "Báo Lai Châu"),
  unit(10, "lc.stc", "Sở Tài chính"),
];
const tamDuong = [
  unit(20, "lc.td", "UBND huyện Tam Đường", { shortName: "Tam Đường" }),
  unit(21, "lc.td.pnv", "Phòng Nội vụ"),
  unit(22, "lc.td.ptckh", "Phòng Tài chính - Kế hoạch", { aliases: ["Phòng Tài chính"] }),
  unit(23, "lc.td.xa-ban-bo", "UBND xã Bản Bo"),
];
const sinHo = [unit(30, "lc.sh", "UBND huyện Sìn Hồ"), unit(31, "lc.sh.pnv", "Phòng Nội vụ")];
const all = [...province, ...tamDuong, ...sinHo];

/** Pieces as [text, status, unitId or candidate ids]. */
const brief = (matches: NameMatch[]) =>
  matches.map((m) => [m.text, m.status, m.unitId ?? (m.candidates ?? []).map((c) => c.id)] as const);

describe("splitting a cell into names", () => {
  const cases: Array<[string, string, ReturnType<typeof brief>]> = [
    ["semicolons", "Sở Nội vụ; Sở Tư pháp", [["Sở Nội vụ", "matched", 2], ["Sở Tư pháp", "matched", 3]]],
    ["commas", "Sở Nội vụ, Sở Tư pháp, Sở Tài chính", [["Sở Nội vụ", "matched", 2], ["Sở Tư pháp", "matched", 3], ["Sở Tài chính", "matched", 10]]],
    ["“và” between names", "Sở Nội vụ và Sở Tư pháp", [["Sở Nội vụ", "matched", 2], ["Sở Tư pháp", "matched", 3]]],
    ["“và” inside a name", "Sở Khoa học và Công nghệ; Sở Tài chính", [["Sở Khoa học và Công nghệ", "matched", 6], ["Sở Tài chính", "matched", 10]]],
    [
      "a comma inside a name: the longest known name wins",
      "Sở Văn hóa, Thể thao và Du lịch, Sở Tư pháp",
      [["Sở Văn hóa, Thể thao và Du lịch", "matched", 5], ["Sở Tư pháp", "matched", 3]],
    ],
    [
      "a dash inside a name is no separator (447, row I.4)",
      "Sở Thông tin - Truyền thông; Sở Nội vụ; Đài Phát thanh - Truyền hình tỉnh, Báo Lai Châu",
      [["Sở Thông tin - Truyền thông", "matched", 4], ["Sở Nội vụ", "matched", 2], ["Đài Phát thanh - Truyền hình tỉnh", "matched", 8], ["Báo Lai Châu", "matched", 9]],
    ],
    ["trailing punctuation and spaces", "  Sở Nội vụ ;  Sở Tư pháp. ", [["Sở Nội vụ", "matched", 2], ["Sở Tư pháp", "matched", 3]]],
    ["an empty cell", "   ", []],
  ];
  it.each(cases)("%s", (_name, cell, expected) => {
    expect(brief(matchUnits(cell, all))).toEqual(expected);
  });
});

describe("comparing names", () => {
  const cases: Array<[string, string, number]> = [
    ["case and diacritics", "sở noi vu", 2],
    ["extra spaces", "Sở   Thông  tin và Truyền thông", 4],
    ["en dash for hyphen", "Đài Phát thanh – Truyền hình tỉnh", 8],
    ["em dash in an alias", "Sở Thông tin — Truyền thông", 4],
    ["alias", "Sở Thông tin - Truyền thông", 4],
    ["short name", "SNV", 2],
    ["“Ủy ban nhân dân” for UBND", "Ủy ban nhân dân xã Bản Bo", 23],
    ["“Uỷ” spelt the old way", "Uỷ ban nhân dân huyện Tam Đường", 20],
    ["prefix left out", "Xã Bản Bo", 23],
    ["prefix left out, dash", "Tài chính – Kế hoạch", 22],
  ];
  it.each(cases)("%s: %s", (_name, cell, id) => {
    // The piece comes back as printed, spaces collapsed.
    expect(brief(matchUnits(cell, all))).toEqual([[cell.replace(/\s+/g, " ").trim(), "matched", id]]);
  });

  it("keys", () => {
    expect(unitNameKey("Ủy ban nhân dân tỉnh Lai Châu.")).toBe("ubnd tinh lai chau");
    expect(unitNameKey("Sở Thông tin–Truyền thông")).toBe("so thong tin - truyen thong");
    expect(unitNameKey("Văn phòng Hội đồng nhân dân tỉnh")).toBe("van phong hdnd tinh");
  });
});

describe("ambiguous and unknown names", () => {
  it("“Phòng Nội vụ” is ambiguous when two districts have one; the district's own subtree decides", () => {
    expect(brief(matchUnits("Phòng Nội vụ", all))).toEqual([["Phòng Nội vụ", "ambiguous", [21, 31]]]);
    expect(brief(matchUnits("Phòng Nội vụ", tamDuong))).toEqual([["Phòng Nội vụ", "matched", 21]]);
  });

  it("a name without prefix that fits a Sở and a Phòng is ambiguous", () => {
    expect(brief(matchUnits("Nội vụ", [...province, ...tamDuong]))).toEqual([["Nội vụ", "ambiguous", [2, 21]]]);
  });

  it("two different printed prefixes never match, the other one is suggested", () => {
    expect(brief(matchUnits("Phòng Tư pháp", province))).toEqual([["Phòng Tư pháp", "unknown", [3]]]);
    expect(brief(matchUnits("Sở Nội vụ", tamDuong))).toEqual([["Sở Nội vụ", "unknown", [21]]]);
  });

  it("an unknown name keeps its commas and “và” until another name starts", () => {
    expect(brief(matchUnits("Sở Giao thông vận tải, Thủy lợi và Xây dựng; Sở Nội vụ, Báo Nhân dân", province))).toEqual([
      ["Sở Giao thông vận tải, Thủy lợi và Xây dựng", "unknown", []],
      ["Sở Nội vụ", "matched", 2],
      ["Báo Nhân dân", "unknown", []],
    ]);
  });

  it("suggests names that share most words", () => {
    const [m] = matchUnits("Văn phòng HĐND tỉnh", province);
    expect(m?.status).toBe("unknown");
    expect(m?.candidates?.map((c) => c.code)).toEqual(["lc.vp"]);
    const [n] = matchUnits("Sở Thông tin Truyền thông", [unit(4, "lc.stttt", "Sở Thông tin và Truyền thông")]);
    expect(n?.status).toBe("unknown");
    expect(n?.candidates?.map((c) => c.code)).toEqual(["lc.stttt"]);
  });

  it("“Sở Thông tin - Truyền thông” only matches when listed as an alias", () => {
    const withoutAlias = [unit(4, "lc.stttt", "Sở Thông tin và Truyền thông")];
    expect(matchUnits("Sở Thông tin - Truyền thông", withoutAlias)[0]?.status).toBe("unknown");
    expect(matchUnits("Sở Thông tin - Truyền thông", province)[0]?.status).toBe("matched");
  });
});

describe("groups are kept as printed, not units", () => {
  const cases: Array<[string, string[]]> = [
    ["Các sở, ban, ngành", ["Các sở, ban, ngành"]],
    ["Các sở, ban, ngành tỉnh", ["Các sở, ban, ngành tỉnh"]],
    ["UBND huyện, thành phố", ["UBND huyện, thành phố"]],
    ["Các sở, ban, ngành, UBND huyện, thành phố", ["Các sở, ban, ngành", "UBND huyện, thành phố"]],
    ["UBND các huyện, thành phố; UBND các xã, phường, thị trấn", ["UBND các huyện, thành phố", "UBND các xã, phường, thị trấn"]],
    ["UBND các xã, thị trấn", ["UBND các xã, thị trấn"]],
    ["Các sở, ban, ngành, Ủy ban nhân dân cấp huyện, Ủy ban nhân dân cấp xã.", ["Các sở, ban, ngành", "Ủy ban nhân dân cấp huyện", "Ủy ban nhân dân cấp xã"]],
    ["UBND cấp huyện, cấp xã", ["UBND cấp huyện, cấp xã"]],
    ["Các cơ quan, đơn vị có liên quan", ["Các cơ quan, đơn vị có liên quan"]],
    ["Các phòng, ban chuyên môn liên quan", ["Các phòng, ban chuyên môn liên quan"]],
  ];
  it.each(cases)("%s", (cell, groups) => {
    expect(brief(matchUnits(cell, all))).toEqual(groups.map((g) => [g, "group", []]));
  });

  it("units and groups in one cell (447, rows III.1.3 and X)", () => {
    expect(brief(matchUnits("Văn phòng UBND tỉnh, Các cơ quan, đơn vị liên quan", all))).toEqual([
      ["Văn phòng UBND tỉnh", "matched", 7],
      ["Các cơ quan, đơn vị liên quan", "group", []],
    ]);
    expect(
      brief(matchUnits("Sở Nội vụ; các sở, ban, ngành; UBND cấp huyện, cấp xã và các Doanh nghiệp tỉnh Lai Châu", all)),
    ).toEqual([
      ["Sở Nội vụ", "matched", 2],
      ["các sở, ban, ngành", "group", []],
      ["UBND cấp huyện, cấp xã", "group", []],
      ["các Doanh nghiệp tỉnh Lai Châu", "group", []],
    ]);
  });

  it("“UBND tỉnh” is not a group, and a named district is a unit", () => {
    expect(matchUnits("UBND tỉnh", all)[0]?.status).toBe("unknown");
    expect(brief(matchUnits("UBND huyện Tam Đường, UBND xã Bản Bo", all))).toEqual([
      ["UBND huyện Tam Đường", "matched", 20],
      ["UBND xã Bản Bo", "matched", 23],
    ]);
  });
});

it("a matcher built once gives the same answers as matchUnits", () => {
  const match = createUnitMatcher(all);
  for (const cell of ["Sở Nội vụ; Phòng Nội vụ", "Các sở, ban, ngành", "Sở Văn hóa, Thể thao và Du lịch"]) {
    expect(match(cell)).toEqual(matchUnits(cell, all));
  }
});
