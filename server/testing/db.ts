import { randomBytes } from "node:crypto";
import postgres from "postgres";
import { openDb, type DbHandle } from "../../db/client";

/**
 * A fresh, migrated database for one test file: a new database on the PostgreSQL server named by
 * TEST_DATABASE_URL (CI), or an in-memory PGlite otherwise. `close` drops what it created.
 */
export async function createTestDb(options: { onQuery?: (sql: string) => void } = {}): Promise<DbHandle> {
  const base = process.env.TEST_DATABASE_URL;
  if (!base) {
    const handle = await openDb({ pgliteDir: "memory", onQuery: options.onQuery });
    await handle.migrate();
    return handle;
  }
  const name = `par_test_${Date.now().toString(36)}_${randomBytes(3).toString("hex")}`;
  const admin = postgres(base, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const url = new URL(base);
  url.pathname = `/${name}`;
  const handle = await openDb({ url: url.toString(), onQuery: options.onQuery });
  await handle.migrate();
  return {
    ...handle,
    close: async () => {
      await handle.close();
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end({ timeout: 5 });
    },
  };
}
