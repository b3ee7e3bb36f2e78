import { describe, expect, it } from "vitest";
import { FRAMEWORK_COLUMNS, frameworkMaxPoints, parseFrameworkRows, parsePoints, type ParsedComponent, type ParsedCriterion } from "./framework-import";

const catalogue = [
  { key: "cong-tac-chi-dao", name: "Công tác chỉ đạo, điều hành CCHC" },
  { key: "tai-chinh-cong", name: "Cải cách tài chính công" },
];
const header = FRAMEWORK_COLUMNS.map((c) => c.header);
const row = (o: Partial<Record<(typeof FRAMEWORK_COLUMNS)[number]["field"], string>>) => FRAMEWORK_COLUMNS.map((c) => o[c.field] ?? "");

describe("parsePoints", () => {
  it.each([
    ["1,5", 1.5],
    ["2", 2],
    [" 0.25 ", 0.25],
    ["", null],
    ["một", Number.NaN],
    ["-1", Number.NaN],
  ])("%s → %s", (t, v) => expect(parsePoints(t)).toEqual(v));
});

describe("parseFrameworkRows", () => {
  it("reads components, criteria, sub-criteria, steps and ranges", () => {
    const r = parseFrameworkRows(
      [
        ["BỘ CHỈ SỐ (tiêu đề tự do)"],
        header,
        row({ component: "cong-tac-chi-dao", max: "3" }),
        row({ ordinal: "1", title: "Kế hoạch CCHC", max: "2", scoring: "Trong khoảng" }),
        row({ ordinal: "1.1", title: "Ban hành kịp thời", max: "1", scoring: "Theo mức", steps: "0; 0,5; 1", evidence: "Kế hoạch CCHC năm" }),
        row({ ordinal: "1.2", title: "Mức độ hoàn thành", max: "1" }),
        row({ ordinal: "2", title: "Báo cáo CCHC", max: "1", scoring: "Theo mức", steps: "0;1", appraiser: "Phòng Nội vụ" }),
        row({ component: "Cải cách tài chính công", title: "Hài lòng về tài chính", ordinal: "1", max: "2", scoring: "Điều tra XHH" }),
      ],
      catalogue,
    );
    expect(r.errors).toEqual([]);
    expect(r.components.map((c) => [c.key, c.max, c.criteria.length])).toEqual([
      ["cong-tac-chi-dao", 3, 4],
      ["tai-chinh-cong", null, 1],
    ]);
    const [c1, c11, , c2] = r.components[0]!.criteria;
    expect([c1!.scoring, c1!.parentOrdinal]).toEqual(["range", null]);
    expect([c11!.scoring, c11!.steps, c11!.parentOrdinal, c11!.evidence]).toEqual(["steps", [0, 0.5, 1], "1", "Kế hoạch CCHC năm"]);
    expect(c2!.appraiser).toBe("Phòng Nội vụ");
    expect(r.components[1]!.criteria[0]!.scoring).toBe("survey");
  });

  it.each([
    ["no header", [["a", "b"]], "Không thấy dòng tiêu đề"],
    ["unknown component", [header, row({ component: "khong-co", max: "3" })], 'mã chỉ số thành phần "khong-co" không có trong danh mục'],
    ["criterion before any component", [header, row({ title: "X", max: "1" })], "chưa thuộc chỉ số thành phần nào"],
    ["max not a number", [header, row({ component: "tai-chinh-cong", title: "X", max: "hai" })], "điểm tối đa của tiêu chí phải là một số"],
    ["steps missing", [header, row({ component: "tai-chinh-cong", title: "X", max: "1", scoring: "Theo mức" })], "chấm theo mức cần các mức điểm"],
    ["a step over the maximum", [header, row({ component: "tai-chinh-cong", title: "X", max: "1", scoring: "Theo mức", steps: "0; 2" })], "mức 2 vượt quá điểm tối đa 1"],
    ["unknown scoring", [header, row({ component: "tai-chinh-cong", title: "X", max: "1", scoring: "tùy ý" })], "cách chấm phải là"],
    ["duplicate STT", [header, row({ component: "tai-chinh-cong", ordinal: "1", title: "X", max: "1" }), row({ ordinal: "1", title: "Y", max: "1" })], 'STT "1" trùng'],
    [
      "sub-criteria over their criterion",
      [header, row({ component: "tai-chinh-cong", ordinal: "1", title: "X", max: "1" }), row({ ordinal: "1.1", title: "a", max: "1" }), row({ ordinal: "1.2", title: "b", max: "0,5" })],
      "tổng điểm các tiêu chí thành phần (1,5) vượt",
    ],
    ["criteria over the component", [header, row({ component: "tai-chinh-cong", max: "1" }), row({ ordinal: "1", title: "X", max: "2" })], "vượt điểm tối đa của chỉ số thành phần"],
    ["empty", [header], "chưa có chỉ số thành phần nào"],
  ])("%s", (_n, rows, message) => {
    const r = parseFrameworkRows(rows, catalogue);
    expect(r.errors.map((e) => e.message).join("\n")).toContain(message);
  });
});

describe("frameworkMaxPoints", () => {
  const crit = (max: number, parentOrdinal: string | null = null): ParsedCriterion => ({
    ordinal: null, title: "Tiêu chí", max, scoring: "range", steps: null, evidence: null, appraiser: null, parentOrdinal, line: 1,
  });
  const comp = (max: number | null, criteria: ParsedCriterion[]): ParsedComponent => ({ key: "k", name: "Thành phần", max, criteria });
  it.each<[string, ParsedComponent[], number]>([
    ["no components", [], 0],
    ["a component's own maximum wins over its criteria", [comp(10, [crit(3), crit(4)])], 10],
    ["without one, the top-level criteria add up; sub-criteria share their parent's points", [comp(null, [crit(3), crit(1, "1"), crit(2, "1"), crit(4)])], 7],
    ["decimals add in hundredths (0,1 + 0,2 is 0,3)", [comp(0.1, []), comp(0.2, [])], 0.3],
    ["components mixed", [comp(6.5, []), comp(null, [crit(1.25), crit(2.25)])], 10],
  ])("%s", (_label, components, expected) => {
    expect(frameworkMaxPoints(components)).toBe(expected);
  });
});
