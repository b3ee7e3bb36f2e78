import { and, eq, inArray, sql } from "drizzle-orm";
import { z } from "zod";
import type { Db, DbOrTx } from "../../db/client";
import * as s from "../../db/schema";
import { mayAppraise, mayExplain, mayRead, maySelfAssess, maySettle, stageAfterAppraisal, type CriterionStage } from "../domain/cycle-access";
import { checkAppraisal, checkScore, completeness, type ScoringMethod } from "../domain/cycle-scoring";
import { phaseState } from "../domain/cycle-phase";
import type { Actor } from "../domain/permissions";
import { recordAudit } from "./audit";
import { assessmentRows, cycleActor, cycleContext, cycleCriteria, isCouncilMember, loadCycle, type CycleCriterion, type LoadedCycle } from "./cycle-context";
import { badRequest, conflict, forbidden, notFound } from "./errors";
import { withEvidence } from "./evidence";

/**
 * The self-assessment form, appraisal, explanation and settlement, criterion by criterion.
 * Every write checks the cycle's rules (cycle-access.ts) on the server, the version the user saw,
 * and leaves an audit entry in its transaction.
 */

const ids = { cycleId: z.number().int().positive(), unitId: z.number().int().positive() };
const score = z.number({ error: "Điểm phải là một số." }).nullable();
const note = z.string().max(4000, "Nội dung quá dài (tối đa 4 000 ký tự).");

export const methodOf = (c: Pick<CycleCriterion, "scoring" | "steps" | "step">): ScoringMethod =>
  c.scoring === "steps" ? { kind: "steps", steps: c.steps ?? [] } : c.scoring === "survey" ? { kind: "survey" } : { kind: "range", step: c.step };

function unitOf(loaded: LoadedCycle, unitId: number) {
  const u = loaded.units.find((x) => x.unitId === unitId);
  if (!u) throw notFound("Đơn vị này không được đánh giá trong kỳ này.");
  return u;
}

function criterionOf(criteria: CycleCriterion[], criterionId: number) {
  const c = criteria.find((x) => x.id === criterionId);
  if (!c) throw notFound("Tiêu chí không thuộc bộ chỉ số của kỳ này.");
  if (!c.isLeaf) throw badRequest("Tiêu chí này được chấm qua các tiêu chí thành phần của nó.");
  return c;
}

