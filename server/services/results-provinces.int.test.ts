import { readFileSync } from "node:fs";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "../../db/client";
import * as s from "../../db/schema";
import { loadSeeds } from "../../seeds/load";
import { syncDemoAccounts } from "../auth/demo";
import { createTestDb } from "../testing/db";
import { loadActor, type SessionUser } from "./actor";
import { commitResultsImport, previewResultsImport } from "./results";
import { createProvinces } from "./unit-admin";

/**
 * Issue 9, observation 5: importing other provinces' published PAR INDEX refused every row with
 * "Không tìm thấy đơn vị". Now the preview offers Sở Nội vụ the missing provinces; once added,
 * the same file imports in one pass.
 */

let h: DbHandle;
const actors = new Map<string, SessionUser>();
const as = (u: string) => actors.get(u)!;
const fixture = { name: "par-index-provinces.csv", bytes: new Uint8Array(readFileSync(new URL("../../e2e/fixtures/par-index-provinces.csv", import.meta.url))) };

beforeAll(async () => {
  h = await createTestDb();
  await loadSeeds(h.db);
  await syncDemoAccounts(h.db, true);
  for (const u of await h.db.select({ id: s.users.id, username: s.users.username }).from(s.users)) {
    const actor = await loadActor(h.db, u.id);
    if (actor) actors.set(u.username, actor);
  }
});
afterAll(async () => {
  await h?.close();
});

const NINE = ["Hải Phòng", "Quảng Ninh", "Đà Nẵng", "Thừa Thiên Huế", "Vĩnh Phúc", "Lào Cai", "Tuyên Quang", "Hà Nội", "Đồng Nai"];

describe("importing other provinces' published results", () => {
  it("a district's Phòng Nội vụ is not offered to add provinces", async () => {
    const preview = await previewResultsImport(h.db, as("noivu.tamduong"), fixture);
    expect(preview.missingProvinces).toEqual([]);
    expect(preview.errors.length).toBeGreaterThan(0);
  });

  it("Sở Nội vụ is offered the nine missing provinces, named as in the file; Lai Châu is found", async () => {
    const preview = await previewResultsImport(h.db, as("snv.laichau"), fixture);
    expect(preview.missingProvinces.map((p) => p.name)).toEqual(NINE);
    expect(preview.missingProvinces.find((p) => p.name === "Hà Nội")?.lines).toEqual([11, 16]);
    expect(preview.rows.map((r) => [r.unitCode, r.year, r.percent, r.rank, r.rankOf])).toEqual([["lai-chau", 2022, 86.29, 24, 63]]);
  });

  it("after adding them, the same file imports in one pass, with its Trích nguồn", async () => {
    const { created } = await createProvinces(h.db, as("snv.laichau"), { names: NINE });
    expect(created).toEqual(NINE);
    const preview = await previewResultsImport(h.db, as("snv.laichau"), fixture);
    expect(preview.errors).toEqual([]);
    expect(preview.missingProvinces).toEqual([]);
    expect(preview.rows).toHaveLength(15);
    expect(await commitResultsImport(h.db, as("snv.laichau"), fixture)).toEqual({ inserted: 15, updated: 0, unchanged: 0 });
    const [hue] = await h.db
      .select({ name: s.units.name, percent: s.results.percent, rank: s.results.rank, rankOf: s.results.rankOf, printed: s.results.printed })
      .from(s.results)
      .innerJoin(s.units, eq(s.units.id, s.results.unitId))
      .where(and(eq(s.units.code, "hue"), eq(s.results.year, 2021)));
    expect(hue).toMatchObject({ name: "Thừa Thiên Huế", percent: 89.32, rank: 4, rankOf: 63 });
    expect(hue!.printed).toMatch(/PAR INDEX 2021/);
  });

  it("another province's figure can only be a published one", async () => {
    const csv = "Tỉnh;Năm;Chỉ số;Tỷ lệ (%);Nguồn\nHà Nội;2024;tong;90;Tự đánh giá\n";
    const preview = await previewResultsImport(h.db, as("snv.laichau"), { name: "x.csv", bytes: new TextEncoder().encode(csv) });
    expect(preview.errors.map((e) => e.message)).toEqual(['Hà Nội là tỉnh, thành phố khác: chỉ nhập được kết quả "Đã công bố" của tỉnh này.']);
  });

  it("Quảng Nam, a province with its own units, stays out of Sở Nội vụ Lai Châu's reach", async () => {
    const csv = "Tỉnh;Năm;Chỉ số;Tỷ lệ (%)\nquang-nam;2022;tong;85\n";
    const preview = await previewResultsImport(h.db, as("snv.laichau"), { name: "x.csv", bytes: new TextEncoder().encode(csv) });
    expect(preview.errors[0]?.message).toMatch(/không có quyền/);
    expect(preview.missingProvinces).toEqual([]);
  });
});
