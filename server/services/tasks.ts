import { and, asc, eq } from "drizzle-orm";
import { z } from "zod";
import type { Db, DbOrTx } from "../../db/client";
import * as s from "../../db/schema";
import type { Actor } from "../domain/permissions";
import { can } from "../domain/permissions";
import { reportRefusal, statusRefusal, type TaskParticipants } from "../domain/task-refusal";
import { authorize } from "./actor";
import { recordAudit } from "./audit";
import { badRequest, conflict, forbidden, notFound } from "./errors";
import { insertEvidence, withEvidence, type EvidenceInput } from "./evidence";
import { zId, zText } from "../validation/zod";

export type TaskStatus = (typeof s.taskStatus.enumValues)[number];
const FINAL: ReadonlySet<TaskStatus> = new Set(["hoan-thanh", "hoan-thanh-cham", "khong-thuc-hien-duoc"]);

export interface TaskAccess {
  id: number;
  planId: number;
  ownerUnitId: number;
  isHeading: boolean;
  status: TaskStatus;
  progress: number;
  statusReason: string | null;
  version: number;
  leadUnitIds: number[];
  coordinatingUnitIds: number[];
  /** Names of the lead and coordinating units, for refusals that say who may act. */
  participants: TaskParticipants;
}

/** Refuse a report with a message naming the units that may make it. */
export function authorizeReport(actor: Actor, task: TaskAccess): void {
  if (!can(actor, { kind: "update-task", ...task })) throw forbidden(reportRefusal(task.participants));
}

/** What permission checks need to know about a task: its owner (the plan's issuer) and its units. */
export async function loadTaskAccess(db: DbOrTx, taskId: number): Promise<TaskAccess> {
  const [t] = await db
    .select({
      id: s.tasks.id,
      planId: s.tasks.planId,
      ownerUnitId: s.plans.issuerUnitId,
      isHeading: s.tasks.isHeading,
      status: s.tasks.status,
      progress: s.tasks.progress,
      statusReason: s.tasks.statusReason,
      version: s.tasks.version,
    })
    .from(s.tasks)
    .innerJoin(s.plans, eq(s.plans.id, s.tasks.planId))
    .where(eq(s.tasks.id, taskId));
  if (!t) throw notFound("Không tìm thấy nhiệm vụ.");
  const links = await db
    .select({ unitId: s.taskUnits.unitId, role: s.taskUnits.role, name: s.units.name })
    .from(s.taskUnits)
    .innerJoin(s.units, eq(s.units.id, s.taskUnits.unitId))
    .where(eq(s.taskUnits.taskId, taskId))
    .orderBy(asc(s.taskUnits.position));
  const lead = links.filter((l) => l.role === "lead");
  const coordinating = links.filter((l) => l.role === "coordinating");
  return {
    ...t,
    leadUnitIds: lead.map((l) => l.unitId),
    coordinatingUnitIds: coordinating.map((l) => l.unitId),
    participants: { lead: lead.map((l) => l.name), coordinating: coordinating.map((l) => l.name) },
  };
}

export const reportInput = z
  .object({
    taskId: zId("Mã nhiệm vụ"),
    /** The version the user saw; a different current version means someone saved in between. */
    expectedVersion: zId("Phiên bản"),
    status: z.enum(s.taskStatus.enumValues),
    progress: z.number({ error: "Tiến độ phải là một số từ 0 đến 100." }).int("Tiến độ phải là số nguyên.").min(0, "Tiến độ phải từ 0 đến 100.").max(100, "Tiến độ phải từ 0 đến 100."),
    report: zText("Nội dung báo cáo", { max: 5000 }).default(""),
    reason: zText("Lý do", { max: 2000 }).optional(),
  })
  .superRefine((v, ctx) => {
    if (v.status === "khong-thuc-hien-duoc" && !v.reason) {
      ctx.addIssue({ code: "custom", path: ["reason"], message: "Vui lòng nêu lý do không thực hiện được." });
    }
    if ((v.status === "hoan-thanh" || v.status === "hoan-thanh-cham") && v.progress !== 100) {
      ctx.addIssue({ code: "custom", path: ["progress"], message: "Nhiệm vụ hoàn thành thì tiến độ phải là 100%." });
    }
  });
export type ReportInput = z.input<typeof reportInput>;

/**
 * A unit reports on a task. The lead unit (or Home Affairs) moves its status and progress; a
 * coordinating unit adds a contribution to the history without changing the task's status.
 * Every report is kept; a report against an outdated version is refused with the newer one.
 */
