import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "../../db/client";
import * as s from "../../db/schema";
import { loadSeeds } from "../../seeds/load";
import { actorFromRequest } from "../http/security";
import { createTestDb } from "../testing/db";
import { changeOwnPassword, resetPassword } from "../services/users";
import { loadActor } from "../services/actor";
import { createsDemoDatabase, DEMO_PASSWORD, markDemoDatabase, readDemoMode, syncDemoAccounts } from "./demo";
import { login, loginMessages } from "./login";
import { deleteSession, hashToken, SESSION_IDLE_MS, SESSION_MAX_MS, touchSession } from "./sessions";

let h: DbHandle;
const noSleep = async () => {};
const sleeps: number[] = [];
const recordSleep = async (ms: number) => {
  sleeps.push(ms);
};

beforeAll(async () => {
  h = await createTestDb();
  await loadSeeds(h.db);
  await syncDemoAccounts(h.db, true);
});
afterAll(async () => {
  await h?.close();
});

const attempt = (username: string, password: string, opts: { ip?: string; now?: Date; demoMode?: boolean } = {}) =>
  login(
    h.db,
    { username, password, ip: opts.ip ?? "10.0.0.1", userAgent: "vitest" },
    { demoMode: opts.demoMode ?? true, now: opts.now, sleep: recordSleep },
  );

const requestWith = (token: string) => new Request("http://localhost/", { headers: { cookie: `cchc_session=${token}` } });

