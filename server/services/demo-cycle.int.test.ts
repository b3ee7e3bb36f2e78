import { TRPCClientError } from "@trpc/client";
import ExcelJS from "exceljs";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "../../db/client";
import * as s from "../../db/schema";
import { loadSeeds } from "../../seeds/load";
import type { Actor } from "../domain/permissions";
import { demoSessions, type ApiClient } from "../testing/clients";
import { createTestDb } from "../testing/db";
import { fixtureFrameworkXlsx } from "../testing/framework-fixture";
import { startApiServer } from "../testing/http";
import { loadActor } from "./actor";
import { resultsWorkbook, scoreSheetDocx } from "./cycle-exports";
import { openDemoCycle } from "./demo-cycle";
import { frameworkDetail, importFrameworkCriteria, updateCriterion } from "./frameworks";
import { cycleSurveyForms, saveSurveyForms } from "./survey-forms";
import { unitWhatIf } from "./what-if";

/**
 * The demo cycle of doc 004 (opened on a framework without criteria), the criteria imported into
 * it afterwards (TEST FIXTURE criteria), and what the cycle adds around the scores: phase windows
 * over HTTP, survey forms, the downloads and the what-if — each with who may and who may not.
 */

let h: DbHandle;
let api: Awaited<ReturnType<typeof startApiServer>>;
const c: Record<string, ApiClient> = {};
const actor: Record<string, Actor> = {};
const unit: Record<string, number> = {};
const crit: Record<string, number> = {};
let cycleId = 0;

const code = async (p: Promise<unknown>) => {
  try {
    await p;
    return "OK";
  } catch (e) {
    if (e instanceof TRPCClientError) return (e.data as { code?: string } | undefined)?.code ?? "ERROR";
    return (e as { code?: string }).code ?? "ERROR";
  }
};
const message = async (p: Promise<unknown>) => {
  try {
    await p;
    return "OK";
  } catch (e) {
    return (e as Error).message;
  }
};
const on = (date: string) => (process.env.APP_TODAY = date);
const USERS = ["noivu.tamduong", "xa.banbo", "xa.binhlu", "thamdinh.tuphap", "thamdinh.vanphong", "lanhdao.tamduong"];

beforeAll(async () => {
  h = await createTestDb();
  await loadSeeds(h.db);
  api = await startApiServer(h.db);
  const sessions = await demoSessions(h.db, api.url);
  for (const u of USERS) {
    c[u] = await sessions.client(u);
    const [row] = await h.db.select({ id: s.users.id }).from(s.users).where(eq(s.users.username, u));
    actor[u] = (await loadActor(h.db, row!.id))!;
  }
  for (const u of await h.db.select({ id: s.units.id, code: s.units.code }).from(s.units)) unit[u.code.split(".").pop()!] = u.id;
}, 120_000);

afterAll(async () => {
  delete process.env.APP_TODAY;
  await api?.close();
  await h?.close();
});

