import type { TreeUnit } from "../domain/scope";
import { and, eq } from "drizzle-orm";
import type { Db, DbOrTx } from "../../db/client";
import * as s from "../../db/schema";
import type { Actor } from "../domain/permissions";
import { governingUnit } from "../domain/scope";
import { settingsSchema, type Settings } from "../domain/settings";
import { loadUnitTree } from "./actor";
import { recordAudit } from "./audit";
import { forbidden } from "./errors";
import { requestMemo } from "../runtime/request-context";

/** The province (root) a unit sits under: settings apply per province. */
export async function rootOf(db: DbOrTx, unitId: number, loaded?: ReadonlyMap<number, TreeUnit>): Promise<number> {
  // A caller that has read the unit tree already passes it: one query fewer per page.
  const tree = loaded ?? (await loadUnitTree(db));
  let u = tree.get(unitId);
  for (let guard = 0; u && u.parentId !== null && guard < 50; guard++) u = tree.get(u.parentId);
  return u?.id ?? unitId;
}

export function getSettings(db: DbOrTx, rootUnitId: number): Promise<Settings> {
  return requestMemo(`settings:${rootUnitId}`, () => readSettings(db, rootUnitId));
}

async function readSettings(db: DbOrTx, rootUnitId: number): Promise<Settings> {
  const rows = await db.select({ key: s.settings.key, value: s.settings.value }).from(s.settings).where(eq(s.settings.rootUnitId, rootUnitId));
  const stored = Object.fromEntries(rows.map((r) => [r.key, r.value]));
  // A stored value that no longer validates falls back to its default rather than breaking pages.
  const parsed = settingsSchema.safeParse(stored);
  return parsed.success ? parsed.data : settingsSchema.parse({});
}

/** Home Affairs of the province (or an administrator) changes its thresholds. */
export async function updateSettings(db: Db, actor: Actor, rootUnitId: number, raw: Partial<Settings>): Promise<Settings> {
  const allowed = actor.roles.includes("quan-tri") || (actor.roles.includes("noi-vu") && actor.scope.has(rootUnitId));
  if (!allowed) throw forbidden("Chỉ Sở Nội vụ của tỉnh hoặc quản trị hệ thống được thay đổi các ngưỡng cảnh báo.");
  const next = settingsSchema.parse({ ...(await getSettings(db, rootUnitId)), ...raw });
  return db.transaction(async (tx) => {
    const before = await readSettings(tx, rootUnitId);
    for (const [key, value] of Object.entries(next)) {
      const [existing] = await tx
        .select({ id: s.settings.id })
        .from(s.settings)
        .where(and(eq(s.settings.rootUnitId, rootUnitId), eq(s.settings.key, key)));
      if (existing) {
        await tx.update(s.settings).set({ value, updatedAt: new Date(), updatedBy: actor.userId }).where(eq(s.settings.id, existing.id));
      } else {
        await tx.insert(s.settings).values({ rootUnitId, key, value, updatedBy: actor.userId });
      }
    }
    await recordAudit(tx, { actor, action: "update", entity: "settings", entityId: rootUnitId, unitId: rootUnitId, before, after: next });
    return next;
  });
}

/** The province whose thresholds apply to the actor, and whether they may change them. */
export async function actorProvince(db: DbOrTx, actor: Actor): Promise<{ id: number; name: string; editable: boolean }> {
  const tree = await loadUnitTree(db);
  const root = await rootOf(db, governingUnit(actor.unitId, tree), tree);
  const [u] = await db.select({ name: s.units.name }).from(s.units).where(eq(s.units.id, root));
  return { id: root, name: u?.name ?? "", editable: actor.roles.includes("quan-tri") || (actor.roles.includes("noi-vu") && actor.scope.has(root)) };
}
