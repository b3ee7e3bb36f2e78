// `npm run db:migrate`: apply migrations to $DATABASE_URL or the embedded database.
import { openDb } from "../db/client";

const handle = await openDb({ url: process.env.DATABASE_URL || undefined });
try {
  await handle.migrate();
  console.log(`Đã áp dụng migrations (${handle.kind}: ${handle.location}).`);
} finally {
  await handle.close();
}
