import { asc, eq, inArray } from "drizzle-orm";
import { z } from "zod";
import type { Db, DbOrTx } from "../../db/client";
import * as s from "../../db/schema";
import { can, type Actor } from "../domain/permissions";
import { zId } from "../validation/zod";
import { authorize } from "./actor";
import { recordAudit } from "./audit";
import { badRequest, notFound } from "./errors";
import { componentKeySchema, idInput, optionalText, requireComponent, unitByCode, unitCodeSchema, vnNumber, yearSchema } from "./result-inputs";
import { provincePlanByCode } from "./visibility";

/**
 * Targets a plan sets for a unit (score and rank conditions, the units that answer for them),
 * one at a time from a form. Every write needs the "manage" right on the unit and leaves an audit
 * entry in the same transaction.
 */

export const targetInput = z
  .object({
    /** Absent to create, the target's id to update. */
    id: zId().optional(),
    unitCode: unitCodeSchema,
    year: yearSchema,
    componentKey: componentKeySchema,
    label: z
      .string({ error: "Vui lòng nhập tên mục tiêu, ví dụ \"Mục tiêu chung\"." })
      .trim()
      .min(1, "Vui lòng nhập tên mục tiêu, ví dụ \"Mục tiêu chung\".")
      .max(200, "Tên mục tiêu quá dài (tối đa 200 ký tự)."),
    printed: z
      .string({ error: "Vui lòng nhập mục tiêu như văn bản ghi, ví dụ \"Trên 75%\"." })
      .trim()
      .min(1, "Vui lòng nhập mục tiêu như văn bản ghi, ví dụ \"Trên 75%\".")
      .max(1000, "Nội dung mục tiêu quá dài (tối đa 1000 ký tự)."),
    scoreOp: z.enum(s.scoreOp.enumValues, { error: "Điều kiện điểm không hợp lệ." }).nullish().transform((v) => v ?? null),
    scoreValue: vnNumber("Giá trị mục tiêu điểm", true),
    scoreUnit: z.enum(s.scoreUnit.enumValues, { error: "Đơn vị của mục tiêu phải là % hoặc điểm." }).nullish().transform((v) => v ?? null),
    rankOp: z.enum(s.rankOp.enumValues, { error: "Điều kiện thứ hạng không hợp lệ." }).nullish().transform((v) => v ?? null),
    rankValue: vnNumber("Thứ hạng mục tiêu"),
    rankPrinted: optionalText(200, "Thứ hạng như văn bản ghi"),
    responsibleUnitCodes: z.array(z.string().trim().min(1)).max(50, "Tối đa 50 đơn vị chịu trách nhiệm.").default([]),
    responsiblePrinted: optionalText(1000, "Đơn vị chịu trách nhiệm như văn bản ghi"),
    planCode: optionalText(100, "Mã kế hoạch"),
  })
  .superRefine((v, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
    if (!v.scoreOp && !v.rankOp) issue("scoreOp", "Mục tiêu cần có điều kiện về điểm hoặc về thứ hạng.");
    if (v.scoreOp === "gt" || v.scoreOp === "gte" || v.scoreOp === "eq") {
      if (v.scoreValue === null) issue("scoreValue", "Vui lòng nhập giá trị mục tiêu điểm, ví dụ 75 cho \"Trên 75%\".");
      else if (v.scoreValue < 0) issue("scoreValue", "Giá trị mục tiêu điểm không được âm.");
      else if (v.scoreUnit === "percent" && v.scoreValue > 100) issue("scoreValue", "Mục tiêu tính theo % không được quá 100.");
      if (v.scoreUnit === null) issue("scoreUnit", "Vui lòng chọn đơn vị của mục tiêu: % hay điểm.");
    } else if (v.scoreOp === "gt-previous-year" && v.scoreValue !== null) {
      issue("scoreValue", "Mục tiêu \"cao hơn năm trước\" không có giá trị: hãy để trống ô giá trị.");
    } else if (v.scoreOp === null && v.scoreValue !== null) {
      issue("scoreOp", "Hãy chọn điều kiện điểm (trên, từ … trở lên, bằng) cho giá trị đã nhập.");
    }
    if (v.rankOp === "at-most") {
      if (v.rankValue === null) issue("rankValue", "Vui lòng nhập thứ hạng mục tiêu, ví dụ 3 (xếp hạng 3 trở lên).");
      else if (!Number.isInteger(v.rankValue) || v.rankValue < 1) issue("rankValue", "Thứ hạng mục tiêu phải là số nguyên từ 1 trở lên.");
    } else if (v.rankOp !== null && v.rankValue !== null) {
      issue("rankValue", "Điều kiện thứ hạng này không có giá trị: hãy để trống ô thứ hạng.");
    } else if (v.rankOp === null && v.rankValue !== null) {
      issue("rankOp", "Hãy chọn điều kiện thứ hạng cho thứ hạng đã nhập.");
    }
  });
export type TargetInput = z.input<typeof targetInput>;

interface TargetSnapshot {
  unit: string;
  year: number;
  componentKey: string;
  label: string;
  printed: string;
  scoreOp: string | null;
  scoreValue: number | null;
  scoreUnit: string | null;
  rankOp: string | null;
  rankValue: number | null;
  rankPrinted: string | null;
  responsible: string[];
  responsiblePrinted: string | null;
  plan: string | null;
}

