// `npm run evidence:cleanup [-- --dry-run]`: remove evidence files that no report references
// (left by a crash between storing a file and saving its report). On the embedded database run it
// while the app is stopped (one process per data directory); on PostgreSQL at any time.
import { openDb } from "../db/client";
import { removeOrphanEvidence } from "../server/storage/cleanup";

const dryRun = process.argv.includes("--dry-run");
const handle = await openDb({ url: process.env.DATABASE_URL || undefined });
try {
  const r = await removeOrphanEvidence(handle.db, { minAgeMs: 60 * 60_000, dryRun });
  const verb = dryRun ? "Sẽ xóa" : "Đã xóa";
  console.log(`${verb} ${r.orphans.length} tệp không còn được tham chiếu và ${r.temporaries.length} tệp tạm; giữ ${r.kept} tệp.`);
  for (const f of [...r.orphans, ...r.temporaries]) console.log(`  ${f}`);
} finally {
  await handle.close();
}
