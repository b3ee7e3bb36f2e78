import { createHash, randomBytes } from "node:crypto";
import { createReadStream, createWriteStream } from "node:fs";
import { mkdir, readdir, readFile, rename, rm, stat } from "node:fs/promises";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import { createGunzip, createGzip } from "node:zlib";
import tar from "tar-stream";
import { migrationState, type Db, type DbKind } from "../../db/client";
import { evidenceDir } from "../storage/files";
import { BACKUP_FORMAT, BACKUP_VERSION, type BackupManifest } from "./format";
import { appTables, exportTable, importTable, rowsOf } from "./tables";
import { sql } from "drizzle-orm";

/**
 * Backup and restore of everything the app keeps: every table (a logical export through the app's
 * own connection, so it works the same on PGlite and PostgreSQL, from a running app) and every
 * evidence file, in one .tar.gz with a manifest of row counts and SHA-256 checksums.
 */

const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

async function evidenceFiles(): Promise<Array<{ file: string; full: string }>> {
  const root = evidenceDir();
  const out: Array<{ file: string; full: string }> = [];
  let shards: string[] = [];
  try {
    shards = (await readdir(root)).filter((d) => /^[0-9a-f]{2}$/.test(d)).sort();
  } catch {
    return out;
  }
  for (const shard of shards) {
    for (const name of (await readdir(path.join(root, shard))).sort()) {
      if (/^[0-9a-f]{64}$/.test(name)) out.push({ file: `evidence/${shard}/${name}`, full: path.join(root, shard, name) });
    }
  }
  return out;
}

export interface BackupSummary {
  file: string;
  bytes: number;
  tables: number;
  rows: number;
  evidence: number;
}

/** Write a backup of `db` (and the evidence directory) to `outFile`. */
export async function createBackup(db: Db, kind: DbKind, outFile: string): Promise<BackupSummary> {
  // One consistent snapshot of every table.
  const tables = await db.transaction(async (tx) => {
    if (kind === "postgres") await tx.execute(sql`set transaction isolation level repeatable read, read only`);
    const list = await appTables(tx);
    const out: Array<{ name: string; rows: number; content: Buffer }> = [];
    for (const t of list) {
      const lines = await exportTable(tx, t);
      out.push({ name: t.name, rows: lines.length, content: Buffer.from(lines.length ? `${lines.join("\n")}\n` : "", "utf8") });
    }
    return out;
  });
  const migrations = (await migrationState(db)).applied;
  // Files are content-addressed and never change: reading them after the snapshot is safe.
  const files = await evidenceFiles();
  const evidence: BackupManifest["evidence"] = [];
  for (const f of files) {
    const bytes = await readFile(f.full);
    const digest = sha256(bytes);
    if (digest !== path.basename(f.full)) throw new Error(`evidence file ${f.file} does not match its name`);
    evidence.push({ file: f.file, bytes: bytes.byteLength, sha256: digest });
  }
  const manifest: BackupManifest = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    createdAt: new Date().toISOString(),
    source: kind,
    migrations,
    tables: tables.map((t) => ({ name: t.name, rows: t.rows, file: `tables/${t.name}.jsonl`, sha256: sha256(t.content) })),
    evidence,
  };

  await mkdir(path.dirname(path.resolve(outFile)), { recursive: true });
  const tmp = `${outFile}.${randomBytes(4).toString("hex")}.tmp`;
  const pack = tar.pack();
  const written = pipeline(pack, createGzip(), createWriteStream(tmp));
  const add = (name: string, content: Buffer) =>
    new Promise<void>((resolve, reject) => pack.entry({ name, size: content.byteLength, mode: 0o600 }, content, (e) => (e ? reject(e) : resolve())));
  try {
    await add("manifest.json", Buffer.from(JSON.stringify(manifest, null, 2)));
    for (const t of tables) await add(`tables/${t.name}.jsonl`, t.content);
    for (const f of files) await add(f.file, await readFile(f.full));
    pack.finalize();
    await written;
    await rename(tmp, outFile);
  } catch (e) {
    pack.destroy();
    await rm(tmp, { force: true });
    throw e;
  }
  return {
    file: outFile,
    bytes: (await stat(outFile)).size,
    tables: tables.length,
    rows: tables.reduce((n, t) => n + t.rows, 0),
    evidence: files.length,
  };
}

