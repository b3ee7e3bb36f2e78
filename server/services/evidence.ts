import { eq } from "drizzle-orm";
import { z } from "zod";
import type { DbOrTx } from "../../db/client";
import * as s from "../../db/schema";
import { contentDisposition, evidenceFileName, evidenceType } from "../domain/evidence-type";
import type { Actor } from "../domain/permissions";
import { parseVnDate } from "../domain/vn-date";
import { holdFile, holdsCoverEveryWriter, isHeld, releaseFile, removeStoredFile, storeFileReporting } from "../storage/files";
import { evidenceStore } from "../storage/evidence-store";
import { badRequest, forbidden, notFound } from "./errors";
import { canViewTask } from "./visibility";

export type EvidenceInput =
  | { kind: "file"; name: string; bytes: Uint8Array }
  | { kind: "document"; docNumber: string; docDate: string; docIssuer: string; title: string };

export type PreparedEvidence =
  | { kind: "file"; sha256: string; originalName: string; mimeType: string; sizeBytes: number }
  | { kind: "document"; docNumber: string; docDate: string | null; docIssuer: string; title: string | null };

const documentSchema = z.object({
  docNumber: z.string().trim().min(1, "Vui lòng nhập số, ký hiệu văn bản (ví dụ 125/BC-UBND).").max(100, "Số, ký hiệu quá dài."),
  docDate: z.string().trim().max(20),
  docIssuer: z.string().trim().min(2, "Vui lòng nhập cơ quan ban hành văn bản.").max(200, "Tên cơ quan ban hành quá dài."),
  title: z.string().trim().max(500, "Trích yếu quá dài."),
});

/**
 * Check every piece of evidence, store the files, run `work` (the transaction that references
 * them), and when it fails remove the files this call wrote that nothing references: a refused or
 * failed report leaves nothing on disk. Files are held while the work runs so that a parallel
 * request's clean-up never removes a file this one is about to reference.
 */
export async function withEvidence<T>(db: DbOrTx, inputs: EvidenceInput[], work: (prepared: PreparedEvidence[]) => Promise<T>): Promise<T> {
  const { prepared, created } = await prepareEvidence(inputs);
  const held = prepared.flatMap((p) => (p.kind === "file" ? [p.sha256] : []));
  try {
    return await work(prepared);
  } catch (e) {
    for (const sha of held) releaseFile(sha);
    held.length = 0;
    await discardUnreferenced(db, created);
    throw e;
  } finally {
    for (const sha of held) releaseFile(sha);
  }
}

/** Remove stored files no evidence row references and no request holds. */
export async function discardUnreferenced(db: DbOrTx, hashes: string[]): Promise<number> {
  if (!holdsCoverEveryWriter()) return 0;
  let removed = 0;
  for (const sha of hashes) {
    if (isHeld(sha)) continue;
    const [used] = await db.select({ id: s.evidence.id }).from(s.evidence).where(eq(s.evidence.sha256, sha)).limit(1);
    if (used) continue;
    await removeStoredFile(sha);
    removed++;
  }
  return removed;
}

/**
 * Check every piece of evidence first, then store the files (held; see withEvidence): a refused
 * file stores nothing.
 */
async function prepareEvidence(inputs: EvidenceInput[]): Promise<{ prepared: PreparedEvidence[]; created: string[] }> {
  const checked: Array<PreparedEvidence | { kind: "pending-file"; bytes: Uint8Array; name: string; mime: string }> = [];
  for (const e of inputs) {
    if (e.kind === "file") {
      const name = evidenceFileName(e.name);
      // Loaded on the first upload rather than at every start of the server.
      const { fileTypeFromBuffer } = await import("file-type");
      const detected = await fileTypeFromBuffer(e.bytes);
      const decision = evidenceType(detected, name, e.bytes.byteLength);
      if (!decision.ok) throw badRequest(decision.message);
      checked.push({ kind: "pending-file", bytes: e.bytes, name, mime: decision.mime });
    } else {
      const d = documentSchema.parse(e);
      const iso = d.docDate ? parseVnDate(d.docDate) : null;
      if (d.docDate && !iso) throw badRequest("Ngày văn bản không hợp lệ: nhập theo dạng ngày/tháng/năm, ví dụ 10/12/2024.");
      checked.push({ kind: "document", docNumber: d.docNumber, docDate: iso, docIssuer: d.docIssuer, title: d.title || null });
    }
  }
  const out: PreparedEvidence[] = [];
  const created: string[] = [];
  for (const c of checked) {
    if (c.kind === "pending-file") {
      const stored = await storeFileReporting(c.bytes);
      holdFile(stored.sha256);
      if (stored.created) created.push(stored.sha256);
      out.push({ kind: "file", sha256: stored.sha256, originalName: c.name, mimeType: c.mime, sizeBytes: c.bytes.byteLength });
    } else {
      out.push(c);
    }
  }
  return { prepared: out, created };
}

export async function insertEvidence(
  tx: DbOrTx,
  actor: Actor,
  target: { taskId: number; taskUpdateId: number | null },
  items: PreparedEvidence[],
): Promise<number[]> {
  if (items.length === 0) return [];
  const rows = await tx
    .insert(s.evidence)
    .values(
      items.map((e) => ({
        kind: e.kind,
        taskId: target.taskId,
        taskUpdateId: target.taskUpdateId,
        unitId: actor.unitId,
        addedBy: actor.userId,
        ...(e.kind === "file"
          ? { sha256: e.sha256, originalName: e.originalName, mimeType: e.mimeType, sizeBytes: e.sizeBytes }
          : { docNumber: e.docNumber, docDate: e.docDate, docIssuer: e.docIssuer, title: e.title }),
      })),
    )
    .returning({ id: s.evidence.id });
  return rows.map((r) => r.id);
}

// The read query lives apart from file storage so that pages' loaders can use it without
// pulling the storage (and the database client) into the browser bundle's import graph.
export { evidenceForTasks, type EvidenceRow } from "./evidence-rows";

/** A stored file, for someone who may see the task it proves. */
export async function openEvidenceFile(
  db: DbOrTx,
  actor: Actor,
  id: number,
): Promise<{ bytes: Buffer; mimeType: string; disposition: string; size: number }> {
  const [e] = await db.select().from(s.evidence).where(eq(s.evidence.id, id));
  if (!e || e.kind !== "file" || !e.sha256) throw notFound("Không tìm thấy tài liệu này.");
  if (e.taskId === null || !(await canViewTask(db, actor, e.taskId))) throw forbidden("Bạn không có quyền xem tài liệu này.");
  const bytes = Buffer.from(await evidenceStore().get(e.sha256));
  return { bytes, mimeType: e.mimeType ?? "application/octet-stream", disposition: contentDisposition(e.originalName ?? "tai-lieu"), size: bytes.byteLength };
}
