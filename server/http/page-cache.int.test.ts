import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "../../db/client";
import * as s from "../../db/schema";
import { loadSeeds } from "../../seeds/load";
import { DEMO_PASSWORD, syncDemoAccounts } from "../auth/demo";
import { login } from "../auth/login";
import { rowsOf } from "../backup/tables";
import { noteStatement, withRequestContext } from "../runtime/request-context";
import { loadActor } from "../services/actor";
import { reportOnTask } from "../services/tasks";
import { createTestDb } from "../testing/db";
import { createPageCache, type PageCache } from "./page-cache";
import { sessionFromCookies } from "./security";

/**
 * The page cache in front of a page that reads the database as the app's pages do: a repeat view
 * is answered from memory, and any committed change to the content, another user, another day or
 * another URL renders the page again.
 */

let h: DbHandle;
let server: Server;
let base: string;
let cache: PageCache;
let today = "2026-12-03";
let renders = 0;
const cookies = new Map<string, string>();
const TASK_KEY = "tam-duong-par-2024/2.1.5";

/** The page: who is looking, the task's progress as stored, and (by the URL) a few odd answers. */
async function page(req: IncomingMessage, res: ServerResponse) {
  renders++;
  const url = new URL(req.url ?? "/", "http://x");
  const session = await sessionFromCookies(h.db, req.headers.cookie);
  if (!session) {
    res.statusCode = 302;
    res.setHeader("location", "/dang-nhap");
    return res.end();
  }
  if (url.searchParams.has("khong-co")) {
    res.statusCode = 404;
    res.setHeader("content-type", "text/html; charset=utf-8");
    return res.end("<p>Không tìm thấy</p>");
  }
  // A write that leaves the content stamp alone (sessions are not content): only the rule keeps it out.
  if (url.searchParams.has("ghi")) await h.db.execute(sql`update sessions set last_seen_at = last_seen_at where user_id = ${session.actor.userId}`);
  if (url.searchParams.has("cookie")) res.setHeader("set-cookie", "x=1");
  const [task] = await h.db.select({ progress: s.tasks.progress }).from(s.tasks).where(eq(s.tasks.seedKey, TASK_KEY));
  res.statusCode = 200;
  res.setHeader("content-type", "text/html; charset=utf-8");
  // Written in pieces, as a streamed render is.
  res.write(`<p>${session.actor.username}</p>`);
  res.write(Buffer.from(`<p>Tiến độ ${task!.progress} %</p>`));
  res.end(`<p>Ngày ${today} — lần dựng ${renders}</p>`);
}

async function get(path: string, user: string | null, headers: Record<string, string> = {}) {
  const r = await fetch(`${base}${path}`, {
    redirect: "manual",
    headers: { "accept-encoding": "identity", ...(user ? { cookie: `cchc_session=${cookies.get(user)}` } : {}), ...headers },
  });
  return { status: r.status, cache: r.headers.get("x-page-cache"), etag: r.headers.get("etag"), body: await r.text(), headers: r.headers };
}

/** Stored answers are kept once their gzip is made (off the request); wait for it. */
async function settled() {
  await new Promise((r) => setTimeout(r, 50));
}

beforeAll(async () => {
  h = await createTestDb({ onQuery: noteStatement });
  await loadSeeds(h.db);
  await syncDemoAccounts(h.db, true);
  for (const username of ["lanhdao.tamduong", "noivu.tamduong"]) {
    const r = await login(h.db, { username, password: DEMO_PASSWORD, ip: "127.0.0.1", userAgent: "test" }, { demoMode: true });
    if (!r.ok) throw new Error(r.message);
    cookies.set(username, r.token);
  }
  cache = createPageCache({ database: () => Promise.resolve(h.db), today: () => today, version: "test", maxBytes: 1024 * 1024 });
  server = createServer((req, res) => withRequestContext(() => void cache.answer(req, res, () => cache.capture(req, res, () => void page(req, res)))));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
  await h?.close();
});

