import { TRPCClientError } from "@trpc/client";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "../../db/client";
import * as s from "../../db/schema";
import { loadSeeds } from "../../seeds/load";
import { demoAccounts } from "../auth/demo";
import type { AppRouter } from "../router";
import { createTestDb } from "../testing/db";
import { demoSessions, type ApiClient } from "../testing/clients";
import { startApiServer } from "../testing/http";

/**
 * Every role × every kind of action × a unit in scope and one out of scope, called through tRPC
 * over HTTP with real sessions. A refusal must be 403 FORBIDDEN and change nothing.
 */

let h: DbHandle;
let api: Awaited<ReturnType<typeof startApiServer>>;
let sessions: Awaited<ReturnType<typeof demoSessions>>;
type Client = ApiClient;
const clients = new Map<string, Client>();
/** Clients are made in beforeAll, so a test body gets one synchronously. */
function clientFor(username: string, extraHeaders?: Record<string, string>): Client {
  const key = `${username}|${JSON.stringify(extraHeaders ?? {})}`;
  const c = clients.get(key);
  if (!c) throw new Error(`no client prepared for ${key}`);
  return c;
}

async function taskIdBySeedKey(key: string): Promise<number> {
  const [t] = await h.db.select({ id: s.tasks.id }).from(s.tasks).where(eq(s.tasks.seedKey, key));
  if (!t) throw new Error(`no task ${key}`);
  return t.id;
}
async function taskVersion(id: number): Promise<number> {
  const [t] = await h.db.select({ v: s.tasks.version }).from(s.tasks).where(eq(s.tasks.id, id));
  return t!.v;
}

/** Everything a refused call could have touched. */
async function fingerprint(): Promise<string> {
  const rows = await h.db.execute(sql`
    select
      (select count(*) from ${s.taskUpdates}) as updates,
      (select count(*) from ${s.auditLog} where ${s.auditLog.action} <> 'login') as audit,
      (select count(*) from ${s.users}) as users,
      (select string_agg(${s.tasks.status} || ':' || ${s.tasks.progress} || ':' || ${s.tasks.version}, ',' order by ${s.tasks.id}) from ${s.tasks}) as tasks,
      (select string_agg(${s.units.name}, ',' order by ${s.units.id}) from ${s.units}) as units`);
  return JSON.stringify(Array.isArray(rows) ? rows : (rows as { rows: unknown[] }).rows);
}

let financeTask = 0; // Tam Đường task 5: lead Phòng Tài chính - Kế hoạch
let lawTask = 0; // Tam Đường task 2: lead Phòng Tư pháp
let quangNamTask = 0; // Quảng Nam step 1: lead Sở Nội vụ Quảng Nam
let counter = 0;

beforeAll(async () => {
  h = await createTestDb();
  await loadSeeds(h.db);
  financeTask = await taskIdBySeedKey("tam-duong-par-2024/2.1.5");
  lawTask = await taskIdBySeedKey("tam-duong-par-2024/2.1.2");
  quangNamTask = await taskIdBySeedKey("quang-nam-5484-2023/1.1");
  api = await startApiServer(h.db);
  sessions = await demoSessions(h.db, api.url);
  for (const a of demoAccounts) clients.set(`${a.username}|{}`, await sessions.client(a.username));
  const evil = { origin: "http://evil.example" };
  clients.set(`snv.laichau|${JSON.stringify(evil)}`, await sessions.client("snv.laichau", evil));
  const same = { origin: api.url };
  clients.set(`snv.laichau|${JSON.stringify(same)}`, await sessions.client("snv.laichau", same));
});
afterAll(async () => {
  await api?.close();
  await h?.close();
});

type Call = (c: Client) => Promise<unknown>;
const actions: Record<string, Call> = {
  "view unit Tam Đường": (c) => c.units.byCode.query({ code: "lai-chau.tam-duong" }),
  "view unit Sở Nội vụ Quảng Nam": (c) => c.units.byCode.query({ code: "quang-nam.so-noi-vu" }),
  "view plan Tam Đường 2024": (c) => c.plans.byCode.query({ code: "tam-duong-par-2024" }),
  "view plan Quảng Nam 5484": (c) => c.plans.byCode.query({ code: "quang-nam-5484-2023" }),
  "rename xã Bản Bo": (c) => c.units.update.mutate({ code: "lai-chau.tam-duong.xa-ban-bo", name: `UBND xã Bản Bo (${++counter})`, shortName: "Bản Bo" }),
  "rename Hội An": (c) => c.units.update.mutate({ code: "quang-nam.tp-hoi-an", name: `UBND thành phố Hội An (${++counter})`, shortName: "Hội An" }),
  "report on the finance task": async (c) =>
    c.tasks.report.mutate({ taskId: financeTask, expectedVersion: await taskVersion(financeTask), status: "dang-thuc-hien", progress: 30, report: "Đã rà soát dự toán" }),
  "report on the law task": async (c) =>
    c.tasks.report.mutate({ taskId: lawTask, expectedVersion: await taskVersion(lawTask), status: "dang-thuc-hien", progress: 20, report: "Đã xây dựng kế hoạch" }),
  "report on a Quảng Nam task": async (c) =>
    c.tasks.report.mutate({ taskId: quangNamTask, expectedVersion: await taskVersion(quangNamTask), status: "hoan-thanh", progress: 100, report: "Đã ban hành hướng dẫn" }),
  "direct the finance task": (c) => c.tasks.direct.mutate({ taskId: financeTask, text: "Đề nghị đẩy nhanh tiến độ giải ngân." }),
  "direct a Quảng Nam task": (c) => c.tasks.direct.mutate({ taskId: quangNamTask, text: "Đề nghị hoàn thành đúng hạn." }),
  "create a user": (c) =>
    c.users.create.mutate({ username: `nguoidung${++counter}`, fullName: "Nguyễn Văn A", unitCode: "lai-chau.tam-duong.phong-noi-vu", roles: ["don-vi"], password: "matkhau2024" }),
  "list users": (c) => c.users.list.query(),
  "read the audit trail": (c) => c.audit.list.query({}),
};

