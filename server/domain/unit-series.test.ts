import { describe, expect, it } from "vitest";
import { ancestry, continuousSeries, unitSeries, type SeriesLink } from "./unit-series";

const units = [
  { id: 1, name: "Thành phố Đà Nẵng" },
  { id: 2, name: "Tỉnh Quảng Nam" },
  { id: 3, name: "Huyện A" },
  { id: 4, name: "Huyện B (tên cũ của A)" },
  { id: 5, name: "Tỉnh Lai Châu" },
  { id: 6, name: "Tỉnh Kon Tum" },
  { id: 7, name: "Tỉnh Quảng Ngãi" },
];
const merge = (p: number, s: number, on = "2025-07-01"): SeriesLink => ({ predecessorId: p, successorId: s, kind: "merge", effectiveOn: on });
const r = (unitId: number, year: number, componentKey = "tong") => ({ unitId, year, componentKey });

describe("unitSeries", () => {
  it.each([
    {
      name: "a unit without predecessors shows only its own figures",
      unit: 5,
      links: [merge(2, 1)],
      results: [r(5, 2022), r(2, 2022), r(1, 2022)],
      expected: [[2022, 5, null]],
    },
    {
      name: "the successor shows the merged province's years before the merger, labelled",
      unit: 1,
      links: [merge(2, 1)],
      results: [r(1, 2023), r(2, 2023), r(2, 2024), r(1, 2025)],
      expected: [
        [2023, 1, null],
        [2023, 2, "Tỉnh Quảng Nam (trước sáp nhập vào Thành phố Đà Nẵng, 01/07/2025)"],
        [2024, 2, "Tỉnh Quảng Nam (trước sáp nhập vào Thành phố Đà Nẵng, 01/07/2025)"],
        [2025, 1, null],
      ],
    },
    {
      name: "a predecessor's figure of the merger year or later is not the successor's",
      unit: 1,
      links: [merge(2, 1)],
      results: [r(2, 2025), r(2, 2026)],
      expected: [],
    },
    {
      name: "chains: a renamed unit's old name flows on through a later merger, cut at the earlier date",
      unit: 1,
      links: [
        { predecessorId: 4, successorId: 3, kind: "rename" as const, effectiveOn: "2020-01-01" },
        merge(3, 1),
      ],
      results: [r(4, 2019), r(4, 2020), r(3, 2021)],
      expected: [
        [2019, 4, "Huyện B (tên cũ của A) (tên cũ, trước khi đổi thành Huyện A, 01/01/2020)"],
        [2021, 3, "Huyện A (trước sáp nhập vào Thành phố Đà Nẵng, 01/07/2025)"],
      ],
    },
    {
      name: "a cycle in the links does not loop",
      unit: 1,
      links: [merge(2, 1), merge(1, 2, "2026-01-01")],
      results: [r(2, 2024), r(1, 2024)],
      expected: [
        [2024, 1, null],
        [2024, 2, "Tỉnh Quảng Nam (trước sáp nhập vào Thành phố Đà Nẵng, 01/07/2025)"],
      ],
    },
    {
      name: "a predecessor's own predecessor is not the unit's when it merged elsewhere",
      unit: 5,
      links: [merge(6, 7)],
      results: [r(6, 2022)],
      expected: [],
    },
  ])("$name", ({ unit, links, results, expected }) => {
    const got = unitSeries(unit, units, links, results).map((p) => [p.year, p.fromUnitId, p.label]);
    expect(got).toEqual(expected);
  });
});

describe("ancestry", () => {
  it("orders the unit first, then its predecessors with the last year of their figures", () => {
    expect(ancestry(7, units, [merge(6, 7)]).map((a) => [a.unitId, a.depth, a.lastYear])).toEqual([
      [7, 0, Number.POSITIVE_INFINITY],
      [6, 1, 2024],
    ]);
  });
});

describe("continuousSeries", () => {
  it.each([
    {
      name: "own figure wins over a predecessor's in the same year",
      links: [merge(2, 1)],
      results: [r(1, 2023), r(2, 2023)],
      expected: [[2023, 1]],
    },
    {
      name: "a sole predecessor fills a year the unit lacks",
      links: [merge(2, 1)],
      results: [r(2, 2022), r(1, 2023)],
      expected: [
        [2022, 2],
        [2023, 1],
      ],
    },
    {
      name: "two merged units with figures in one year: left out, not guessed",
      links: [merge(2, 1), merge(3, 1)],
      results: [r(2, 2022), r(3, 2022)],
      expected: [],
    },
  ])("$name", ({ links, results, expected }) => {
    const got = continuousSeries(unitSeries(1, units, links, results)).map((p) => [p.year, p.fromUnitId]);
    expect(got).toEqual(expected);
  });
});
