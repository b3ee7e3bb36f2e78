import { eq, inArray } from "drizzle-orm";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "../../db/client";
import * as s from "../../db/schema";
import { loadSeeds } from "../../seeds/load";
import { syncDemoAccounts } from "../auth/demo";
import { renderReportDocx } from "../reports/docx";
import { renderReportXlsx } from "../reports/xlsx";
import { createTestDb } from "../testing/db";
import { documentXml, tables } from "../testing/docx-read";
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
    // A district's People's Committee heads its report alone (NĐ 30/2020 Phụ lục I), not under the province.
    expect(r.issuer).toEqual({ kind: "government", parentName: null, name: "UBND huyện Tam Đường", government: "UBND huyện Tam Đường", homeAffairs: "Phòng Nội vụ" });
    expect(r.numberSuffix).toBe("BC-UBND");
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
    expect(r.components.at(-1)).toMatchObject({ name: "Chỉ số CCHC", isTotal: true, previousScore: 76.17, targetPrinted: "Trên 80%" });
    expect(r.recipients[0]).toBe("Sở Nội vụ tỉnh Lai Châu");
    expect(r.flags.some((f) => f.reasons.some((reason) => reason.includes("36,3 %")))).toBe(true);
    // One entry per component.
    expect(new Set(r.flags.map((f) => f.component)).size).toBe(r.flags.length);
    // No issue date chosen yet: the date line is left blank rather than dated today (2026).
    expect(r.date).toBeNull();
  });

  it("counts each of the plan's 15 tasks once; the overdue count is the overdue list; not started is not in progress", async () => {
    const r = await buildReport(h.db, actors.get("noivu.tamduong")!, req, TODAY);
    expect(r.cutoff).toEqual({ date: "2024-12-14", laterUpdates: 0, laterEvidence: 0 });
    expect(r.tasks).toHaveLength(15);
    expect(r.totals.total).toBe(15);
    expect(r.totals.overdue).toBe(r.overdue.length);
    // The seven assignments fall due with the report (10/12/2024); the eight solutions have no date.
    expect(r.overdue).toHaveLength(7);
    expect(r.totals).toMatchObject({ notStarted: 8, inProgress: 0, doneOnTime: 0 });
    // Task 6 is co-led by Phòng Văn hóa và Thông tin and Văn phòng HĐND - UBND: it appears under both.
    expect(r.byLead.reduce((n, l) => n + l.total, 0)).toBe(16);
    expect(r.byLead.find((l) => l.unitName === "Các cơ quan, đơn vị, địa phương")).toMatchObject({ total: 8, notStarted: 8 });
    expect(r.tasks.every((t) => t.status === "Chưa thực hiện" && t.progress === 0 && t.evidenceCount === 0 && t.lastUpdate === null)).toBe(true);
    expect(r.overdue.every((t) => t.status === "Chưa thực hiện")).toBe(true);
  });

  it("rests every figure on the period end: what was filed by 14/12/2024 counts, what came later does not", async () => {
    const finance = actors.get("taichinh.tamduong")!;
    const [task] = await h.db.select({ id: s.tasks.id, version: s.tasks.version, title: s.tasks.title }).from(s.tasks).where(eq(s.tasks.seedKey, "tam-duong-par-2024/2.1.5"));
    // 05/11/2024: in progress, with a document.
    const inPeriod = await reportOnTask(
      h.db,
      finance,
      { taskId: task!.id, expectedVersion: task!.version, status: "dang-thuc-hien", progress: 70, report: "Đã trình dự toán" },
      [{ kind: "document", docNumber: "125/BC-TCKH", docDate: "05/11/2024", docIssuer: "Phòng Tài chính - Kế hoạch", title: "" }],
    );
    const filedOn = new Date("2024-11-05T10:00:00+07:00");
    await h.db.update(s.taskUpdates).set({ createdAt: filedOn }).where(eq(s.taskUpdates.id, inPeriod.updateId));
    await h.db.update(s.evidence).set({ addedAt: filedOn }).where(inArray(s.evidence.id, inPeriod.evidenceIds));
    // Today (2026): done, with two more documents. The task row now says "Hoàn thành".
    await reportOnTask(h.db, finance, { taskId: task!.id, expectedVersion: inPeriod.version, status: "hoan-thanh", progress: 100, report: "Xong" }, [
      { kind: "document", docNumber: "130/BC-TCKH", docDate: "20/11/2026", docIssuer: "Phòng Tài chính - Kế hoạch", title: "" },
      { kind: "document", docNumber: "131/BC-TCKH", docDate: "20/11/2026", docIssuer: "Phòng Tài chính - Kế hoạch", title: "" },
    ]);

    const r = await buildReport(h.db, actors.get("noivu.tamduong")!, req, TODAY);
    expect(r.cutoff).toEqual({ date: "2024-12-14", laterUpdates: 1, laterEvidence: 2 });
    expect(r.tasks.find((t) => t.title === task!.title)).toMatchObject({ status: "Đang thực hiện", progress: 70, evidenceCount: 1, lastUpdate: "2024-11-05", overdue: true });
    // The evidence filed in the period is listed as received, with the status of that day beside it.
    expect(r.evidence).toEqual([{ taskOrdinal: "5", taskTitle: task!.title, items: ["Văn bản số 125/BC-TCKH ngày 05/11/2024 của Phòng Tài chính - Kế hoạch"] }]);
    expect(r.overdue.find((t) => t.title === task!.title)?.status).toBe("Đang thực hiện");
    expect(r.byLead.find((l) => l.unitName === "Phòng Tài chính - Kế hoạch")).toMatchObject({ total: 2, overdue: 2, doneOnTime: 0 });
    expect(r.totals).toMatchObject({ total: 15, overdue: 7, inProgress: 0, notStarted: 8 });
    expect(r.totals.overdue).toBe(r.overdue.length);

    // A quarter-I report of 2025 is past this plan's year-end: it sees everything filed up to 14/03/2025 only.
    const later = await buildReport(h.db, actors.get("noivu.tamduong")!, { ...req, period: "quy-1" as const, year: 2025 }, TODAY);
    expect(later.cutoff.date).toBe("2025-03-14");
  });

  it("leaves out tasks that did not exist yet at the cut-off and counts all that was filed on them as later", async () => {
    const [plan] = await h.db.select({ id: s.plans.id, issuedOn: s.plans.issuedOn }).from(s.plans).where(eq(s.plans.code, req.planCode));
    const ids = (await h.db.select({ id: s.tasks.id }).from(s.tasks).where(eq(s.tasks.planId, plan!.id))).map((t) => t.id);
    const updates = await h.db.$count(s.taskUpdates, inArray(s.taskUpdates.taskId, ids));
    const evidence = await h.db.$count(s.evidence, inArray(s.evidence.taskId, ids));
    // Issued in July: on 14/03/2024 none of its tasks existed (their rows were written in 2026).
    await h.db.update(s.plans).set({ issuedOn: "2024-07-15" }).where(eq(s.plans.id, plan!.id));
    try {
      const r = await buildReport(h.db, actors.get("noivu.tamduong")!, { ...req, period: "quy-1" as const }, TODAY);
      expect(r.cutoff).toEqual({ date: "2024-03-14", laterUpdates: updates, laterEvidence: evidence });
      expect(r.tasks).toEqual([]);
      expect(r.totals.total).toBe(0);
    } finally {
      await h.db.update(s.plans).set({ issuedOn: plan!.issuedOn }).where(eq(s.plans.id, plan!.id));
    }
  });

  it("writes the same figures into the .docx and the .xlsx, which read back with 15 tasks", async () => {
    const r = await buildReport(h.db, actors.get("noivu.tamduong")!, req, TODAY);
    const all = tables(await documentXml(await renderReportDocx(r)));
    const leads = all.find((t) => t[0]?.[0] === "Đơn vị chủ trì")!;
    expect(leads.at(-1)!.slice(0, 2)).toEqual(["Tổng cộng", "15"]);
    expect(leads.at(-1)![6]).toBe(String(r.overdue.length));
    const list = all.find((t) => t[0]?.[6] === "Cập nhật gần nhất")!;
    expect(list).toHaveLength(1 + 15);
    expect(list.slice(1).map((row) => row[3])).toEqual(r.tasks.map((t) => t.status));
    const overdue = all.find((t) => t[0]?.join("|") === "TT|Nhiệm vụ|Đơn vị chủ trì|Hạn|Trạng thái")!;
    expect(overdue).toHaveLength(1 + Number(leads.at(-1)![6]));

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await renderReportXlsx(r)) as unknown as ExcelJS.Buffer);
    const byLead = wb.getWorksheet("Nhiệm vụ theo đơn vị")!;
    let totalRow: ExcelJS.Row | null = null;
    byLead.eachRow((row) => {
      if (row.getCell(1).value === "Tổng cộng") totalRow = row;
    });
    expect(totalRow!.getCell(2).value).toBe(15);
    const overdueSheet = wb.getWorksheet("Nhiệm vụ quá hạn")!;
    expect(overdueSheet.rowCount - 4).toBe(totalRow!.getCell(7).value);
    const tasksSheet = wb.getWorksheet("Danh mục nhiệm vụ")!;
    const numbered: unknown[] = [];
    tasksSheet.eachRow((row, n) => {
      if (n > 4 && typeof row.getCell(1).value === "number") numbered.push(row.getCell(1).value);
    });
    expect(numbered).toHaveLength(15);
  });

  it("keeps the officer's draft sections, and refuses to overwrite a newer draft", async () => {
    const noivu = actors.get("noivu.tamduong")!;
    const sections = { danhGiaChung: "Năm 2024 các cơ quan đã triển khai đầy đủ.", tonTai: "Cải cách tài chính công còn thấp.", nhiemVuGiaiPhap: "", deXuat: "" };
    const { version } = await saveReportDraft(h.db, noivu, { ...req, number: "215/BC-UBND", sections, expectedVersion: 0 }, TODAY);
    expect(version).toBe(1);
    expect(await getReportDraft(h.db, noivu, req)).toMatchObject({ number: "215/BC-UBND", sections, version: 1 });
    await expect(saveReportDraft(h.db, noivu, { ...req, sections, expectedVersion: 0 }, TODAY)).rejects.toMatchObject({ code: "CONFLICT" });
    const r = await buildReport(h.db, noivu, req, TODAY);
    expect(r.number).toBe("215/BC-UBND");
    expect(r.sections.tonTai).toBe("Cải cách tài chính công còn thấp.");
  });

  it("keeps the issue date and the issuing body; saving the same draft again writes nothing; a bad date is refused", async () => {
    const noivu = actors.get("noivu.tamduong")!;
    const current = await getReportDraft(h.db, noivu, req);
    const base = { ...req, number: current.number, sections: current.sections, expectedVersion: current.version };
    await expect(saveReportDraft(h.db, noivu, { ...base, issuedOn: "31/02/2024" }, TODAY)).rejects.toThrow("Ngày ban hành không hợp lệ.");
    await expect(saveReportDraft(h.db, noivu, { ...base, issuedOn: "01/12/2023" }, TODAY)).rejects.toThrow("Ngày ban hành không thể trước ngày bắt đầu kỳ báo cáo (15/12/2023).");
    await expect(saveReportDraft(h.db, noivu, { ...base, issuedOn: "01/01/2027" }, TODAY)).rejects.toThrow("Ngày ban hành không thể sau ngày hôm nay.");
    const saved = await saveReportDraft(h.db, noivu, { ...base, issuedOn: "16/12/2024", issuedBy: "home-affairs" }, TODAY);
    expect(saved).toEqual({ version: current.version + 1, saved: true });
    const again = await saveReportDraft(h.db, noivu, { ...base, expectedVersion: saved.version, issuedOn: "2024-12-16", issuedBy: "home-affairs" }, TODAY);
    expect(again).toEqual({ version: saved.version, saved: false });

    const r = await buildReport(h.db, noivu, req, TODAY);
    expect(r.date).toBe("2024-12-16");
    expect(r.issuer).toEqual({ kind: "home-affairs", parentName: "UBND huyện Tam Đường", name: "Phòng Nội vụ", government: "UBND huyện Tam Đường", homeAffairs: "Phòng Nội vụ" });
    expect(r.numberSuffix).toBe("BC-NV");
    expect(r.signer.title).toBe("TRƯỞNG PHÒNG");
    expect(r.recipients[0]).toBe("UBND huyện Tam Đường (b/c)");
    // Back to the People's Committee for the other tests.
    await saveReportDraft(h.db, noivu, { ...base, expectedVersion: saved.version, issuedOn: "16/12/2024", issuedBy: "government" }, TODAY);
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
