import { and, asc, eq, inArray, isNull, lte, gte } from "drizzle-orm";
import { randomBytes } from "node:crypto";
import { z } from "zod";
import type { Db, DbOrTx } from "../../db/client";
import * as s from "../../db/schema";
import { mayRead, mayRun } from "../domain/cycle-access";
import { componentTotals, finalScore, pointsLost, rankUnits } from "../domain/cycle-scoring";
import { can, type Actor } from "../domain/permissions";
import { recordAudit } from "./audit";
import { assessmentRows, cycleActor, cycleContext, cycleCriteria, frameworkComponentsOf, isCouncilMember, loadCycle, type LoadedCycle } from "./cycle-context";
import { badRequest, conflict, forbidden, notFound } from "./errors";
import { readWorkbookText } from "./framework-sheet";

/**
 * Compilation, survey points, results (component and total points, percent, rank with ties),
 * approval and publication, and the points lost with the improvement task made from a row.
 */

function requireRun(actor: Actor, loaded: LoadedCycle, asOf: string, phase: Parameters<typeof mayRun>[2]) {
  const v = mayRun(actor, cycleContext(loaded, asOf), phase);
  if (!v.ok) throw forbidden(v.reason);
}

function requireOversight(actor: Actor, loaded: LoadedCycle) {
  const reads = actor.roles.includes("quan-tri") || ((actor.roles.includes("noi-vu") || actor.roles.includes("lanh-dao")) && actor.scope.has(loaded.cycle.ownerUnitId));
  if (!reads && !isCouncilMember(actor, loaded)) throw forbidden("Bạn không được xem tổng hợp của kỳ đánh giá này.");
}

/** Compilation for Home Affairs: per council office, how far its appraisal has got; per unit, self vs appraised. */
export async function cycleCompilation(db: DbOrTx, actor: Actor, cycleId: number) {
  const loaded = await loadCycle(db, cycleId);
  requireOversight(actor, loaded);
  const criteria = (await cycleCriteria(db, loaded.cycle.frameworkId)).filter((c) => c.isLeaf);
  const rows = await assessmentRows(db, cycleId);
  const submitted = loaded.units.filter((u) => u.state === "submitted");
  const byComp = new Map<string, number>();
  for (const c of criteria) byComp.set(c.componentKey, (byComp.get(c.componentKey) ?? 0) + 1);
  const comps = await frameworkComponentsOf(db, loaded.cycle.frameworkId);
  const members = comps.map((comp) => {
    const assignment = loaded.council.find((c) => c.componentKey === comp.key);
    const expected = (byComp.get(comp.key) ?? 0) * submitted.length;
    const compCriteria = new Set(criteria.filter((c) => c.componentKey === comp.key).map((c) => c.id));
    const mine = rows.filter((r) => compCriteria.has(r.criterionId) && submitted.some((u) => u.unitId === r.unitId));
    return {
      componentKey: comp.key,
      componentName: comp.name,
      office: assignment?.unitName ?? null,
      expected,
      appraised: mine.filter((r) => r.appraisedScore !== null).length,
      settled: mine.filter((r) => r.stage === "settled").length,
      waitingReply: mine.filter((r) => r.stage === "appraised").length,
      waitingSettlement: mine.filter((r) => r.stage === "explained").length,
    };
  });
  const critById = new Map(criteria.map((c) => [c.id, c]));
  const differences = rows
    .filter((r) => r.appraisedScore !== null && r.selfScore !== null && Math.round(r.appraisedScore * 100) !== Math.round(r.selfScore * 100))
    .map((r) => {
      const c = critById.get(r.criterionId);
      return { unitName: loaded.units.find((u) => u.unitId === r.unitId)?.name ?? "", componentName: c?.componentName ?? "", ordinal: c?.ordinal ?? null, title: c?.title ?? "", selfScore: r.selfScore, appraisedScore: r.appraisedScore, settledScore: r.settledScore, remark: r.appraiserRemark, reply: r.reply, stage: r.stage };
    });
  return {
    units: loaded.units.map((u) => ({ unitId: u.unitId, name: u.name, state: u.state, late: u.late, submittedAt: u.submittedAt })),
    members,
    differences,
  };
}