describe("the page cache", () => {
  it("answers a repeat view from memory, the same bytes, raw or gzip, with one statement", async () => {
    const first = await get("/nhiem-vu", "lanhdao.tamduong");
    expect(first).toMatchObject({ status: 200, cache: "miss" });
    expect(first.body).toContain("<p>lanhdao.tamduong</p><p>Tiến độ 0 %</p>");
    await settled();
    const before = renders;
    const again = await get("/nhiem-vu", "lanhdao.tamduong");
    expect(again).toMatchObject({ status: 200, cache: "hit", body: first.body, etag: first.etag });
    expect(again.headers.get("content-type")).toBe("text/html; charset=utf-8");
    const zipped = await fetch(`${base}/nhiem-vu`, { headers: { cookie: `cchc_session=${cookies.get("lanhdao.tamduong")}`, "accept-encoding": "gzip" } });
    expect(zipped.headers.get("content-encoding")).toBe("gzip");
    // fetch unzips: the text is the page's.
    expect(await zipped.text()).toBe(first.body);
    expect(renders).toBe(before);
  });

  it("renders again once a department's report commits, and shows it", async () => {
    await get("/nhiem-vu", "lanhdao.tamduong");
    const finance = (await loadActor(h.db, (await userId("taichinh.tamduong"))!))!;
    const [task] = await h.db.select({ id: s.tasks.id, version: s.tasks.version }).from(s.tasks).where(eq(s.tasks.seedKey, TASK_KEY));
    await reportOnTask(h.db, finance, { taskId: task!.id, expectedVersion: task!.version, status: "dang-thuc-hien", progress: 40, report: "Đang làm" });
    const after = await get("/nhiem-vu", "lanhdao.tamduong");
    expect(after.cache).toBe("miss");
    expect(after.body).toContain("Tiến độ 40 %");
  });

  it("keeps each user's page apart, and each URL's", async () => {
    const leader = await get("/nhiem-vu", "lanhdao.tamduong");
    await settled();
    const office = await get("/nhiem-vu", "noivu.tamduong");
    expect(office.cache).toBe("miss");
    expect(office.body).toContain("<p>noivu.tamduong</p>");
    expect(office.etag).not.toBe(leader.etag);
    expect((await get("/nhiem-vu?trang=2", "lanhdao.tamduong")).cache).toBe("miss");
  });

  it("renders again on a new day (deadlines are judged on it)", async () => {
    await get("/", "lanhdao.tamduong");
    await settled();
    expect((await get("/", "lanhdao.tamduong")).cache).toBe("hit");
    today = "2026-12-04";
    const next = await get("/", "lanhdao.tamduong");
    expect(next.cache).toBe("miss");
    expect(next.body).toContain("Ngày 2026-12-04");
  });

  it("answers 304 without a body when the browser already has this version", async () => {
    const first = await get("/xep-hang", "lanhdao.tamduong");
    await settled();
    const r = await get("/xep-hang", "lanhdao.tamduong", { "if-none-match": first.etag! });
    expect(r).toMatchObject({ status: 304, body: "" });
    expect(r.headers.get("cache-control")).toBe("private, no-cache");
  });

  it("keeps no error, no answer that sets a cookie and no answer of a request that wrote", async () => {
    for (const path of ["/xep-hang?khong-co=1", "/xep-hang?cookie=1", "/xep-hang?ghi=1"]) {
      await get(path, "lanhdao.tamduong");
      await settled();
      expect((await get(path, "lanhdao.tamduong")).cache, path).toBe("miss");
    }
  });

  it("passes by pages that are not read-only views, other methods and visitors without a session", async () => {
    for (const path of ["/nhat-ky", "/ke-hoach/moi", "/ke-hoach/abc/nhap", "/bao-cao", "/nhiem-vu/12"]) {
      await get(path, "lanhdao.tamduong");
      await settled();
      expect((await get(path, "lanhdao.tamduong")).cache, path).toBeNull();
    }
    expect((await fetch(`${base}/nhiem-vu`, { method: "POST", headers: { cookie: `cchc_session=${cookies.get("lanhdao.tamduong")}` } })).headers.get("x-page-cache")).toBeNull();
    const anonymous = await get("/nhiem-vu", null);
    expect(anonymous).toMatchObject({ status: 302, cache: null });
  });

  it("counts what it served", () => {
    const stats = cache.stats();
    expect(stats.hits).toBeGreaterThan(0);
    expect(stats.bytes).toBeLessThanOrEqual(1024 * 1024);
  });
});

describe("the content stamp", () => {
  const stamp = async () => rowsOf<{ n: string }>(await h.db.execute(sql`select sum(changes)::text as n from content_stamp`))[0]!.n;

  it("is kept by a trigger on every table a page may show", async () => {
    const missing = rowsOf<{ name: string }>(
      await h.db.execute(sql`
        select t.tablename as name from pg_tables t
        where t.schemaname = 'public'
          and t.tablename not in ('content_stamp', 'unit_tree_stamp', 'sessions', 'login_attempts', 'audit_log')
          and not exists (select 1 from pg_trigger g join pg_class c on c.oid = g.tgrelid where c.relname = t.tablename and g.tgname = t.tablename || '_content_changed')
        order by 1`),
    ).map((r) => r.name);
    expect(missing).toEqual([]);
  });

  it("moves when a change commits, not when it rolls back, not when a session slides", async () => {
    const before = await stamp();
    await h.db
      .transaction(async (tx) => {
        await tx.update(s.settings).set({ updatedAt: new Date() });
        tx.rollback();
      })
      .catch(() => undefined);
    expect(await stamp()).toBe(before);
    await h.db.update(s.sessions).set({ lastSeenAt: new Date() });
    expect(await stamp()).toBe(before);
    await h.db.update(s.settings).set({ updatedAt: new Date() });
    expect(BigInt(await stamp())).toBeGreaterThan(BigInt(before));
  });
});

async function userId(username: string) {
  const [u] = await h.db.select({ id: s.users.id }).from(s.users).where(eq(s.users.username, username));
  return u?.id;
}
