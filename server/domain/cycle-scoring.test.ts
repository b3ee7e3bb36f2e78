import { describe, expect, it } from "vitest";
import { checkAppraisal, checkScore, completeness, componentTotals, finalScore, percentOf, pointsLost, rankUnits, type ScoringMethod } from "./cycle-scoring";

const steps = (...s: number[]): ScoringMethod => ({ kind: "steps", steps: s });
const range = (step: number | null = null): ScoringMethod => ({ kind: "range", step });

describe("checkScore", () => {
  const cases: Array<[string, number, number, ScoringMethod, number | string]> = [
    ["a step is accepted", 0.5, 1, steps(0, 0.5, 1), 0.5],
    ["zero is a step", 0, 1, steps(0, 0.5, 1), 0],
    ["between steps is refused", 0.75, 1, steps(0, 0.5, 1), "một trong các mức: 0; 0,5; 1"],
    ["over the maximum is refused even if listed", 2, 1, steps(0, 1, 2), "vượt quá điểm tối đa 1"],
    ["negative is refused", -0.5, 2, range(), "không được âm"],
    ["range: any value up to max", 1.25, 2, range(), 1.25],
    ["range: exactly the maximum", 2, 2, range(), 2],
    ["range: just over the maximum", 2.01, 2, range(), "vượt quá"],
    ["range with step 0,25: on the step", 1.75, 2, range(0.25), 1.75],
    ["range with step 0,25: off the step", 1.3, 2, range(0.25), "bước 0,25"],
    ["three decimals refused", 1.125, 2, range(), "hai chữ số thập phân"],
    ["float noise is not a third decimal", 0.1 + 0.2, 1, range(), 0.3],
    ["survey criteria are not self-scored", 1, 2, { kind: "survey" }, "điều tra xã hội học"],
    ["not a number", Number.NaN, 2, range(), "phải là một số"],
  ];
  it.each(cases)("%s", (_n, score, max, method, expected) => {
    const r = checkScore(score, max, method);
    if (typeof expected === "number") expect(r).toEqual({ ok: true, value: expected });
    else {
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.message).toContain(expected);
    }
  });
});

describe("finalScore", () => {
  it.each([
    [{ selfScore: 2, appraisedScore: null, settledScore: null }, 2],
    [{ selfScore: 2, appraisedScore: 1, settledScore: null }, 1],
    [{ selfScore: 2, appraisedScore: 1, settledScore: 1.5 }, 1.5],
    [{ selfScore: 2, appraisedScore: 0, settledScore: null }, 0],
    [{ selfScore: null, appraisedScore: null, settledScore: null }, null],
  ])("%o → %s", (s, expected) => expect(finalScore(s)).toBe(expected));
});

describe("checkAppraisal", () => {
  it.each([
    ["lower without a remark", 2, 1, null, false],
    ["lower with a blank remark", 2, 1, "   ", false],
    ["lower with a remark", 2, 1, "Thiếu tài liệu kiểm chứng", true],
    ["equal needs no remark", 2, 2, null, true],
    ["higher needs no remark", 1, 2, null, true],
    ["no self score: nothing to lower", null, 1, null, true],
  ] as const)("%s", (_n, self, appraised, remark, ok) => expect(checkAppraisal(self, appraised, remark).ok).toBe(ok));
});

describe("percentOf", () => {
  it.each([
    [76.17, 100, 76.17],
    [12.5, 16, 78.13],
    [0, 10, 0],
    [5, 0, null],
    [5, null, null],
  ])("%s of %s → %s", (p, m, expected) => expect(percentOf(p, m)).toBe(expected));
});

describe("componentTotals", () => {
  const components = [
    { key: "a", max: 3 },
    { key: "b", max: null },
    { key: "c", max: 10 },
  ];
  it("sums criteria per component, adds survey points, totals and percents", () => {
    const r = componentTotals(
      components,
      [
        { componentKey: "a", max: 1, score: 1 },
        { componentKey: "a", max: 2, score: 0.5 },
        { componentKey: "b", max: 4, score: 3.25 },
        { componentKey: "b", max: 1, score: null },
      ],
      new Map([["c", 7.5]]),
    );
    expect(r.components).toEqual([
      { componentKey: "a", points: 1.5, max: 3, percent: 50, missing: 0 },
      { componentKey: "b", points: 3.25, max: 5, percent: 65, missing: 1 },
      { componentKey: "c", points: 7.5, max: 10, percent: 75, missing: 0 },
    ]);
    expect(r.total).toEqual({ points: 12.25, max: 18, percent: 68.06 });
  });
  it("adds in hundredths: no floating noise", () => {
    const r = componentTotals([{ key: "a", max: null }], [0.1, 0.2, 0.7].map((score) => ({ componentKey: "a", max: 1, score })));
    expect(r.total.points).toBe(1);
  });
});

describe("rankUnits", () => {
  it("ties share a rank, unscored units are unranked and not counted", () => {
    expect(
      rankUnits([
        { item: "x", score: 80 },
        { item: "y", score: 90 },
        { item: "z", score: 80 },
        { item: "w", score: null },
      ]),
    ).toEqual([
      { item: "y", rank: 1, rankOf: 3, tied: false },
      { item: "x", rank: 2, rankOf: 3, tied: true },
      { item: "z", rank: 2, rankOf: 3, tied: true },
      { item: "w", rank: null, rankOf: 3, tied: false },
    ]);
  });
});

describe("pointsLost", () => {
  it("ranks by maximum − final, drops full marks, unscored loses the whole maximum", () => {
    expect(
      pointsLost([
        { item: "full", max: 1, final: 1 },
        { item: "half", max: 2, final: 1 },
        { item: "none", max: 3, final: null },
        { item: "small", max: 1, final: 0.75 },
      ]).map((r) => [r.item, r.lost]),
    ).toEqual([
      ["none", 3],
      ["half", 1],
      ["small", 0.25],
    ]);
  });
});

describe("completeness", () => {
  it("counts scored, evidenced, missing evidence where required; survey criteria left out", () => {
    expect(
      completeness([
        { method: "range", score: 1, evidenceCount: 1, evidenceRequired: true },
        { method: "range", score: 1, evidenceCount: 0, evidenceRequired: true },
        { method: "steps", score: 0, evidenceCount: 0, evidenceRequired: true },
        { method: "steps", score: null, evidenceCount: 0, evidenceRequired: false },
        { method: "survey", score: null, evidenceCount: 0, evidenceRequired: false },
      ]),
    ).toEqual({ total: 4, scored: 3, evidenced: 1, unscored: 1, missingEvidence: 1, complete: false });
  });
});
