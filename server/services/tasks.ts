import { and, eq, sql } from "drizzle-orm";
import { z } from "zod";
import type { Db, DbOrTx } from "../../db/client";
import * as s from "../../db/schema";
import type { Actor } from "../domain/permissions";
import { can } from "../domain/permissions";
import { reportRefusal, statusRefusal, type TaskParticipants } from "../domain/task-refusal";
import { authorize } from "./actor";
import { auditInsertFrom, auditParams, recordAudit, type AuditEntry } from "./audit";
import { insertSelect, typed } from "./insert-select";
import { prepared } from "./prepared";
import { badRequest, conflict, forbidden, notFound } from "./errors";
import { insertEvidence, withEvidence, type EvidenceInput, type PreparedEvidence } from "./evidence";
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
/** One statement: the task and its units (in their printed order), as every write reads it first. */
function taskAccessStatement(db: DbOrTx, name: string) {
  return db
    .select({
      id: s.tasks.id,
      planId: s.tasks.planId,
      ownerUnitId: s.plans.issuerUnitId,
      isHeading: s.tasks.isHeading,
      status: s.tasks.status,
      progress: s.tasks.progress,
      statusReason: s.tasks.statusReason,
      version: s.tasks.version,
      links: sql<TaskLinkRow[] | string>`coalesce((
        select json_agg(json_build_object('unitId', tu.unit_id, 'role', tu.role, 'name', u.name) order by tu.position)
        from ${s.taskUnits} tu join ${s.units} u on u.id = tu.unit_id where tu.task_id = ${s.tasks.id}), '[]'::json)`,
    })
    .from(s.tasks)
    .innerJoin(s.plans, eq(s.plans.id, s.tasks.planId))
    .where(eq(s.tasks.id, sql.placeholder("id")))
    .prepare(name);
}

export async function loadTaskAccess(db: DbOrTx, taskId: number): Promise<TaskAccess> {
  const [t] = await prepared(db, "task_access", taskAccessStatement).execute({ id: taskId });
  if (!t) throw notFound("Không tìm thấy nhiệm vụ.");
  const { links: raw, ...task } = t;
  const links: TaskLinkRow[] = typeof raw === "string" ? (JSON.parse(raw) as TaskLinkRow[]) : raw;
  const lead = links.filter((l) => l.role === "lead");
  const coordinating = links.filter((l) => l.role === "coordinating");
  return {
    ...task,
    leadUnitIds: lead.map((l) => l.unitId),
    coordinatingUnitIds: coordinating.map((l) => l.unitId),
    participants: { lead: lead.map((l) => l.name), coordinating: coordinating.map((l) => l.name) },
  };
}

interface TaskLinkRow {
  unitId: number;
  role: (typeof s.taskRole.enumValues)[number];
  name: string;
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
  // Refuse before any file is stored when the user could not report at all (the write checks the
  // same again; the version check in its update is what makes it safe against a change in between).
  if (evidence.length > 0) authorizeReport(actor, await loadTaskAccess(db, input.taskId));
  const write = async (dbx: DbOrTx, files: PreparedEvidence[]) => {
    const task = await loadTaskAccess(dbx, input.taskId);
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
    if (isContribution && !input.report && files.length === 0) {
      throw badRequest("Vui lòng nhập nội dung phần việc đã thực hiện hoặc đính kèm tài liệu kiểm chứng.");
    }
    const nextVersion = task.version + 1;
    const completedOn = FINAL.has(input.status) && input.status !== "khong-thuc-hien-duoc" ? new Date() : null;
    const updateId = await writeReport(dbx, {
      taskId: task.id,
      expectedVersion: input.expectedVersion,
      move: isContribution
        ? null
        : {
            status: input.status,
            progress: input.progress,
            statusReason: input.status === "khong-thuc-hien-duoc" ? (input.reason ?? null) : null,
            completedOn,
          },
      version: nextVersion,
      update: {
        kind: isContribution ? "contribution" : "progress",
        unitId: actor.unitId,
        userId: actor.userId,
        status: isContribution ? null : input.status,
        progress: isContribution ? null : input.progress,
        report: input.report || null,
        reason: input.reason ?? null,
      },
      audit: {
        actor,
        action: "update",
        entity: "task",
        entityId: task.id,
        unitId: task.ownerUnitId,
        before: { status: task.status, progress: task.progress, version: task.version },
        after: isContribution
          ? { contribution: input.report, version: nextVersion }
          : { status: input.status, progress: input.progress, version: nextVersion, report: input.report || null },
        note: files.length ? `Kèm ${files.length} tài liệu kiểm chứng` : undefined,
      },
    });
    if (updateId === null) {
      throw conflict("Nhiệm vụ vừa được người khác cập nhật. Vui lòng xem bản mới nhất rồi lưu lại.");
    }
    const evidenceIds = await insertEvidence(dbx, actor, { taskId: task.id, taskUpdateId: updateId }, files);
    return { version: nextVersion, updateId, evidenceIds };
  };
  // Without files the one write statement is all or nothing by itself: no transaction, three
  // statements in all (session, task, write). Files add rows that must go with it.
  if (evidence.length === 0) return write(db, []);
  return withEvidence(db, evidence, (files) => db.transaction((tx) => write(tx, files)));
}

