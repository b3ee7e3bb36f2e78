import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "../../db/client";
import * as s from "../../db/schema";
import { loadSeeds } from "../../seeds/load";
import { withRequestContext } from "../runtime/request-context";
import { createTestDb } from "../testing/db";
import { actorForSession } from "./actor";

/**
 * The unit tree is kept per process while the stamp the database renews with every change of its
 * shape holds; a change made through another connection (another instance) shows on the next request.
 */

let h: DbHandle;
const TOKEN = "actor-int-test-session";

async function stamp(): Promise<string> {
  const [row] = await h.db.select({ stamp: s.unitTreeStamp.stamp }).from(s.unitTreeStamp);
  return row!.stamp;
}

/** A request as the app serves one: its own context, the actor read with the session. */
function request() {
  return withRequestContext(async () => {
    const found = await actorForSession(h.db, TOKEN);
    if (!found) throw new Error("session expected");
    return found.actor;
  });
}

beforeAll(async () => {
  h = await createTestDb();
  await loadSeeds(h.db);
  const [office] = await h.db.select({ id: s.units.id }).from(s.units).where(eq(s.units.code, "lai-chau.tam-duong.phong-noi-vu"));
  const [user] = await h.db
    .insert(s.users)
    .values({ username: "noivu.thu", fullName: "Cán bộ thử", unitId: office!.id, passwordHash: "-" })
    .returning({ id: s.users.id });
  await h.db.insert(s.userRoles).values({ userId: user!.id, role: "noi-vu" });
  await h.db.insert(s.sessions).values({ tokenHash: TOKEN, userId: user!.id, expiresAt: new Date(Date.now() + 3_600_000) });
});
afterAll(async () => {
  await h?.close();
});

describe("unit tree stamp", () => {
  it("is renewed by a change of a unit's parent or kind and by a new unit, not by a new name or a rolled-back change", async () => {
    const [unit] = await h.db.select().from(s.units).where(eq(s.units.code, "lai-chau.tam-duong.xa-binh-lu"));
    expect(unit).toBeTruthy();
    const first = await stamp();
    await h.db.update(s.units).set({ name: `${unit!.name} ` }).where(eq(s.units.id, unit!.id));
    expect(await stamp()).toBe(first);
    await h.db.update(s.units).set({ name: unit!.name }).where(eq(s.units.id, unit!.id));

    await h.db
      .transaction(async (tx) => {
        await tx.update(s.units).set({ parentId: null }).where(eq(s.units.id, unit!.id));
        throw new Error("rolled back");
      })
      .catch(() => undefined);
    expect(await stamp()).toBe(first);

    await h.db.update(s.units).set({ parentId: unit!.parentId }).where(eq(s.units.id, unit!.id));
    const second = await stamp();
    expect(second).not.toBe(first);
    await h.db.insert(s.units).values({ code: "actor-test.new-commune", name: "Xã Thử", kind: "commune", parentId: unit!.parentId, position: 999 });
    expect(await stamp()).not.toBe(second);
  });

  it("lets the next request see a unit moved out of the district by another connection", async () => {
    const [district] = await h.db.select().from(s.units).where(eq(s.units.code, "lai-chau.tam-duong"));
    const [commune] = await h.db.select().from(s.units).where(eq(s.units.code, "lai-chau.tam-duong.xa-binh-lu"));
    const [other] = await h.db.select().from(s.units).where(eq(s.units.code, "lai-chau.so-tu-phap"));
    expect(district && commune && other).toBeTruthy();
    const before = await request();
    expect(before.scope.has(commune!.id)).toBe(true);
    // Kept: the same tree object serves the next request.
    expect((await request()).scope.has(commune!.id)).toBe(true);

    // Another instance moves the commune (plain SQL on the same database).
    await h.db.execute(sql`update units set parent_id = ${other!.id} where id = ${commune!.id}`);
    expect((await request()).scope.has(commune!.id)).toBe(false);

    await h.db.execute(sql`update units set parent_id = ${district!.id} where id = ${commune!.id}`);
    expect((await request()).scope.has(commune!.id)).toBe(true);
  });
});
