import { sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";

/** Rows of a raw query on either driver (postgres.js answers an array, PGlite `{ rows }`). */
export function rowsOf<T>(result: unknown): T[] {
  if (Array.isArray(result)) return result as T[];
  return ((result as { rows?: T[] }).rows ?? []) as T[];
}

export interface TableInfo {
  name: string;
  /** Columns to write back (generated columns are computed again). */
  columns: string[];
  /** Identity columns, whose sequences are moved past the restored ids. */
  identity: string[];
}

/** Tables of derived state, rebuilt by the database itself (a trigger): not backed up or restored. */
const DERIVED = new Set(["unit_tree_stamp", "content_stamp"]);

/** The app's tables (schema public), parents before children so a restore meets every foreign key. */
export async function appTables(db: DbOrTx): Promise<TableInfo[]> {
  const names = rowsOf<{ name: string }>(await db.execute(sql`select tablename as name from pg_tables where schemaname = 'public' order by tablename`))
    .map((r) => r.name)
    .filter((n) => !DERIVED.has(n));
  const columns = rowsOf<{ table: string; column: string; identity: string; generated: string }>(
    await db.execute(sql`
      select table_name as "table", column_name as "column", is_identity as identity, is_generated as generated
      from information_schema.columns where table_schema = 'public' order by table_name, ordinal_position`),
  );
  const edges = rowsOf<{ child: string; parent: string }>(
    await db.execute(sql`
      select cl.relname as child, pl.relname as parent
      from pg_constraint c
      join pg_class cl on cl.oid = c.conrelid join pg_namespace n on n.oid = cl.relnamespace
      join pg_class pl on pl.oid = c.confrelid
      where c.contype = 'f' and n.nspname = 'public'`),
  );
  const parents = new Map<string, Set<string>>(names.map((n) => [n, new Set<string>()]));
  for (const e of edges) if (e.child !== e.parent) parents.get(e.child)?.add(e.parent);
  const ordered: string[] = [];
  const placed = new Set<string>();
  while (ordered.length < names.length) {
    const ready = names.filter((n) => !placed.has(n) && [...(parents.get(n) ?? [])].every((p) => placed.has(p) || !parents.has(p)));
    if (ready.length === 0) throw new Error(`foreign keys form a cycle among: ${names.filter((n) => !placed.has(n)).join(", ")}`);
    for (const n of ready) {
      ordered.push(n);
      placed.add(n);
    }
  }
  return ordered.map((name) => {
    const cols = columns.filter((c) => c.table === name);
    return {
      name,
      columns: cols.filter((c) => c.generated !== "ALWAYS").map((c) => c.column),
      identity: cols.filter((c) => c.identity === "YES").map((c) => c.column),
    };
  });
}

const ident = (name: string) => sql.raw(`"${name.replace(/"/g, '""')}"`);

/** Every row of a table as JSON text, one per line. */
export async function exportTable(db: DbOrTx, table: TableInfo): Promise<string[]> {
  const rows = rowsOf<{ j: string }>(await db.execute(sql`select row_to_json(t)::text as j from ${ident(table.name)} t`));
  return rows.map((r) => r.j);
}

/** Insert exported rows, keeping their ids; then move identity sequences past them. */
export async function importTable(db: DbOrTx, table: TableInfo, lines: string[]): Promise<void> {
  const cols = sql.raw(table.columns.map((c) => `"${c.replace(/"/g, '""')}"`).join(", "));
  const overriding = table.identity.length ? sql.raw(" overriding system value") : sql.raw("");
  for (let i = 0; i < lines.length; i += 500) {
    const json = `[${lines.slice(i, i + 500).join(",")}]`;
    await db.execute(
      sql`insert into ${ident(table.name)} (${cols})${overriding} select ${cols} from json_populate_recordset(null::${ident(table.name)}, ${json}::json)`,
    );
  }
  for (const col of table.identity) {
    await db.execute(
      sql`select setval(pg_get_serial_sequence(${`"${table.name}"`}, ${col}), coalesce((select max(${ident(col)}) from ${ident(table.name)}), 0) + 1, false)`,
    );
  }
}