describe("the demo cycle of doc 004", () => {
  it("opens for the 14 communes with the plan's deadlines and two council offices, on a framework without criteria", async () => {
    cycleId = (await openDemoCycle(h.db))!;
    expect(cycleId).toBeGreaterThan(0);
    expect(await openDemoCycle(h.db)).toBeNull();
    on("2024-12-01");
    const form = await c["xa.banbo"]!.cycles.assessment.query({ cycleId, unitId: unit["xa-ban-bo"] });
    expect(form.cycle.frameworkDecision).toContain("8802/QĐ-UBND");
    expect(form.items).toEqual([]);
    expect(Object.fromEntries(form.windows.map((w) => [w.phase, w.dueOn]))).toMatchObject({ "self-assessment": "2024-12-15", survey: "2024-12-31", appraisal: "2025-01-10", announcement: "2025-01-31" });
    const units = await h.db.select().from(s.cycleUnits).where(eq(s.cycleUnits.cycleId, cycleId));
    expect(units).toHaveLength(14);
    const council = await h.db.select({ key: s.councilAssignments.componentKey, unitId: s.councilAssignments.unitId }).from(s.councilAssignments).where(eq(s.councilAssignments.cycleId, cycleId));
    expect(council).toEqual(expect.arrayContaining([{ key: "the-che", unitId: unit["phong-tu-phap"] }, { key: "thu-tuc-hanh-chinh", unitId: unit["van-phong-hdnd-ubnd"] }]));
    // No criteria: nothing to submit, and no score invented anywhere.
    expect(await message(c["xa.banbo"]!.cycles.submit.mutate({ cycleId, unitId: unit["xa-ban-bo"]!, version: form.unit.version }))).toContain("chưa có tiêu chí");
    expect(await h.db.select().from(s.assessments)).toHaveLength(0);
  });

  it("Home Affairs imports the criteria into the cycle's framework; the council keeps the components that remain", async () => {
    const [cycle] = await h.db.select({ frameworkId: s.cycles.frameworkId }).from(s.cycles).where(eq(s.cycles.id, cycleId));
    const file = { name: "bo-chi-so-thu-nghiem.xlsx", bytes: await fixtureFrameworkXlsx() };
    expect(await code(importFrameworkCriteria(h.db, actor["xa.banbo"]!, cycle!.frameworkId, file))).toBe("FORBIDDEN");
    const r = await importFrameworkCriteria(h.db, actor["noivu.tamduong"]!, cycle!.frameworkId, file);
    expect(r).toMatchObject({ ok: true, components: 2, criteria: 6 });
    expect(await code(importFrameworkCriteria(h.db, actor["noivu.tamduong"]!, cycle!.frameworkId, file))).toBe("CONFLICT");
    const council = await h.db.select({ key: s.councilAssignments.componentKey }).from(s.councilAssignments).where(eq(s.councilAssignments.cycleId, cycleId));
    expect(council).toEqual([{ key: "the-che" }]);
    for (const row of await h.db.select({ id: s.criteria.id, title: s.criteria.title }).from(s.criteria)) crit[row.title.replace(" (thử nghiệm)", "")] = row.id;
    const results = await c["noivu.tamduong"]!.cycles.results.query({ cycleId });
    await c["noivu.tamduong"]!.cycles.updateSetup.mutate({ cycleId, version: results.cycle.version, council: [{ componentKey: "the-che", unitId: unit["phong-tu-phap"]! }, { componentKey: "chi-dao-dieu-hanh", unitId: unit["van-phong-hdnd-ubnd"]! }] });
  });

  it("a criterion is edited in the app until a unit scores it", async () => {
    const edit = { criterionId: crit["Rà soát văn bản QPPL"]!, title: "Rà soát văn bản QPPL (thử nghiệm)", max: 3, scoring: "range", steps: null, evidence: null, appraiser: "Phòng Tư pháp" };
    expect(await code(updateCriterion(h.db, actor["xa.banbo"]!, edit))).toBe("FORBIDDEN");
    expect(await message(updateCriterion(h.db, actor["noivu.tamduong"]!, { ...edit, scoring: "steps", steps: [0, 4] }))).toContain("không được vượt điểm tối đa");
    await updateCriterion(h.db, actor["noivu.tamduong"]!, edit);
    const [cycle] = await h.db.select({ frameworkId: s.cycles.frameworkId }).from(s.cycles).where(eq(s.cycles.id, cycleId));
    const detail = await frameworkDetail(h.db, actor["noivu.tamduong"]!, cycle!.frameworkId);
    const law = detail.components.flatMap((c) => c.criteria).find((k) => k.id === crit["Rà soát văn bản QPPL"]);
    expect([law?.evidenceRequired, law?.appraiserPrinted, law?.scored, detail.mayEdit]).toEqual([null, "Phòng Tư pháp", false, true]);
  });

  it("two communes self-score and submit", async () => {
    for (const [user, code_, scores] of [
      ["xa.banbo", "xa-ban-bo", [1, 2, 1, 3]],
      ["xa.binhlu", "xa-binh-lu", [0.5, 1, 1, 2]],
    ] as const) {
      const me = { cycleId, unitId: unit[code_]! };
      let { version } = (await c[user]!.cycles.assessment.query(me)).unit;
      const titles = ["Ban hành kế hoạch CCHC năm", "Đủ số lượng báo cáo", "Đúng thời hạn", "Rà soát văn bản QPPL"];
      for (const [i, title] of titles.entries()) ({ version } = await c[user]!.cycles.saveSelf.mutate({ ...me, criterionId: crit[title]!, score: scores[i]!, note: null, version }));
      for (const title of titles.slice(0, 2)) ({ version } = await c[user]!.cycles.addEvidence.mutate({ ...me, criterionId: crit[title]!, version, document: { docNumber: "12/KH-UBND", docDate: "", docIssuer: "UBND xã", title: "" } }));
      expect(await c[user]!.cycles.submit.mutate({ ...me, version })).toEqual({ late: false });
    }
    const edit = { criterionId: crit["Rà soát văn bản QPPL"]!, title: "Rà soát", max: 3, scoring: "range", steps: null, evidence: null, appraiser: null };
    expect(await code(updateCriterion(h.db, actor["noivu.tamduong"]!, edit))).toBe("CONFLICT");
  });

  it("appraisal: only the assigned office, and nobody once the appraisal and explanation windows have closed", async () => {
    on("2025-01-05");
    const me = { cycleId, unitId: unit["xa-ban-bo"]! };
    const form = await c["thamdinh.vanphong"]!.cycles.assessment.query(me);
    const reports = form.items.find((i) => i.criterionId === crit["Đủ số lượng báo cáo"])!;
    expect(await code(c["thamdinh.tuphap"]!.cycles.appraise.mutate({ ...me, criterionId: reports.criterionId, score: 1, remark: "x", version: reports.assessmentVersion! }))).toBe("FORBIDDEN");
    await c["thamdinh.vanphong"]!.cycles.appraise.mutate({ ...me, criterionId: reports.criterionId, score: 1, remark: "Thiếu báo cáo quý IV", version: reports.assessmentVersion! });
    on("2025-01-11");
    const other = { cycleId, unitId: unit["xa-binh-lu"]! };
    const f2 = await c["thamdinh.vanphong"]!.cycles.assessment.query(other);
    const timely = f2.items.find((i) => i.criterionId === crit["Đúng thời hạn"])!;
    expect(timely.mayAppraise).toBe(false);
    expect(await message(c["thamdinh.vanphong"]!.cycles.appraise.mutate({ ...other, criterionId: timely.criterionId, score: 1, remark: null, version: timely.assessmentVersion! }))).toContain("Đã hết thời hạn thẩm định");
    const mine = (await c["xa.banbo"]!.cycles.assessment.query(me)).items.find((i) => i.criterionId === crit["Đủ số lượng báo cáo"])!;
    expect(await message(c["xa.banbo"]!.cycles.explain.mutate({ ...me, criterionId: mine.criterionId, reply: "Đã gửi", version: mine.assessmentVersion! }))).toContain("Đã hết thời hạn giải trình");
    expect(await message(c["xa.binhlu"]!.cycles.saveSelf.mutate({ ...other, criterionId: timely.criterionId, score: 0, note: null, version: 99 }))).toMatch(/khóa|hết thời hạn/);
  });

  it("survey forms: planned and returned counts, kept by Home Affairs in the survey window", async () => {
    const forms = [{ id: null, code: "CC-ND", respondents: "Người dân", method: "direct" as const, planned: 120, returned: 96 }];
    on("2024-12-20");
    expect(await code(saveSurveyForms(h.db, actor["xa.banbo"]!, { cycleId, forms }, "2024-12-20"))).toBe("FORBIDDEN");
    await saveSurveyForms(h.db, actor["noivu.tamduong"]!, { cycleId, forms }, "2024-12-20");
    expect(await code(saveSurveyForms(h.db, actor["noivu.tamduong"]!, { cycleId, forms: [...forms, { ...forms[0]!, code: "cc-nd" }] }, "2024-12-20"))).toBe("BAD_REQUEST");
    expect(await code(saveSurveyForms(h.db, actor["noivu.tamduong"]!, { cycleId, forms }, "2025-01-05"))).toBe("FORBIDDEN");
    const [cycle] = await h.db.select({ planId: s.cycles.planId }).from(s.cycles).where(eq(s.cycles.id, cycleId));
    expect((await cycleSurveyForms(h.db, cycle!.planId)).map((f) => [f.code, f.planned, f.returned])).toEqual([["CC-ND", 120, 96]]);
  });

  it("downloads: the results workbook (numbers as numbers) and a unit's score sheet, each for those who may read them", async () => {
    expect(await code(resultsWorkbook(h.db, actor["xa.banbo"]!, cycleId, "2025-01-11"))).toBe("FORBIDDEN");
    const file = await resultsWorkbook(h.db, actor["noivu.tamduong"]!, cycleId, "2025-01-11");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(file.bytes) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet("Kết quả")!;
    const row = ws.getRow(5);
    expect(row.getCell(1).value).toBe(1);
    expect(row.getCell(2).value).toBe("UBND xã Bản Bo");
    // Bản Bo: 1 + 1 (appraised) + 1 + 3 = 6 points; the total column is a number.
    expect(row.getCell(5).value).toBe(6);
    expect(typeof row.getCell(7).value).toBe("number");
    expect(await code(scoreSheetDocx(h.db, actor["xa.binhlu"]!, cycleId, unit["xa-ban-bo"]!, "2025-01-11"))).toBe("FORBIDDEN");
    const sheet = await scoreSheetDocx(h.db, actor["xa.banbo"]!, cycleId, unit["xa-ban-bo"]!, "2025-01-11");
    expect(Buffer.from(sheet.bytes.slice(0, 2)).toString()).toBe("PK");
    expect(sheet.fileName).toBe("bang-diem-xa-ban-bo-2024.docx");
    expect((await scoreSheetDocx(h.db, actor["thamdinh.tuphap"]!, cycleId, unit["xa-ban-bo"]!, "2025-01-11")).bytes.length).toBeGreaterThan(1000);
  });

  it("what-if: the points a lost criterion would win back, against the component's target and the peers", async () => {
    await h.db.insert(s.targets).values({ unitId: unit["xa-ban-bo"]!, year: 2025, componentKey: "chi-dao-dieu-hanh", label: "Chỉ đạo điều hành", scoreOp: "gte", scoreValue: 90, scoreUnit: "percent", printed: "Đạt từ 90 % trở lên (thử nghiệm)" });
    const none = await unitWhatIf(h.db, actor["xa.banbo"]!, "lai-chau.tam-duong.xa-ban-bo", 2024, new Set());
    const p = none.projection!;
    expect(none.targetYear).toBe(2025);
    expect(p.offTarget).toEqual(["chi-dao-dieu-hanh"]);
    expect(p.components.find((x) => x.key === "chi-dao-dieu-hanh")).toMatchObject({ points: 3, max: 4, onTable: 1, verdictNow: "not-met", verdictAll: "met" });
    const ticked = await unitWhatIf(h.db, actor["xa.banbo"]!, "lai-chau.tam-duong.xa-ban-bo", 2024, new Set([crit["Đủ số lượng báo cáo"]!]));
    expect(ticked.projection!.components.find((x) => x.key === "chi-dao-dieu-hanh")).toMatchObject({ projected: 4, verdictTicked: "met" });
    expect(ticked.projection!.total).toMatchObject({ points: 6, projected: 7 });
    expect(ticked.projection!.rank).toEqual({ now: { rank: 1, of: 2 }, projected: { rank: 1, of: 2 } });
    expect(await code(unitWhatIf(h.db, actor["xa.binhlu"]!, "lai-chau.tam-duong.xa-ban-bo", 2024, new Set()))).toBe("FORBIDDEN");
  });
});