/** One unit's form: every criterion with its maximum, scores, remarks, reply and evidence. */
export async function getAssessment(db: DbOrTx, actor: Actor, raw: unknown, asOf: string) {
  const input = z.object(ids).parse(raw);
  const loaded = await loadCycle(db, input.cycleId);
  const unit = unitOf(loaded, input.unitId);
  const a = cycleActor(actor, loaded);
  if (!mayRead(a, input.unitId, isCouncilMember(a, loaded))) throw forbidden("Bạn không được xem bản tự đánh giá của đơn vị khác.");
  const criteria = await cycleCriteria(db, loaded.cycle.frameworkId);
  const rows = await assessmentRows(db, input.cycleId, input.unitId);
  const byCriterion = new Map(rows.map((r) => [r.criterionId, r]));
  const evidence = rows.length
    ? await db
        .select({ id: s.evidence.id, assessmentId: s.evidence.assessmentId, kind: s.evidence.kind, originalName: s.evidence.originalName, docNumber: s.evidence.docNumber, docDate: s.evidence.docDate, docIssuer: s.evidence.docIssuer, title: s.evidence.title, addedAt: s.evidence.addedAt })
        .from(s.evidence)
        .where(inArray(s.evidence.assessmentId, rows.map((r) => r.id)))
    : [];
  const ctx = cycleContext(loaded, asOf);
  const items = criteria.map((c) => {
    const r = byCriterion.get(c.id);
    const ev = r ? evidence.filter((e) => e.assessmentId === r.id) : [];
    const stage: CriterionStage = r?.stage ?? "self";
    return {
      criterionId: c.id,
      componentKey: c.componentKey,
      componentName: c.componentName,
      ordinal: c.ordinal,
      title: c.title,
      isLeaf: c.isLeaf,
      parentId: c.parentId,
      max: c.maxPoints ?? 0,
      scoring: c.scoring,
      steps: c.steps,
      step: c.step,
      evidenceRequired: c.evidenceRequired,
      selfScore: r?.selfScore ?? null,
      selfNote: r?.selfNote ?? null,
      appraisedScore: r?.appraisedScore ?? null,
      remark: r?.appraiserRemark ?? null,
      reply: r?.reply ?? null,
      settledScore: r?.settledScore ?? null,
      stage,
      assessmentVersion: r?.version ?? null,
      evidence: ev,
      mayAppraise: c.isLeaf && c.scoring !== "survey" && r !== undefined && mayAppraise(a, ctx, input.unitId, c.componentKey, unit.state, stage).ok,
      mayExplain: r !== undefined && mayExplain(a, ctx, input.unitId, stage).ok,
      maySettle: r !== undefined && maySettle(a, ctx, input.unitId, c.componentKey, stage).ok,
    };
  });
  const leaves = items.filter((i) => i.isLeaf);
  const self = maySelfAssess(a, ctx, input.unitId, unit.state);
  return {
    cycle: { id: loaded.cycle.id, year: loaded.cycle.year, status: loaded.cycle.status, planTitle: loaded.planTitle, frameworkName: loaded.frameworkName, frameworkDecision: loaded.frameworkDecision },
    unit: { id: unit.unitId, name: unit.name, state: unit.state, late: unit.late, submittedAt: unit.submittedAt, version: unit.version },
    windows: loaded.windows.map((w) => ({ ...w, state: phaseState(w, asOf) })),
    items,
    completeness: completeness(leaves.map((i) => ({ method: i.scoring, score: i.selfScore, evidenceCount: i.evidence.length, evidenceRequired: !!i.evidenceRequired }))),
    maySelfAssess: self.ok,
    selfLate: self.ok && self.late,
    selfRefusal: self.ok ? null : self.reason,
  };
}

async function bumpUnitVersion(tx: DbOrTx, cycleId: number, unitId: number, seen: number): Promise<number> {
  const [row] = await tx
    .update(s.cycleUnits)
    .set({ version: sql`${s.cycleUnits.version} + 1` })
    .where(and(eq(s.cycleUnits.cycleId, cycleId), eq(s.cycleUnits.unitId, unitId), eq(s.cycleUnits.version, seen)))
    .returning({ version: s.cycleUnits.version });
  if (!row) throw conflict("Bản tự đánh giá vừa được lưu ở nơi khác (máy hoặc người khác). Hãy tải lại trang để xem bản mới nhất.");
  return row.version;
}

async function upsertAssessment(tx: DbOrTx, loaded: LoadedCycle, unitId: number, criterionId: number, values: Partial<typeof s.assessments.$inferInsert>) {
  const [existing] = await tx
    .select()
    .from(s.assessments)
    .where(and(eq(s.assessments.cycleId, loaded.cycle.id), eq(s.assessments.unitId, unitId), eq(s.assessments.criterionId, criterionId)));
  if (existing) {
    const [row] = await tx.update(s.assessments).set({ ...values, version: existing.version + 1, updatedAt: new Date() }).where(eq(s.assessments.id, existing.id)).returning();
    return { before: existing, after: row! };
  }
  const [row] = await tx
    .insert(s.assessments)
    .values({ cycleId: loaded.cycle.id, planId: loaded.cycle.planId, unitId, year: loaded.cycle.year, criterionId, ...values })
    .returning();
  return { before: null, after: row! };
}

const selfInput = z.object({ ...ids, criterionId: z.number().int().positive(), score, note: note.nullable(), version: z.number().int().positive() });