// Who may do what. Written out by hand from the issue, not derived from the code under test.
const Y = true;
const N = false;
const users = ["admin", "snv.laichau", "noivu.tamduong", "lanhdao.tamduong", "taichinh.tamduong", "tuphap.tamduong", "sotuphap.laichau", "snv.quangnam"] as const;
const matrix: Record<string, readonly boolean[]> = {
  //                              admin snv.lc nv.td  ld.td  tc.td  tp.td  stp.lc snv.qn
  "view unit Tam Đường":           [Y,    Y,     Y,     Y,     Y,     Y,     Y,     N],
  "view unit Sở Nội vụ Quảng Nam": [Y,    N,     N,     N,     N,     N,     N,     Y],
  "view plan Tam Đường 2024":      [Y,    Y,     Y,     Y,     Y,     Y,     Y,     N],
  "view plan Quảng Nam 5484":      [Y,    N,     N,     N,     N,     N,     N,     Y],
  // Issue 9: admin keeps units anywhere (it could not add or rename one before).
  "rename xã Bản Bo":              [Y,    Y,     Y,     N,     N,     N,     N,     N],
  "rename Hội An":                 [Y,    N,     N,     N,     N,     N,     N,     Y],
  "report on the finance task":    [N,    Y,     Y,     N,     Y,     N,     N,     N],
  "report on the law task":        [N,    Y,     Y,     N,     N,     Y,     N,     N],
  "report on a Quảng Nam task":    [N,    N,     N,     N,     N,     N,     N,     Y],
  "direct the finance task":       [N,    Y,     Y,     Y,     N,     N,     N,     N],
  "direct a Quảng Nam task":       [N,    N,     N,     N,     N,     N,     N,     Y],
  "create a user":                 [Y,    N,     N,     N,     N,     N,     N,     N],
  "list users":                    [Y,    N,     N,     N,     N,     N,     N,     N],
  "read the audit trail":          [Y,    Y,     Y,     N,     N,     N,     N,     Y],
};

const cases = Object.entries(matrix).flatMap(([action, row]) =>
  users.map((user, i) => ({ action, user, allowed: row[i]! })),
);

describe("permissions through tRPC over HTTP", () => {
  it.each(cases)("$user / $action → allowed: $allowed", async ({ action, user, allowed }) => {
    const before = await fingerprint();
    const call = actions[action]!(clientFor(user));
    if (allowed) {
      await expect(call).resolves.not.toThrow();
    } else {
      const error = await call.then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(TRPCClientError);
      expect((error as TRPCClientError<AppRouter>).data?.httpStatus).toBe(403);
      expect((error as TRPCClientError<AppRouter>).data?.code).toBe("FORBIDDEN");
      expect(await fingerprint()).toBe(before);
    }
  });
});

