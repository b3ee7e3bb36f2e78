import { randomBytes } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "../../db/client";
import * as s from "../../db/schema";
import { parseDeadline } from "../domain/deadline";
import type { Actor } from "../domain/permissions";
import { foldVietnamese } from "../domain/text";
import { parseVnDate } from "../domain/vn-date";
import { authorize } from "./actor";
import { recordAudit } from "./audit";
import { badRequest, notFound } from "./errors";
import { provincePlanByCode, provinceUnitByCode, taskInProvince } from "./visibility";

export const planInput = z
  .object({
    number: z.string().trim().max(50, "Số, ký hiệu quá dài.").transform((v) => v || null),
    issuedOn: z.string().trim().max(20),
    issuerCode: z.string().min(1, "Vui lòng chọn cơ quan ban hành."),
    title: z.string().trim().min(5, "Vui lòng nhập tên kế hoạch.").max(500, "Tên kế hoạch quá dài."),
    kind: z.enum(["improvement", "scoring-cycle"], { error: "Vui lòng chọn loại kế hoạch." }),
    fromYear: z.coerce.number({ error: "Năm bắt đầu không hợp lệ." }).int().min(2000, "Năm bắt đầu không hợp lệ.").max(2100, "Năm bắt đầu không hợp lệ."),
    toYear: z.coerce.number({ error: "Năm kết thúc không hợp lệ." }).int().min(2000, "Năm kết thúc không hợp lệ.").max(2100, "Năm kết thúc không hợp lệ."),
    parentPlanCode: z.string().trim().transform((v) => v || null),
    reportingDeadline: z.string().trim().max(200).transform((v) => v || null),
    reportToCode: z.string().trim().transform((v) => v || null),
    summary: z.string().trim().max(3000, "Tóm tắt quá dài.").transform((v) => v || null),
  })
  .refine((v) => v.toYear >= v.fromYear, { path: ["toYear"], message: "Năm kết thúc phải từ năm bắt đầu trở đi." });
export type PlanInput = z.input<typeof planInput>;

async function unitId(db: Db, code: string, what: string): Promise<number> {
  const [u] = await db.select({ id: s.units.id }).from(s.units).where(eq(s.units.code, code));
  if (!u) throw badRequest(`${what} không tồn tại.`);
  return u.id;
}

async function resolve(db: Db, actor: Actor, input: z.output<typeof planInput>) {
  const issuerUnitId = await unitId(db, input.issuerCode, "Cơ quan ban hành");
  authorize(actor, { kind: "manage", unitId: issuerUnitId });
  const issuedOn = input.issuedOn ? parseVnDate(input.issuedOn) : null;
  if (input.issuedOn && !issuedOn) throw badRequest("Ngày ban hành không hợp lệ: nhập theo dạng ngày/tháng/năm, ví dụ 18/04/2017.");
  const reporting = input.reportingDeadline ? parseDeadline(input.reportingDeadline) : null;
  if (input.reportingDeadline && !reporting) throw badRequest("Hạn báo cáo không phải một ngày có thật.");
  let parentPlanId: number | null = null;
  if (input.parentPlanCode) {
    const p = await provincePlanByCode(db, actor, input.parentPlanCode);
    if (!p) throw badRequest("Kế hoạch cấp trên không tồn tại hoặc nằm ngoài phạm vi tỉnh của bạn.");
    parentPlanId = p.id;
  }
  let reportToUnitId: number | null = null;
  if (input.reportToCode) {
    const u = await provinceUnitByCode(db, actor, input.reportToCode);
    if (!u) throw badRequest("Đơn vị nhận báo cáo không tồn tại hoặc nằm ngoài phạm vi tỉnh của bạn.");
    reportToUnitId = u.id;
  }
  return {
    number: input.number,
    numberPrinted: input.number ? `Số: ${input.number}` : null,
    issuedOn,
    issuerUnitId,
    title: input.title,
    kind: input.kind,
    fromYear: input.fromYear,
    toYear: input.toYear,
    parentPlanId,
    reportingDeadlineText: input.reportingDeadline,
    reportingDeadline: reporting,
    reportToUnitId,
    summary: input.summary,
  };
}

function codeFor(number: string | null, year: number): string {
  const base = foldVietnamese(number ?? "ke-hoach").replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
  return `${base || "ke-hoach"}-${year}-${randomBytes(2).toString("hex")}`;
}

