import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

/**
 * A new PGlite directory starts as PGlite's initdb leaves it: the same files for every
 * installation of one PGlite version, nothing of this app in them. initdb in WebAssembly was most
 * of a first start (4–14 s on two busy cores), so `npm run build` runs it once per installed PGlite
 * version (scripts/pglite-template.ts) and keeps the closed data directory under
 * node_modules/.cache. A first start copies it (≈0,2 s) and PGlite finds a database, as after any
 * restart; migrations, seeds and demo accounts then run as before. Without the copy (tests, no
 * build yet) PGlite runs initdb itself.
 */

function pglitePackageDir(): string {
  // The package's main entry is dist/index.(c)js: its directory's parent is the package.
  return path.resolve(path.dirname(createRequire(import.meta.url).resolve("@electric-sql/pglite")), "..");
}

/** Where the initialised data directory of the installed PGlite version is kept. */
export function pgliteTemplateDir(): string {
  const pkg = pglitePackageDir();
  const { version } = JSON.parse(readFileSync(path.join(pkg, "package.json"), "utf8")) as { version: string };
  // node_modules/@electric-sql/pglite → node_modules/.cache/par-tracker
  return path.join(pkg, "..", "..", ".cache", "par-tracker", `pglite-${version}-initdb`);
}

/**
 * Give an empty or missing `dir` the initialised data directory, if one is kept. Returns false
 * (PGlite will run initdb) when there is none, or when `dir` already holds files. The copy is made
 * beside `dir` and renamed into place, so a start interrupted half-way leaves no half a database.
 */
export function seedPgliteDir(dir: string): boolean {
  if (existsSync(dir) && readdirSync(dir).length > 0) return false;
  const template = pgliteTemplateDir();
  if (!existsSync(path.join(template, "PG_VERSION"))) return false;
  const partial = `${dir}.copying-${process.pid}`;
  rmSync(partial, { recursive: true, force: true });
  mkdirSync(path.dirname(dir), { recursive: true });
  cpSync(template, partial, { recursive: true });
  rmSync(dir, { recursive: true, force: true });
  renameSync(partial, dir);
  return true;
}

/** Run initdb once into the kept directory (for `npm run build`); nothing when it is there. */
export async function writePgliteTemplate(): Promise<{ dir: string; created: boolean }> {
  const dir = pgliteTemplateDir();
  if (existsSync(path.join(dir, "PG_VERSION"))) return { dir, created: false };
  const partial = `${dir}.initdb-${process.pid}`;
  rmSync(partial, { recursive: true, force: true });
  mkdirSync(path.dirname(partial), { recursive: true });
  const { PGlite } = await import("@electric-sql/pglite");
  const pg = new PGlite(partial);
  await pg.waitReady;
  // Closed cleanly: the copy starts without recovery.
  await pg.close();
  rmSync(dir, { recursive: true, force: true });
  renameSync(partial, dir);
  return { dir, created: true };
}