async function targetSnapshot(tx: DbOrTx, id: number): Promise<{ unitId: number; snapshot: TargetSnapshot } | null> {
  const [t] = await tx
    .select({
      unitId: s.targets.unitId,
      unit: s.units.code,
      year: s.targets.year,
      componentKey: s.targets.componentKey,
      label: s.targets.label,
      printed: s.targets.printed,
      scoreOp: s.targets.scoreOp,
      scoreValue: s.targets.scoreValue,
      scoreUnit: s.targets.scoreUnit,
      rankOp: s.targets.rankOp,
      rankValue: s.targets.rankValue,
      rankPrinted: s.targets.rankPrinted,
      responsiblePrinted: s.targets.responsiblePrinted,
      plan: s.plans.code,
    })
    .from(s.targets)
    .innerJoin(s.units, eq(s.units.id, s.targets.unitId))
    .leftJoin(s.plans, eq(s.plans.id, s.targets.planId))
    .where(eq(s.targets.id, id));
  if (!t) return null;
  const responsible = await tx
    .select({ code: s.units.code })
    .from(s.targetUnits)
    .innerJoin(s.units, eq(s.units.id, s.targetUnits.unitId))
    .where(eq(s.targetUnits.targetId, id))
    .orderBy(asc(s.targetUnits.position));
  const { unitId, ...rest } = t;
  return { unitId, snapshot: { ...rest, responsible: responsible.map((r) => r.code) } };
}

/** Create or update a target with the units that answer for it (their list is replaced). */
export async function saveTarget(db: Db, actor: Actor, raw: unknown): Promise<{ id: number }> {
  const input = targetInput.parse(raw);
  return db.transaction(async (tx) => {
    const unit = await unitByCode(tx, input.unitCode);
    authorize(actor, { kind: "manage", unitId: unit.id });
    await requireComponent(tx, input.componentKey);

    const before = input.id === undefined ? null : await targetSnapshot(tx, input.id);
    if (input.id !== undefined && !before) throw notFound("Không tìm thấy mục tiêu này; có thể đã bị xóa.");
    // Moving a target to another unit needs the right on the unit it leaves as well.
    if (before) authorize(actor, { kind: "manage", unitId: before.unitId });

    const codes = [...new Set(input.responsibleUnitCodes)];
    const found = codes.length
      ? await tx.select({ id: s.units.id, code: s.units.code, name: s.units.name }).from(s.units).where(inArray(s.units.code, codes))
      : [];
    const missing = codes.filter((c) => !found.some((u) => u.code === c));
    if (missing.length) throw badRequest(`Không tìm thấy đơn vị chịu trách nhiệm: ${missing.join(", ")}.`);
    const outside = found.filter((u) => !can(actor, { kind: "manage", unitId: u.id }));
    if (outside.length) {
      throw badRequest(`Không thể giao cho đơn vị ngoài phạm vi bạn quản lý: ${outside.map((u) => u.name).join("; ")}.`);
    }

    let planId: number | null = null;
    if (input.planCode) {
      // Only a plan of the actor's province: a Lai Châu target cannot serve a Quảng Nam plan.
      const plan = await provincePlanByCode(tx, actor, input.planCode);
      if (!plan) throw badRequest(`Không tìm thấy kế hoạch có mã "${input.planCode}" trong phạm vi của bạn.`);
      planId = plan.id;
    }

    const takesValue = input.scoreOp === "gt" || input.scoreOp === "gte" || input.scoreOp === "eq";
    const values = {
      unitId: unit.id,
      year: input.year,
      componentKey: input.componentKey,
      label: input.label,
      printed: input.printed,
      scoreOp: input.scoreOp,
      // "Higher than last year" has no value or unit of its own (the database check insists).
      scoreValue: takesValue ? input.scoreValue : null,
      scoreUnit: takesValue ? input.scoreUnit : null,
      rankOp: input.rankOp,
      rankValue: input.rankOp === "at-most" ? input.rankValue : null,
      rankPrinted: input.rankPrinted,
      responsiblePrinted: input.responsiblePrinted,
      planId,
    };
    let id: number;
    if (input.id !== undefined) {
      id = input.id;
      await tx.update(s.targets).set(values).where(eq(s.targets.id, id));
      await tx.delete(s.targetUnits).where(eq(s.targetUnits.targetId, id));
    } else {
      const [row] = await tx.insert(s.targets).values(values).returning({ id: s.targets.id });
      id = row!.id;
    }
    const byCode = new Map(found.map((u) => [u.code, u.id]));
    if (codes.length) {
      await tx.insert(s.targetUnits).values(codes.map((code, position) => ({ targetId: id, unitId: byCode.get(code)!, position })));
    }
    const after = await targetSnapshot(tx, id);
    await recordAudit(tx, {
      actor,
      action: before ? "update" : "create",
      entity: "target",
      entityId: id,
      unitId: unit.id,
      before: before?.snapshot ?? null,
      after: after?.snapshot ?? null,
    });
    return { id };
  });
}

export async function deleteTarget(db: Db, actor: Actor, raw: unknown): Promise<void> {
  const { id } = idInput.parse(raw);
  await db.transaction(async (tx) => {
    const before = await targetSnapshot(tx, id);
    if (!before) throw notFound("Không tìm thấy mục tiêu này; có thể đã bị xóa.");
    authorize(actor, { kind: "manage", unitId: before.unitId });
    await tx.delete(s.targets).where(eq(s.targets.id, id));
    await recordAudit(tx, { actor, action: "delete", entity: "target", entityId: id, unitId: before.unitId, before: before.snapshot });
  });
}