/** Save one criterion of the draft (as the user types). Returns the unit's new version. */
export async function saveSelfScore(db: Db, actor: Actor, raw: unknown, asOf: string): Promise<{ version: number }> {
  const input = selfInput.parse(raw);
  return db.transaction(async (tx) => {
    const loaded = await loadCycle(tx, input.cycleId);
    const unit = unitOf(loaded, input.unitId);
    const v = maySelfAssess(actor, cycleContext(loaded, asOf), input.unitId, unit.state);
    if (!v.ok) throw forbidden(v.reason);
    const criterion = criterionOf(await cycleCriteria(tx, loaded.cycle.frameworkId), input.criterionId);
    let value: number | null = null;
    if (input.score !== null) {
      const check = checkScore(input.score, criterion.maxPoints ?? 0, methodOf(criterion));
      if (!check.ok) throw badRequest(check.message);
      value = check.value;
    }
    const version = await bumpUnitVersion(tx, input.cycleId, input.unitId, input.version);
    const { before, after } = await upsertAssessment(tx, loaded, input.unitId, input.criterionId, { selfScore: value, selfNote: input.note?.trim() || null, selfBy: actor.userId });
    await recordAudit(tx, { actor, action: before ? "update" : "create", entity: "assessment", entityId: after.id, unitId: input.unitId, before: before && { selfScore: before.selfScore, selfNote: before.selfNote }, after: { selfScore: after.selfScore, selfNote: after.selfNote } });
    return { version };
  });
}

const evidenceInput = z.object({
  ...ids,
  criterionId: z.number().int().positive(),
  version: z.number().int().positive(),
  document: z.object({ docNumber: z.string(), docDate: z.string(), docIssuer: z.string(), title: z.string() }).optional(),
  file: z.object({ name: z.string().max(255), bytes: z.instanceof(Uint8Array) }).optional(),
});

/** Attach evidence (a file or an official document reference) to a criterion of the draft. */
export async function addSelfEvidence(db: Db, actor: Actor, raw: unknown, asOf: string): Promise<{ version: number; evidenceId: number }> {
  const input = evidenceInput.parse(raw);
  if (!input.document === !input.file) throw badRequest("Hãy tải lên một tệp hoặc ghi một văn bản làm tài liệu kiểm chứng.");
  // Files stored for a refused or failed write are removed again (see withEvidence).
  return withEvidence(db, [input.file ? { kind: "file", ...input.file } : { kind: "document", ...input.document! }], ([prepared]) =>
    db.transaction(async (tx) => {
    const loaded = await loadCycle(tx, input.cycleId);
    const unit = unitOf(loaded, input.unitId);
    const v = maySelfAssess(actor, cycleContext(loaded, asOf), input.unitId, unit.state);
    if (!v.ok) throw forbidden(v.reason);
    criterionOf(await cycleCriteria(tx, loaded.cycle.frameworkId), input.criterionId);
    const version = await bumpUnitVersion(tx, input.cycleId, input.unitId, input.version);
    const { after } = await upsertAssessment(tx, loaded, input.unitId, input.criterionId, {});
    const e = prepared!;
    const [row] = await tx
      .insert(s.evidence)
      .values({
        kind: e.kind,
        assessmentId: after.id,
        unitId: input.unitId,
        addedBy: actor.userId,
        ...(e.kind === "file"
          ? { sha256: e.sha256, originalName: e.originalName, mimeType: e.mimeType, sizeBytes: e.sizeBytes }
          : { docNumber: e.docNumber, docDate: e.docDate, docIssuer: e.docIssuer, title: e.title }),
      })
      .returning({ id: s.evidence.id });
    await recordAudit(tx, { actor, action: "create", entity: "assessment-evidence", entityId: row!.id, unitId: input.unitId, after: { assessmentId: after.id, ...e } });
    return { version, evidenceId: row!.id };
    }),
  );
}

