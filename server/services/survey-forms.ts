import { and, asc, eq, inArray, isNull } from "drizzle-orm";
import { z } from "zod";
import type { Db, DbOrTx } from "../../db/client";
import * as s from "../../db/schema";
import { mayRun } from "../domain/cycle-access";
import type { Actor } from "../domain/permissions";
import { recordAudit } from "./audit";
import { cycleContext, loadCycle } from "./cycle-context";
import { badRequest, forbidden } from "./errors";

/**
 * The survey forms of a cycle (phiếu điều tra xã hội học, e.g. CC-CT, CC-ND of doc 001): for each,
 * who answers it, how it is run, and the planned and returned counts. They belong to the cycle's
 * plan (one cycle per plan). Home Affairs keeps them during the survey phase.
 */

export async function cycleSurveyForms(db: DbOrTx, planId: number) {
  return db
    .select({ id: s.surveyForms.id, code: s.surveyForms.code, respondents: s.surveyForms.respondents, method: s.surveyForms.method, planned: s.surveyForms.planned, returned: s.surveyForms.returned, note: s.surveyForms.note })
    .from(s.surveyForms)
    .where(eq(s.surveyForms.planId, planId))
    .orderBy(asc(s.surveyForms.position), asc(s.surveyForms.id));
}

const count = z.number().int("Số phiếu phải là số nguyên.").min(0, "Số phiếu không được âm.").max(1_000_000, "Số phiếu quá lớn.").nullable();
const formInput = z.object({
  cycleId: z.number().int().positive(),
  forms: z
    .array(
      z.object({
        id: z.number().int().positive().nullable(),
        code: z.string().trim().min(1, "Vui lòng ghi ký hiệu phiếu (ví dụ CC-ND).").max(40, "Ký hiệu phiếu quá dài."),
        respondents: z.string().trim().min(2, "Vui lòng ghi đối tượng khảo sát.").max(300, "Đối tượng khảo sát quá dài."),
        method: z.enum(["online", "direct"], { error: "Cách điều tra không hợp lệ." }),
        planned: count,
        returned: count,
      }),
    )
    .max(40),
});

/** Save the forms as listed (new ones added, existing ones updated); codes stay unique in the cycle. */
export async function saveSurveyForms(db: Db, actor: Actor, raw: unknown, asOf: string): Promise<{ saved: number }> {
  const input = formInput.parse(raw);
  const codes = input.forms.map((f) => f.code.toUpperCase());
  if (new Set(codes).size !== codes.length) throw badRequest("Hai phiếu trùng ký hiệu.");
  return db.transaction(async (tx) => {
    const loaded = await loadCycle(tx, input.cycleId);
    const v = mayRun(actor, cycleContext(loaded, asOf), "survey");
    if (!v.ok) throw forbidden(v.reason);
    const existing = await cycleSurveyForms(tx, loaded.cycle.planId);
    for (const [i, f] of input.forms.entries()) {
      const values = { code: f.code, respondents: f.respondents, method: f.method, planned: f.planned, returned: f.returned, position: i + 1 };
      if (f.id !== null) {
        const before = existing.find((e) => e.id === f.id);
        if (!before) throw badRequest("Phiếu không thuộc kỳ đánh giá này.");
        await tx.update(s.surveyForms).set(values).where(and(eq(s.surveyForms.id, f.id), eq(s.surveyForms.planId, loaded.cycle.planId)));
        await recordAudit(tx, { actor, action: "update", entity: "survey-form", entityId: f.id, unitId: loaded.cycle.ownerUnitId, before: { code: before.code, planned: before.planned, returned: before.returned }, after: { code: f.code, planned: f.planned, returned: f.returned } });
      } else {
        const [row] = await tx.insert(s.surveyForms).values({ planId: loaded.cycle.planId, ...values }).returning({ id: s.surveyForms.id });
        await recordAudit(tx, { actor, action: "create", entity: "survey-form", entityId: row!.id, unitId: loaded.cycle.ownerUnitId, after: values });
      }
    }
    return { saved: input.forms.length };
  });
}

/** The survey points entered for a cycle's units in its year, per unit and component. */
export async function cycleSurveyPoints(db: DbOrTx, year: number, unitIds: number[]) {
  if (unitIds.length === 0) return [];
  return db
    .select({ unitId: s.surveyScores.unitId, componentKey: s.surveyScores.componentKey, points: s.surveyScores.score })
    .from(s.surveyScores)
    .where(and(inArray(s.surveyScores.unitId, unitIds), eq(s.surveyScores.year, year), isNull(s.surveyScores.surveyFormId)));
}
