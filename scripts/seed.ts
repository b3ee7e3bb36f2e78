// `npm run db:seed`: load the source documents; only what is missing is added.
import { openDb } from "../db/client";
import { createsDemoDatabase, markDemoDatabase } from "../server/auth/demo";
import { isEmpty, loadSeeds } from "../seeds/load";

const handle = await openDb({ url: process.env.DATABASE_URL || undefined });
try {
  await handle.migrate();
  const created = await isEmpty(handle.db);
  const report = await loadSeeds(handle.db);
  // A database seeded from empty here is created for the demonstration as at server start.
  if (created && createsDemoDatabase()) await markDemoDatabase(handle.db);
  console.log(`Đã nạp dữ liệu (${handle.kind}): ${JSON.stringify(report)}`);
} finally {
  // Only one process may open a PGlite directory: close it before a server starts.
  await handle.close();
}
