import { createHash, randomBytes } from "node:crypto";
import { mkdir, readFile, rename, stat, writeFile } from "node:fs/promises";
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

export async function storeFile(bytes: Uint8Array): Promise<string> {
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  const target = pathFor(sha256);
  try {
    await stat(target);
    return sha256; // already stored
  } catch {
    // not stored yet
  }
  await mkdir(path.dirname(target), { recursive: true });
  // Write to a temporary name, then rename: a crash never leaves a half-written file under the hash.
  const tmp = `${target}.${randomBytes(6).toString("hex")}.tmp`;
  await writeFile(tmp, bytes);
  await rename(tmp, target);
  return sha256;
}

export async function readStoredFile(sha256: string): Promise<Buffer> {
  return readFile(pathFor(sha256));
}