describe("log-in", () => {
  it("a demo account signs in with demo12345, regardless of case and spaces in the name", async () => {
    const r = await attempt("  LanhDao.TamDuong ", DEMO_PASSWORD);
    expect(r.ok).toBe(true);
    if (r.ok) expect((await actorFromRequest(h.db, requestWith(r.token)))?.username).toBe("lanhdao.tamduong");
  });

  it("a wrong password and an unknown account get the same answer", async () => {
    expect(await attempt("tuphap.tamduong", "sai-mat-khau1", { ip: "10.0.0.2" })).toEqual({ ok: false, status: 401, message: loginMessages.invalid });
    expect(await attempt("khongco.ai", "sai-mat-khau1", { ip: "10.0.0.2" })).toEqual({ ok: false, status: 401, message: loginMessages.invalid });
  });

  it("demo accounts do not sign in outside demo mode", async () => {
    expect(await attempt("admin", DEMO_PASSWORD, { demoMode: false, ip: "10.0.0.3" })).toMatchObject({ ok: false, status: 401 });
  });

  it("repeated failures slow the answer, then lock the account for 15 minutes", async () => {
    sleeps.length = 0;
    const t0 = new Date("2026-11-22T02:00:00Z");
    const at = (min: number) => new Date(t0.getTime() + min * 60_000);
    for (let i = 0; i < 5; i++) {
      expect(await attempt("snv.quangnam", "sai-mat-khau1", { now: at(i), ip: `10.1.0.${i}` })).toMatchObject({ ok: false, status: 401 });
    }
    expect(sleeps).toEqual([500, 1000]); // the 4th and 5th tries waited
    const locked = await attempt("snv.quangnam", DEMO_PASSWORD, { now: at(5) });
    // Last failure at 02:04 UTC; 15 minutes later is 09:19 in Vietnam.
    expect(locked).toEqual({ ok: false, status: 429, message: loginMessages.lockedAccount("09:19") });
    // Even the right password is refused while locked; after the window it works.
    expect((await attempt("snv.quangnam", DEMO_PASSWORD, { now: at(20) })).ok).toBe(true);
  });

  it("a success clears the count of earlier failures", async () => {
    const t0 = new Date("2026-11-22T05:00:00Z");
    const at = (min: number) => new Date(t0.getTime() + min * 60_000);
    for (let i = 0; i < 4; i++) await attempt("sotuphap.laichau", "sai-mat-khau1", { now: at(i), ip: "10.2.0.1" });
    expect((await attempt("sotuphap.laichau", DEMO_PASSWORD, { now: at(5), ip: "10.2.0.1" })).ok).toBe(true);
    expect(await attempt("sotuphap.laichau", "sai-mat-khau1", { now: at(6), ip: "10.2.0.9" })).toMatchObject({ status: 401 });
  });

  it("twenty failures from one address lock the address for every account", async () => {
    const t0 = new Date("2026-11-22T06:00:00Z");
    for (let i = 0; i < 20; i++) {
      await login(h.db, { username: `khach${i}`, password: "x1234567", ip: "10.9.9.9", userAgent: null }, { demoMode: true, now: new Date(t0.getTime() + i * 1000), sleep: noSleep });
    }
    const r = await attempt("noivu.tamduong", DEMO_PASSWORD, { ip: "10.9.9.9", now: new Date(t0.getTime() + 60_000) });
    expect(r).toMatchObject({ ok: false, status: 429 });
    expect((await attempt("noivu.tamduong", DEMO_PASSWORD, { ip: "10.9.9.10", now: new Date(t0.getTime() + 60_000) })).ok).toBe(true);
  });

  it("a parallel burst gets the answers a sequence would: five passwords checked, then locked, the right one too", async () => {
    const now = new Date("2026-11-23T03:00:00Z");
    const tries = Array.from({ length: 40 }, (_, i) => (i === 30 ? DEMO_PASSWORD : `sai-${i}-mat-khau`));
    const answers = await Promise.all(
      tries.map((password, i) =>
        login(h.db, { username: "taichinh.tamduong", password, ip: `10.11.0.${i}`, userAgent: null }, { demoMode: true, now, sleep: noSleep }),
      ),
    );
    const statuses = answers.map((a) => (a.ok ? 200 : a.status));
    expect(statuses.filter((x) => x === 401)).toHaveLength(5);
    expect(statuses.filter((x) => x === 429)).toHaveLength(35);
    expect(answers[30]).toMatchObject({ ok: false, status: 429 });
    const recorded = await h.db.select().from(s.loginAttempts).where(eq(s.loginAttempts.username, "taichinh.tamduong"));
    expect(recorded.filter((r) => r.at.getTime() === now.getTime())).toHaveLength(5);
  });

  it("names a database cannot store, or absurdly long, are refused like a wrong password without an error", async () => {
    for (const username of ["a\u0000b", "a\ud800b", "x".repeat(1_000_000)]) {
      expect(await attempt(username, "mat-khau-1", { ip: "10.12.0.1" })).toEqual({ ok: false, status: 401, message: loginMessages.invalid });
    }
  });

  it("a disabled account is told so", async () => {
    await h.db.update(s.users).set({ disabled: true }).where(eq(s.users.username, "tuphap.tamduong"));
    expect(await attempt("tuphap.tamduong", DEMO_PASSWORD, { ip: "10.3.0.1" })).toEqual({ ok: false, status: 401, message: loginMessages.disabled });
    await h.db.update(s.users).set({ disabled: false }).where(eq(s.users.username, "tuphap.tamduong"));
  });
});

