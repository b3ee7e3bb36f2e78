import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { mkdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { dataDir } from "../../db/client";
import { getDbHandle } from "../../db/instance";
import { createBackup, type BackupSummary } from "./backup";

/**
 * How `npm run db:backup` reaches a running server: the server writes its port and a random token
 * to the data directory (readable by the same OS user only); the command posts to
 * 127.0.0.1:<port>/_control/backup with the token, and the server writes the backup through its
 * own database connection (the only one PGlite allows).
 */
export interface ControlFile {
  port: number;
  token: string;
  pid: number;
}

export function controlFilePath(): string {
  return path.join(dataDir(), ".control.json");
}

/**
 * Only the embedded database needs the channel: on PostgreSQL `npm run db:backup` opens its own
 * connection, and several app processes may share one server (no data directory of their own).
 */
export async function writeControlFile(port: number): Promise<ControlFile | null> {
  if (process.env.DATABASE_URL) return null;
  const control = { port, token: randomBytes(24).toString("base64url"), pid: process.pid };
  await mkdir(dataDir(), { recursive: true });
  await writeFile(controlFilePath(), JSON.stringify(control), { mode: 0o600 });
  return control;
}

export async function removeControlFile(): Promise<void> {
  if (process.env.DATABASE_URL) return;
  await rm(controlFilePath(), { force: true });
}

/** The running server's control file, when its process is alive. */
export function runningServer(): ControlFile | null {
  try {
    const control = JSON.parse(readFileSync(controlFilePath(), "utf8")) as ControlFile;
    process.kill(control.pid, 0);
    return control;
  } catch {
    return null;
  }
}

export async function backupRunningDatabase(file: string): Promise<BackupSummary> {
  const handle = await getDbHandle();
  return createBackup(handle.db, handle.kind, file);
}
