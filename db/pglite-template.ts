import { createHash } from "node:crypto";
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

/**
 * A new PGlite directory, once initdb and the migrations have run, holds the same files for every
 * installation of one PGlite version and one set of migrations. In WebAssembly those two steps
 * were most of a first start (initdb 4–14 s, the migrations' DDL 2–4 s, on two busy cores), so
 * `npm run build` runs them once (scripts/pglite-template.ts) into a directory under
 * node_modules/.cache named for the PGlite version and a hash of the migration files. A first
 * start copies it (≈0,2 s); the migrator then finds every migration applied, as after any restart,
 * and seeds and demo accounts load as before. Without the copy (tests, no build yet, migrations
 * changed since) PGlite runs initdb and the migrator applies everything, as it always did.
 */

function pglitePackageDir(): string {
  // The package's main entry is dist/index.(c)js: its directory's parent is the package.
  return path.resolve(path.dirname(createRequire(import.meta.url).resolve("@electric-sql/pglite")), "..");
}

/** Where the data directory for this PGlite version and these migrations is kept. */
export function pgliteTemplateDir(migrationsFolder: string): string {
  const pkg = pglitePackageDir();
  const { version } = JSON.parse(readFileSync(path.join(pkg, "package.json"), "utf8")) as { version: string };
  const hash = createHash("sha256");
  const journal = path.join(migrationsFolder, "meta", "_journal.json");
  for (const file of [journal, ...readdirSync(migrationsFolder).filter((f) => f.endsWith(".sql")).sort().map((f) => path.join(migrationsFolder, f))]) {
    hash.update(`${path.basename(file)}\0`).update(readFileSync(file)).update("\0");
  }
  // node_modules/@electric-sql/pglite → node_modules/.cache/par-tracker
  return path.join(pkg, "..", "..", ".cache", "par-tracker", `${TEMPLATE_PREFIX}${version}-${hash.digest("hex").slice(0, 16)}`);
}

const TEMPLATE_PREFIX = "pglite-";

/**
 * Give an empty or missing `dir` the initialised data directory, if one is kept. Returns false
 * (PGlite will run initdb) when there is none, or when `dir` already holds files. The copy is made
 * beside `dir` and renamed into place, so a start interrupted half-way leaves no half a database.
 */
export function seedPgliteDir(dir: string, migrationsFolder: string): boolean {
  if (existsSync(dir) && readdirSync(dir).length > 0) return false;
  const template = pgliteTemplateDir(migrationsFolder);
  if (!existsSync(path.join(template, "PG_VERSION"))) return false;
  const partial = `${dir}.copying-${process.pid}`;
  rmSync(partial, { recursive: true, force: true });
  mkdirSync(path.dirname(dir), { recursive: true });
  cpSync(template, partial, { recursive: true });
  rmSync(dir, { recursive: true, force: true });
  renameSync(partial, dir);
  return true;
}

/**
 * Keep a data directory made by `prepare` (initdb and migrations, for `npm run build`); nothing
 * when the one for this version and these migrations is there. Older ones are removed.
 */
export async function writePgliteTemplate(
  migrationsFolder: string,
  prepare: (dir: string) => Promise<void>,
): Promise<{ dir: string; created: boolean }> {
  const dir = pgliteTemplateDir(migrationsFolder);
  if (existsSync(path.join(dir, "PG_VERSION"))) return { dir, created: false };
  const partial = `${dir}.initdb-${process.pid}`;
  rmSync(partial, { recursive: true, force: true });
  mkdirSync(path.dirname(partial), { recursive: true });
  try {
    // `prepare` closes the database cleanly: the copies start without recovery.
    await prepare(partial);
  } catch (e) {
    rmSync(partial, { recursive: true, force: true });
    throw e;
  }
  rmSync(dir, { recursive: true, force: true });
  renameSync(partial, dir);
  const parent = path.dirname(dir);
  for (const old of readdirSync(parent)) {
    if (old.startsWith(TEMPLATE_PREFIX) && path.join(parent, old) !== dir) rmSync(path.join(parent, old), { recursive: true, force: true });
  }
  return { dir, created: true };
}