/** Submit the self-assessment: every criterion scored, evidence where required; then locked. */
export async function submitSelfAssessment(db: Db, actor: Actor, raw: unknown, asOf: string): Promise<{ late: boolean }> {
  const input = z.object({ ...ids, version: z.number().int().positive() }).parse(raw);
  return db.transaction(async (tx) => {
    const loaded = await loadCycle(tx, input.cycleId);
    const unit = unitOf(loaded, input.unitId);
    const v = maySelfAssess(actor, cycleContext(loaded, asOf), input.unitId, unit.state);
    if (!v.ok) throw forbidden(v.reason);
    const criteria = (await cycleCriteria(tx, loaded.cycle.frameworkId)).filter((c) => c.isLeaf);
    if (criteria.length === 0) throw badRequest("Bộ chỉ số của kỳ này chưa có tiêu chí: Phòng Nội vụ cần nhập tiêu chí trước khi đơn vị tự chấm điểm.");
    const rows = await assessmentRows(tx, input.cycleId, input.unitId);
    const ev = rows.length ? await tx.select({ assessmentId: s.evidence.assessmentId }).from(s.evidence).where(inArray(s.evidence.assessmentId, rows.map((r) => r.id))) : [];
    const byC = new Map(rows.map((r) => [r.criterionId, r]));
    const meter = completeness(
      criteria.map((c) => {
        const r = byC.get(c.id);
        return { method: c.scoring, score: r?.selfScore ?? null, evidenceCount: r ? ev.filter((e) => e.assessmentId === r.id).length : 0, evidenceRequired: !!c.evidenceRequired };
      }),
    );
    if (meter.unscored > 0) throw badRequest(`Còn ${meter.unscored} tiêu chí chưa chấm điểm; hãy chấm đủ trước khi gửi.`);
    if (meter.missingEvidence > 0) throw badRequest(`Còn ${meter.missingEvidence} tiêu chí có điểm nhưng chưa có tài liệu kiểm chứng bắt buộc.`);
    const [row] = await tx
      .update(s.cycleUnits)
      .set({ state: "submitted", submittedAt: new Date(), submittedBy: actor.userId, late: v.late, version: sql`${s.cycleUnits.version} + 1` })
      .where(and(eq(s.cycleUnits.cycleId, input.cycleId), eq(s.cycleUnits.unitId, input.unitId), eq(s.cycleUnits.version, input.version)))
      .returning({ version: s.cycleUnits.version });
    if (!row) throw conflict("Bản tự đánh giá vừa được lưu ở nơi khác. Hãy tải lại trang trước khi gửi.");
    await recordAudit(tx, { actor, action: "update", entity: "self-assessment", entityId: `${input.cycleId}:${input.unitId}`, unitId: input.unitId, before: { state: "draft" }, after: { state: "submitted", late: v.late } });
    return { late: v.late };
  });
}

async function assessmentFor(tx: DbOrTx, cycleId: number, unitId: number, criterionId: number) {
  const [row] = await tx.select().from(s.assessments).where(and(eq(s.assessments.cycleId, cycleId), eq(s.assessments.unitId, unitId), eq(s.assessments.criterionId, criterionId)));
  if (!row) throw notFound("Đơn vị chưa chấm tiêu chí này.");
  return row;
}

const appraiseInput = z.object({ ...ids, criterionId: z.number().int().positive(), score: z.number({ error: "Điểm thẩm định phải là một số." }), remark: note.nullable(), version: z.number().int().positive() });

/** The council member's score on a criterion of its component; a lower score needs a remark. */
export async function appraiseCriterion(db: Db, actor: Actor, raw: unknown, asOf: string): Promise<{ stage: CriterionStage; version: number }> {
  const input = appraiseInput.parse(raw);
  return db.transaction(async (tx) => {
    const loaded = await loadCycle(tx, input.cycleId);
    const unit = unitOf(loaded, input.unitId);
    const criterion = criterionOf(await cycleCriteria(tx, loaded.cycle.frameworkId), input.criterionId);
    const existing = await assessmentFor(tx, input.cycleId, input.unitId, input.criterionId).catch(() => null);
    const a = cycleActor(actor, loaded);
    const v = mayAppraise(a, cycleContext(loaded, asOf), input.unitId, criterion.componentKey, unit.state, existing?.stage ?? "self");
    if (!v.ok) throw forbidden(v.reason);
    if (!existing) throw notFound("Đơn vị chưa chấm tiêu chí này.");
    if (existing.version !== input.version) throw conflict("Tiêu chí này vừa được thay đổi; hãy tải lại trang.");
    const method = methodOf(criterion);
    const check = checkScore(input.score, criterion.maxPoints ?? 0, method.kind === "survey" ? { kind: "range", step: null } : method);
    if (!check.ok) throw badRequest(check.message);
    const remark = input.remark?.trim() || null;
    const ap = checkAppraisal(existing.selfScore, check.value, remark);
    if (!ap.ok) throw badRequest(ap.message);
    const stage = stageAfterAppraisal(existing.selfScore, check.value);
    const [row] = await tx
      .update(s.assessments)
      .set({ appraisedScore: check.value, appraiserRemark: remark, appraisedBy: actor.userId, appraisedAt: new Date(), stage, settledScore: stage === "settled" ? check.value : null, settledBy: stage === "settled" ? actor.userId : null, version: existing.version + 1, updatedAt: new Date() })
      .where(eq(s.assessments.id, existing.id))
      .returning({ version: s.assessments.version });
    await recordAudit(tx, { actor, action: "update", entity: "appraisal", entityId: existing.id, unitId: input.unitId, before: { appraisedScore: existing.appraisedScore, remark: existing.appraiserRemark, stage: existing.stage }, after: { appraisedScore: check.value, remark, stage } });
    return { stage, version: row!.version };
  });
}

