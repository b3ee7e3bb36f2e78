import type { Db } from "../../db/client";
import { getDbHandle } from "../../db/instance";

/** The process's database, for loaders and actions. */
export async function db(): Promise<Db> {
  return (await getDbHandle()).db;
}
