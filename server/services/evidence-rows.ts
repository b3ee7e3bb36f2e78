import { asc, eq, inArray } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import * as s from "../../db/schema";

/** Evidence of tasks as pages and reports list it: who added it, from which unit, when. */
export interface EvidenceRow {
  id: number;
  kind: "file" | "document";
  taskUpdateId: number | null;
  originalName: string | null;
  mimeType: string | null;
  sizeBytes: number | null;
  docNumber: string | null;
  docDate: string | null;
  docIssuer: string | null;
  title: string | null;
  unitName: string;
  addedBy: string;
  addedAt: Date;
}

export async function evidenceForTasks(db: DbOrTx, taskIds: number[]): Promise<Array<EvidenceRow & { taskId: number }>> {
  if (taskIds.length === 0) return [];
  const rows = await db
    .select({
      id: s.evidence.id,
      taskId: s.evidence.taskId,
      kind: s.evidence.kind,
      taskUpdateId: s.evidence.taskUpdateId,
      originalName: s.evidence.originalName,
      mimeType: s.evidence.mimeType,
      sizeBytes: s.evidence.sizeBytes,
      docNumber: s.evidence.docNumber,
      docDate: s.evidence.docDate,
      docIssuer: s.evidence.docIssuer,
      title: s.evidence.title,
      unitName: s.units.name,
      addedBy: s.users.fullName,
      addedAt: s.evidence.addedAt,
    })
    .from(s.evidence)
    .innerJoin(s.units, eq(s.units.id, s.evidence.unitId))
    .innerJoin(s.users, eq(s.users.id, s.evidence.addedBy))
    .where(inArray(s.evidence.taskId, taskIds))
    .orderBy(asc(s.evidence.addedAt), asc(s.evidence.id));
  return rows.map((r) => ({ ...r, taskId: r.taskId! }));
}

