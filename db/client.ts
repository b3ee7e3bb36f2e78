import { mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";
import postgres from "postgres";
import * as schema from "./schema";
import { seedPgliteDir } from "./pglite-template";

export type Schema = typeof schema;
/** The query builder both drivers share; services take this, never a driver type. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
/** A transaction handle has the same query API. */
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
export type DbOrTx = Db | Tx;

export type DbKind = "pglite" | "postgres";

export interface DbHandle {
  db: Db;
  kind: DbKind;
  /** Where the data lives: the PGlite directory, or the PostgreSQL URL without password. */
  location: string;
  migrate(): Promise<void>;
  close(): Promise<void>;
}

export const migrationsFolder = path.resolve(process.cwd(), "db/migrations");

export function dataDir(): string {
  return path.resolve(process.env.DATA_DIR ?? path.join(process.cwd(), "data"));
}

function redact(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = "***";
    return u.toString();
  } catch {
    return "postgres";
  }
}

/**
 * Open a database. With a URL: PostgreSQL through postgres.js. Without: PGlite, file-backed in
 * `pgliteDir`, or in memory when `pgliteDir` is "memory" (tests).
 */
export async function openDb(
  options: { url?: string; pgliteDir?: string; onQuery?: (sql: string) => void } = {},
): Promise<DbHandle> {
  const url = options.url;
  // Tests and benchmarks count queries through this hook.
  const logger = options.onQuery ? { logQuery: (q: string) => options.onQuery!(q) } : undefined;
  if (url) {
    // Only the few statements prepared by name (server/services/prepared.ts) have plans to keep,
    // chosen because one generic plan serves every value (PostgreSQL otherwise plans them again
    // on each execution: about 0,5 ms for the session's, 2 ms for the bell's).
    const client = postgres(url, { max: 10, onnotice: () => {}, connection: { plan_cache_mode: "force_generic_plan" } });
    const db = drizzlePostgres(client, { schema, logger });
    return {
      db: db as unknown as Db,
      kind: "postgres",
      location: redact(url),
      migrate: async () => {
        if (await migrationsPending(db as unknown as Db)) await migratePostgres(db, { migrationsFolder });
      },
      close: () => client.end({ timeout: 5 }),
    };
  }
  const dir = options.pgliteDir ?? path.join(dataDir(), "pglite");
  let client: PGlite;
  if (dir === "memory") {
    client = new PGlite();
  } else {
    mkdirSync(path.dirname(dir), { recursive: true });
    // A new directory starts as a copy of the initialised and migrated one `npm run build` keeps.
    seedPgliteDir(dir, migrationsFolder);
    client = new PGlite(dir);
  }
  await client.waitReady;
  const db = drizzlePglite(client, { schema, logger });
  return {
    db: db as unknown as Db,
    kind: "pglite",
    location: dir,
    migrate: async () => {
      if (await migrationsPending(db as unknown as Db)) await migratePglite(db, { migrationsFolder });
    },
    close: () => client.close(),
  };
}

interface Journal {
  entries: Array<{ when: number }>;
}

function readJournal(): Journal {
  return JSON.parse(readFileSync(path.join(migrationsFolder, "meta/_journal.json"), "utf8")) as Journal;
}

/**
 * Does the journal have a migration newer than the newest the database recorded? (The migrator's
 * own rule.) Asked first because the migrator's CREATE SCHEMA / TABLE IF NOT EXISTS cost ≈0,1 s of
 * every start on the embedded database even when there is nothing to apply.
 */
async function migrationsPending(db: Db): Promise<boolean> {
  const newest = Math.max(0, ...readJournal().entries.map((e) => e.when));
  try {
    const rows = await db.execute(sql`select max(created_at)::text as last from drizzle.__drizzle_migrations`);
    const last = firstRow<{ last: string | null }>(rows)?.last;
    return last === null || last === undefined || Number(last) < newest;
  } catch {
    return true;
  }
}

/** Migrations applied, compared with the journal on disk (for /healthz). */
export async function migrationState(db: Db): Promise<{ applied: number; expected: number }> {
  const journal = readJournal();
  let applied = 0;
  try {
    const rows = await db.execute(sql`select count(*)::int as n from drizzle.__drizzle_migrations`);
    applied = firstRow<{ n: number }>(rows)?.n ?? 0;
  } catch {
    applied = 0;
  }
  return { applied, expected: journal.entries.length };
}

/** `db.execute` returns an array on postgres.js and `{ rows }` on PGlite: read both. */
export function firstRow<T>(result: unknown): T | undefined {
  if (Array.isArray(result)) return result[0] as T | undefined;
  const rows = (result as { rows?: T[] }).rows;
  return rows?.[0];
}
