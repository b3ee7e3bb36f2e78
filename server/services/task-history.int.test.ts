import { and, eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "../../db/client";
import * as s from "../../db/schema";
import { loadSeeds } from "../../seeds/load";
import { syncDemoAccounts } from "../auth/demo";
import { vietnamDay } from "../domain/task-as-of";
import { createTestDb } from "../testing/db";
import { loadActor, type SessionUser } from "./actor";
import { loadTaskHistories, rowsAsOf, tasksAsOf } from "./task-history";
import { addDirection, reportOnTask } from "./tasks";

let h: DbHandle;
let queries = 0;
const actors = new Map<string, SessionUser>();
let planTaskIds: number[] = [];
let financeTask: { id: number; version: number };

const at = (wall: string) => new Date(`${wall.replace(" ", "T")}:00+07:00`);

beforeAll(async () => {
  h = await createTestDb({ onQuery: () => void queries++ });
  await loadSeeds(h.db);
  await syncDemoAccounts(h.db, true);
  for (const u of await h.db.select({ id: s.users.id, username: s.users.username }).from(s.users)) actors.set(u.username, (await loadActor(h.db, u.id))!);
  const [plan] = await h.db.select({ id: s.plans.id }).from(s.plans).where(eq(s.plans.code, "tam-duong-par-2024"));
  planTaskIds = (
    await h.db.select({ id: s.tasks.id }).from(s.tasks).where(and(eq(s.tasks.planId, plan!.id), eq(s.tasks.isHeading, false)))
  ).map((t) => t.id);
  const [t] = await h.db.select({ id: s.tasks.id, version: s.tasks.version }).from(s.tasks).where(eq(s.tasks.seedKey, "tam-duong-par-2024/2.1.5"));
  financeTask = t!;

  // A year of history on Tài chính công's task, written through the service and then dated as if
  // it had been filed on those days (the service stamps "now").
  const finance = actors.get("taichinh.tamduong")!;
  const steps: Array<{ when: string; status: "dang-thuc-hien" | "hoan-thanh"; progress: number; report: string; docs: number }> = [
    { when: "2024-03-05 09:00", status: "dang-thuc-hien", progress: 30, report: "Đã xây dựng kế hoạch", docs: 0 },
    { when: "2024-07-01 16:30", status: "dang-thuc-hien", progress: 60, report: "Báo cáo 6 tháng", docs: 1 },
    { when: "2024-12-20 10:00", status: "hoan-thanh", progress: 100, report: "Đã hoàn thành", docs: 2 },
  ];
  let version = financeTask.version;
  for (const step of steps) {
    const docs = Array.from({ length: step.docs }, (_, i) => ({
      kind: "document" as const,
      docNumber: `${version}${i}/BC-TCKH`,
      docDate: "01/07/2024",
      docIssuer: "Phòng Tài chính - Kế hoạch",
      title: "",
    }));
    const r = await reportOnTask(h.db, finance, { taskId: financeTask.id, expectedVersion: version, status: step.status, progress: step.progress, report: step.report }, docs);
    version = r.version;
    await h.db.update(s.taskUpdates).set({ createdAt: at(step.when) }).where(eq(s.taskUpdates.id, r.updateId));
    if (r.evidenceIds.length) await h.db.update(s.evidence).set({ addedAt: at(step.when) }).where(inArray(s.evidence.id, r.evidenceIds));
    if (step.status === "hoan-thanh") await h.db.update(s.tasks).set({ completedOn: at(step.when) }).where(eq(s.tasks.id, financeTask.id));
  }
  const d = await addDirection(h.db, actors.get("lanhdao.tamduong")!, { taskId: financeTask.id, text: "Đề nghị hoàn thành trước 10/12" });
  await h.db.update(s.taskUpdates).set({ createdAt: at("2024-11-01 08:00") }).where(eq(s.taskUpdates.id, d.updateId));
});
afterAll(async () => {
  await h?.close();
});

describe("tasks as they stood on a date, rebuilt from the database's history", () => {
  it("Tài chính công's task on 01/07/2024 shows the report of that day, not the later completion", async () => {
    const view = (await tasksAsOf(h.db, [financeTask.id], "2024-07-01")).get(financeTask.id)!;
    expect(view).toMatchObject({ status: "dang-thuc-hien", progress: 60, completedOn: null, evidenceCount: 1, filedAfter: { updates: 2, evidence: 2 } });
    expect(view.lastUpdate).toMatchObject({ report: "Báo cáo 6 tháng", unitName: "Phòng Tài chính - Kế hoạch" });
    expect(view.updates.map((u) => u.report)).toEqual(["Đã xây dựng kế hoạch", "Báo cáo 6 tháng"]);
  });

  it("at the 2024 reporting date the completion of 20/12 is not yet there; the direction is", async () => {
    const view = (await tasksAsOf(h.db, [financeTask.id], "2024-12-10")).get(financeTask.id)!;
    expect(view).toMatchObject({ status: "dang-thuc-hien", progress: 60, evidenceCount: 1, filedAfter: { updates: 1, evidence: 2 } });
    expect(view.updates.map((u) => u.kind)).toEqual(["progress", "progress", "direction"]);
    expect(view.lastUpdate?.report).toBe("Báo cáo 6 tháng");
  });

  it("as of today it agrees with the task row for every task of the plan", async () => {
    const today = vietnamDay(new Date());
    const views = await tasksAsOf(h.db, planTaskIds, today);
    const rows = await h.db
      .select({ id: s.tasks.id, status: s.tasks.status, progress: s.tasks.progress, statusReason: s.tasks.statusReason, completedOn: s.tasks.completedOn })
      .from(s.tasks)
      .where(inArray(s.tasks.id, planTaskIds));
    expect(rows).toHaveLength(15);
    for (const row of rows) {
      const v = views.get(row.id)!;
      expect({ id: row.id, status: v.status, progress: v.progress, statusReason: v.statusReason, completedOn: v.completedOn }).toEqual(row);
    }
    expect(views.get(financeTask.id)).toMatchObject({ status: "hoan-thanh", progress: 100, completedOnDay: "2024-12-20", evidenceCount: 3 });
  });

  it("the seeded plan's tasks (typed in today) exist from the plan's first year, not before", async () => {
    expect([...(await tasksAsOf(h.db, planTaskIds, "2023-12-31")).values()].every((v) => v === null)).toBe(true);
    expect([...(await tasksAsOf(h.db, planTaskIds, "2024-01-01")).values()].every((v) => v?.status === "chua-thuc-hien" || v?.status === "dang-thuc-hien")).toBe(true);
  });

  it("loads any number of tasks in the same few queries (no query per task)", async () => {
    queries = 0;
    await loadTaskHistories(h.db, [financeTask.id]);
    const forOne = queries;
    queries = 0;
    const all = await loadTaskHistories(h.db, planTaskIds);
    expect(queries).toBe(forOne);
    expect(queries).toBeLessThanOrEqual(3);
    expect(all.size).toBe(15);
    expect(all.get(financeTask.id)!.updates).toHaveLength(4);
  });

  it("an empty set or unknown ids cost nothing and return nothing", async () => {
    queries = 0;
    expect((await tasksAsOf(h.db, [], "2024-12-10")).size).toBe(0);
    expect(queries).toBe(0);
    expect((await tasksAsOf(h.db, [987654], "2024-12-10")).size).toBe(0);
  });

  it("rowsAsOf (a few deciding rows per task, in SQL) agrees with the whole history on generated histories", async () => {
    // Random reports on the plan's other tasks, same-instant ties and late-night ones included.
    const finance = actors.get("taichinh.tamduong")!;
    const others = planTaskIds.filter((id) => id !== financeTask.id);
    let seed = 11;
    const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const kinds = ["progress", "progress", "contribution", "direction", "comment"] as const;
    const statuses = [null, "dang-thuc-hien", "hoan-thanh", "hoan-thanh-cham", "khong-thuc-hien-duoc"] as const;
    const rows = others.flatMap((taskId) =>
      Array.from({ length: 1 + Math.floor(rand() * 7) }, () => {
        const status = statuses[Math.floor(rand() * statuses.length)]!;
        const month = String(1 + Math.floor(rand() * 12)).padStart(2, "0");
        return {
          taskId,
          kind: kinds[Math.floor(rand() * kinds.length)]!,
          unitId: finance.unitId,
          userId: finance.userId,
          status,
          progress: rand() < 0.5 ? Math.floor(rand() * 101) : null,
          reason: status === "khong-thuc-hien-duoc" ? "Thiếu kinh phí" : null,
          report: "Báo cáo thử",
          taskVersion: 1,
          createdAt: rand() < 0.3 ? at(`2024-${month}-10 23:59`) : at(`2024-${month}-${String(1 + Math.floor(rand() * 28)).padStart(2, "0")} 08:00`),
        };
      }),
    );
    await h.db.insert(s.taskUpdates).values(rows);
    const taskRows = await h.db
      .select({ id: s.tasks.id, createdAt: s.tasks.createdAt, status: s.tasks.status, progress: s.tasks.progress, completedOn: s.tasks.completedOn })
      .from(s.tasks)
      .where(inArray(s.tasks.id, planTaskIds));
    const histories = await loadTaskHistories(h.db, planTaskIds);
    for (const asOf of ["2024-01-31", "2024-03-10", "2024-06-30", "2024-10-10", "2024-12-10", "2024-12-31"]) {
      const fast = await rowsAsOf(
        h.db,
        taskRows.map((t) => ({ ...t, existsFrom: histories.get(t.id)!.createdAt, evidenceCount: -1 })),
        () => asOf,
        "2026-12-03",
      );
      const full = await tasksAsOf(h.db, planTaskIds, asOf);
      expect(fast.map((r) => r.id).sort()).toEqual([...full].filter(([, v]) => v).map(([id]) => id).sort());
      for (const r of fast) {
        const v = full.get(r.id)!;
        expect({ id: r.id, status: r.status, progress: r.progress, completedOn: r.completedOn?.getTime() ?? null, evidence: r.evidenceCount, last: r.lastReportAt?.getTime() ?? null }).toEqual({
          id: r.id,
          status: v.status,
          progress: v.progress,
          completedOn: v.completedOn?.getTime() ?? null,
          evidence: v.evidenceCount,
          last: v.lastUpdate?.createdAt.getTime() ?? null,
        });
      }
    }
  });
});
