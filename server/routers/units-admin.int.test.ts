import { TRPCClientError } from "@trpc/client";
import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "../../db/client";
import * as s from "../../db/schema";
import { loadSeeds } from "../../seeds/load";
import { demoAccounts } from "../auth/demo";
import type { AppRouter } from "../router";
import { demoSessions, type ApiClient } from "../testing/clients";
import { createTestDb } from "../testing/db";
import { startApiServer } from "../testing/http";

/** Units kept by Home Affairs and admin, through tRPC over HTTP with real sessions. */

let h: DbHandle;
let api: Awaited<ReturnType<typeof startApiServer>>;
const clients = new Map<string, ApiClient>();
const as = (username: string) => clients.get(username)!;

beforeAll(async () => {
  h = await createTestDb();
  await loadSeeds(h.db);
  api = await startApiServer(h.db);
  const sessions = await demoSessions(h.db, api.url);
  for (const a of demoAccounts) clients.set(a.username, await sessions.client(a.username));
});
afterAll(async () => {
  await api?.close();
  await h?.close();
});

/** Units, links and the audit trail: everything a refused call could have changed. */
async function fingerprint(): Promise<string> {
  const rows = await h.db.execute(sql`
    select
      (select string_agg(${s.units.code} || ':' || ${s.units.name} || ':' || coalesce(${s.units.parentId}::text, '-') || ':' || coalesce(${s.units.closedOn}::text, '-'), ',' order by ${s.units.id}) from ${s.units}) as units,
      (select count(*) from ${s.unitSuccessions}) as links,
      (select count(*) from ${s.auditLog} where ${s.auditLog.action} <> 'login') as audit`);
  return JSON.stringify(Array.isArray(rows) ? rows : (rows as { rows: unknown[] }).rows);
}

async function refused(call: Promise<unknown>, status: number, message?: RegExp): Promise<void> {
  const before = await fingerprint();
  const error = await call.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TRPCClientError);
  const e = error as TRPCClientError<AppRouter>;
  expect(e.data?.httpStatus).toBe(status);
  if (message) expect(e.message).toMatch(message);
  expect(await fingerprint()).toBe(before);
}

async function unit(code: string) {
  const [u] = await h.db.select().from(s.units).where(eq(s.units.code, code));
  return u;
}

describe("who may keep units", () => {
  it("a district's Phòng Nội vụ cannot rename a Lai Châu province-level unit", async () => {
    await refused(as("noivu.tamduong").units.update.mutate({ code: "lai-chau", name: "Tỉnh Lai Châu (sửa)", shortName: null }), 403, /ngoài phạm vi/);
    await refused(as("noivu.tamduong").units.update.mutate({ code: "lai-chau.so-tu-phap", name: "Sở Tư pháp (sửa)", shortName: null }), 403, /ngoài phạm vi/);
  });

  it("a district's Phòng Nội vụ cannot rename its own district either (the province does)", async () => {
    await refused(as("noivu.tamduong").units.update.mutate({ code: "lai-chau.tam-duong", name: "UBND huyện Tam Đường (sửa)", shortName: null }), 403, /cấp trên/);
  });

  it("a department user cannot manage units at all", async () => {
    const c = as("sotuphap.laichau");
    const why = /Chỉ cán bộ Nội vụ/;
    await refused(c.units.update.mutate({ code: "lai-chau.so-tu-phap", name: "Sở Tư pháp tỉnh Lai Châu", shortName: null }), 403, why);
    await refused(c.units.create.mutate({ parentCode: "lai-chau.tam-duong", name: "Xã Mới", kind: "commune" }), 403, why);
    await refused(c.units.move.mutate({ code: "lai-chau.tam-duong.xa-ban-bo", parentCode: "lai-chau" }), 403, why);
    await refused(c.units.close.mutate({ code: "lai-chau.tam-duong.xa-ban-bo", closedOn: "01/07/2025" }), 403, why);
    await refused(c.units.merge.mutate({ code: "lai-chau.tam-duong.xa-ban-bo", successorCode: "lai-chau.tam-duong.xa-ban-giang", effectiveOn: "01/07/2025", decision: "Nghị quyết 1670/NQ-UBTVQH15" }), 403, why);
    await refused(c.units.createProvinces.mutate({ names: ["Hà Nội"] }), 403, why);
    await refused(c.units.loadProvinces.mutate(), 403);
  });

  it("Sở Nội vụ Lai Châu cannot touch Quảng Nam's units", async () => {
    await refused(as("snv.laichau").units.update.mutate({ code: "quang-nam.tp-hoi-an", name: "Hội An (sửa)", shortName: null }), 403);
    await refused(as("snv.laichau").units.merge.mutate({ code: "quang-nam", successorCode: "lai-chau", effectiveOn: "01/07/2025", decision: "Nghị quyết 202/2025/QH15" }), 403);
  });
});