/** Component and total points, percent and rank for every unit of the cycle, from final scores and survey points. */
export async function computeResults(db: DbOrTx, loaded: LoadedCycle) {
  const comps = await frameworkComponentsOf(db, loaded.cycle.frameworkId);
  const criteria = (await cycleCriteria(db, loaded.cycle.frameworkId)).filter((c) => c.isLeaf);
  const rows = await assessmentRows(db, loaded.cycle.id);
  const unitIds = loaded.units.map((u) => u.unitId);
  const survey = unitIds.length
    ? await db.select().from(s.surveyScores).where(and(inArray(s.surveyScores.unitId, unitIds), eq(s.surveyScores.year, loaded.cycle.year), isNull(s.surveyScores.surveyFormId)))
    : [];
  const perUnit = loaded.units.map((u) => {
    const mine = new Map(rows.filter((r) => r.unitId === u.unitId).map((r) => [r.criterionId, r]));
    const scores = criteria
      .filter((c) => c.scoring !== "survey")
      .map((c) => {
        const r = mine.get(c.id);
        return { componentKey: c.componentKey, max: c.maxPoints ?? 0, score: r ? finalScore({ selfScore: r.selfScore, appraisedScore: r.appraisedScore, settledScore: r.settledScore }) : null };
      });
    // Survey criteria take the survey points of their component; their maximum stays in the component's.
    const surveyMax = new Map<string, number>();
    for (const c of criteria.filter((c) => c.scoring === "survey")) surveyMax.set(c.componentKey, (surveyMax.get(c.componentKey) ?? 0) + (c.maxPoints ?? 0));
    const comps2 = comps.map((c) => ({ key: c.key, max: c.max ?? (scores.filter((x) => x.componentKey === c.key).reduce((a, x) => a + x.max, 0) + (surveyMax.get(c.key) ?? 0)) }));
    const sv = new Map(survey.filter((x) => x.unitId === u.unitId).map((x) => [x.componentKey, x.score]));
    const selfScores = criteria.filter((c) => c.scoring !== "survey").map((c) => ({ componentKey: c.componentKey, max: c.maxPoints ?? 0, score: mine.get(c.id)?.selfScore ?? null }));
    return { unit: u, totals: componentTotals(comps2, scores, sv), self: componentTotals(comps2, selfScores, sv) };
  });
  const ranked = rankUnits(perUnit.map((p) => ({ item: p.unit.unitId, score: p.unit.state === "submitted" ? p.totals.total.points : null })));
  const rankOf = new Map(ranked.map((r) => [r.item, r]));
  return {
    components: comps,
    units: perUnit.map((p) => ({ unitId: p.unit.unitId, name: p.unit.name, state: p.unit.state, ...p.totals, selfTotal: p.self.total, selfComponents: p.self.components, rank: rankOf.get(p.unit.unitId)?.rank ?? null, rankOf: rankOf.get(p.unit.unitId)?.rankOf ?? 0, tied: rankOf.get(p.unit.unitId)?.tied ?? false })),
  };
}

export async function cycleResults(db: DbOrTx, actor: Actor, cycleId: number) {
  const loaded = await loadCycle(db, cycleId);
  requireOversight(actor, loaded);
  const r = await computeResults(db, loaded);
  const pending = (await assessmentRows(db, cycleId)).filter((a) => a.stage === "appraised" || a.stage === "explained").length;
  return { cycle: { id: loaded.cycle.id, year: loaded.cycle.year, status: loaded.cycle.status, version: loaded.cycle.version, approvalDecision: loaded.cycle.approvalDecision, planTitle: loaded.planTitle }, pending, ...r };
}

const surveyInput = z.object({
  cycleId: z.number().int().positive(),
  rows: z.array(z.object({ unitId: z.number().int().positive(), componentKey: z.string().min(1).max(80), points: z.number().min(0, "Điểm điều tra không được âm.") })).min(1).max(2000),
});

