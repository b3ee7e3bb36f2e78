import { readdir, rm, stat } from "node:fs/promises";
import path from "node:path";
import { isNotNull } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import * as s from "../../db/schema";
import { evidenceDir, isHeld } from "./files";

export interface CleanupResult {
  /** Stored files no evidence row references (removed unless dry run). */
  orphans: string[];
  /** Half-written temporary files left by a crash. */
  temporaries: string[];
  /** Files kept because something references them. */
  kept: number;
}

/**
 * Remove evidence files nothing references. Only files older than `minAgeMs` go: a younger one may
 * belong to a report whose transaction has not committed yet.
 */
export async function removeOrphanEvidence(db: DbOrTx, options: { minAgeMs: number; dryRun?: boolean; now?: Date }): Promise<CleanupResult> {
  const now = (options.now ?? new Date()).getTime();
  const referenced = new Set(
    (await db.selectDistinct({ sha: s.evidence.sha256 }).from(s.evidence).where(isNotNull(s.evidence.sha256))).map((r) => r.sha),
  );
  const result: CleanupResult = { orphans: [], temporaries: [], kept: 0 };
  const root = evidenceDir();
  let shards: string[];
  try {
    shards = await readdir(root);
  } catch {
    return result; // no evidence stored yet
  }
  for (const shard of shards) {
    const dir = path.join(root, shard);
    if (!/^[0-9a-f]{2}$/.test(shard) || !(await stat(dir)).isDirectory()) continue;
    for (const name of await readdir(dir)) {
      const full = path.join(dir, name);
      const info = await stat(full);
      const old = now - info.mtimeMs >= options.minAgeMs;
      if (name.endsWith(".tmp")) {
        if (old) result.temporaries.push(full);
        continue;
      }
      if (!/^[0-9a-f]{64}$/.test(name) || referenced.has(name) || isHeld(name) || !old) {
        result.kept++;
        continue;
      }
      result.orphans.push(full);
    }
  }
  if (!options.dryRun) for (const f of [...result.orphans, ...result.temporaries]) await rm(f, { force: true });
  return result;
}