describe("Home Affairs adds, renames, moves, closes and merges", () => {
  it("Phòng Nội vụ adds a commune to its district, renames it; every write audited", async () => {
    const c = as("noivu.tamduong");
    const { code } = await c.units.create.mutate({ parentCode: "lai-chau.tam-duong", name: "Xã Thử Nghiệm", shortName: "Thử Nghiệm", kind: "commune" });
    expect(code).toBe("lai-chau.tam-duong.xa-thu-nghiem");
    await c.units.update.mutate({ code, name: "Xã Thử Nghiệm Mới", shortName: null });
    const u = await unit(code);
    expect(u).toMatchObject({ name: "Xã Thử Nghiệm Mới", shortName: null, kind: "commune" });
    const trail = await h.db.select().from(s.auditLog).where(and(eq(s.auditLog.entity, "unit"), eq(s.auditLog.entityId, String(u!.id))));
    expect(trail.map((t) => t.action)).toEqual(["create", "update"]);
    // The same name twice under one parent is refused.
    await refused(c.units.create.mutate({ parentCode: "lai-chau.tam-duong", name: "xã thử nghiệm mới", kind: "commune" }), 400, /Đã có đơn vị/);
  });

  it("bad input gets a Vietnamese message and changes nothing", async () => {
    const c = as("snv.laichau");
    await refused(c.units.create.mutate({ parentCode: "lai-chau.tam-duong", name: " ", kind: "commune" }), 400, /Vui lòng nhập tên đơn vị/);
    await refused(c.units.create.mutate({ parentCode: "lai-chau.tam-duong", name: "Xã A", kind: "xa" }), 400, /loại đơn vị/);
    await refused(c.units.close.mutate({ code: "lai-chau.tam-duong.xa-thu-nghiem", closedOn: "31/02/2025" }), 400, /không hợp lệ/);
    await refused(c.units.move.mutate({ code: "lai-chau.tam-duong", parentCode: "lai-chau.tam-duong.xa-ban-bo" }), 400, /bên trong chính nó/);
    await refused(
      c.units.merge.mutate({ code: "lai-chau.tam-duong.xa-ban-bo", successorCode: "lai-chau.tam-duong.xa-ban-bo", effectiveOn: "01/07/2025", decision: "NQ 1670" }),
      400,
      /chính nó/,
    );
    await refused(
      c.units.merge.mutate({ code: "lai-chau.tam-duong.xa-ban-bo", successorCode: "lai-chau.tam-duong", effectiveOn: "01/07/2025", decision: "NQ 1670" }),
      400,
      /cùng loại/,
    );
    await refused(
      c.units.merge.mutate({ code: "lai-chau.tam-duong.xa-ban-bo", successorCode: "lai-chau.tam-duong.xa-ban-giang", effectiveOn: "01/07/2099", decision: "NQ 1670" }),
      400,
      /chưa đến/,
    );
  });

  it("Sở Nội vụ moves a commune, closes another with a date", async () => {
    const c = as("snv.laichau");
    await c.units.move.mutate({ code: "lai-chau.tam-duong.xa-thu-nghiem", parentCode: "lai-chau" });
    expect((await unit("lai-chau.tam-duong.xa-thu-nghiem"))!.parentId).toBe((await unit("lai-chau"))!.id);
    await c.units.close.mutate({ code: "lai-chau.tam-duong.xa-thu-nghiem", closedOn: "30/06/2025" });
    expect(await unit("lai-chau.tam-duong.xa-thu-nghiem")).toMatchObject({ closedOn: "2025-06-30", active: false });
    await refused(c.units.close.mutate({ code: "lai-chau.tam-duong.xa-thu-nghiem", closedOn: "01/07/2025" }), 400, /đã đóng từ 30\/06\/2025/);
  });

  it("a commune merged into another: linked, closed, and no cycle back", async () => {
    const c = as("snv.laichau");
    await c.units.merge.mutate({
      code: "lai-chau.tam-duong.xa-ban-bo",
      successorCode: "lai-chau.tam-duong.xa-ban-giang",
      effectiveOn: "01/07/2025",
      decision: "Nghị quyết số 1670/NQ-UBTVQH15",
    });
    expect(await unit("lai-chau.tam-duong.xa-ban-bo")).toMatchObject({ closedOn: "2025-07-01" });
    const page = await c.units.byCode.query({ code: "lai-chau.tam-duong.xa-ban-bo" });
    expect(page.successors.map(({ kind: _k, effectiveOn: _e, ...rest }) => rest)).toEqual([
      { code: "lai-chau.tam-duong.xa-ban-giang", name: expect.any(String), note: expect.stringMatching(/^Đã sáp nhập vào .* từ 01\/07\/2025\.$/), decision: "Nghị quyết số 1670/NQ-UBTVQH15" },
    ]);
    await refused(
      c.units.merge.mutate({ code: "lai-chau.tam-duong.xa-ban-giang", successorCode: "lai-chau.tam-duong.xa-ban-bo", effectiveOn: "02/07/2025", decision: "Nghị quyết 1670" }),
      400,
      /đã đóng|vòng lặp/,
    );
  });
});