export async function createPlan(db: Db, actor: Actor, raw: PlanInput): Promise<{ code: string }> {
  const input = planInput.parse(raw);
  const values = await resolve(db, actor, input);
  return db.transaction(async (tx) => {
    const code = codeFor(input.number, input.fromYear);
    const [row] = await tx.insert(s.plans).values({ ...values, code }).returning({ id: s.plans.id });
    await recordAudit(tx, { actor, action: "create", entity: "plan", entityId: row!.id, unitId: values.issuerUnitId, after: { ...input } });
    return { code };
  });
}

export async function updatePlan(db: Db, actor: Actor, code: string, raw: PlanInput): Promise<void> {
  const input = planInput.parse(raw);
  const [current] = await db.select().from(s.plans).where(eq(s.plans.code, code));
  if (!current) throw notFound("Không tìm thấy kế hoạch này.");
  authorize(actor, { kind: "manage", unitId: current.issuerUnitId });
  const values = await resolve(db, actor, input);
  if (values.parentPlanId === current.id) throw badRequest("Kế hoạch không thể thực hiện chính nó.");
  await db.transaction(async (tx) => {
    await tx.update(s.plans).set({ ...values, updatedAt: new Date() }).where(eq(s.plans.id, current.id));
    await recordAudit(tx, {
      actor,
      action: "update",
      entity: "plan",
      entityId: current.id,
      unitId: current.issuerUnitId,
      before: { number: current.number, title: current.title, fromYear: current.fromYear, toYear: current.toYear, reportingDeadline: current.reportingDeadlineText },
      after: { number: values.number, title: values.title, fromYear: values.fromYear, toYear: values.toYear, reportingDeadline: values.reportingDeadlineText },
    });
  });
}

/** Trace a task to the task of the parent plan it carries out (Tam Đường's plan implements Lai Châu's). */
export async function linkParentTask(db: Db, actor: Actor, taskId: number, parentTaskId: number | null): Promise<void> {
  const [t] = await db
    .select({ id: s.tasks.id, planId: s.tasks.planId, parentPlanId: s.plans.parentPlanId, issuer: s.plans.issuerUnitId, before: s.tasks.parentTaskId })
    .from(s.tasks)
    .innerJoin(s.plans, eq(s.plans.id, s.tasks.planId))
    .where(eq(s.tasks.id, taskId));
  if (!t) throw notFound("Không tìm thấy nhiệm vụ.");
  authorize(actor, { kind: "manage", unitId: t.issuer });
  if (parentTaskId !== null) {
    if (t.parentPlanId === null) throw badRequest("Kế hoạch này chưa gắn với kế hoạch cấp trên.");
    const [p] = await db.select({ id: s.tasks.id }).from(s.tasks).where(and(eq(s.tasks.id, parentTaskId), eq(s.tasks.planId, t.parentPlanId)));
    if (!p) throw badRequest("Nhiệm vụ cấp trên phải thuộc kế hoạch cấp trên.");
    // A link made before parents were checked may point outside the actor's province.
    if (!(await taskInProvince(db, actor, parentTaskId))) throw badRequest("Nhiệm vụ cấp trên nằm ngoài phạm vi tỉnh của bạn.");
  }
  await db.transaction(async (tx) => {
    await tx.update(s.tasks).set({ parentTaskId }).where(eq(s.tasks.id, taskId));
    await recordAudit(tx, { actor, action: "update", entity: "task", entityId: taskId, unitId: t.issuer, before: { parentTaskId: t.before }, after: { parentTaskId } });
  });
}

/** A plan's fields as the edit form shows them (dates as dd/mm/yyyy, units and parent by code). */
export async function getPlanFormValues(db: Db, actor: Actor, code: string) {
  const [plan] = await db.select().from(s.plans).where(eq(s.plans.code, code));
  if (!plan) throw notFound("Không tìm thấy kế hoạch này.");
  authorize(actor, { kind: "manage", unitId: plan.issuerUnitId });
  const unitCode = async (id: number | null) =>
    id ? ((await db.select({ code: s.units.code }).from(s.units).where(eq(s.units.id, id)))[0]?.code ?? "") : "";
  const parent = plan.parentPlanId ? (await db.select({ code: s.plans.code }).from(s.plans).where(eq(s.plans.id, plan.parentPlanId)))[0]?.code : "";
  return {
    number: plan.number ?? "",
    issuedOn: plan.issuedOn ? plan.issuedOn.split("-").reverse().join("/") : "",
    issuerCode: await unitCode(plan.issuerUnitId),
    title: plan.title,
    kind: plan.kind,
    fromYear: String(plan.fromYear),
    toYear: String(plan.toYear),
    parentPlanCode: parent ?? "",
    reportingDeadline: plan.reportingDeadlineText ?? "",
    reportToCode: await unitCode(plan.reportToUnitId),
    summary: plan.summary ?? "",
  };
}
