// `npm run test:e2e:instances`: the e2e check that two workers behind one port answer as one app
// (e2e/instances.spec.ts), on PostgreSQL: E2E_DATABASE_URL, else TEST_DATABASE_URL, else the local
// server on 127.0.0.1:5432. Without PostgreSQL it says so and passes: the embedded database is
// opened by one process only, so there is nothing to run several workers against.
import { spawnSync } from "node:child_process";
import postgres from "postgres";

const url = process.env.E2E_DATABASE_URL || process.env.TEST_DATABASE_URL || "postgres://postgres@127.0.0.1:5432/postgres";
try {
  const sql = postgres(url, { max: 1, connect_timeout: 3, onnotice: () => {} });
  await sql`select 1`;
  await sql.end();
} catch {
  console.log(`Bỏ qua kiểm thử nhiều tiến trình: không kết nối được PostgreSQL (${new URL(url).host}).`);
  process.exit(0);
}
const r = spawnSync("npx", ["playwright", "test", "e2e/instances.spec.ts", "e2e/foundation.spec.ts"], {
  stdio: "inherit",
  env: { ...process.env, E2E_DATABASE_URL: url, E2E_PORT: process.env.E2E_PORT ?? "3120" },
});
process.exit(r.status ?? 1);