/** Survey points per unit and component (entered or imported): replaces what was there for that unit and component. */
export async function saveSurveyPoints(db: Db, actor: Actor, raw: unknown, asOf: string): Promise<{ saved: number }> {
  const input = surveyInput.parse(raw);
  return db.transaction(async (tx) => {
    const loaded = await loadCycle(tx, input.cycleId);
    requireRun(actor, loaded, asOf, "survey");
    const comps = await frameworkComponentsOf(tx, loaded.cycle.frameworkId);
    for (const r of input.rows) {
      if (!loaded.units.some((u) => u.unitId === r.unitId)) throw badRequest("Đơn vị không thuộc kỳ đánh giá này.");
      const comp = comps.find((c) => c.key === r.componentKey);
      if (!comp) throw badRequest(`Chỉ số thành phần "${r.componentKey}" không có trong bộ chỉ số.`);
      if (comp.max !== null && r.points > comp.max) throw badRequest(`Điểm điều tra ${r.points.toLocaleString("vi-VN")} vượt điểm tối đa của "${comp.name}".`);
      const where = and(eq(s.surveyScores.unitId, r.unitId), eq(s.surveyScores.year, loaded.cycle.year), eq(s.surveyScores.componentKey, r.componentKey), isNull(s.surveyScores.surveyFormId));
      const [before] = await tx.select().from(s.surveyScores).where(where);
      // The form sends every field again: an unchanged figure is neither rewritten nor audited.
      if (before && Math.round(before.score * 100) === Math.round(r.points * 100)) continue;
      await tx.delete(s.surveyScores).where(where);
      await tx.insert(s.surveyScores).values({ unitId: r.unitId, year: loaded.cycle.year, componentKey: r.componentKey, score: Math.round(r.points * 100) / 100 });
      await recordAudit(tx, { actor, action: before ? "update" : "create", entity: "survey-score", entityId: `${r.unitId}:${loaded.cycle.year}:${r.componentKey}`, unitId: r.unitId, before: before ? { score: before.score } : null, after: { score: r.points } });
    }
    return { saved: input.rows.length };
  });
}

/** Survey points from XLSX: columns "Mã đơn vị" (or name), "Mã chỉ số thành phần", "Điểm". */
export async function importSurveyPoints(db: Db, actor: Actor, cycleId: number, file: { name: string; bytes: Uint8Array }, asOf: string) {
  if (!/\.xlsx$/i.test(file.name.trim())) throw badRequest("Chỉ nhận tệp .xlsx.");
  const loaded = await loadCycle(db, cycleId);
  requireRun(actor, loaded, asOf, "survey");
  const sheets = await readWorkbookText(file.bytes);
  const rows = sheets[0]?.rows ?? [];
  const head = rows.findIndex((r) => r.some((c) => c.toLowerCase() === "điểm"));
  if (head < 0) throw badRequest('Không thấy dòng tiêu đề: cần các cột "Đơn vị", "Mã chỉ số thành phần", "Điểm".');
  const h = rows[head]!.map((c) => c.trim().toLowerCase());
  const col = { unit: h.findIndex((c) => c.startsWith("mã đơn vị") || c === "đơn vị"), comp: h.findIndex((c) => c.startsWith("mã chỉ số")), points: h.indexOf("điểm") };
  if (col.unit < 0 || col.comp < 0) throw badRequest('Thiếu cột "Đơn vị" hoặc "Mã chỉ số thành phần".');
  const codes = await db.select({ id: s.units.id, code: s.units.code, name: s.units.name }).from(s.units).where(inArray(s.units.id, loaded.units.map((u) => u.unitId)));
  const errors: string[] = [];
  const parsed: Array<{ unitId: number; componentKey: string; points: number }> = [];
  rows.slice(head + 1).forEach((r, i) => {
    const line = head + i + 2;
    if (r.every((c) => c.trim() === "")) return;
    const u = codes.find((x) => x.code === r[col.unit]?.trim() || x.name.toLowerCase() === r[col.unit]?.trim().toLowerCase());
    const p = Number((r[col.points] ?? "").replace(",", "."));
    if (!u) errors.push(`Dòng ${line}: đơn vị "${r[col.unit] ?? ""}" không thuộc kỳ đánh giá.`);
    else if (!Number.isFinite(p) || (r[col.points] ?? "").trim() === "") errors.push(`Dòng ${line}: điểm phải là một số.`);
    else parsed.push({ unitId: u.id, componentKey: (r[col.comp] ?? "").trim(), points: p });
  });
  if (errors.length) return { saved: 0, errors };
  if (parsed.length === 0) return { saved: 0, errors: ["Tệp không có dòng điểm nào."] };
  const r = await saveSurveyPoints(db, actor, { cycleId, rows: parsed }, asOf);
  return { saved: r.saved, errors: [] };
}