describe("sessions", () => {
  it("the cookie holds a token; the table holds only its hash", async () => {
    const r = await attempt("taichinh.tamduong", DEMO_PASSWORD, { ip: "10.4.0.1" });
    if (!r.ok) throw new Error(r.message);
    const rows = await h.db.select().from(s.sessions).where(eq(s.sessions.tokenHash, hashToken(r.token)));
    expect(rows).toHaveLength(1);
    const raw = await h.db.select().from(s.sessions).where(eq(s.sessions.tokenHash, r.token));
    expect(raw).toHaveLength(0);
  });

  it("expires after 12 idle hours, slides with use, and ends after 7 days whatever happens", async () => {
    const t0 = new Date("2026-11-10T00:00:00Z");
    const r = await attempt("noivu.tamduong", DEMO_PASSWORD, { now: t0, ip: "10.5.0.1" });
    if (!r.ok) throw new Error(r.message);
    const at = (ms: number) => new Date(t0.getTime() + ms);
    expect(await touchSession(h.db, r.token, at(SESSION_IDLE_MS - 60_000))).not.toBeNull(); // used just before idling out
    expect(await touchSession(h.db, r.token, at(2 * SESSION_IDLE_MS - 120_000))).not.toBeNull(); // the use slid it forward
    // Keep using it every 11 hours: it still ends at 7 days.
    let t = 2 * SESSION_IDLE_MS - 120_000;
    while (t + 11 * 3600_000 < SESSION_MAX_MS) {
      t += 11 * 3600_000;
      expect(await touchSession(h.db, r.token, at(t))).not.toBeNull();
    }
    expect(await touchSession(h.db, r.token, at(SESSION_MAX_MS + 1000))).toBeNull();
  });

  it("an idle session expires", async () => {
    const t0 = new Date("2026-11-01T00:00:00Z");
    const r = await attempt("lanhdao.tamduong", DEMO_PASSWORD, { now: t0, ip: "10.6.0.1" });
    if (!r.ok) throw new Error(r.message);
    expect(await touchSession(h.db, r.token, new Date(t0.getTime() + SESSION_IDLE_MS + 1000))).toBeNull();
  });

  it("log-out ends the session on the server, not only in the browser", async () => {
    const r = await attempt("snv.laichau", DEMO_PASSWORD, { ip: "10.7.0.1" });
    if (!r.ok) throw new Error(r.message);
    expect(await actorFromRequest(h.db, requestWith(r.token))).not.toBeNull();
    await deleteSession(h.db, r.token);
    expect(await actorFromRequest(h.db, requestWith(r.token))).toBeNull();
  });

  it("an administrator's reset ends the user's sessions and asks for a new password", async () => {
    const r = await attempt("tuphap.tamduong", DEMO_PASSWORD, { ip: "10.8.0.1" });
    if (!r.ok) throw new Error(r.message);
    const [adminUser] = await h.db.select({ id: s.users.id }).from(s.users).where(eq(s.users.username, "admin"));
    const admin = (await loadActor(h.db, adminUser!.id))!;
    const [target] = await h.db.select({ id: s.users.id }).from(s.users).where(eq(s.users.username, "tuphap.tamduong"));
    await resetPassword(h.db, admin, target!.id, "tamthoi2026");
    expect(await actorFromRequest(h.db, requestWith(r.token))).toBeNull();
    const again = await attempt("tuphap.tamduong", "tamthoi2026", { ip: "10.8.0.1" });
    if (!again.ok) throw new Error(again.message);
    const actor = (await actorFromRequest(h.db, requestWith(again.token)))!;
    expect(actor.mustChangePassword).toBe(true);
    // Changing it keeps this session and clears the flag.
    await changeOwnPassword(h.db, actor, { current: "tamthoi2026", next: "moi2026abc", confirm: "moi2026abc" }, hashToken(again.token));
    expect((await actorFromRequest(h.db, requestWith(again.token)))?.mustChangePassword).toBe(false);
    await expect(
      changeOwnPassword(h.db, actor, { current: "sai", next: "moi2027abc", confirm: "moi2027abc" }, null),
    ).rejects.toMatchObject({ code: "BAD_REQUEST", message: "Mật khẩu hiện tại không đúng." });
  });
});

describe("demo mode", () => {
  it("a demo account an administrator disabled stays disabled when the server starts again", async () => {
    await h.db.update(s.users).set({ disabled: true }).where(eq(s.users.username, "lanhdao.tamduong"));
    await syncDemoAccounts(h.db, true);
    const [u] = await h.db.select({ disabled: s.users.disabled }).from(s.users).where(eq(s.users.username, "lanhdao.tamduong"));
    expect(u!.disabled).toBe(true);
    await h.db.update(s.users).set({ disabled: false }).where(eq(s.users.username, "lanhdao.tamduong"));
  });

  it("is a property of the database: off unless it was created for the demonstration", async () => {
    expect(await readDemoMode(h.db, {})).toBe(false);
    expect(await readDemoMode(h.db, { DEMO: "1" })).toBe(true);
    await markDemoDatabase(h.db);
    expect(await readDemoMode(h.db, {})).toBe(true);
    expect(await readDemoMode(h.db, { DEMO: "0" })).toBe(false);
    expect(createsDemoDatabase({})).toBe(true);
    expect(createsDemoDatabase({ DATABASE_URL: "postgres://x/y" })).toBe(false);
    expect(createsDemoDatabase({ DATABASE_URL: "postgres://x/y", DEMO: "1" })).toBe(true);
    expect(createsDemoDatabase({ DEMO: "0" })).toBe(false);
  });
});