/** Read every entry of a backup, handing each to `onEntry` with its bytes. */
async function readEntries(file: string, onEntry: (name: string, bytes: Buffer) => Promise<void>): Promise<void> {
  const extract = tar.extract();
  const done = new Promise<void>((resolve, reject) => {
    extract.on("entry", (header, stream, next) => {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        onEntry(header.name, Buffer.concat(chunks)).then(() => next(), reject);
      });
      stream.on("error", reject);
    });
    extract.on("finish", resolve);
    extract.on("error", reject);
  });
  await Promise.all([pipeline(createReadStream(file), createGunzip(), extract), done]);
}

export class BackupError extends Error {}

/** Check a backup file against its manifest; the table contents come back for the restore. */
export async function verifyBackup(file: string): Promise<{ manifest: BackupManifest; tables: Map<string, string[]> }> {
  let manifest: BackupManifest | null = null;
  const digests = new Map<string, string>();
  const tables = new Map<string, string[]>();
  try {
    await readEntries(file, async (name, bytes) => {
      if (name === "manifest.json") {
        manifest = JSON.parse(bytes.toString("utf8")) as BackupManifest;
        return;
      }
      digests.set(name, sha256(bytes));
      if (name.startsWith("tables/")) tables.set(name, bytes.toString("utf8").split("\n").filter((l) => l !== ""));
    });
  } catch {
    throw new BackupError("Không đọc được tệp sao lưu: tệp hỏng hoặc không phải tệp sao lưu của hệ thống.");
  }
  const m = manifest as BackupManifest | null;
  if (!m || m.format !== BACKUP_FORMAT || m.version !== BACKUP_VERSION) throw new BackupError("Tệp này không phải tệp sao lưu của hệ thống (thiếu hoặc sai manifest).");
  for (const entry of [...m.tables, ...m.evidence]) {
    if (digests.get(entry.file) !== entry.sha256) throw new BackupError(`Tệp sao lưu bị hỏng: ${entry.file} không khớp mã kiểm tra.`);
  }
  for (const t of m.tables) {
    if ((tables.get(t.file)?.length ?? 0) !== t.rows) throw new BackupError(`Tệp sao lưu bị hỏng: số dòng của bảng ${t.name} không khớp.`);
  }
  return { manifest: m, tables };
}

/**
 * Restore a backup into an empty database (migrated here first) and evidence directory: checks
 * every checksum before writing anything, loads all tables in one transaction, then the files.
 */
export async function restoreBackup(db: Db, file: string): Promise<{ tables: number; rows: number; evidence: number }> {
  const { manifest, tables } = await verifyBackup(file);
  const list = await appTables(db);
  for (const t of list) {
    const [row] = rowsOf<{ n: number }>(await db.execute(sql`select count(*)::int as n from ${sql.raw(`"${t.name}"`)}`));
    if ((row?.n ?? 0) > 0) throw new BackupError(`Cơ sở dữ liệu đích không trống (bảng ${t.name} đã có dữ liệu). Chỉ khôi phục vào cơ sở dữ liệu trống.`);
  }
  const known = new Set(list.map((t) => t.name));
  const missing = manifest.tables.filter((t) => !known.has(t.name));
  if (missing.length) throw new BackupError(`Bản sao lưu có bảng mà phiên bản này không có: ${missing.map((t) => t.name).join(", ")}.`);
  await db.transaction(async (tx) => {
    for (const t of list) await importTable(tx, t, tables.get(`tables/${t.name}.jsonl`) ?? []);
  });
  const root = evidenceDir();
  await readEntries(file, async (name, bytes) => {
    if (!name.startsWith("evidence/")) return;
    const [, shard, hash] = name.split("/");
    if (!shard || !hash || !/^[0-9a-f]{64}$/.test(hash) || sha256(bytes) !== hash) throw new BackupError(`Tệp kiểm chứng ${name} bị hỏng.`);
    const target = path.join(root, shard, hash);
    await mkdir(path.dirname(target), { recursive: true });
    const tmp = `${target}.${randomBytes(4).toString("hex")}.tmp`;
    await pipeline(async function* () {
      yield bytes;
    }, createWriteStream(tmp));
    await rename(tmp, target);
  });
  return { tables: list.length, rows: manifest.tables.reduce((n, t) => n + t.rows, 0), evidence: manifest.evidence.length };
}
