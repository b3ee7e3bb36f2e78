import { migrationState } from "../db/client";
import { closeDbHandle, getDbHandle } from "../db/instance";
import { isEmpty, loadSeeds } from "../seeds/load";
import { createsDemoDatabase, markDemoDatabase, readDemoMode, setDemoMode, syncDemoAccounts } from "./auth/demo";
import { configureZod } from "./validation/zod";
import { openDemoCycle } from "./services/demo-cycle";
import { purgeExpiredSessions } from "./auth/sessions";
import { warmCharts } from "./charts";

export interface StartupInfo {
  kind: string;
  location: string;
  migrations: string;
  seeded: boolean;
  demo: boolean;
  /** Milliseconds per step (open, migrate, seed, demo…), printed in the start-up log line. */
  steps: Record<string, number>;
}

/** Apply migrations and, on an empty database, load the source documents. */
export async function prepareDatabase(): Promise<StartupInfo> {
  const steps: Record<string, number> = {};
  let last = performance.now();
  const step = (name: string) => {
    const now = performance.now();
    steps[name] = Math.round(now - last);
    last = now;
  };
  configureZod();
  const handle = await getDbHandle();
  step("open");
  await handle.migrate();
  const state = await migrationState(handle.db);
  step("migrate");
  let seeded = false;
  if (await isEmpty(handle.db)) {
    await loadSeeds(handle.db);
    seeded = true;
    if (createsDemoDatabase()) await markDemoDatabase(handle.db);
    step("seed");
  }
  const demo = await readDemoMode(handle.db);
  setDemoMode(demo);
  // A demonstration database starts with the 2024 commune cycle of doc 004 open.
  if (seeded && demo) await openDemoCycle(handle.db);
  step("cycle");
  await syncDemoAccounts(handle.db, demo);
  step("accounts");
  await purgeExpiredSessions(handle.db);
  step("sessions");
  return { kind: handle.kind, location: handle.location, migrations: `${state.applied}/${state.expected}`, seeded, demo, steps };
}

/**
 * Once the server answers: load what the first pages need and start-up does not (echarts for the
 * dashboard), so the first dashboard does not wait for it.
 */
export function warmUp(): void {
  warmCharts();
}

export async function shutdown(): Promise<void> {
  await closeDbHandle();
}
