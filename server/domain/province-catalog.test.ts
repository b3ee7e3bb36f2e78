import { describe, expect, it } from "vitest";
import raw from "../../seeds/provinces-vn-2025.json";
import { catalogProblems, matchProvince, planProvinceLoad, provinceKey, type ProvinceCatalog } from "./province-catalog";

const catalog = raw as ProvinceCatalog;

describe("the provinces file", () => {
  it("holds 63 provinces before 1 July 2025, 34 after, and merger links that add up", () => {
    expect(catalogProblems(catalog)).toEqual([]);
    expect(catalog.mergers.flatMap((m) => m.from)).toHaveLength(29);
    expect(catalog.effectiveOn).toBe("2025-07-01");
    expect(catalog.decision).toMatch(/202\/2025\/QH15/);
  });

  it.each([
    ["quang-nam", "da-nang"],
    ["ha-giang", "tuyen-quang"],
    ["ba-ria-vung-tau", "ho-chi-minh"],
    ["kon-tum", "quang-ngai"],
    ["hau-giang", "can-tho"],
  ])("%s merged into %s", (from, into) => {
    expect(catalog.mergers.find((m) => m.from.includes(from))?.into).toBe(into);
  });

  it("a broken catalogue says what is wrong", () => {
    const broken: ProvinceCatalog = { ...catalog, provinces: catalog.provinces.slice(1), mergers: [...catalog.mergers, { into: "ha-giang", from: ["xyz"] }] };
    expect(catalogProblems(broken).join(" ")).toMatch(/62.*33.*ha-giang.*xyz/s);
  });
});

describe("provinceKey and matchProvince", () => {
  it.each([
    ["UBND tỉnh Lai Châu", "lai chau"],
    ["Tỉnh Lai Châu", "lai chau"],
    ["TP. Hồ Chí Minh", "ho chi minh"],
    ["Thành phố Đà Nẵng", "da nang"],
  ])("%s → %s", (name, key) => expect(provinceKey(name)).toBe(key));

  it.each([
    ["Lai Châu", "lai-chau"],
    ["Thừa Thiên Huế", "hue"],
    ["Thừa Thiên - Huế", "hue"],
    ["TP Hồ Chí Minh", "ho-chi-minh"],
    ["Bà Rịa-Vũng Tàu", "ba-ria-vung-tau"],
    ["hai phong", "hai-phong"],
    ["Sở Nội vụ", null],
    ["", null],
  ])("%s is %s", (name, code) => expect(matchProvince(catalog, name)?.code ?? null).toBe(code));
});

describe("planProvinceLoad", () => {
  it("on an empty database: creates 63, closes 29, links 29", () => {
    const plan = planProvinceLoad(catalog, new Map(), new Set());
    expect([plan.create.length, plan.close.length, plan.link.length]).toEqual([63, 29, 29]);
  });

  it("keeps the provinces already there and creates the rest", () => {
    const existing = new Map([
      ["lai-chau", { id: 1, code: "lai-chau", closedOn: null }],
      ["quang-nam", { id: 2, code: "quang-nam", closedOn: null }],
    ]);
    const plan = planProvinceLoad(catalog, existing, new Set());
    expect(plan.create.map((p) => p.code)).not.toContain("lai-chau");
    expect(plan.create).toHaveLength(61);
    expect(plan.close).toContain("quang-nam");
  });

  it("after loading, plans nothing", () => {
    const existing = new Map(catalog.provinces.map((p, i) => [p.code, { id: i, code: p.code, closedOn: p.after2025 ? null : "2025-07-01" }]));
    const links = new Set(catalog.mergers.flatMap((m) => m.from.map((f) => `${f}>${m.into}`)));
    expect(planProvinceLoad(catalog, existing, links)).toEqual({ create: [], close: [], link: [] });
  });
});
