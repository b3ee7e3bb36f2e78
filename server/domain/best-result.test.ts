import { describe, expect, it } from "vitest";
import { bestBySource } from "./best-result";

describe("bestBySource", () => {
  it("published beats appraised beats self-assessed, whatever the order", () => {
    const rows = [
      { k: "2024", source: "self-assessed", v: 1 },
      { k: "2024", source: "published", v: 3 },
      { k: "2024", source: "appraised", v: 2 },
      { k: "2023", source: "self-assessed", v: 4 },
    ];
    const best = bestBySource(rows, (r) => r.k);
    expect(best.get("2024")!.v).toBe(3);
    expect(best.get("2023")!.v).toBe(4);
  });
  it("an appraisal replaces a self-assessment", () => {
    expect(bestBySource([{ source: "appraised" }, { source: "self-assessed" }], () => "x").get("x")!.source).toBe("appraised");
  });
});