const decisionInput = z.object({ cycleId: z.number().int().positive(), version: z.number().int().positive(), decision: z.string().trim().min(5, "Vui lòng ghi quyết định phê duyệt (số, ngày).").max(300) });

/** Approve the results (Chủ tịch's decision recorded): needs every unit submitted and every score settled. */
export async function approveCycle(db: Db, actor: Actor, raw: unknown, asOf: string) {
  const input = decisionInput.parse(raw);
  return db.transaction(async (tx) => {
    const loaded = await loadCycle(tx, input.cycleId);
    requireRun(actor, loaded, asOf, "approval");
    if (loaded.cycle.version !== input.version) throw conflict("Kỳ đánh giá vừa được thay đổi; hãy tải lại trang.");
    if (loaded.cycle.status !== "open") throw badRequest("Kết quả đã được phê duyệt.");
    const submitted = loaded.units.filter((u) => u.state === "submitted");
    if (submitted.length === 0) throw badRequest("Chưa đơn vị nào gửi bản tự đánh giá.");
    const leaves = (await cycleCriteria(tx, loaded.cycle.frameworkId)).filter((c) => c.isLeaf && c.scoring !== "survey");
    const rows = await assessmentRows(tx, input.cycleId);
    const open = submitted.reduce((n, u) => n + leaves.filter((c) => rows.find((r) => r.unitId === u.unitId && r.criterionId === c.id)?.stage !== "settled").length, 0);
    if (open) throw badRequest(`Còn ${open} tiêu chí chưa thẩm định xong (chờ thẩm định, giải trình hoặc chốt điểm).`);
    await tx.update(s.cycles).set({ status: "approved", approvedAt: new Date(), approvedBy: actor.userId, approvalDecision: input.decision, version: loaded.cycle.version + 1 }).where(eq(s.cycles.id, input.cycleId));
    await recordAudit(tx, { actor, action: "update", entity: "cycle", entityId: input.cycleId, unitId: loaded.cycle.ownerUnitId, before: { status: "open" }, after: { status: "approved", decision: input.decision } });
    return { version: loaded.cycle.version + 1 };
  });
}

/**
 * Publish: write the results the dashboard, ranking and reports read — the appraised result
 * (source "appraised") beside the self-assessed one — for every component and the total.
 */
export async function publishCycle(db: Db, actor: Actor, raw: unknown, asOf: string) {
  const input = z.object({ cycleId: z.number().int().positive(), version: z.number().int().positive() }).parse(raw);
  return db.transaction(async (tx) => {
    const loaded = await loadCycle(tx, input.cycleId);
    requireRun(actor, loaded, asOf, "announcement");
    if (loaded.cycle.version !== input.version) throw conflict("Kỳ đánh giá vừa được thay đổi; hãy tải lại trang.");
    if (loaded.cycle.status !== "approved") throw badRequest(loaded.cycle.status === "published" ? "Kết quả đã công bố." : "Kết quả cần được phê duyệt trước khi công bố.");
    const r = await computeResults(tx, loaded);
    const compRanks = new Map<string, Map<number, { rank: number | null; rankOf: number }>>();
    for (const comp of r.components) {
      const ranked = rankUnits(r.units.filter((u) => u.state === "submitted").map((u) => ({ item: u.unitId, score: u.components.find((c) => c.componentKey === comp.key)?.points ?? null })));
      compRanks.set(comp.key, new Map(ranked.map((x) => [x.item, { rank: x.rank, rankOf: x.rankOf }])));
    }
    let written = 0;
    const printed = `Kết quả thẩm định kỳ đánh giá năm ${loaded.cycle.year}${loaded.cycle.approvalDecision ? `; ${loaded.cycle.approvalDecision}` : ""}`;
    // Units that sent no self-assessment get no result: they are listed as such in the compilation.
    for (const u of r.units.filter((x) => x.state === "submitted")) {
      const entries: Array<{ key: string; points: number; max: number; percent: number | null; rank: number | null; rankOf: number | null; source: "appraised" | "self-assessed" }> = [];
      entries.push({ key: "tong", points: u.total.points, max: u.total.max, percent: u.total.percent, rank: u.rank, rankOf: u.rankOf, source: "appraised" });
      entries.push({ key: "tong", points: u.selfTotal.points, max: u.selfTotal.max, percent: u.selfTotal.percent, rank: null, rankOf: null, source: "self-assessed" });
      for (const c of u.components) {
        const cr = compRanks.get(c.componentKey)?.get(u.unitId);
        entries.push({ key: c.componentKey, points: c.points, max: c.max, percent: c.percent, rank: cr?.rank ?? null, rankOf: cr?.rankOf ?? null, source: "appraised" });
      }
      for (const c of u.selfComponents) entries.push({ key: c.componentKey, points: c.points, max: c.max, percent: c.percent, rank: null, rankOf: null, source: "self-assessed" });
      for (const e of entries) {
        const where = and(eq(s.results.unitId, u.unitId), eq(s.results.year, loaded.cycle.year), eq(s.results.componentKey, e.key), eq(s.results.source, e.source));
        const [before] = await tx.select().from(s.results).where(where);
        await tx.delete(s.results).where(where);
        await tx.insert(s.results).values({ unitId: u.unitId, year: loaded.cycle.year, componentKey: e.key, points: e.points, maxPoints: e.max || null, percent: e.percent, rank: e.rank, rankOf: e.rank ? e.rankOf : null, source: e.source, printed });
        await recordAudit(tx, { actor, action: before ? "update" : "create", entity: "result", entityId: `${u.unitId}:${loaded.cycle.year}:${e.key}:${e.source}`, unitId: u.unitId, before: before ? { points: before.points, percent: before.percent, rank: before.rank } : null, after: { points: e.points, percent: e.percent, rank: e.rank }, note: "Công bố kết quả kỳ đánh giá" });
        written++;
      }
    }
    await tx.update(s.cycles).set({ status: "published", publishedAt: new Date(), publishedBy: actor.userId, version: loaded.cycle.version + 1 }).where(eq(s.cycles.id, input.cycleId));
    await recordAudit(tx, { actor, action: "update", entity: "cycle", entityId: input.cycleId, unitId: loaded.cycle.ownerUnitId, before: { status: "approved" }, after: { status: "published", results: written } });
    return { written };
  });
}

