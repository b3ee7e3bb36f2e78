import { createHash, randomBytes } from "node:crypto";
import { mkdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { dataDir } from "../../db/client";

/**
 * Evidence files stored by content hash under the data directory: the same file uploaded twice
 * is stored once, and a stored file is never overwritten with different content.
 */
export function evidenceDir(): string {
  return path.join(dataDir(), "evidence");
}

function pathFor(sha256: string): string {
  if (!/^[0-9a-f]{64}$/.test(sha256)) throw new Error("invalid content hash");
  return path.join(evidenceDir(), sha256.slice(0, 2), sha256);
}

/**
 * Files stored by requests still in flight (their rows not yet committed), by hash: the clean-up of
 * a failed request must not remove a file another request is about to reference.
 */
const holds = new Map<string, number>();

export function holdFile(sha256: string): void {
  holds.set(sha256, (holds.get(sha256) ?? 0) + 1);
}

export function releaseFile(sha256: string): void {
  const n = (holds.get(sha256) ?? 0) - 1;
  if (n > 0) holds.set(sha256, n);
  else holds.delete(sha256);
}

/**
 * Holds are kept in this process only: with several worker processes (WEB_CONCURRENCY > 1) another
 * one may be about to reference a file without this one knowing, so nothing is removed on the spot;
 * `npm run evidence:cleanup` removes unreferenced files once they are older than its grace period.
 */
export function holdsCoverEveryWriter(env: NodeJS.ProcessEnv = process.env): boolean {
  return (Number(env.WEB_CONCURRENCY ?? 1) || 1) <= 1;
}

export function isHeld(sha256: string): boolean {
  return holds.has(sha256);
}

export async function removeStoredFile(sha256: string): Promise<void> {
  await rm(pathFor(sha256), { force: true });
}

export async function storeFile(bytes: Uint8Array): Promise<string> {
  return (await storeFileReporting(bytes)).sha256;
}

/** Store a file; `created` says whether this call wrote it (false when the content was there already). */
export async function storeFileReporting(bytes: Uint8Array): Promise<{ sha256: string; created: boolean }> {
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  const target = pathFor(sha256);
  try {
    await stat(target);
    return { sha256, created: false }; // already stored
  } catch {
    // not stored yet
  }
  await mkdir(path.dirname(target), { recursive: true });
  // Write to a temporary name, then rename: a crash never leaves a half-written file under the hash.
  const tmp = `${target}.${randomBytes(6).toString("hex")}.tmp`;
  await writeFile(tmp, bytes);
  await rename(tmp, target);
  return { sha256, created: true };
}

export async function readStoredFile(sha256: string): Promise<Buffer> {
  return readFile(pathFor(sha256));
}