describe("series continue across a merger", () => {
  it("admin merges Quảng Nam into Đà Nẵng: Đà Nẵng's page shows Quảng Nam's years, labelled; Quảng Nam stays readable", async () => {
    const admin = as("admin");
    await admin.units.create.mutate({ parentCode: null, name: "Thành phố Đà Nẵng", shortName: "Đà Nẵng", kind: "province" });
    const qn = (await unit("quang-nam"))!;
    const dn = (await unit("da-nang"))!;
    await h.db.insert(s.results).values([
      { unitId: qn.id, year: 2022, componentKey: "tong", percent: 84.5, rank: 40, rankOf: 63, source: "published" },
      { unitId: qn.id, year: 2023, componentKey: "tong", percent: 85.6, rank: 38, rankOf: 63, source: "published" },
      // After the merger took effect a figure of Quảng Nam is not Đà Nẵng's history.
      { unitId: qn.id, year: 2025, componentKey: "tong", percent: 70, source: "self-assessed" },
      { unitId: dn.id, year: 2023, componentKey: "tong", percent: 90.2, rank: 5, rankOf: 63, source: "published" },
    ]);
    await admin.units.merge.mutate({
      code: "quang-nam",
      successorCode: "da-nang",
      effectiveOn: "01/07/2025",
      decision: "Nghị quyết số 202/2025/QH15",
    });
    const page = await admin.units.byCode.query({ code: "da-nang" });
    expect(page.results.map((r) => r.year)).toEqual([2023]);
    expect(page.predecessors).toHaveLength(1);
    expect(page.predecessors[0]).toMatchObject({
      code: "quang-nam",
      label: "UBND tỉnh Quảng Nam (trước sáp nhập vào Thành phố Đà Nẵng, 01/07/2025)",
    });
    expect(page.predecessors[0]!.results.map((r) => [r.year, r.percent, r.rank, r.rankOf])).toEqual([
      [2022, 84.5, 40, 63],
      [2023, 85.6, 38, 63],
    ]);
    // The closed province's own page and plans stay readable by its own Home Affairs.
    const closed = await as("snv.quangnam").units.byCode.query({ code: "quang-nam" });
    expect(closed.unit.closedOn).toBe("2025-07-01");
    expect(closed.successors[0]).toMatchObject({ code: "da-nang", note: "Đã sáp nhập vào Thành phố Đà Nẵng từ 01/07/2025." });
    expect(closed.plans.length).toBeGreaterThan(0);
    await expect(as("snv.quangnam").plans.byCode.query({ code: "quang-nam-5484-2023" })).resolves.toBeTruthy();
  });
});

describe("the country's provinces", () => {
  it("Sở Nội vụ creates provinces named as published; unknown names create nothing", async () => {
    const c = as("snv.laichau");
    await refused(c.units.createProvinces.mutate({ names: ["Hà Nội", "Tỉnh Không Có"] }), 400, /Không nhận ra "Tỉnh Không Có"/);
    const r = await c.units.createProvinces.mutate({ names: ["Hà Nội", "Thừa Thiên Huế", "Hà Nội"] });
    expect(r.created).toEqual(["Hà Nội", "Thừa Thiên Huế"]);
    expect(await unit("ha-noi")).toMatchObject({ name: "Hà Nội", kind: "province", parentId: null });
    expect(await unit("hue")).toMatchObject({ name: "Thừa Thiên Huế" });
    // A reference province is readable by everyone, and Sở Nội vụ may correct its name.
    await expect(as("sotuphap.laichau").units.byCode.query({ code: "ha-noi" })).resolves.toMatchObject({ unit: { name: "Hà Nội" } });
    await c.units.update.mutate({ code: "ha-noi", name: "Thành phố Hà Nội", shortName: "Hà Nội" });
    await refused(as("noivu.tamduong").units.createProvinces.mutate({ names: ["Hải Phòng"] }), 403, /Sở Nội vụ/);
  });

  it("admin loads the 63 → 34 provinces from the file, twice: the second time changes nothing", async () => {
    const admin = as("admin");
    const first = await admin.units.loadProvinces.mutate();
    // lai-chau, quang-nam, da-nang, ha-noi, hue exist already; quang-nam → da-nang is linked already.
    expect(first).toEqual({ created: 58, closed: 28, linked: 28 });
    const before = await fingerprint();
    expect(await admin.units.loadProvinces.mutate()).toEqual({ created: 0, closed: 0, linked: 0 });
    expect(await fingerprint()).toBe(before);
    const open = await h.db.select({ n: sql<number>`count(*)::int` }).from(s.units).where(and(eq(s.units.kind, "province"), sql`${s.units.parentId} is null`, sql`${s.units.closedOn} is null`));
    expect(open[0]!.n).toBe(34);
    const page = await admin.units.byCode.query({ code: "ho-chi-minh" });
    expect(page.predecessors.map((p) => p.label)).toEqual([
      "Tỉnh Bình Dương (trước sáp nhập vào Thành phố Hồ Chí Minh, 01/07/2025)",
      "Tỉnh Bà Rịa - Vũng Tàu (trước sáp nhập vào Thành phố Hồ Chí Minh, 01/07/2025)",
    ]);
  });
});