/** The points lost by a unit in a year, criterion by criterion, with remark, component and responsible office. */
export async function unitPointsLost(db: DbOrTx, actor: Actor, unitCode: string, year: number) {
  const [unit] = await db.select({ id: s.units.id, name: s.units.name, code: s.units.code }).from(s.units).where(eq(s.units.code, unitCode));
  if (!unit) throw notFound("Không tìm thấy đơn vị này.");
  const [cu] = await db
    .select({ cycleId: s.cycleUnits.cycleId })
    .from(s.cycleUnits)
    .innerJoin(s.cycles, eq(s.cycles.id, s.cycleUnits.cycleId))
    .where(and(eq(s.cycleUnits.unitId, unit.id), eq(s.cycles.year, year)));
  if (!cu) return { unit, year, cycleId: null, rows: [], mayCreateTasks: false };
  const loaded = await loadCycle(db, cu.cycleId);
  const a = cycleActor(actor, loaded);
  if (!mayRead(a, unit.id, isCouncilMember(a, loaded))) throw forbidden("Bạn không được xem điểm của đơn vị khác.");
  const criteria = (await cycleCriteria(db, loaded.cycle.frameworkId)).filter((c) => c.isLeaf && c.scoring !== "survey");
  const rows = new Map((await assessmentRows(db, cu.cycleId, unit.id)).map((r) => [r.criterionId, r]));
  const lost = pointsLost(
    criteria.map((c) => {
      const r = rows.get(c.id);
      return { item: { c, r }, max: c.maxPoints ?? 0, final: r ? finalScore({ selfScore: r.selfScore, appraisedScore: r.appraisedScore, settledScore: r.settledScore }) : null };
    }),
  );
  return {
    unit,
    year,
    cycleId: cu.cycleId,
    mayCreateTasks: can(actor, { kind: "self-assess", unitId: unit.id }),
    rows: lost.map(({ item: { c, r }, max, final, lost: l }) => {
      const office = loaded.council.find((x) => x.componentKey === c.componentKey);
      return { criterionId: c.id, assessmentId: r?.id ?? null, componentKey: c.componentKey, componentName: c.componentName, ordinal: c.ordinal, title: c.title, max, final, lost: l, remark: r?.appraiserRemark ?? null, officeId: office?.unitId ?? null, officeName: office?.unitName ?? c.appraiserPrinted ?? null, improvementTaskId: r?.improvementTaskId ?? null };
    }),
  };
}

