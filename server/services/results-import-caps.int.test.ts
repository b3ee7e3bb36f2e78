import { eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "../../db/client";
import * as s from "../../db/schema";
import { loadSeeds } from "../../seeds/load";
import { syncDemoAccounts } from "../auth/demo";
import { subtree } from "../domain/scope";
import { createTestDb } from "../testing/db";
import { loadActor, loadUnitTree, type SessionUser } from "./actor";
import { commitResultsImport, IMPORT_BATCH_ROWS, MAX_IMPORT_ROWS, PREVIEW_PAGE_SIZE, previewResultsImport } from "./results";

/** Large results imports: capped, previewed a page at a time, written in batches that let others in. */
let h: DbHandle;
let actor: SessionUser;
const combos: string[] = [];

beforeAll(async () => {
  h = await createTestDb();
  await loadSeeds(h.db);
  await syncDemoAccounts(h.db, true);
  const [u] = await h.db.select({ id: s.users.id }).from(s.users).where(eq(s.users.username, "noivu.tamduong"));
  actor = (await loadActor(h.db, u!.id))!;
  const [root] = await h.db.select({ id: s.units.id }).from(s.units).where(eq(s.units.code, "lai-chau.tam-duong"));
  const ids = [...subtree(root!.id, await loadUnitTree(h.db))];
  const units = await h.db.select({ code: s.units.code }).from(s.units).where(inArray(s.units.id, ids));
  const components = await h.db.select({ key: s.components.key }).from(s.components);
  // Distinct unit × year × component rows, as many as a large file holds.
  for (const year of [2018, 2019, 2020, 2021, 2022, 2023, 2024]) {
    for (const unit of units) for (const c of components) combos.push(`${unit.code};${year};${c.key}`);
  }
});
afterAll(async () => {
  await h?.close();
});

const csv = (rows: number) => ({
  name: "ket-qua.csv",
  bytes: new TextEncoder().encode(
    ["Mã đơn vị;Năm;Chỉ số thành phần;Tỷ lệ (%)", ...combos.slice(0, rows).map((c, i) => `${c};${50 + (i % 40)},5`)].join("\n") + "\n",
  ),
});

describe("large results imports", () => {
  it("refuses more rows than the cap with a clear message", async () => {
    const lines = ["Mã đơn vị;Năm;Chỉ số thành phần;Tỷ lệ (%)", ...Array.from({ length: MAX_IMPORT_ROWS + 1 }, () => "x;2024;tong;50")];
    await expect(previewResultsImport(h.db, actor, { name: "lon.csv", bytes: new TextEncoder().encode(lines.join("\n")) })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringMatching(/tối đa 10\.000 dòng/),
    });
  });

  it("previews a page at a time, with counts for the whole file", async () => {
    expect(combos.length).toBeGreaterThan(2 * PREVIEW_PAGE_SIZE + 10);
    const n = 2 * PREVIEW_PAGE_SIZE + 10;
    const first = await previewResultsImport(h.db, actor, csv(n));
    expect(first.errorCount).toBe(0);
    expect(first).toMatchObject({ valid: n, page: 1, pageSize: PREVIEW_PAGE_SIZE });
    expect(first.rows).toHaveLength(PREVIEW_PAGE_SIZE);
    expect(first.counts.insert + first.counts.update + first.counts.unchanged).toBe(n);
    const last = await previewResultsImport(h.db, actor, csv(n), { page: 3 });
    expect(last.rows.map((r) => r.line)).toEqual(Array.from({ length: 10 }, (_, i) => 2 * PREVIEW_PAGE_SIZE + 2 + i));
    expect(JSON.stringify(first).length).toBeLessThan(200_000);
  });

  it("writes in batches: other queries get through while a large file is saved", async () => {
    const n = Math.min(combos.length, 8 * IMPORT_BATCH_ROWS);
    let worst = 0;
    let running = true;
    const pinger = (async () => {
      while (running) {
        const t = Date.now();
        await h.db.select({ id: s.units.id }).from(s.units).limit(1);
        worst = Math.max(worst, Date.now() - t);
        await new Promise((r) => setTimeout(r, 10));
      }
    })();
    const progress: number[] = [];
    const started = Date.now();
    const done = await commitResultsImport(h.db, actor, csv(n), { onProgress: (d) => progress.push(d) });
    const elapsed = Date.now() - started;
    running = false;
    await pinger;
    expect(done.inserted + done.updated + done.unchanged).toBe(n);
    expect(progress.length).toBe(Math.ceil(n / IMPORT_BATCH_ROWS));
    expect(progress.at(-1)).toBe(n);
    // One batch at most stands in the way of another request, never the whole file.
    expect(worst).toBeLessThan(Math.max(elapsed / 3, 200));
  }, 120_000);
});