const replyInput = z.object({ ...ids, criterionId: z.number().int().positive(), reply: z.string().trim().min(1, "Vui lòng nhập nội dung giải trình.").max(4000), version: z.number().int().positive() });

/** The unit's explanation (giải trình) of a remark. */
export async function explainCriterion(db: Db, actor: Actor, raw: unknown, asOf: string): Promise<{ version: number }> {
  const input = replyInput.parse(raw);
  return db.transaction(async (tx) => {
    const loaded = await loadCycle(tx, input.cycleId);
    unitOf(loaded, input.unitId);
    const existing = await assessmentFor(tx, input.cycleId, input.unitId, input.criterionId);
    const v = mayExplain(actor, cycleContext(loaded, asOf), input.unitId, existing.stage);
    if (!v.ok) throw forbidden(v.reason);
    if (existing.version !== input.version) throw conflict("Tiêu chí này vừa được thay đổi; hãy tải lại trang.");
    const [row] = await tx
      .update(s.assessments)
      .set({ reply: input.reply, repliedBy: actor.userId, repliedAt: new Date(), stage: "explained", version: existing.version + 1, updatedAt: new Date() })
      .where(eq(s.assessments.id, existing.id))
      .returning({ version: s.assessments.version });
    await recordAudit(tx, { actor, action: "update", entity: "explanation", entityId: existing.id, unitId: input.unitId, before: { reply: existing.reply, stage: existing.stage }, after: { reply: input.reply, stage: "explained" } });
    return { version: row!.version };
  });
}

const settleInput = z.object({ ...ids, criterionId: z.number().int().positive(), score: z.number({ error: "Điểm phải là một số." }), version: z.number().int().positive() });

/** The appraiser settles the final score, after the explanation. */
export async function settleCriterion(db: Db, actor: Actor, raw: unknown, asOf: string): Promise<{ version: number }> {
  const input = settleInput.parse(raw);
  return db.transaction(async (tx) => {
    const loaded = await loadCycle(tx, input.cycleId);
    unitOf(loaded, input.unitId);
    const criterion = criterionOf(await cycleCriteria(tx, loaded.cycle.frameworkId), input.criterionId);
    const existing = await assessmentFor(tx, input.cycleId, input.unitId, input.criterionId);
    const v = maySettle(cycleActor(actor, loaded), cycleContext(loaded, asOf), input.unitId, criterion.componentKey, existing.stage);
    if (!v.ok) throw forbidden(v.reason);
    if (existing.version !== input.version) throw conflict("Tiêu chí này vừa được thay đổi; hãy tải lại trang.");
    const method = methodOf(criterion);
    const check = checkScore(input.score, criterion.maxPoints ?? 0, method.kind === "survey" ? { kind: "range", step: null } : method);
    if (!check.ok) throw badRequest(check.message);
    const [row] = await tx
      .update(s.assessments)
      .set({ settledScore: check.value, settledBy: actor.userId, stage: "settled", version: existing.version + 1, updatedAt: new Date() })
      .where(eq(s.assessments.id, existing.id))
      .returning({ version: s.assessments.version });
    await recordAudit(tx, { actor, action: "update", entity: "settlement", entityId: existing.id, unitId: input.unitId, before: { settledScore: existing.settledScore, stage: existing.stage }, after: { settledScore: check.value, stage: "settled" } });
    return { version: row!.version };
  });
}