/**
 * From a points-lost row, one improvement task in the unit's plan for the next year (made when
 * the unit has none), prefilled with the criterion, its component and the responsible office as lead.
 */
export async function createImprovementTask(db: Db, actor: Actor, raw: unknown): Promise<{ taskId: number; planCode: string }> {
  const input = z.object({ unitCode: z.string().min(1).max(200), year: z.number().int().min(2000).max(2100), criterionId: z.number().int().positive() }).parse(raw);
  const lost = await unitPointsLost(db, actor, input.unitCode, input.year);
  if (!lost.mayCreateTasks) throw forbidden("Chỉ đơn vị hoặc cán bộ Nội vụ được lập nhiệm vụ khắc phục cho đơn vị này.");
  const row = lost.rows.find((r) => r.criterionId === input.criterionId);
  if (!row) throw badRequest("Tiêu chí này không bị mất điểm.");
  if (row.improvementTaskId) throw conflict("Tiêu chí này đã có nhiệm vụ khắc phục.");
  const next = input.year + 1;
  return db.transaction(async (tx) => {
    let [plan] = await tx
      .select({ id: s.plans.id, code: s.plans.code })
      .from(s.plans)
      .where(and(eq(s.plans.issuerUnitId, lost.unit.id), eq(s.plans.kind, "improvement"), lte(s.plans.fromYear, next), gte(s.plans.toYear, next)))
      .orderBy(asc(s.plans.id))
      .limit(1);
    if (!plan) {
      const code = `khac-phuc-${lost.unit.code.split(".").pop()}-${next}-${randomBytes(2).toString("hex")}`;
      [plan] = await tx
        .insert(s.plans)
        .values({ code, issuerUnitId: lost.unit.id, title: `Kế hoạch khắc phục điểm bị mất trong Chỉ số CCHC năm ${input.year} của ${lost.unit.name}`, kind: "improvement", fromYear: next, toYear: next, summary: `Lập từ bảng điểm bị mất năm ${input.year}.` })
        .returning({ id: s.plans.id, code: s.plans.code });
      await recordAudit(tx, { actor, action: "create", entity: "plan", entityId: plan!.id, unitId: lost.unit.id, after: { code, year: next } });
    }
    const siblings = await tx.select({ id: s.tasks.id }).from(s.tasks).where(and(eq(s.tasks.planId, plan!.id), isNull(s.tasks.parentId)));
    const pts = (n: number) => n.toLocaleString("vi-VN", { maximumFractionDigits: 2 });
    const [task] = await tx
      .insert(s.tasks)
      .values({
        planId: plan!.id,
        position: siblings.length + 1,
        ordinal: String(siblings.length + 1),
        title: `Khắc phục tiêu chí ${row.ordinal ? `${row.ordinal} ` : ""}"${row.title}" (${row.componentName}): bị mất ${pts(row.lost)}/${pts(row.max)} điểm năm ${input.year}`,
        content: row.remark ? `Ý kiến thẩm định: ${row.remark}` : null,
        leadPrinted: row.officeName,
        deadlineText: `Trước 31/12/${next}`,
        deadlineKind: "date",
        deadline: { kind: "date", date: `${next}-12-31`, startDate: null },
      })
      .returning({ id: s.tasks.id });
    await tx.insert(s.taskComponents).values({ taskId: task!.id, componentKey: row.componentKey });
    const leads = [row.officeId ?? lost.unit.id];
    await tx.insert(s.taskUnits).values(leads.map((unitId, position) => ({ taskId: task!.id, unitId, role: "lead" as const, position })));
    if (row.officeId && row.officeId !== lost.unit.id) await tx.insert(s.taskUnits).values({ taskId: task!.id, unitId: lost.unit.id, role: "coordinating", position: 0 });
    if (row.assessmentId) await tx.update(s.assessments).set({ improvementTaskId: task!.id }).where(eq(s.assessments.id, row.assessmentId));
    await recordAudit(tx, { actor, action: "create", entity: "task", entityId: task!.id, unitId: lost.unit.id, after: { planId: plan!.id, criterionId: row.criterionId, lost: row.lost }, note: "Nhiệm vụ khắc phục từ bảng điểm bị mất" });
    return { taskId: task!.id, planCode: plan!.code };
  });
}
