// `npm run db:seed`: load the source documents; only what is missing is added.
import { openDb } from "../db/client";
import { loadSeeds } from "../seeds/load";

const handle = await openDb({ url: process.env.DATABASE_URL || undefined });
try {
  await handle.migrate();
  const report = await loadSeeds(handle.db);
  console.log(`Đã nạp dữ liệu (${handle.kind}): ${JSON.stringify(report)}`);
} finally {
  // Only one process may open a PGlite directory: close it before a server starts.
  await handle.close();
}
