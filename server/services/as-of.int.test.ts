import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "../../db/client";
import * as s from "../../db/schema";
import { loadSeeds } from "../../seeds/load";
import { syncDemoAccounts } from "../auth/demo";
import { todayInVietnam } from "../clock";
import { createTestDb } from "../testing/db";
import { loadActor, type SessionUser } from "./actor";
import { getDashboard } from "./dashboard";
import { getPlanPage } from "./plans";
import { getTaskPage } from "./task-page";
import { reportOnTask } from "./tasks";
import { listUnitTasks } from "./unit-tasks";

/**
 * One viewing date for everything: a report filed today on a 2024 task never shows when the
 * dashboard, the plan, the task list or the task page are viewed at a 2024 date, and a closed
 * plan year is viewed at its reporting date.
 */
let h: DbHandle;
const actors = new Map<string, SessionUser>();
const TODAY = todayInVietnam();
const FINANCE = "Tham mưu thực hiện các nội dung thuộc Chỉ số thành phần cải cách tài chính công";
let financeId = 0;

beforeAll(async () => {
  h = await createTestDb();
  await loadSeeds(h.db);
  await syncDemoAccounts(h.db, true);
  for (const u of await h.db.select({ id: s.users.id, username: s.users.username }).from(s.users)) actors.set(u.username, (await loadActor(h.db, u.id))!);
  const [t] = await h.db.select({ id: s.tasks.id, version: s.tasks.version }).from(s.tasks).where(eq(s.tasks.title, FINANCE));
  financeId = t!.id;
  // Filed today, long after the 2024 plan year closed on 10/12/2024.
  await reportOnTask(
    h.db,
    actors.get("taichinh.tamduong")!,
    { taskId: financeId, expectedVersion: t!.version, status: "dang-thuc-hien", progress: 60, report: "Đã rà soát dự toán." },
    [{ kind: "document", docNumber: "12/BC-TCKH", docDate: "01/12/2026", docIssuer: "Phòng Tài chính - Kế hoạch", title: "Báo cáo tiến độ" }],
  );
});
afterAll(async () => {
  await h?.close();
});

describe("the dashboard", () => {
  const financeTask = async (asOf?: string) => {
    const d = await getDashboard(h.db, actors.get("lanhdao.tamduong")!, { today: TODAY, asOf });
    return { asOf: d.asOf, task: d.components.find((c) => c.key === "tai-chinh-cong")!.tasks.find((t) => t.id === financeId)! };
  };

  it("at 01/07/2024 shows the finance task as it stood then: nothing filed later", async () => {
    const { task } = await financeTask("2024-07-01");
    expect(task).toMatchObject({ status: "chua-thuc-hien", progress: 0, evidenceCount: 0, lastUpdateAt: null });
  });

  it("by default views the closed 2024 year at its reporting date, without today's report", async () => {
    const { asOf, task } = await financeTask();
    expect(asOf).toBe("2024-12-10");
    expect(task).toMatchObject({ status: "chua-thuc-hien", progress: 0, evidenceCount: 0 });
  });

  it("viewed today, today's report is there", async () => {
    const { task } = await financeTask(TODAY);
    expect(task).toMatchObject({ status: "dang-thuc-hien", progress: 60, evidenceCount: 1 });
    expect(task.lastUpdateAt).not.toBeNull();
  });
});

describe("the plan, the task list and the task page", () => {
  it("the plan page at 01/07/2024 and today", async () => {
    const then = await getPlanPage(h.db, actors.get("lanhdao.tamduong")!, "tam-duong-par-2024", { today: TODAY, asOf: "2024-07-01" });
    expect(then.tasks.find((t) => t.id === financeId)).toMatchObject({ status: "chua-thuc-hien", progress: 0, evidenceCount: 0 });
    const now = await getPlanPage(h.db, actors.get("lanhdao.tamduong")!, "tam-duong-par-2024", { today: TODAY, asOf: TODAY });
    expect(now.tasks.find((t) => t.id === financeId)).toMatchObject({ status: "dang-thuc-hien", progress: 60, evidenceCount: 1 });
    // Every other task has no evidence: the count is per task.
    expect(now.tasks.filter((t) => t.id !== financeId).every((t) => t.evidenceCount === 0)).toBe(true);
  });

  it("the unit's task list puts the closed year at its reporting date, as it stood then", async () => {
    const tasks = await listUnitTasks(h.db, actors.get("taichinh.tamduong")!, { today: TODAY });
    expect(tasks.find((t) => t.id === financeId)).toMatchObject({ yearClosed: true, asOf: "2024-12-10", status: "chua-thuc-hien", progress: 0, evidenceCount: 0 });
  });

  it("the task page cuts its history and evidence at the viewing date and says what it leaves out", async () => {
    const then = await getTaskPage(h.db, actors.get("taichinh.tamduong")!, financeId, { today: TODAY });
    expect(then).toMatchObject({ asOf: "2024-12-10", yearClosed: true, shown: { status: "chua-thuc-hien", progress: 0, existed: true }, filedAfter: { updates: 1, evidence: 1 } });
    expect(then.history).toEqual([]);
    expect(then.evidence).toEqual([]);
    // The form still edits the task as it is now.
    expect(then.task).toMatchObject({ status: "dang-thuc-hien", progress: 60 });
    const now = await getTaskPage(h.db, actors.get("taichinh.tamduong")!, financeId, { today: TODAY, asOf: TODAY });
    expect(now).toMatchObject({ shown: { status: "dang-thuc-hien", progress: 60 }, filedAfter: null });
    expect(now.history.map((u) => u.report)).toEqual(["Đã rà soát dự toán."]);
    expect(now.evidence).toHaveLength(1);
  });
});
