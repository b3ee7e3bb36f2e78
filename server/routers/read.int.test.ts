import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "../../db/client";
import { loadSeeds } from "../../seeds/load";
import { health } from "../services/health";
import { createTestDb } from "../testing/db";
import { demoSessions, type ApiClient } from "../testing/clients";
import { startApiServer } from "../testing/http";

let h: DbHandle;
let api: Awaited<ReturnType<typeof startApiServer>>;
let client: ApiClient;
let admin: ApiClient;

beforeAll(async () => {
  h = await createTestDb();
  await loadSeeds(h.db);
  api = await startApiServer(h.db);
  const sessions = await demoSessions(h.db, api.url);
  client = await sessions.client("snv.laichau");
  admin = await sessions.client("admin");
});
afterAll(async () => {
  await api?.close();
  await h?.close();
});

describe("reading through tRPC over HTTP", () => {
  it("a province's officer sees only that province's tree", async () => {
    const tree = await client.units.tree.query();
    expect(tree.filter((u) => u.depth === 0).map((u) => u.code)).toEqual(["lai-chau"]);
    expect(tree.some((u) => u.code.startsWith("quang-nam"))).toBe(false);
  });

  it("the unit tree lists provinces first, each followed by its units", async () => {
    const tree = await admin.units.tree.query();
    const roots = tree.filter((u) => u.depth === 0).map((u) => u.code);
    expect(roots).toEqual(["lai-chau", "quang-nam"]);
    const tamDuong = tree.find((u) => u.code === "lai-chau.tam-duong")!;
    expect(tamDuong).toMatchObject({ depth: 1, childCount: 20, kind: "district" });
    const banBo = tree.find((u) => u.code === "lai-chau.tam-duong.xa-ban-bo")!;
    expect(banBo.depth).toBe(2);
    expect(tree.indexOf(banBo)).toBeGreaterThan(tree.indexOf(tamDuong));
  });

  it("Tam Đường's page holds 76,17 % rank 4 for 2023", async () => {
    const page = await client.units.byCode.query({ code: "lai-chau.tam-duong" });
    expect(page.results.find((r) => r.componentKey === "tong" && r.year === 2023)).toMatchObject({ percent: 76.17, rank: 4 });
    expect(page.ancestors.map((a) => a.code)).toEqual(["lai-chau"]);
  });

  it("a plan's tasks come in the document's order with depth", async () => {
    const page = await client.plans.byCode.query({ code: "tam-duong-par-2024" });
    const ordinals = page.tasks.filter((t) => t.depth === 2).map((t) => t.ordinal);
    expect(ordinals).toEqual(["1", "2", "3", "4", "5", "6", "7"]);
    expect(page.tasks[0]).toMatchObject({ depth: 0, isHeading: true, ordinal: "III" });
  });

  it("an unknown plan is NOT_FOUND with a Vietnamese message", async () => {
    await expect(client.plans.byCode.query({ code: "khong-co" })).rejects.toMatchObject({
      message: "Không tìm thấy kế hoạch này.",
      data: { code: "NOT_FOUND", httpStatus: 404 },
    });
  });

  it("bad input is refused before any query runs", async () => {
    await expect(client.units.byCode.query({ code: "" })).rejects.toMatchObject({ data: { code: "BAD_REQUEST" } });
  });
});

describe("health", () => {
  it("reports the database kind and migrations applied", async () => {
    const result = await health(h);
    expect(result.ok).toBe(true);
    expect(result.database).toBe(process.env.TEST_DATABASE_URL ? "postgres" : "pglite");
    expect(result.migrations.upToDate).toBe(true);
  });
});
