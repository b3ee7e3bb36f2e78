import { eq } from "drizzle-orm";
import { DrizzleQueryError } from "drizzle-orm/errors";
import * as s from "../../db/schema";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Db, DbHandle } from "../../db/client";
import { loadSeeds } from "../../seeds/load";
import { syncDemoAccounts } from "../auth/demo";
import { startApiServer } from "../testing/http";
import { createTestDb } from "../testing/db";
import { demoSessions } from "../testing/clients";

/**
 * What a client sees when input is hostile or the server fails: a Vietnamese message, never SQL,
 * values or stacks; an unexpected error carries an id that the log holds too.
 */
let h: DbHandle;
let api: Awaited<ReturnType<typeof startApiServer>>;
let cookie = "";

beforeAll(async () => {
  h = await createTestDb();
  await loadSeeds(h.db);
  await syncDemoAccounts(h.db, true);
  api = await startApiServer(h.db);
  const sessions = await demoSessions(h.db, api.url);
  cookie = `cchc_session=${await sessions.tokenFor("snv.laichau")}`;
});
afterAll(async () => {
  await api?.close();
  await h?.close();
});

const VIETNAMESE = /[\u00C0-\u01B0\u1EA0-\u1EF9]/;
const LEAK = /select |insert |update |delete |params:|Failed query|at .*\.(ts|js):\d+|scrypt\$/i;

async function call(method: "GET" | "POST", proc: string, input: unknown, base = api.url) {
  const query = input === undefined ? "" : `?input=${encodeURIComponent(JSON.stringify(input))}`;
  const url = method === "GET" ? `${base}/api/trpc/${proc}${query}` : `${base}/api/trpc/${proc}`;
  const res = await fetch(url, {
    method,
    headers: { cookie, origin: base, "content-type": "application/json" },
    body: method === "POST" ? JSON.stringify(input) : undefined,
  });
  const text = await res.text();
  return { status: res.status, text, message: (JSON.parse(text) as { error?: { message?: string } }).error?.message ?? "" };
}

describe("bad input through tRPC", () => {
  const cases: Array<[string, "GET" | "POST", string, unknown]> = [
    ["NUL in a unit code", "GET", "units.byCode", { code: "a\u0000b" }],
    ["NUL in a plan code", "GET", "plans.byCode", { code: "x\u0000" }],
    ["lone surrogate in a direction", "POST", "tasks.direct", { taskId: 1, text: "chỉ đạo \ud800" }],
    ["NUL in a unit name (any procedure)", "POST", "units.update", { code: "lai-chau.tam-duong.xa-ban-bo", name: "Bản\u0000Bo", shortName: "Bản Bo" }],
    ["task id past integer", "POST", "tasks.direct", { taskId: 2147483648, text: "x" }],
    ["user id past integer", "GET", "audit.list", { userId: 2147483648 }],
    ["a string for a number", "POST", "tasks.direct", { taskId: "một", text: "x" }],
    ["an unknown enum", "POST", "tasks.report", { taskId: 1, expectedVersion: 1, status: "xong", progress: 5 }],
  ];
  it.each(cases)("%s → 400 in Vietnamese, no internals", async (_name, method, proc, input) => {
    const r = await call(method, proc, input);
    expect(r.status).toBe(400);
    expect(r.message).toMatch(VIETNAMESE);
    expect(r.text).not.toMatch(LEAK);
  });

  it("transport errors are Vietnamese too", async () => {
    const notJson = await fetch(`${api.url}/api/trpc/tasks.direct`, { method: "POST", headers: { cookie, origin: api.url, "content-type": "application/json" }, body: "not json{" });
    const body = (await notJson.json()) as { error: { message: string } };
    expect(notJson.status).toBe(400);
    expect(body.error.message).toMatch(VIETNAMESE);
    const unknown = await call("GET", "khong.co", {});
    expect(unknown.status).toBe(404);
    expect(unknown.message).toMatch(VIETNAMESE);
  });

  it("refuses a body over 1 MB with 413 in Vietnamese, without reading it all", async () => {
    const body = JSON.stringify({ taskId: 1, expectedVersion: 1, status: "dang-thuc-hien", progress: 1, report: "a".repeat(2_000_000) });
    const res = await fetch(`${api.url}/api/trpc/tasks.report`, { method: "POST", headers: { cookie, origin: api.url, "content-type": "application/json" }, body });
    const answer = (await res.json()) as { error: { message: string } };
    expect(res.status).toBe(413);
    expect(answer.error.message).toMatch(VIETNAMESE);
  });
});

describe("an account that must change its password", () => {
  it("may change it through tRPC but do nothing else, as on pages", async () => {
    await h.db.update(s.users).set({ mustChangePassword: true }).where(eq(s.users.username, "snv.laichau"));
    try {
      const write = await call("POST", "tasks.direct", { taskId: 1, text: "Đề nghị đẩy nhanh." });
      expect(write.status).toBe(403);
      expect(write.message).toMatch(/đổi mật khẩu/);
      const read = await call("GET", "plans.byCode", { code: "tam-duong-par-2024" });
      expect(read.status).toBe(403);
      const me = await fetch(`${api.url}/api/trpc/users.me`, { headers: { cookie } });
      expect(me.status).toBe(200);
    } finally {
      await h.db.update(s.users).set({ mustChangePassword: false }).where(eq(s.users.username, "snv.laichau"));
    }
  });
});

describe("an unexpected failure", () => {
  it("answers 500 with a Vietnamese message and an error id the log holds, without SQL or values", async () => {
    const secret = "scrypt$16384$8$1$c2FsdA$aGFzaA";
    const failing = new Proxy({} as Db, {
      get() {
        throw new DrizzleQueryError('select "id" from "sessions" where "token_hash" = $1', [secret, "a".repeat(64)], Object.assign(new Error("boom"), { code: "XX000" }));
      },
    });
    const broken = await startApiServer(failing);
    const logged: string[] = [];
    const spy = vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => void logged.push(args.map(String).join(" ")));
    try {
      const r = await call("GET", "units.tree", undefined, broken.url);
      expect(r.status).toBe(500);
      expect(r.text).not.toMatch(LEAK);
      expect(r.text).not.toContain(secret);
      const id = /mã lỗi ([0-9A-F]{8})/.exec(r.message)?.[1];
      expect(id).toBeTruthy();
      const line = logged.find((l) => l.includes(id!));
      expect(line).toBeDefined();
      expect(line).toContain("Failed query");
      expect(line).not.toContain(secret);
      expect(line).not.toContain("a".repeat(64));
    } finally {
      spy.mockRestore();
      await broken.close();
    }
  });
});
