import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "../../db/client";
import * as s from "../../db/schema";
import { loadSeeds } from "../../seeds/load";
import { syncDemoAccounts } from "../auth/demo";
import { createTestDb } from "../testing/db";
import { loadActor, type SessionUser } from "./actor";
import { buildReport, getReportDraft, saveReportDraft } from "./reports";
import { reportOnTask } from "./tasks";

let h: DbHandle;
const actors = new Map<string, SessionUser>();
const TODAY = "2026-11-22";
const req = { planCode: "tam-duong-par-2024", year: 2024, period: "nam" as const };

beforeAll(async () => {
  h = await createTestDb();
  await loadSeeds(h.db);
  await syncDemoAccounts(h.db, true);
  for (const u of await h.db.select({ id: s.users.id, username: s.users.username }).from(s.users)) actors.set(u.username, (await loadActor(h.db, u.id))!);
});
afterAll(async () => {
  await h?.close();
});

describe("the year-end report of Tam Đường's 2024 plan", () => {
  it("has the plan's component table: 2023 score and rank, the 2024 target, no 2024 result yet", async () => {
    const r = await buildReport(h.db, actors.get("noivu.tamduong")!, req, TODAY);
    expect(r.issuer).toEqual({ parentName: "UBND tỉnh Lai Châu", name: "UBND huyện Tam Đường" });
    expect(r.period).toMatchObject({ label: "Năm", from: "2023-12-15", to: "2024-12-14" });
    expect(r.components).toHaveLength(10);
    expect(r.components[0]).toMatchObject({
      ordinal: 1,
      name: "Công tác chỉ đạo, điều hành cải cách hành chính",
      previousYear: 2023,
      previousScore: 70.52,
      previousRank: 4,
      targetPrinted: "Trên 75%",
      targetRankPrinted: "3",
      resultScore: null,
      verdict: "no-data",
    });
    expect(r.components.at(-1)).toMatchObject({ name: "Tổng cộng", isTotal: true, previousScore: 76.17, targetPrinted: "Trên 80%" });
    expect(r.recipients[0]).toBe("Sở Nội vụ tỉnh Lai Châu");
    expect(r.flags.some((f) => f.reason.includes("36,3 %"))).toBe(true);
  });

  it("counts tasks by lead unit as of the cut-off, and lists the evidence received", async () => {
    const [task] = await h.db.select({ id: s.tasks.id, version: s.tasks.version }).from(s.tasks).where(eq(s.tasks.seedKey, "tam-duong-par-2024/2.1.5"));
    await reportOnTask(h.db, actors.get("taichinh.tamduong")!, { taskId: task!.id, expectedVersion: task!.version, status: "hoan-thanh", progress: 100, report: "Xong" }, [
      { kind: "document", docNumber: "125/BC-TCKH", docDate: "05/11/2024", docIssuer: "Phòng Tài chính - Kế hoạch", title: "" },
    ]);
    // The update was made today (2026), after the 2024 cut-off: a report as of 14/12/2024 must not count it.
    const r2024 = await buildReport(h.db, actors.get("noivu.tamduong")!, req, TODAY);
    expect(r2024.evidence).toEqual([]);
    const finance = r2024.byLead.find((l) => l.unitName === "Phòng Tài chính - Kế hoạch")!;
    expect(finance.total).toBe(2);
    // A 2026 report on a 2026 plan year would list it; the evidence query is bounded by the cut-off only.
    const [e] = await h.db.select({ docNumber: s.evidence.docNumber }).from(s.evidence).where(eq(s.evidence.taskId, task!.id));
    expect(e!.docNumber).toBe("125/BC-TCKH");
  });

  it("keeps the officer's draft sections, and refuses to overwrite a newer draft", async () => {
    const noivu = actors.get("noivu.tamduong")!;
    const sections = { danhGiaChung: "Năm 2024 các cơ quan đã triển khai đầy đủ.", tonTai: "Cải cách tài chính công còn thấp.", nhiemVuGiaiPhap: "", deXuat: "" };
    const { version } = await saveReportDraft(h.db, noivu, { ...req, number: "215/BC-UBND", sections, expectedVersion: 0 });
    expect(version).toBe(1);
    expect(await getReportDraft(h.db, noivu, req)).toMatchObject({ number: "215/BC-UBND", sections, version: 1 });
    await expect(saveReportDraft(h.db, noivu, { ...req, sections, expectedVersion: 0 })).rejects.toMatchObject({ code: "CONFLICT" });
    const r = await buildReport(h.db, noivu, req, TODAY);
    expect(r.number).toBe("215/BC-UBND");
    expect(r.sections.tonTai).toBe("Cải cách tài chính công còn thấp.");
  });

  it("is compiled by Home Affairs only, within their government", async () => {
    await expect(buildReport(h.db, actors.get("lanhdao.tamduong")!, req, TODAY)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(buildReport(h.db, actors.get("snv.quangnam")!, req, TODAY)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(buildReport(h.db, actors.get("snv.laichau")!, req, TODAY)).resolves.toMatchObject({ issuer: { name: "UBND huyện Tam Đường" } });
  });

  it("bad input is refused in Vietnamese", async () => {
    await expect(buildReport(h.db, actors.get("noivu.tamduong")!, { ...req, period: "quy-5" as "nam" }, TODAY)).rejects.toThrow("Kỳ báo cáo không hợp lệ.");
  });
});
