import { TRPCClientError } from "@trpc/client";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "../../db/client";
import * as s from "../../db/schema";
import { loadSeeds } from "../../seeds/load";
import { loadActor } from "../services/actor";
import { importFramework } from "../services/frameworks";
import { demoSessions, type ApiClient } from "../testing/clients";
import { createTestDb } from "../testing/db";
import { fixtureFrameworkXlsx } from "../testing/framework-fixture";
import { startApiServer } from "../testing/http";

/**
 * The 2024 commune cycle of doc 004 over HTTP with real sessions, on the TEST FIXTURE framework:
 * open, self-assess, submit, appraise, explain, settle, survey, approve, publish, points lost.
 * The date moves with APP_TODAY, as the cycle's phases do.
 */

let h: DbHandle;
let api: Awaited<ReturnType<typeof startApiServer>>;
const c: Record<string, ApiClient> = {};
let cycleId = 0;
const crit: Record<string, number> = {};
const unit: Record<string, number> = {};

const code = async (p: Promise<unknown>) => {
  try {
    await p;
    return "OK";
  } catch (e) {
    if (e instanceof TRPCClientError) return (e.data as { code?: string } | undefined)?.code ?? "ERROR";
    throw e;
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

beforeAll(async () => {
  h = await createTestDb();
  await loadSeeds(h.db);
  api = await startApiServer(h.db);
  const sessions = await demoSessions(h.db, api.url);
  for (const u of ["noivu.tamduong", "xa.banbo", "xa.binhlu", "thamdinh.tuphap", "thamdinh.vanphong", "lanhdao.tamduong", "snv.quangnam"]) c[u] = await sessions.client(u);
  const [nv] = await h.db.select({ id: s.users.id }).from(s.users).where(eq(s.users.username, "noivu.tamduong"));
  const actor = (await loadActor(h.db, nv!.id))!;
  const imported = await importFramework(
    h.db,
    actor,
    { code: "thu-nghiem-xa", name: "Bộ chỉ số THỬ NGHIỆM (kiểm thử)", level: "commune", fromYear: 2024, decision: "Quyết định thử nghiệm số 0/QĐ-TEST" },
    { name: "bo-chi-so-thu-nghiem.xlsx", bytes: await fixtureFrameworkXlsx() },
  );
  expect(imported.errors).toEqual([]);
  const rows = await h.db.select({ id: s.criteria.id, title: s.criteria.title }).from(s.criteria);
  for (const r of rows) crit[r.title.replace(" (thử nghiệm)", "")] = r.id;
  for (const u of await h.db.select({ id: s.units.id, code: s.units.code }).from(s.units)) unit[u.code.split(".").pop()!] = u.id;
}, 120_000);

afterAll(async () => {
  delete process.env.APP_TODAY;
  await api?.close();
  await h?.close();
});

describe("the commune cycle over HTTP", () => {
  it("only Home Affairs opens the cycle; deadlines come from the plan's tasks", async () => {
    on("2024-11-20");
    const fw = (await c["noivu.tamduong"]!.cycles.frameworks.query()).find((f) => f.code === "thu-nghiem-xa")!;
    const council = [
      { componentKey: "chi-dao-dieu-hanh", unitId: unit["phong-tu-phap"]! },
      { componentKey: "the-che", unitId: unit["van-phong-hdnd-ubnd"]! },
    ];
    const input = { planCode: "tam-duong-xa-cycle-2024", frameworkId: fw.id, council };
    expect(await code(c["xa.banbo"]!.cycles.open.mutate(input))).toBe("FORBIDDEN");
    expect(await code(c["snv.quangnam"]!.cycles.open.mutate(input))).toBe("FORBIDDEN");
    ({ cycleId } = await c["noivu.tamduong"]!.cycles.open.mutate(input));
    expect(await code(c["noivu.tamduong"]!.cycles.open.mutate(input))).toBe("CONFLICT");
    const form = await c["xa.banbo"]!.cycles.assessment.query({ cycleId, unitId: unit["xa-ban-bo"] });
    expect(Object.fromEntries(form.windows.map((w) => [w.phase, w.dueOn]))).toMatchObject({ "self-assessment": "2024-12-15", survey: "2024-12-31", appraisal: "2025-01-10", compilation: "2025-01-15", approval: "2025-01-20", announcement: "2025-01-31" });
    expect(form.items.filter((i) => i.isLeaf).map((i) => [i.title, i.max])).toEqual([
      ["Ban hành kế hoạch CCHC năm (thử nghiệm)", 1],
      ["Đủ số lượng báo cáo (thử nghiệm)", 2],
      ["Đúng thời hạn (thử nghiệm)", 1],
      ["Rà soát văn bản QPPL (thử nghiệm)", 3],
      ["Mức độ hài lòng (thử nghiệm)", 2],
    ]);
    expect(form.completeness).toMatchObject({ total: 4, scored: 0 });
  });

  it("a commune cannot read or write another commune's assessment", async () => {
    const other = { cycleId, unitId: unit["xa-binh-lu"]! };
    expect(await code(c["xa.banbo"]!.cycles.assessment.query(other))).toBe("FORBIDDEN");
    expect(await code(c["xa.banbo"]!.cycles.saveSelf.mutate({ ...other, criterionId: crit["Rà soát văn bản QPPL"], score: 3, note: null, version: 1 }))).toBe("FORBIDDEN");
    expect(await h.db.select().from(s.assessments)).toHaveLength(0);
  });

  it("scores are checked against maximum and steps; the draft saves with a version check", async () => {
    const me = { cycleId, unitId: unit["xa-ban-bo"]! };
    expect(await message(c["xa.banbo"]!.cycles.saveSelf.mutate({ ...me, criterionId: crit["Ban hành kế hoạch CCHC năm"], score: 0.75, note: null, version: 1 }))).toContain("một trong các mức: 0; 0,5; 1");
    expect(await message(c["xa.banbo"]!.cycles.saveSelf.mutate({ ...me, criterionId: crit["Rà soát văn bản QPPL"], score: 3.5, note: null, version: 1 }))).toContain("vượt quá điểm tối đa 3");
    expect(await message(c["xa.banbo"]!.cycles.saveSelf.mutate({ ...me, criterionId: crit["Mức độ hài lòng"], score: 1, note: null, version: 1 }))).toContain("điều tra xã hội học");
    let { version } = await c["xa.banbo"]!.cycles.saveSelf.mutate({ ...me, criterionId: crit["Ban hành kế hoạch CCHC năm"], score: 1, note: "Đã ban hành", version: 1 });
    expect(await code(c["xa.banbo"]!.cycles.saveSelf.mutate({ ...me, criterionId: crit["Đúng thời hạn"], score: 1, note: null, version: 1 }))).toBe("CONFLICT");
    for (const [title, score] of [["Đủ số lượng báo cáo", 2], ["Đúng thời hạn", 1], ["Rà soát văn bản QPPL", 3]] as const) {
      ({ version } = await c["xa.banbo"]!.cycles.saveSelf.mutate({ ...me, criterionId: crit[title], score, note: null, version }));
    }
    // Evidence is required for two criteria: submission refuses until it is there.
    expect(await message(c["xa.banbo"]!.cycles.submit.mutate({ ...me, version }))).toContain("chưa có tài liệu kiểm chứng");
    for (const title of ["Ban hành kế hoạch CCHC năm", "Đủ số lượng báo cáo"]) {
      ({ version } = await c["xa.banbo"]!.cycles.addEvidence.mutate({ ...me, criterionId: crit[title], version, document: { docNumber: "12/KH-UBND", docDate: "05/01/2024", docIssuer: "UBND xã Bản Bo", title: "Kế hoạch CCHC năm 2024" } }));
    }
    const form = await c["xa.banbo"]!.cycles.assessment.query(me);
    expect(form.completeness).toEqual({ total: 4, scored: 4, evidenced: 2, unscored: 0, missingEvidence: 0, complete: true });
    expect(await c["xa.banbo"]!.cycles.submit.mutate({ ...me, version })).toEqual({ late: false });
    // Submitted: locked.
    expect(await message(c["xa.banbo"]!.cycles.saveSelf.mutate({ ...me, criterionId: crit["Đúng thời hạn"], score: 0, note: null, version: version + 1 }))).toContain("đã gửi và bị khóa");
  });

  it("nobody writes after a phase closes; an extension takes a late submission, marked late", async () => {
    on("2024-12-16");
    const other = { cycleId, unitId: unit["xa-binh-lu"]! };
    expect(await message(c["xa.binhlu"]!.cycles.saveSelf.mutate({ ...other, criterionId: crit["Rà soát văn bản QPPL"], score: 2, note: null, version: 1 }))).toContain("Đã hết thời hạn tự đánh giá");
    // A commune cannot extend its own deadline; Home Affairs can.
    const phases = [{ phase: "self-assessment" as const, opensOn: null, dueOn: "2024-12-15", closesOn: "2024-12-20" }];
    expect(await code(c["xa.binhlu"]!.cycles.updateSetup.mutate({ cycleId, version: 1, phases }))).toBe("FORBIDDEN");
    await c["noivu.tamduong"]!.cycles.updateSetup.mutate({ cycleId, version: 1, phases });
    let version = 1;
    for (const [title, score] of [["Ban hành kế hoạch CCHC năm", 0.5], ["Đủ số lượng báo cáo", 0], ["Đúng thời hạn", 1], ["Rà soát văn bản QPPL", 2]] as const) {
      ({ version } = await c["xa.binhlu"]!.cycles.saveSelf.mutate({ ...other, criterionId: crit[title], score, note: null, version }));
    }
    ({ version } = await c["xa.binhlu"]!.cycles.addEvidence.mutate({ ...other, criterionId: crit["Ban hành kế hoạch CCHC năm"], version, document: { docNumber: "20/KH-UBND", docDate: "", docIssuer: "UBND xã Bình Lư", title: "" } }));
    expect(await c["xa.binhlu"]!.cycles.submit.mutate({ ...other, version })).toEqual({ late: true });
  });

  it("a council office appraises only its assigned components; a lower score needs a remark", async () => {
    on("2025-01-05");
    const me = { cycleId, unitId: unit["xa-ban-bo"]! };
    const form = await c["thamdinh.tuphap"]!.cycles.assessment.query(me);
    const item = (t: string) => form.items.find((i) => i.criterionId === crit[t])!;
    const reports = item("Đủ số lượng báo cáo");
    const law = item("Rà soát văn bản QPPL");
    expect([reports.mayAppraise, law.mayAppraise]).toEqual([true, false]);
    expect(await code(c["thamdinh.tuphap"]!.cycles.appraise.mutate({ ...me, criterionId: law.criterionId, score: 1, remark: "x", version: law.assessmentVersion! }))).toBe("FORBIDDEN");
    expect(await code(c["xa.banbo"]!.cycles.appraise.mutate({ ...me, criterionId: reports.criterionId, score: 1, remark: "x", version: reports.assessmentVersion! }))).toBe("FORBIDDEN");
    expect(await message(c["thamdinh.tuphap"]!.cycles.appraise.mutate({ ...me, criterionId: reports.criterionId, score: 1, remark: " ", version: reports.assessmentVersion! }))).toContain("cần ghi ý kiến thẩm định");
    expect(await c["thamdinh.tuphap"]!.cycles.appraise.mutate({ ...me, criterionId: reports.criterionId, score: 1, remark: "Thiếu báo cáo quý IV", version: reports.assessmentVersion! })).toMatchObject({ stage: "appraised" });
    // Equal scores settle at once.
    const plan = item("Ban hành kế hoạch CCHC năm");
    expect(await c["thamdinh.tuphap"]!.cycles.appraise.mutate({ ...me, criterionId: plan.criterionId, score: 1, remark: null, version: plan.assessmentVersion! })).toMatchObject({ stage: "settled" });
    const f2 = await c["thamdinh.vanphong"]!.cycles.assessment.query(me);
    const law2 = f2.items.find((i) => i.criterionId === crit["Rà soát văn bản QPPL"])!;
    await c["thamdinh.vanphong"]!.cycles.appraise.mutate({ ...me, criterionId: law2.criterionId, score: 3, remark: null, version: law2.assessmentVersion! });
    const timely = item("Đúng thời hạn");
    await c["thamdinh.tuphap"]!.cycles.appraise.mutate({ ...me, criterionId: timely.criterionId, score: 1, remark: null, version: timely.assessmentVersion! });
    // Bình Lư: all confirmed as scored.
    const other = { cycleId, unitId: unit["xa-binh-lu"]! };
    for (const who of ["thamdinh.tuphap", "thamdinh.vanphong"]) {
      const f = await c[who]!.cycles.assessment.query(other);
      for (const i of f.items.filter((x) => x.mayAppraise && x.selfScore !== null)) await c[who]!.cycles.appraise.mutate({ ...other, criterionId: i.criterionId, score: i.selfScore!, remark: null, version: i.assessmentVersion! });
    }
  });

  it("the commune explains inside its window; the appraiser settles", async () => {
    const me = { cycleId, unitId: unit["xa-ban-bo"]! };
    let form = await c["xa.banbo"]!.cycles.assessment.query(me);
    const reports = form.items.find((i) => i.criterionId === crit["Đủ số lượng báo cáo"])!;
    expect([reports.remark, reports.mayExplain]).toEqual(["Thiếu báo cáo quý IV", true]);
    expect(await code(c["xa.binhlu"]!.cycles.explain.mutate({ ...me, criterionId: reports.criterionId, reply: "x", version: reports.assessmentVersion! }))).toBe("FORBIDDEN");
    await c["xa.banbo"]!.cycles.explain.mutate({ ...me, criterionId: reports.criterionId, reply: "Báo cáo quý IV gửi ngày 20/12/2024", version: reports.assessmentVersion! });
    form = await c["thamdinh.tuphap"]!.cycles.assessment.query(me);
    const r2 = form.items.find((i) => i.criterionId === crit["Đủ số lượng báo cáo"])!;
    expect(await code(c["thamdinh.vanphong"]!.cycles.settle.mutate({ ...me, criterionId: r2.criterionId, score: 1.5, version: r2.assessmentVersion! }))).toBe("FORBIDDEN");
    await c["thamdinh.tuphap"]!.cycles.settle.mutate({ ...me, criterionId: r2.criterionId, score: 1.5, version: r2.assessmentVersion! });
    const comp = await c["noivu.tamduong"]!.cycles.compilation.query({ cycleId });
    expect(comp.differences).toHaveLength(1);
    expect(comp.differences[0]).toMatchObject({ unitName: "UBND xã Bản Bo", selfScore: 2, appraisedScore: 1, settledScore: 1.5, stage: "settled" });
    expect(await code(c["xa.banbo"]!.cycles.compilation.query({ cycleId }))).toBe("FORBIDDEN");
  });

  it("survey points, approval, publication: results with rank, self and appraised side by side", async () => {
    on("2024-12-20");
    const survey = [
      { unitId: unit["xa-ban-bo"]!, componentKey: "the-che", points: 1.5 },
      { unitId: unit["xa-binh-lu"]!, componentKey: "the-che", points: 2 },
    ];
    expect(await code(c["xa.banbo"]!.cycles.saveSurvey.mutate({ cycleId, rows: survey }))).toBe("FORBIDDEN");
    await c["noivu.tamduong"]!.cycles.saveSurvey.mutate({ cycleId, rows: survey });
    on("2025-01-18");
    let results = await c["noivu.tamduong"]!.cycles.results.query({ cycleId });
    const banbo = results.units.find((u) => u.unitId === unit["xa-ban-bo"])!;
    // Bản Bo: 1 + 1,5 + 1 + 3 + survey 1,5 = 8 of 9.
    expect(banbo.total).toEqual({ points: 8, max: 9, percent: 88.89 });
    expect(banbo.selfTotal.points).toBe(8.5);
    const binhlu = results.units.find((u) => u.unitId === unit["xa-binh-lu"])!;
    expect(binhlu.total.points).toBe(5.5);
    expect([banbo.rank, binhlu.rank, banbo.rankOf]).toEqual([1, 2, 2]);
    expect(await code(c["lanhdao.tamduong"]!.cycles.approve.mutate({ cycleId, version: results.cycle.version, decision: "Quyết định số 1/QĐ-UBND" }))).toBe("FORBIDDEN");
    await c["noivu.tamduong"]!.cycles.approve.mutate({ cycleId, version: results.cycle.version, decision: "Quyết định số 1/QĐ-UBND (thử nghiệm)" });
    results = await c["noivu.tamduong"]!.cycles.results.query({ cycleId });
    on("2025-01-25");
    await c["noivu.tamduong"]!.cycles.publish.mutate({ cycleId, version: results.cycle.version });
    const stored = await h.db.select().from(s.results).where(and(eq(s.results.unitId, unit["xa-ban-bo"]!), eq(s.results.year, 2024), eq(s.results.componentKey, "tong")));
    expect(stored.map((r) => [r.source, r.points, r.percent, r.rank, r.rankOf]).sort()).toEqual([
      ["appraised", 8, 88.89, 1, 2],
      ["self-assessed", 8.5, 94.44, null, null],
    ].sort());
  });

  it("points lost: ranked by maximum − final, with remark and office; one action makes next year's task", async () => {
    const lost = await c["xa.banbo"]!.cycles.pointsLost.query({ unitCode: "lai-chau.tam-duong.xa-ban-bo", year: 2024 });
    expect(lost.rows.map((r) => [r.title, r.lost, r.remark, r.officeName])).toEqual([["Đủ số lượng báo cáo (thử nghiệm)", 0.5, "Thiếu báo cáo quý IV", "Phòng Tư pháp"]]);
    expect(await code(c["xa.binhlu"]!.cycles.pointsLost.query({ unitCode: "lai-chau.tam-duong.xa-ban-bo", year: 2024 }))).toBe("FORBIDDEN");
    const input = { unitCode: "lai-chau.tam-duong.xa-ban-bo", year: 2024, criterionId: lost.rows[0]!.criterionId };
    expect(await code(c["xa.binhlu"]!.cycles.createImprovementTask.mutate(input))).toBe("FORBIDDEN");
    const { taskId } = await c["xa.banbo"]!.cycles.createImprovementTask.mutate(input);
    const [task] = await h.db.select({ title: s.tasks.title, fromYear: s.plans.fromYear, issuer: s.plans.issuerUnitId }).from(s.tasks).innerJoin(s.plans, eq(s.plans.id, s.tasks.planId)).where(eq(s.tasks.id, taskId));
    expect(task).toMatchObject({ fromYear: 2025, issuer: unit["xa-ban-bo"] });
    expect(task!.title).toContain("Đủ số lượng báo cáo");
    const leads = await h.db.select({ unitId: s.taskUnits.unitId, role: s.taskUnits.role }).from(s.taskUnits).where(eq(s.taskUnits.taskId, taskId));
    expect(leads).toContainEqual({ unitId: unit["phong-tu-phap"], role: "lead" });
    const comps = await h.db.select({ key: s.taskComponents.componentKey }).from(s.taskComponents).where(eq(s.taskComponents.taskId, taskId));
    expect(comps).toEqual([{ key: "chi-dao-dieu-hanh" }]);
    expect(await code(c["xa.banbo"]!.cycles.createImprovementTask.mutate(input))).toBe("CONFLICT");
  });

  it("after publication nothing changes", async () => {
    const me = { cycleId, unitId: unit["xa-ban-bo"]! };
    const form = await c["thamdinh.tuphap"]!.cycles.assessment.query(me);
    const i = form.items.find((x) => x.criterionId === crit["Đúng thời hạn"])!;
    expect(i.mayAppraise).toBe(false);
    expect(await message(c["thamdinh.tuphap"]!.cycles.settle.mutate({ ...me, criterionId: i.criterionId, score: 0, version: i.assessmentVersion! }))).toContain("Kết quả đã công bố");
  });
});
