import { migrationState } from "../db/client";
import { closeDbHandle, getDbHandle } from "../db/instance";
import { isEmpty, loadSeeds } from "../seeds/load";
import { createsDemoDatabase, markDemoDatabase, readDemoMode, setDemoMode, syncDemoAccounts } from "./auth/demo";
import { configureZod } from "./validation/zod";
import { openDemoCycle } from "./services/demo-cycle";
import { purgeExpiredSessions } from "./auth/sessions";

export interface StartupInfo {
  kind: string;
  location: string;
  migrations: string;
  seeded: boolean;
  demo: boolean;
}

/** Apply migrations and, on an empty database, load the source documents. */
export async function prepareDatabase(): Promise<StartupInfo> {
  configureZod();
  const handle = await getDbHandle();
  await handle.migrate();
  const state = await migrationState(handle.db);
  let seeded = false;
  if (await isEmpty(handle.db)) {
    await loadSeeds(handle.db);
    seeded = true;
    if (createsDemoDatabase()) await markDemoDatabase(handle.db);
  }
  const demo = await readDemoMode(handle.db);
  setDemoMode(demo);
  // A demonstration database starts with the 2024 commune cycle of doc 004 open.
  if (seeded && demo) await openDemoCycle(handle.db);
  await syncDemoAccounts(handle.db, demo);
  await purgeExpiredSessions(handle.db);
  return { kind: handle.kind, location: handle.location, migrations: `${state.applied}/${state.expected}`, seeded, demo };
}

export async function shutdown(): Promise<void> {
  await closeDbHandle();
}
