import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "../../db/client";
import * as s from "../../db/schema";
import { loadSeeds } from "../../seeds/load";
import { syncDemoAccounts } from "../auth/demo";
import { createTestDb } from "../testing/db";
import { loadActor, type SessionUser } from "./actor";
import { createPlan, getPlanFormValues, linkParentTask, updatePlan } from "./plan-write";
import { getPlanPage } from "./plans";
import { saveTarget } from "./targets";
import { getTaskPage } from "./task-page";

let h: DbHandle;
const actors = new Map<string, SessionUser>();
const taskId = async (key: string) => (await h.db.select({ id: s.tasks.id }).from(s.tasks).where(eq(s.tasks.seedKey, key)))[0]!.id;

beforeAll(async () => {
  h = await createTestDb();
  await loadSeeds(h.db);
  await syncDemoAccounts(h.db, true);
  for (const u of await h.db.select({ id: s.users.id, username: s.users.username }).from(s.users)) actors.set(u.username, (await loadActor(h.db, u.id))!);
});
afterAll(async () => {
  await h?.close();
});

describe("plans written by Home Affairs", () => {
  it("creates a plan with its reporting deadline parsed, and refuses bad dates in Vietnamese", async () => {
    const snv = actors.get("snv.laichau")!;
    const base = { number: "2205/KH-UBND", issuedOn: "11/6/2024", issuerCode: "lai-chau", title: "Cải thiện và nâng cao PAR INDEX, SIPAS tỉnh Lai Châu năm 2024", kind: "improvement" as const, fromYear: 2024, toYear: 2024, parentPlanCode: "", reportingDeadline: "trước ngày 05/12/2024", reportToCode: "lai-chau.so-noi-vu", summary: "" };
    const { code } = await createPlan(h.db, snv, base);
    const [plan] = await h.db.select().from(s.plans).where(eq(s.plans.code, code));
    expect(plan).toMatchObject({ number: "2205/KH-UBND", issuedOn: "2024-06-11", reportingDeadline: { kind: "date", date: "2024-12-05", startDate: null } });
    await expect(createPlan(h.db, snv, { ...base, issuedOn: "31/02/2024" })).rejects.toThrow("Ngày ban hành không hợp lệ");
    await expect(createPlan(h.db, snv, { ...base, fromYear: 2025, toYear: 2024 })).rejects.toThrow("Năm kết thúc phải từ năm bắt đầu trở đi.");
    await expect(createPlan(h.db, actors.get("snv.quangnam")!, base)).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await getPlanFormValues(h.db, snv, code)).issuedOn).toBe("11/06/2024");
  });

  it("Tam Đường's plan implements Lai Châu's, and its tasks trace to the parent's", async () => {
    const noivu = actors.get("noivu.tamduong")!;
    const values = await getPlanFormValues(h.db, noivu, "tam-duong-par-2024");
    await updatePlan(h.db, noivu, "tam-duong-par-2024", { ...values, parentPlanCode: "lai-chau-447-2017" });
    const finance = await taskId("tam-duong-par-2024/2.1.5");
    // 447/KH-UBND appendix I.6.2: "Kịp thời bố trí nguồn lực tài chính cho công tác CCHC của tỉnh."
    const [parent] = await h.db.select({ id: s.tasks.id }).from(s.tasks).where(eq(s.tasks.title, "Kịp thời bố trí nguồn lực tài chính cho công tác CCHC của tỉnh."));
    await linkParentTask(h.db, noivu, finance, parent!.id);
    const child = await getTaskPage(h.db, noivu, finance, { today: "2026-11-22" });
    expect(child.parentTask?.id).toBe(parent!.id);
    const up = await getTaskPage(h.db, actors.get("snv.laichau")!, parent!.id, { today: "2026-11-22" });
    expect(up.implementingTasks.map((t) => t.id)).toEqual([finance]);
    // A task of another plan cannot be the parent.
    await expect(linkParentTask(h.db, noivu, finance, await taskId("quang-nam-5484-2023/1.1"))).rejects.toThrow("Nhiệm vụ cấp trên phải thuộc kế hoạch cấp trên.");
    // A department may not relink.
    await expect(linkParentTask(h.db, actors.get("taichinh.tamduong")!, finance, null)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("a plan cannot name another province's plan or unit, and old links across provinces show nothing", async () => {
    const snv = actors.get("snv.laichau")!;
    const base = { number: "99/KH-UBND", issuedOn: "", issuerCode: "lai-chau", title: "Kế hoạch thử phạm vi tham chiếu", kind: "improvement" as const, fromYear: 2025, toYear: 2025, parentPlanCode: "", reportingDeadline: "", reportToCode: "", summary: "" };
    await expect(createPlan(h.db, snv, { ...base, parentPlanCode: "quang-nam-5484-2023" })).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringMatching(/phạm vi/) });
    await expect(createPlan(h.db, snv, { ...base, reportToCode: "quang-nam.so-noi-vu" })).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringMatching(/phạm vi/) });
    await expect(
      saveTarget(h.db, snv, { unitCode: "lai-chau", year: 2025, componentKey: "tong", label: "Tăng hạng", printed: "Tăng hạng", scoreOp: "gt-previous-year", planCode: "quang-nam-5484-2023" }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringMatching(/phạm vi/) });

    // A link written before the check: the Lai Châu plan names the Quảng Nam plan, its task a Quảng Nam task.
    const { code } = await createPlan(h.db, snv, base);
    const quangNamPlan = (await h.db.select({ id: s.plans.id }).from(s.plans).where(eq(s.plans.code, "quang-nam-5484-2023")))[0]!.id;
    const mine = (await h.db.select({ id: s.plans.id }).from(s.plans).where(eq(s.plans.code, code)))[0]!.id;
    await h.db.update(s.plans).set({ parentPlanId: quangNamPlan }).where(eq(s.plans.id, mine));
    const lcTask = await taskId("lai-chau-447-2017/1.1").catch(async () => (await h.db.select({ id: s.tasks.id }).from(s.tasks).innerJoin(s.plans, eq(s.plans.id, s.tasks.planId)).where(eq(s.plans.code, "lai-chau-447-2017")))[0]!.id);
    const qnTask = await taskId("quang-nam-5484-2023/1.1");
    const [moved] = await h.db.update(s.tasks).set({ planId: mine, parentTaskId: qnTask }).where(eq(s.tasks.id, lcTask)).returning({ id: s.tasks.id });
    const page = await getTaskPage(h.db, snv, moved!.id, { today: "2026-11-22" });
    expect(page.parentPlanTasks).toEqual([]);
    expect(page.parentTask ?? null).toBeNull();
    await expect(linkParentTask(h.db, snv, moved!.id, qnTask)).rejects.toMatchObject({ code: "BAD_REQUEST" });
    const qn = actors.get("snv.quangnam")!;
    expect((await getTaskPage(h.db, qn, qnTask, { today: "2026-11-22" })).implementingTasks).toEqual([]);
    expect((await getPlanPage(h.db, qn, "quang-nam-5484-2023", { today: "2026-11-22" })).children.map((c) => c.code)).not.toContain(code);
  });
});