describe("the shape of a refusal and of an allowed write", () => {
  it("a unit with no role on the task is told who may report", async () => {
    const before = await fingerprint();
    await expect(
      clientFor("tuphap.tamduong").tasks.report.mutate({ taskId: financeTask, expectedVersion: await taskVersion(financeTask), status: "hoan-thanh", progress: 100, report: "Xong" }),
    ).rejects.toMatchObject({
      data: { code: "FORBIDDEN" },
      message: "Đơn vị của bạn không được giao nhiệm vụ này nên chỉ xem được. Chỉ đơn vị chủ trì (Phòng Tài chính - Kế hoạch) được báo cáo tiến độ.",
    });
    expect(await fingerprint()).toBe(before);
  });

  it("a coordinating unit cannot move the lead unit's status", async () => {
    // Phòng Tư pháp coordinates nothing on the finance task; give it a coordinating role on another task.
    const [tuPhap] = await h.db.select({ id: s.units.id }).from(s.units).where(eq(s.units.code, "lai-chau.tam-duong.phong-tu-phap"));
    await h.db.insert(s.taskUnits).values({ taskId: financeTask, unitId: tuPhap!.id, role: "coordinating", position: 9 });
    const c = clientFor("tuphap.tamduong");
    const before = await fingerprint();
    const [task] = await h.db.select().from(s.tasks).where(eq(s.tasks.id, financeTask));
    await expect(
      c.tasks.report.mutate({ taskId: financeTask, expectedVersion: task!.version, status: "hoan-thanh", progress: 100, report: "Xong" }),
    ).rejects.toMatchObject({
      data: { code: "FORBIDDEN" },
      message: "Chỉ Phòng Tài chính - Kế hoạch (đơn vị chủ trì) được cập nhật trạng thái, tiến độ; đơn vị phối hợp báo cáo phần việc của mình.",
    });
    expect(await fingerprint()).toBe(before);
    // Its contribution, at the current status and progress, is recorded without moving them.
    const r = await c.tasks.report.mutate({ taskId: financeTask, expectedVersion: task!.version, status: task!.status, progress: task!.progress, report: "Phòng Tư pháp đã góp ý dự thảo." });
    const [update] = await h.db.select().from(s.taskUpdates).where(eq(s.taskUpdates.id, r.updateId));
    expect(update).toMatchObject({ kind: "contribution", status: null, report: "Phòng Tư pháp đã góp ý dự thảo." });
    const [after] = await h.db.select().from(s.tasks).where(eq(s.tasks.id, financeTask));
    expect([after!.status, after!.progress]).toEqual([task!.status, task!.progress]);
  });

  it("the audit entry of an allowed write holds who, what, before and after", async () => {
    const c = clientFor("taichinh.tamduong");
    const version = await taskVersion(financeTask);
    await c.tasks.report.mutate({ taskId: financeTask, expectedVersion: version, status: "dang-thuc-hien", progress: 55, report: "Giải ngân đạt 55%" });
    const [entry] = await h.db
      .select()
      .from(s.auditLog)
      .where(eq(s.auditLog.entityId, String(financeTask)))
      .orderBy(sql`${s.auditLog.id} desc`)
      .limit(1);
    const [user] = await h.db.select({ id: s.users.id }).from(s.users).where(eq(s.users.username, "taichinh.tamduong"));
    expect(entry).toMatchObject({
      userId: user!.id,
      action: "update",
      entity: "task",
      before: { version },
      after: { status: "dang-thuc-hien", progress: 55, version: version + 1 },
    });
  });

  it("a stale version is refused with the current one, and nothing is lost", async () => {
    const c = clientFor("taichinh.tamduong");
    const version = await taskVersion(financeTask);
    await c.tasks.report.mutate({ taskId: financeTask, expectedVersion: version, status: "dang-thuc-hien", progress: 60, report: "Lần 1" });
    const before = await fingerprint();
    const error = await c.tasks.report
      .mutate({ taskId: financeTask, expectedVersion: version, status: "dang-thuc-hien", progress: 65, report: "Lần 2 (bản cũ)" })
      .catch((e: unknown) => e as TRPCClientError<AppRouter>);
    expect(error).toMatchObject({ data: { code: "CONFLICT", httpStatus: 409, details: { current: { progress: 60, version: version + 1 } } } });
    expect(await fingerprint()).toBe(before);
  });

  it("bad input gets a Vietnamese message and changes nothing", async () => {
    const c = clientFor("taichinh.tamduong");
    const before = await fingerprint();
    await expect(
      c.tasks.report.mutate({ taskId: financeTask, expectedVersion: await taskVersion(financeTask), status: "khong-thuc-hien-duoc", progress: 10 }),
    ).rejects.toMatchObject({ message: "Vui lòng nêu lý do không thực hiện được.", data: { code: "BAD_REQUEST" } });
    await expect(
      c.tasks.report.mutate({ taskId: financeTask, expectedVersion: await taskVersion(financeTask), status: "dang-thuc-hien", progress: 140 }),
    ).rejects.toMatchObject({ message: "Tiến độ phải từ 0 đến 100.", data: { code: "BAD_REQUEST" } });
    expect(await fingerprint()).toBe(before);
  });
});

describe("sessions and cross-site requests", () => {
  it("without a session every procedure answers UNAUTHORIZED", async () => {
    const anonymous = await sessions.client(null);
    await expect(anonymous.units.tree.query()).rejects.toMatchObject({ data: { code: "UNAUTHORIZED", httpStatus: 401 } });
  });

  it("a mutation from another site is refused and changes nothing", async () => {
    const evil = clientFor("snv.laichau", { origin: "http://evil.example" });
    const before = await fingerprint();
    await expect(evil.units.update.mutate({ code: "lai-chau.tam-duong.xa-ban-bo", name: "Bị sửa", shortName: null })).rejects.toMatchObject({
      data: { httpStatus: 403 },
    });
    expect(await fingerprint()).toBe(before);
  });

  it("the same site's origin passes", async () => {
    const same = clientFor("snv.laichau", { origin: api.url });
    await expect(same.units.update.mutate({ code: "lai-chau.tam-duong.xa-ban-bo", name: "UBND xã Bản Bo", shortName: "Bản Bo" })).resolves.toBeUndefined();
  });
});
