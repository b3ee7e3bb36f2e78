import { migrationState, type DbHandle } from "../../db/client";

export interface Health {
  ok: boolean;
  database: "pglite" | "postgres";
  migrations: { applied: number; expected: number; upToDate: boolean };
}

export async function health(handle: DbHandle): Promise<Health> {
  const m = await migrationState(handle.db);
  const upToDate = m.applied === m.expected && m.expected > 0;
  return { ok: upToDate, database: handle.kind, migrations: { ...m, upToDate } };
}
