import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import type { DbHandle } from "../../db/client";
import * as s from "../../db/schema";
import { loadSeeds } from "../../seeds/load";
import { DEMO_PASSWORD, syncDemoAccounts } from "../auth/demo";
import { login } from "../auth/login";
import { loadActor } from "../services/actor";
import { reportOnTask } from "../services/tasks";
import { evidenceDir } from "../storage/files";
import { createTestDb } from "../testing/db";
import { createBackup, restoreBackup } from "./backup";
import { appTables, exportTable } from "./tables";

const dirs: string[] = [];
const handles: DbHandle[] = [];
const tempDir = (prefix: string) => {
  const d = mkdtempSync(path.join(os.tmpdir(), prefix));
  dirs.push(d);
  return d;
};
afterAll(async () => {
  for (const h of handles) await h.close();
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
  delete process.env.DATA_DIR;
});

/** Every table's rows (sorted) and every evidence file's bytes: what "identical" means. */
async function everything(h: DbHandle): Promise<{ tables: Record<string, string[]>; files: Record<string, string> }> {
  const tables: Record<string, string[]> = {};
  for (const t of await appTables(h.db)) tables[t.name] = (await exportTable(h.db, t)).sort();
  const files: Record<string, string> = {};
  const root = evidenceDir();
  for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) files[entry.name] = readFileSync(path.join(entry.parentPath, entry.name)).toString("base64");
  }
  return { tables, files };
}

describe("backup and restore", () => {
  it("a restore into an empty database and data directory gives back every table and every evidence file", async () => {
    process.env.DATA_DIR = tempDir("par-backup-src-");
    const source = await createTestDb();
    handles.push(source);
    await loadSeeds(source.db);
    await syncDemoAccounts(source.db, true);
    const [u] = await source.db.select({ id: s.users.id }).from(s.users).where(eq(s.users.username, "taichinh.tamduong"));
    const actor = (await loadActor(source.db, u!.id))!;
    const [task] = await source.db.select({ id: s.tasks.id, version: s.tasks.version }).from(s.tasks).where(eq(s.tasks.seedKey, "tam-duong-par-2024/2.1.5"));
    const pdf = (t: string) => new TextEncoder().encode(`%PDF-1.4\n% ${t}\n%%EOF\n`);
    await reportOnTask(
      source.db,
      actor,
      { taskId: task!.id, expectedVersion: task!.version, status: "dang-thuc-hien", progress: 35, report: "Báo cáo có dấu: “ngoặc” và \\\\ gạch chéo" },
      [
        { kind: "file", name: "Báo cáo; tổng kết.pdf", bytes: pdf("một") },
        { kind: "file", name: "phu-luc.pdf", bytes: pdf("hai") },
      ],
    );
    const before = await everything(source);
    expect(Object.keys(before.files)).toHaveLength(2);

    const file = path.join(tempDir("par-backup-out-"), "sao-luu.tar.gz");
    const summary = await createBackup(source.db, source.kind, file);
    expect(summary.evidence).toBe(2);

    process.env.DATA_DIR = tempDir("par-backup-dst-");
    const target = await createTestDb();
    handles.push(target);
    await restoreBackup(target.db, file);
    const after = await everything(target);
    expect(Object.keys(after.tables).sort()).toEqual(Object.keys(before.tables).sort());
    for (const name of Object.keys(before.tables)) expect({ name, rows: after.tables[name] }).toEqual({ name, rows: before.tables[name] });
    expect(after.files).toEqual(before.files);

    // The restored database keeps working: new rows get new ids (sequences moved past the restored ones).
    const r = await login(target.db, { username: "snv.laichau", password: DEMO_PASSWORD, ip: "10.0.0.9", userAgent: null }, { demoMode: true });
    expect(r.ok).toBe(true);

    // A second restore into the now non-empty database is refused, and a damaged file is refused.
    await expect(restoreBackup(target.db, file)).rejects.toThrow(/không trống/);
    const damaged = path.join(path.dirname(file), "hong.tar.gz");
    const bytes = readFileSync(file);
    const middle = Math.floor(bytes.length / 2);
    bytes[middle] = bytes[middle]! ^ 0xff;
    writeFileSync(damaged, bytes);
    await expect(restoreBackup(target.db, damaged)).rejects.toThrow(/hỏng|không đọc được/i);
  }, 120_000);
});
