import { mkdtempSync, readdirSync, rmSync, utimesSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "../../db/client";
import * as s from "../../db/schema";
import { loadSeeds } from "../../seeds/load";
import { syncDemoAccounts } from "../auth/demo";
import { parseForm, UploadRefused } from "../http/multipart";
import { removeOrphanEvidence } from "../storage/cleanup";
import { evidenceDir, storeFile } from "../storage/files";
import { createTestDb } from "../testing/db";
import { loadActor, type SessionUser } from "./actor";
import { reportOnTask } from "./tasks";

let h: DbHandle;
let actor: SessionUser;
let taskId = 0;
const dir = mkdtempSync(path.join(os.tmpdir(), "par-evidence-"));
const pdf = (text: string) => new TextEncoder().encode(`%PDF-1.4\n% ${text}\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n`);

function storedFiles(): string[] {
  try {
    return readdirSync(evidenceDir(), { recursive: true, withFileTypes: true })
      .filter((d) => d.isFile())
      .map((d) => d.name);
  } catch {
    return [];
  }
}

async function version(): Promise<number> {
  const [t] = await h.db.select({ v: s.tasks.version }).from(s.tasks).where(eq(s.tasks.id, taskId));
  return t!.v;
}

beforeAll(async () => {
  process.env.DATA_DIR = dir;
  h = await createTestDb();
  await loadSeeds(h.db);
  await syncDemoAccounts(h.db, true);
  const [u] = await h.db.select({ id: s.users.id }).from(s.users).where(eq(s.users.username, "taichinh.tamduong"));
  actor = (await loadActor(h.db, u!.id))!;
  const [t] = await h.db.select({ id: s.tasks.id }).from(s.tasks).where(eq(s.tasks.seedKey, "tam-duong-par-2024/2.1.5"));
  taskId = t!.id;
});
afterAll(async () => {
  await h?.close();
  delete process.env.DATA_DIR;
  rmSync(dir, { recursive: true, force: true });
});

const report = async (files: Array<{ name: string; bytes: Uint8Array }>, expectedVersion?: number) =>
  reportOnTask(
    h.db,
    actor,
    { taskId, expectedVersion: expectedVersion ?? (await version()), status: "dang-thuc-hien", progress: 40, report: "Đã rà soát" },
    files.map((f) => ({ kind: "file" as const, ...f })),
  );

describe("a coordinating unit", () => {
  it("that only missed a newer version gets a conflict (409), not a refusal", async () => {
    // A task where Phòng Tư pháp Tam Đường coordinates (it may contribute, not move the status).
    const [u] = await h.db.select({ id: s.users.id, unitId: s.users.unitId }).from(s.users).where(eq(s.users.username, "tuphap.tamduong"));
    const coordinator = (await loadActor(h.db, u!.id))!;
    const [link] = await h.db
      .select({ taskId: s.taskUnits.taskId })
      .from(s.taskUnits)
      .innerJoin(s.tasks, eq(s.tasks.id, s.taskUnits.taskId))
      .where(and(eq(s.taskUnits.unitId, u!.unitId), eq(s.taskUnits.role, "coordinating"), eq(s.tasks.isHeading, false)))
      .limit(1);
    const [task] = await h.db.select().from(s.tasks).where(eq(s.tasks.id, link!.taskId));
    // The lead moved it on meanwhile: the coordinator's form still shows the old status and progress.
    await h.db.update(s.tasks).set({ status: "dang-thuc-hien", progress: task!.progress + 10, version: task!.version + 1 }).where(eq(s.tasks.id, task!.id));
    await expect(
      reportOnTask(h.db, coordinator, { taskId: task!.id, expectedVersion: task!.version, status: task!.status, progress: task!.progress, report: "Đã góp ý dự thảo" }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
  });
});

describe("evidence files", () => {
  it("a report refused for a stale version leaves no file on disk", async () => {
    const before = storedFiles().length;
    await expect(report([{ name: "bao-cao.pdf", bytes: pdf("stale") }], (await version()) - 1 || 999)).rejects.toMatchObject({ code: "CONFLICT" });
    expect(storedFiles()).toHaveLength(before);
  });

  it("a zero-byte file is refused with a message, and nothing is saved", async () => {
    const v = await version();
    await expect(report([{ name: "trong.pdf", bytes: new Uint8Array() }])).rejects.toMatchObject({ code: "BAD_REQUEST", message: 'Tệp "trong.pdf" rỗng.' });
    expect(await version()).toBe(v);
  });

  it("a name with a semicolon is kept; a very long one keeps its extension", async () => {
    const long = `${"Báo cáo tổng kết ".repeat(20)}.pdf`;
    const r = await report([
      { name: "Báo cáo; tổng kết.pdf", bytes: pdf("semicolon") },
      { name: long, bytes: pdf("long") },
    ]);
    const rows = await h.db.select({ name: s.evidence.originalName }).from(s.evidence).where(eq(s.evidence.taskUpdateId, r.updateId));
    const names = rows.map((x) => x.name ?? "");
    expect(names).toContain("Báo cáo; tổng kết.pdf");
    const cut = names.find((n) => n !== "Báo cáo; tổng kết.pdf")!;
    expect(cut.endsWith(".pdf")).toBe(true);
    expect(Array.from(cut).length).toBeLessThanOrEqual(200);
  });

  it("the clean-up removes old unreferenced files and keeps referenced and recent ones", async () => {
    const orphan = await storeFile(pdf("orphan"));
    const recent = await storeFile(pdf("recent"));
    const orphanPath = path.join(evidenceDir(), orphan.slice(0, 2), orphan);
    const old = new Date(Date.now() - 2 * 3600_000);
    utimesSync(orphanPath, old, old);
    const referencedBefore = storedFiles().filter((n) => n !== orphan && n !== recent);
    const r = await removeOrphanEvidence(h.db, { minAgeMs: 3600_000 });
    expect(r.orphans).toEqual([orphanPath]);
    const after = storedFiles();
    expect(after).not.toContain(orphan);
    expect(after).toContain(recent);
    for (const n of referencedBefore) expect(after).toContain(n);
  });
});

function multipart(parts: Array<{ name: string; value: string } | { name: string; filename: string; bytes: Uint8Array }>): Request {
  const boundary = "----par-test-boundary";
  const chunks: Buffer[] = [];
  for (const p of parts) {
    if ("filename" in p) {
      // Written as a browser writes it: the name quoted, ";" left as is.
      chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${p.name}"; filename="${p.filename.replace(/"/g, "%22")}"\r\nContent-Type: application/pdf\r\n\r\n`));
      chunks.push(Buffer.from(p.bytes), Buffer.from("\r\n"));
    } else {
      chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${p.name}"\r\n\r\n${p.value}\r\n`));
    }
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  const body = Buffer.concat(chunks);
  return new Request("http://localhost/nhiem-vu/1", {
    method: "POST",
    headers: { "content-type": `multipart/form-data; boundary=${boundary}`, "content-length": String(body.byteLength) },
    body,
  });
}

const limits = { maxFileBytes: 1000, maxTotalBytes: 1500, maxFiles: 3 };

describe("parseForm", () => {
  it("reads Vietnamese names with a semicolon and quotes, fields, and a named empty file", async () => {
    const form = await parseForm(
      multipart([
        { name: "status", value: "dang-thuc-hien" },
        { name: "files", filename: "Báo cáo; tổng kết.pdf", bytes: pdf("a") },
        { name: "files", filename: 'Quyết định "số 5".pdf', bytes: pdf("b") },
        { name: "files", filename: "rong.pdf", bytes: new Uint8Array() },
      ]),
      { ...limits, maxFiles: 5 },
    );
    expect(form.text("status")).toBe("dang-thuc-hien");
    expect(form.files.map((f) => [f.name, f.bytes.byteLength > 0])).toEqual([
      ["Báo cáo; tổng kết.pdf", true],
      ['Quyết định %22số 5%22.pdf', true],
      ["rong.pdf", false],
    ]);
  });

  it("caps each file, the number of files and the whole request", async () => {
    const big = new Uint8Array(1200);
    await expect(parseForm(multipart([{ name: "files", filename: "a.pdf", bytes: big }]), limits)).rejects.toThrow(/Mỗi tệp/);
    const half = new Uint8Array(800);
    await expect(
      parseForm(multipart([{ name: "files", filename: "a.pdf", bytes: half }, { name: "files", filename: "b.pdf", bytes: half }]), limits),
    ).rejects.toThrow(/Tổng dung lượng/);
    const tiny = new Uint8Array(10);
    await expect(
      parseForm(multipart(["a", "b", "c", "d"].map((n) => ({ name: "files", filename: `${n}.pdf`, bytes: tiny }))), limits),
    ).rejects.toBeInstanceOf(UploadRefused);
  });

  it("reads an url-encoded form too, and refuses a NUL", async () => {
    const ok = await parseForm(
      new Request("http://localhost/", { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: "intent=direct&text=Ch%E1%BB%89+%C4%91%E1%BA%A1o" }),
      limits,
    );
    expect(ok.text("text")).toBe("Chỉ đạo");
    await expect(
      parseForm(new Request("http://localhost/", { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: "text=a%00b" }), limits),
    ).rejects.toThrow(/không hợp lệ/);
  });
});
