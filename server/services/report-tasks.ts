import { and, asc, eq, lt, sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import * as s from "../../db/schema";
import { afterVietnamDay, endOfVietnamDay, taskAsOf } from "../domain/task-as-of";
import type { TaskStatus } from "../domain/task-state";
import { decidingFacts } from "./task-history";

/** What a report prints of a piece of evidence. */
export interface ReportEvidenceFact {
  kind: "file" | "document";
  docNumber: string | null;
  docDate: string | null;
  docIssuer: string | null;
  originalName: string | null;
}

/** A task of a plan as it stood at the report's cut-off. */
export interface ReportTaskView {
  status: TaskStatus;
  progress: number;
  completedOnDay: string | null;
  /** The latest report by a participating unit (progress or contribution) filed by then. */
  lastUpdateAt: Date | null;
  evidenceCount: number;
  /** Evidence filed by then, oldest first. */
  evidence: ReportEvidenceFact[];
}

/**
 * A plan's tasks as they stood at the end of `cutoff` (a day in Vietnam), for its report: the
 * domain's taskAsOf over the few updates that decide each task (decidingFacts), the evidence filed
 * by then, and how many updates and evidence were filed later (counted, never printed). Four
 * statements whatever the number of tasks, reading a few rows per task instead of every update
 * with its text, unit and user (a province plan's 22 000 updates took ≈0,8 s to read and map).
 * Tasks absent from the map did not exist yet at the cut-off; all that was filed on them is "later".
 */
export async function reportTaskViews(
  db: DbOrTx,
  planId: number,
  tasks: ReadonlyArray<{ id: number; existsFrom: Date }>,
  cutoff: string,
): Promise<{ views: Map<number, ReportTaskView>; laterUpdates: number; laterEvidence: number }> {
  const end = endOfVietnamDay(cutoff);
  const after = afterVietnamDay(cutoff);
  const existing = tasks.filter((t) => t.existsFrom.getTime() <= end.getTime());
  const gone = tasks.filter((t) => t.existsFrom.getTime() > end.getTime()).map((t) => t.id);
  const goneSql = sql`${`{${gone.join(",")}}`}::int[]`;
  const planTasks = and(eq(s.tasks.planId, planId), eq(s.tasks.isHeading, false));
  const [facts, evidence, [later]] = await Promise.all([
    existing.length ? decidingFacts(db, existing.map((t) => ({ id: t.id, asOf: cutoff }))) : Promise.resolve(new Map<number, never>()),
    db
      .select({
        taskId: s.evidence.taskId,
        kind: s.evidence.kind,
        docNumber: s.evidence.docNumber,
        docDate: s.evidence.docDate,
        docIssuer: s.evidence.docIssuer,
        originalName: s.evidence.originalName,
      })
      .from(s.evidence)
      .innerJoin(s.tasks, eq(s.tasks.id, s.evidence.taskId))
      .where(and(planTasks, lt(s.evidence.addedAt, after)))
      .orderBy(asc(s.evidence.addedAt), asc(s.evidence.id)),
    db
      .select({
        updates: sql<number>`(select count(*)::int from ${s.taskUpdates} u join ${s.tasks} t on t.id = u.task_id
          where t.plan_id = ${planId} and not t.is_heading and (u.created_at >= ${after.toISOString()}::timestamptz or t.id = any(${goneSql})))`,
        evidence: sql<number>`(select count(*)::int from ${s.evidence} e join ${s.tasks} t on t.id = e.task_id
          where t.plan_id = ${planId} and not t.is_heading and (e.added_at >= ${after.toISOString()}::timestamptz or t.id = any(${goneSql})))`,
      })
      .from(sql`(select 1) as one`),
  ]);
  const evidenceByTask = new Map<number, ReportEvidenceFact[]>();
  for (const { taskId, ...e } of evidence) {
    const list = evidenceByTask.get(taskId!);
    if (list) list.push(e);
    else evidenceByTask.set(taskId!, [e]);
  }
  const views = new Map<number, ReportTaskView>();
  for (const t of existing) {
    const f = facts.get(t.id);
    const v = taskAsOf({ createdAt: t.existsFrom }, f?.updates ?? [], [], cutoff);
    if (!v) continue;
    views.set(t.id, {
      status: v.status,
      progress: v.progress,
      completedOnDay: v.completedOnDay,
      lastUpdateAt: v.lastUpdate?.createdAt ?? null,
      evidenceCount: f?.evidenceCount ?? 0,
      evidence: evidenceByTask.get(t.id) ?? [],
    });
  }
  return { views, laterUpdates: Number(later?.updates ?? 0), laterEvidence: Number(later?.evidence ?? 0) };
}