export async function reportOnTask(
  db: Db,
  actor: Actor,
  raw: ReportInput,
  evidence: EvidenceInput[] = [],
): Promise<{ version: number; updateId: number; evidenceIds: number[] }> {
  const input = reportInput.parse(raw);
  // Refuse before any file is stored when the user could not report at all (without files the
  // transaction below checks the same, on the row it locks).
  if (evidence.length > 0) authorizeReport(actor, await loadTaskAccess(db, input.taskId));
  return withEvidence(db, evidence, (prepared) => db.transaction(async (tx) => {
    const task = await loadTaskAccess(tx, input.taskId);
    if (task.isHeading) throw badRequest("Đây là đề mục, không phải nhiệm vụ để báo cáo.");
    authorizeReport(actor, task);
    const mayMove = can(actor, { kind: "complete-task", ...task });
    const isContribution = !mayMove;
    // An outdated view is a conflict first: the status it shows may be what changed since.
    if (task.version !== input.expectedVersion) {
      throw conflict("Nhiệm vụ vừa được người khác cập nhật. Vui lòng xem bản mới nhất rồi lưu lại.", {
        current: { status: task.status, progress: task.progress, version: task.version },
      });
    }
    if (isContribution && (input.status !== task.status || input.progress !== task.progress)) {
      throw forbidden(statusRefusal(task.participants));
    }
    if (isContribution && !input.report && prepared.length === 0) {
      throw badRequest("Vui lòng nhập nội dung phần việc đã thực hiện hoặc đính kèm tài liệu kiểm chứng.");
    }
    const nextVersion = task.version + 1;
    const completedOn = FINAL.has(input.status) && input.status !== "khong-thuc-hien-duoc" ? new Date() : null;
    const updated = await tx
      .update(s.tasks)
      .set(
        isContribution
          ? { version: nextVersion, updatedAt: new Date() }
          : {
              status: input.status,
              progress: input.progress,
              statusReason: input.status === "khong-thuc-hien-duoc" ? (input.reason ?? null) : null,
              completedOn,
              version: nextVersion,
              updatedAt: new Date(),
            },
      )
      .where(and(eq(s.tasks.id, task.id), eq(s.tasks.version, input.expectedVersion)))
      .returning({ id: s.tasks.id });
    if (updated.length === 0) {
      throw conflict("Nhiệm vụ vừa được người khác cập nhật. Vui lòng xem bản mới nhất rồi lưu lại.");
    }
    const [row] = await tx
      .insert(s.taskUpdates)
      .values({
        taskId: task.id,
        kind: isContribution ? "contribution" : "progress",
        unitId: actor.unitId,
        userId: actor.userId,
        status: isContribution ? null : input.status,
        progress: isContribution ? null : input.progress,
        report: input.report || null,
        reason: input.reason ?? null,
        taskVersion: nextVersion,
      })
      .returning({ id: s.taskUpdates.id });
    const evidenceIds = await insertEvidence(tx, actor, { taskId: task.id, taskUpdateId: row!.id }, prepared);
    await recordAudit(tx, {
      actor,
      action: "update",
      entity: "task",
      entityId: task.id,
      unitId: task.ownerUnitId,
      before: { status: task.status, progress: task.progress, version: task.version },
      after: isContribution
        ? { contribution: input.report, version: nextVersion }
        : { status: input.status, progress: input.progress, version: nextVersion, report: input.report || null },
      note: prepared.length ? `Kèm ${prepared.length} tài liệu kiểm chứng` : undefined,
    });
    return { version: nextVersion, updateId: row!.id, evidenceIds };
  }));
}

export const directionInput = z.object({
  taskId: zId("Mã nhiệm vụ"),
  text: zText("Nội dung", { min: 1, minMessage: "Vui lòng nhập nội dung chỉ đạo.", max: 3000 }),
});

/** A leader's direction, or a Home Affairs officer's comment, on a task. It changes nothing else. */
export async function addDirection(db: Db, actor: Actor, raw: z.input<typeof directionInput>): Promise<{ updateId: number }> {
  const input = directionInput.parse(raw);
  return db.transaction(async (tx) => {
    const task = await loadTaskAccess(tx, input.taskId);
    authorize(actor, { kind: "direct", unitId: task.ownerUnitId });
    const kind = actor.roles.includes("lanh-dao") ? "direction" : "comment";
    const [row] = await tx
      .insert(s.taskUpdates)
      .values({ taskId: task.id, kind, unitId: actor.unitId, userId: actor.userId, report: input.text, taskVersion: task.version })
      .returning({ id: s.taskUpdates.id });
    await recordAudit(tx, {
      actor,
      action: "create",
      entity: "task",
      entityId: task.id,
      unitId: task.ownerUnitId,
      after: { kind, text: input.text },
      note: kind === "direction" ? "Ý kiến chỉ đạo" : "Ý kiến",
    });
    return { updateId: row!.id };
  });
}
