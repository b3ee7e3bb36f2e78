import { describe, expect, it } from "vitest";
import { projectWhatIf, rankAmong, type WhatIfComponent } from "./what-if";

const target = (scoreOp: "gt" | "gte" | "gt-previous-year", scoreValue: number | null, scoreUnit: "percent" | "points" = "percent") => ({ scoreOp, scoreValue, scoreUnit, rankOp: null, rankValue: null });

const comps: WhatIfComponent[] = [
  // 6 of 10 points; target ≥ 80 %: 2 points missing.
  { key: "a", points: 6, max: 10, target: target("gte", 80), previous: null },
  // 4 of 5; target > 4 points: strictly above.
  { key: "b", points: 4, max: 5, target: target("gt", 4, "points"), previous: null },
  // No target.
  { key: "c", points: 2, max: 4, target: null, previous: null },
];
const lost = [
  { item: "a1", componentKey: "a", lost: 1.5 },
  { item: "a2", componentKey: "a", lost: 1 },
  { item: "b1", componentKey: "b", lost: 0.5 },
  { item: "c1", componentKey: "c", lost: 2 },
];

describe("projectWhatIf", () => {
  const cases: Array<[string, string[], Record<string, [number, string]>, number]> = [
    // name, ticked, per component [projected, verdictTicked], projected total
    ["nothing ticked", [], { a: [6, "not-met"], b: [4, "not-met"], c: [2, "no-target"] }, 12],
    ["one criterion short of the target", ["a1"], { a: [7.5, "not-met"], b: [4, "not-met"], c: [2, "no-target"] }, 13.5],
    ["both criteria reach 85 %", ["a1", "a2"], { a: [8.5, "met"], b: [4, "not-met"], c: [2, "no-target"] }, 14.5],
    ["a strict points target is passed", ["b1"], { a: [6, "not-met"], b: [4.5, "met"], c: [2, "no-target"] }, 12.5],
    ["everything", ["a1", "a2", "b1", "c1"], { a: [8.5, "met"], b: [4.5, "met"], c: [4, "no-target"] }, 17],
  ];
  it.each(cases)("%s", (_n, ticked, expected, total) => {
    const r = projectWhatIf(comps, lost, (i) => ticked.includes(i), []);
    expect(Object.fromEntries(r.components.map((c) => [c.key, [c.projected, c.verdictTicked]]))).toEqual(expected);
    expect(r.total.projected).toBe(total);
    expect(r.rank).toBeNull();
  });

  it("names the components off target, what is on the table and whether all of it reaches the target", () => {
    const r = projectWhatIf(comps, lost, () => false, []);
    expect(r.offTarget).toEqual(["a", "b"]);
    expect(r.components.map((c) => [c.key, c.onTable, c.verdictAll, c.gapNow])).toEqual([
      ["a", 2.5, "met", 2],
      ["b", 0.5, "met", 0],
      ["c", 2, "no-target", null],
    ]);
    expect(r.total).toEqual({ points: 12, projected: 12, max: 19, percent: 63.16, projectedPercent: 63.16 });
  });

  it("not enough on the table: the target stays out of reach", () => {
    const r = projectWhatIf([{ key: "a", points: 5, max: 10, target: target("gte", 90), previous: null }], [{ item: 1, componentKey: "a", lost: 3 }], () => true, []);
    expect(r.components[0]).toMatchObject({ projected: 8, verdictAll: "not-met", verdictTicked: "not-met", gapNow: 4 });
  });

  it("a higher-than-last-year target compares with the previous score", () => {
    const c = [{ key: "a", points: 6, max: 10, target: target("gt-previous-year", null), previous: 7 }];
    const r = projectWhatIf(c, [{ item: 1, componentKey: "a", lost: 1.5 }], () => true, []);
    expect(r.components[0]).toMatchObject({ verdictNow: "not-met", verdictTicked: "met", gapNow: 1 });
  });

  it("never projects beyond the maximum", () => {
    const r = projectWhatIf([{ key: "a", points: 9, max: 10, target: null, previous: null }], [{ item: 1, componentKey: "a", lost: 3 }], () => true, []);
    expect(r.components[0]!.projected).toBe(10);
  });

  it("ranks the projected total among last year's peers", () => {
    const r = projectWhatIf(comps, lost, (i) => i === "a1" || i === "a2", [15, 14.5, 13, 11]);
    expect(r.rank).toEqual({ now: { rank: 4, of: 5 }, projected: { rank: 2, of: 5 } });
  });
});

describe("rankAmong", () => {
  it.each([
    [10, [12, 11, 9], 3],
    [12, [12, 11], 1],
    [0, [], 1],
    [11.005, [11], 1],
  ])("%s among %j is rank %s", (score, peers, rank) => {
    expect(rankAmong(score, peers).rank).toBe(rank);
  });
});
