import { getTableColumns, sql, type Placeholder, type SQL } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";

/**
 * A placeholder with its SQL type spelled out: in a select list Postgres cannot infer it from a
 * column. (A jsonb value is given as its JSON text.)
 */
export function typed(value: Placeholder, type: "integer" | "text" | "jsonb" | "task_status" | "task_update_kind" | "audit_action"): SQL {
  return sql`cast(${value} as ${sql.raw(type)})`;
}

/**
 * `insert into table (columns) select values from source`: a row written once for each row of a
 * CTE, so that it goes in the same statement as the change it records (and not at all when the
 * change wrote nothing). Columns are named from the schema; those left out take their defaults.
 */
export function insertSelect<T extends PgTable>(
  table: T,
  source: string,
  values: Partial<Record<keyof T["$inferInsert"] & string, SQL>>,
): SQL {
  const columns = getTableColumns(table) as Record<string, { name: string }>;
  const keys = Object.keys(values) as Array<keyof typeof values & string>;
  const names = keys.map((k) => {
    const column = columns[k];
    if (!column) throw new Error(`no column ${k}`);
    return sql.identifier(column.name);
  });
  return sql`insert into ${table} (${sql.join(names, sql`, `)}) select ${sql.join(
    keys.map((k) => values[k]!),
    sql`, `,
  )} from ${sql.identifier(source)}`;
}
