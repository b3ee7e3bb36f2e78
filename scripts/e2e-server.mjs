// Serves the production build for the e2e run: on a fresh embedded database by default, or, with
// E2E_DATABASE_URL (a PostgreSQL server), on a fresh database there served by E2E_WORKERS worker
// processes behind one port (node:cluster), to prove that any instance can answer any request.
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";

process.env.NODE_ENV = "production";
const admin = process.env.E2E_DATABASE_URL;
if (admin) {
  const { default: postgres } = await import("postgres");
  const name = `par_e2e_${process.env.PORT ?? "3100"}`;
  const sql = postgres(admin, { max: 1, onnotice: () => {} });
  await sql.unsafe(`drop database if exists ${name} with (force)`);
  await sql.unsafe(`create database ${name}`);
  await sql.end();
  const url = new URL(admin);
  url.pathname = `/${name}`;
  process.env.DATABASE_URL = url.toString();
  // The same demonstration data and accounts as the embedded run.
  process.env.DEMO = "1";
  process.env.WEB_CONCURRENCY = process.env.E2E_WORKERS ?? "2";
} else {
  delete process.env.DATABASE_URL;
}
process.env.DATA_DIR = mkdtempSync(path.join(os.tmpdir(), "par-e2e-"));
await import("../server.mjs");