/**
 * A report's three writes (the task's new state, the update row, the audit entry) as one
 * statement: all or nothing, and nothing at all when the task's version has moved on since it was
 * read (the update then matches no row). Returns the update row's id, or null on that conflict.
 * Prepared (see prepared.ts) in its two shapes: a move of status and progress, or a contribution.
 */
async function writeReport(
  db: DbOrTx,
  w: {
    taskId: number;
    expectedVersion: number;
    /** Status, progress and reason when the report moves the task; null for a contribution. */
    move: { status: TaskStatus; progress: number; statusReason: string | null; completedOn: Date | null } | null;
    version: number;
    /** The update row; its task version is `version`. */
    update: Omit<typeof s.taskUpdates.$inferInsert, "taskId" | "id" | "createdAt" | "taskVersion">;
    audit: AuditEntry;
  },
): Promise<number | null> {
  const u = w.update;
  const statement = w.move ? prepared(db, "task_report_move", reportStatement(true)) : prepared(db, "task_report_contribution", reportStatement(false));
  const [row] = await statement.execute({
    taskId: w.taskId,
    expectedVersion: w.expectedVersion,
    version: w.version,
    now: new Date().toISOString(),
    ...(w.move
      ? { status: w.move.status, progress: w.move.progress, statusReason: w.move.statusReason, completedOn: w.move.completedOn?.toISOString() ?? null }
      : {}),
    kind: u.kind,
    unitId: u.unitId,
    userId: u.userId,
    updateStatus: u.status ?? null,
    updateProgress: u.progress ?? null,
    report: u.report ?? null,
    reason: u.reason ?? null,
    ...auditParams(w.audit),
  });
  return row ? row.id : null;
}

function reportStatement(moves: boolean) {
  return (db: DbOrTx, name: string) => {
    const ph = (n: string) => sql`${sql.placeholder(n)}`;
    const moved = db.$with("moved").as(
      db
        .update(s.tasks)
        .set(
          moves
            ? { status: ph("status"), progress: ph("progress"), statusReason: ph("statusReason"), completedOn: ph("completedOn"), version: ph("version"), updatedAt: ph("now") }
            : { version: ph("version"), updatedAt: ph("now") },
        )
        .where(and(eq(s.tasks.id, sql.placeholder("taskId")), eq(s.tasks.version, sql.placeholder("expectedVersion"))))
        .returning({ id: s.tasks.id }),
    );
    const logged = db.$with("logged", { id: s.taskUpdates.id }).as(
      sql`${insertSelect(s.taskUpdates, "moved", {
        taskId: sql`id`,
        kind: typed(sql.placeholder("kind"), "task_update_kind"),
        unitId: typed(sql.placeholder("unitId"), "integer"),
        userId: typed(sql.placeholder("userId"), "integer"),
        status: typed(sql.placeholder("updateStatus"), "task_status"),
        progress: typed(sql.placeholder("updateProgress"), "integer"),
        report: typed(sql.placeholder("report"), "text"),
        reason: typed(sql.placeholder("reason"), "text"),
        taskVersion: typed(sql.placeholder("version"), "integer"),
      })} returning ${s.taskUpdates.id}`,
    );
    const audited = db.$with("audited", { id: s.auditLog.id }).as(sql`${auditInsertFrom("moved")} returning ${s.auditLog.id}`);
    return db.with(moved, logged, audited).select({ id: logged.id }).from(logged).prepare(name);
  };
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
