import { eq } from "drizzle-orm";
import { z } from "zod";
import type { Db, DbOrTx } from "../../db/client";
import * as s from "../../db/schema";
import provinceFile from "../../seeds/provinces-vn-2025.json";
import { todayInVietnam } from "../clock";
import type { Actor } from "../domain/permissions";
import { catalogProblems, matchProvince, planProvinceLoad, type ProvinceCatalog } from "../domain/province-catalog";
import { nameKey } from "../domain/results-import";
import { governingUnit } from "../domain/scope";
import {
  closeProblems,
  mayKeepProvinces,
  mergeProblems,
  moveProblems,
  unitOpRefusal,
  type AdminUnit,
  type UnitManager,
  type UnitOpTarget,
  type UnitWorld,
} from "../domain/unit-admin";
import { parseVnDate } from "../domain/vn-date";
import { recordAudit } from "./audit";
import { badRequest, forbidden, notFound } from "./errors";

/**
 * Home Affairs and admin keep the set of units: add, rename, move, close, merge (with successor
 * links). Rules are in server/domain/unit-admin.ts; here: load, check, write, audit, in one
 * transaction each.
 */

export type UnitKind = (typeof s.unitKind.enumValues)[number];

interface WorldUnit extends AdminUnit {
  code: string;
  shortName: string | null;
  aliases: string[];
}

interface LoadedWorld extends UnitWorld {
  units: Map<number, WorldUnit>;
  byCode: Map<string, WorldUnit>;
  links: Array<{ predecessorId: number; successorId: number; effectiveOn: string }>;
}

async function loadWorld(tx: DbOrTx): Promise<LoadedWorld> {
  const rows = await tx
    .select({
      id: s.units.id,
      code: s.units.code,
      name: s.units.name,
      shortName: s.units.shortName,
      aliases: s.units.aliases,
      parentId: s.units.parentId,
      kind: s.units.kind,
      closedOn: s.units.closedOn,
    })
    .from(s.units);
  const links = await tx
    .select({ predecessorId: s.unitSuccessions.predecessorId, successorId: s.unitSuccessions.successorId, effectiveOn: s.unitSuccessions.effectiveOn })
    .from(s.unitSuccessions);
  return { units: new Map(rows.map((r) => [r.id, r])), byCode: new Map(rows.map((r) => [r.code, r])), links };
}

function managerOf(actor: Actor, world: LoadedWorld): UnitManager {
  return { roles: actor.roles, scope: actor.scope, governingUnitId: governingUnit(actor.unitId, world.units) };
}

function check(actor: Actor, world: LoadedWorld, target: UnitOpTarget): void {
  const refusal = unitOpRefusal(managerOf(actor, world), world, target);
  if (refusal) throw forbidden(refusal);
}

function unitIn(world: LoadedWorld, code: string, what = "đơn vị"): WorldUnit {
  const u = world.byCode.get(code);
  if (!u) throw notFound(`Không tìm thấy ${what} có mã "${code}".`);
  return u;
}

function refuseIf(problems: string[]): void {
  if (problems.length) throw badRequest(problems.join(" "), { problems });
}

const snapshot = (u: Pick<WorldUnit, "code" | "name" | "shortName" | "kind" | "parentId" | "closedOn">, world?: LoadedWorld) => ({
  code: u.code,
  name: u.name,
  shortName: u.shortName,
  kind: u.kind,
  parent: u.parentId === null ? null : (world?.units.get(u.parentId)?.code ?? u.parentId),
  closedOn: u.closedOn,
});

/** "UBND xã Bản Bo" under "lai-chau.tam-duong" → "lai-chau.tam-duong.ubnd-xa-ban-bo", made unique with -2, -3 … */
function newCode(world: LoadedWorld, parent: WorldUnit | null, name: string): string {
  const slug = nameKey(name).replace(/ /g, "-") || "don-vi";
  const base = parent ? `${parent.code}.${slug}` : slug;
  let code = base;
  for (let n = 2; world.byCode.has(code); n++) code = `${base}-${n}`;
  return code;
}

// ---------------------------------------------------------------------------------------------
// Inputs: Vietnamese messages for every field.

/** No NUL and no lone surrogate: PostgreSQL text and jsonb refuse them (a 500 otherwise). */
function cleanText(v: string): boolean {
  if (v.includes(String.fromCharCode(0))) return false;
  // A lone surrogate does not survive a round trip through UTF-8.
  return new TextDecoder().decode(new TextEncoder().encode(v)) === v;
}

const text = (label: string, max: number) =>
  z
    .string({ error: `Vui lòng nhập ${label}.` })
    .trim()
    .min(2, `Vui lòng nhập ${label}.`)
    .max(max, `${label[0]!.toUpperCase()}${label.slice(1)} quá dài (tối đa ${max} ký tự).`)
    // NUL and lone surrogates break PostgreSQL text and jsonb.
    .refine(cleanText, "Tên có ký tự không hợp lệ; hãy gõ lại tên.");

const code = z.string({ error: "Vui lòng chọn đơn vị." }).trim().min(1, "Vui lòng chọn đơn vị.").max(200, "Mã đơn vị không hợp lệ.").regex(/^[a-z0-9.-]+$/, "Mã đơn vị không hợp lệ.");
const optionalCode = z
  .string()
  .trim()
  .max(200)
  .nullish()
  .transform((v) => (v ? v : null))
  .refine((v) => v === null || /^[a-z0-9.-]+$/.test(v), "Mã đơn vị không hợp lệ.");
const shortName = z
  .string()
  .trim()
  .max(60, "Tên viết tắt quá dài (tối đa 60 ký tự).")
  .nullish()
  .transform((v) => (v ? v : null));
const vnDate = (label: string) =>
  z
    .string({ error: `Vui lòng nhập ${label} theo dạng ngày/tháng/năm, ví dụ 01/07/2025.` })
    .trim()
    .max(20)
    .transform((v, ctx) => {
      const iso = parseVnDate(v);
      if (!iso) {
        ctx.addIssue({ code: "custom", message: `${label[0]!.toUpperCase()}${label.slice(1)} "${v}" không hợp lệ: nhập theo dạng ngày/tháng/năm, ví dụ 01/07/2025.` });
        return z.NEVER;
      }
      return iso;
    });

export const createUnitInput = z.object({
  parentCode: optionalCode,
  name: text("tên đơn vị", 200),
  shortName,
  kind: z.enum(s.unitKind.enumValues, { error: "Vui lòng chọn loại đơn vị." }),
});

export const renameUnitInput = z.object({ code, name: text("tên đơn vị", 200), shortName });
export const moveUnitInput = z.object({ code, parentCode: optionalCode });
export const closeUnitInput = z.object({ code, closedOn: vnDate("ngày đóng"), decision: z.string().trim().max(500, "Quyết định quá dài (tối đa 500 ký tự).").nullish().transform((v) => v || null) });
export const mergeUnitInput = z.object({
  code,
  successorCode: code,
  effectiveOn: vnDate("ngày hiệu lực"),
  kind: z.enum(["merge", "rename"], { error: "Hình thức phải là sáp nhập hoặc đổi tên." }).default("merge"),
  decision: z
    .string({ error: "Vui lòng nhập quyết định, ví dụ Nghị quyết số 202/2025/QH15." })
    .trim()
    .min(3, "Vui lòng nhập số hiệu quyết định, ví dụ Nghị quyết số 202/2025/QH15.")
    .max(500, "Quyết định quá dài (tối đa 500 ký tự)."),
});

// ---------------------------------------------------------------------------------------------
// Writes

export async function createUnit(db: Db, actor: Actor, raw: unknown): Promise<{ code: string }> {
  const input = createUnitInput.parse(raw);
  return db.transaction(async (tx) => {
    const world = await loadWorld(tx);
    const parent = input.parentCode ? unitIn(world, input.parentCode, "đơn vị cấp trên") : null;
    check(actor, world, { op: "create", unit: null, other: parent, kind: input.kind });
    if (!parent && input.kind !== "province") throw badRequest("Đơn vị không có cấp trên chỉ có thể là tỉnh, thành phố; hãy chọn đơn vị cấp trên.");
    const siblings = [...world.units.values()].filter((u) => u.parentId === (parent?.id ?? null) && !u.closedOn);
    const clash = siblings.find((u) => nameKey(u.name) === nameKey(input.name));
    if (clash) throw badRequest(`Đã có đơn vị "${clash.name}" ${parent ? `trực thuộc ${parent.name}` : "trong danh sách tỉnh, thành phố"}.`);
    const unitCode = newCode(world, parent, input.kind === "province" && !parent ? (input.shortName ?? input.name) : input.name);
    const [row] = await tx
      .insert(s.units)
      .values({ code: unitCode, name: input.name, shortName: input.shortName, kind: input.kind, parentId: parent?.id ?? null, position: siblings.length })
      .returning({ id: s.units.id });
    await recordAudit(tx, {
      actor,
      action: "create",
      entity: "unit",
      entityId: row!.id,
      unitId: row!.id,
      after: snapshot({ code: unitCode, name: input.name, shortName: input.shortName, kind: input.kind, parentId: parent?.id ?? null, closedOn: null }, world),
    });
    return { code: unitCode };
  });
}

export async function renameUnit(db: Db, actor: Actor, raw: unknown): Promise<void> {
  const input = renameUnitInput.parse(raw);
  await db.transaction(async (tx) => {
    const world = await loadWorld(tx);
    const unit = unitIn(world, input.code);
    check(actor, world, { op: "rename", unit });
    if (unit.name === input.name && unit.shortName === input.shortName) return;
    await tx.update(s.units).set({ name: input.name, shortName: input.shortName }).where(eq(s.units.id, unit.id));
    await recordAudit(tx, {
      actor,
      action: "update",
      entity: "unit",
      entityId: unit.id,
      unitId: unit.id,
      before: { name: unit.name, shortName: unit.shortName },
      after: { name: input.name, shortName: input.shortName },
    });
  });
}

export async function moveUnit(db: Db, actor: Actor, raw: unknown): Promise<void> {
  const input = moveUnitInput.parse(raw);
  await db.transaction(async (tx) => {
    const world = await loadWorld(tx);
    const unit = unitIn(world, input.code);
    const parent = input.parentCode ? unitIn(world, input.parentCode, "đơn vị cấp trên") : null;
    check(actor, world, { op: "move", unit, other: parent });
    refuseIf(moveProblems(world, unit, parent));
    await tx.update(s.units).set({ parentId: parent?.id ?? null }).where(eq(s.units.id, unit.id));
    await recordAudit(tx, {
      actor,
      action: "update",
      entity: "unit",
      entityId: unit.id,
      unitId: unit.id,
      before: snapshot(unit, world),
      after: snapshot({ ...unit, parentId: parent?.id ?? null }, world),
      note: "Chuyển đơn vị cấp trên",
    });
  });
}

export async function closeUnit(db: Db, actor: Actor, raw: unknown, asOf = todayInVietnam()): Promise<void> {
  const input = closeUnitInput.parse(raw);
  await db.transaction(async (tx) => {
    const world = await loadWorld(tx);
    const unit = unitIn(world, input.code);
    check(actor, world, { op: "close", unit });
    refuseIf(closeProblems(unit, input.closedOn, asOf));
    await tx.update(s.units).set({ closedOn: input.closedOn, active: false }).where(eq(s.units.id, unit.id));
    await recordAudit(tx, {
      actor,
      action: "update",
      entity: "unit",
      entityId: unit.id,
      unitId: unit.id,
      before: snapshot(unit, world),
      after: snapshot({ ...unit, closedOn: input.closedOn }, world),
      note: input.decision ? `Đóng đơn vị theo ${input.decision}` : "Đóng đơn vị",
    });
  });
}

async function writeMerge(
  tx: DbOrTx,
  actor: Actor | null,
  world: LoadedWorld,
  predecessor: WorldUnit,
  successor: WorldUnit,
  m: { effectiveOn: string; kind: "merge" | "rename"; decision: string },
  alreadyClosed = false,
): Promise<void> {
  const [link] = await tx
    .insert(s.unitSuccessions)
    .values({ predecessorId: predecessor.id, successorId: successor.id, kind: m.kind, effectiveOn: m.effectiveOn, decision: m.decision })
    .returning({ id: s.unitSuccessions.id });
  if (!alreadyClosed) await tx.update(s.units).set({ closedOn: m.effectiveOn, active: false }).where(eq(s.units.id, predecessor.id));
  world.links.push({ predecessorId: predecessor.id, successorId: successor.id, effectiveOn: m.effectiveOn });
  await recordAudit(tx, {
    actor,
    action: actor ? "create" : "seed",
    entity: "unit-succession",
    entityId: link!.id,
    unitId: successor.id,
    after: { predecessor: predecessor.code, successor: successor.code, kind: m.kind, effectiveOn: m.effectiveOn, decision: m.decision },
    note: `${predecessor.name} → ${successor.name}`,
  });
  if (!alreadyClosed) {
    await recordAudit(tx, {
      actor,
      action: actor ? "update" : "seed",
      entity: "unit",
      entityId: predecessor.id,
      unitId: predecessor.id,
      before: snapshot(predecessor, world),
      after: snapshot({ ...predecessor, closedOn: m.effectiveOn }, world),
      note: `${m.kind === "rename" ? "Đổi tên thành" : "Sáp nhập vào"} ${successor.name} theo ${m.decision}`,
    });
  }
}

/** Merge (or rename into) a successor: the predecessor closes on the date, its series continues on the successor's page. */
export async function mergeUnit(db: Db, actor: Actor, raw: unknown, asOf = todayInVietnam()): Promise<void> {
  const input = mergeUnitInput.parse(raw);
  await db.transaction(async (tx) => {
    const world = await loadWorld(tx);
    const predecessor = unitIn(world, input.code);
    const successor = unitIn(world, input.successorCode, "đơn vị tiếp nhận");
    check(actor, world, { op: "merge", unit: predecessor, other: successor });
    refuseIf(mergeProblems(world, world.links, predecessor, successor, input.effectiveOn, asOf));
    await writeMerge(tx, actor, world, predecessor, successor, input);
  });
}

// ---------------------------------------------------------------------------------------------
// The country's provinces

export const provinceCatalog: ProvinceCatalog = (() => {
  const catalog = provinceFile as ProvinceCatalog;
  const problems = catalogProblems(catalog);
  if (problems.length) throw new Error(`seeds/provinces-vn-2025.json: ${problems.join(" ")}`);
  return catalog;
})();

export interface ProvinceLoadReport {
  created: number;
  closed: number;
  linked: number;
}

/**
 * Load the provinces before and after 1 July 2025 from the file: creates the missing provinces,
 * closes the merged ones and links them to their successors. Idempotent. `actor` null: a command
 * run from the shell (audited as "seed").
 */
export async function loadProvinces(db: Db, actor: Actor | null, catalog: ProvinceCatalog = provinceCatalog): Promise<ProvinceLoadReport> {
  return db.transaction(async (tx) => {
    const world = await loadWorld(tx);
    if (actor && !mayKeepProvinces(managerOf(actor, world), world)) {
      throw forbidden("Chỉ Sở Nội vụ hoặc quản trị hệ thống được nạp danh sách tỉnh, thành phố.");
    }
    const roots = new Map([...world.byCode].filter(([, u]) => u.parentId === null && u.kind === "province").map(([c, u]) => [c, u]));
    const linkKeys = new Set(
      world.links.map((l) => `${world.units.get(l.predecessorId)?.code}>${world.units.get(l.successorId)?.code}`),
    );
    const plan = planProvinceLoad(catalog, roots, linkKeys);
    const roots0 = roots.size;
    for (const [i, p] of plan.create.entries()) {
      if (world.byCode.has(p.code)) throw badRequest(`Mã "${p.code}" đã dùng cho một đơn vị không phải tỉnh; hãy đổi mã đơn vị đó trước.`);
      const [row] = await tx
        .insert(s.units)
        .values({ code: p.code, name: p.name, shortName: p.shortName, aliases: p.aliases, kind: "province", parentId: null, position: roots0 + i })
        .returning({ id: s.units.id });
      const unit: WorldUnit = { id: row!.id, code: p.code, name: p.name, shortName: p.shortName, aliases: p.aliases, parentId: null, kind: "province", closedOn: null };
      world.units.set(unit.id, unit);
      world.byCode.set(unit.code, unit);
      await recordAudit(tx, { actor, action: actor ? "create" : "seed", entity: "unit", entityId: unit.id, unitId: unit.id, after: snapshot(unit), note: "Nạp danh sách tỉnh, thành phố" });
    }
    const closing = new Set(plan.close);
    for (const l of plan.link) {
      const from = world.byCode.get(l.from)!;
      const into = world.byCode.get(l.into)!;
      await writeMerge(tx, actor, world, from, into, { effectiveOn: catalog.effectiveOn, kind: "merge", decision: catalog.decision }, !closing.has(l.from));
      closing.delete(l.from);
    }
    // A province closed by the file whose link was already there (closed by hand later reopened?): close it too.
    for (const c of closing) {
      const u = world.byCode.get(c)!;
      await tx.update(s.units).set({ closedOn: catalog.effectiveOn, active: false }).where(eq(s.units.id, u.id));
      await recordAudit(tx, { actor, action: actor ? "update" : "seed", entity: "unit", entityId: u.id, unitId: u.id, before: snapshot(u), after: snapshot({ ...u, closedOn: catalog.effectiveOn }) });
    }
    return { created: plan.create.length, closed: plan.close.length, linked: plan.link.length };
  });
}

/** May this actor create provinces of the country (from the import preview)? */
export async function canKeepProvinces(db: DbOrTx, actor: Actor): Promise<boolean> {
  const world = await loadWorld(db);
  return mayKeepProvinces(managerOf(actor, world), world);
}

export const createProvincesInput = z.object({
  names: z
    .array(text("tên tỉnh, thành phố", 100), { error: "Danh sách tỉnh không hợp lệ." })
    .min(1, "Chưa có tỉnh nào để thêm.")
    .max(70, "Tối đa 70 tỉnh, thành phố một lần."),
});

/**
 * Create the provinces an import names but the database lacks, each with the name as published.
 * Only names of the country's provinces (the catalogue, before or after 2025) are accepted, so a
 * typo does not become a province. Existing ones are left alone.
 */
export async function createProvinces(db: Db, actor: Actor, raw: unknown): Promise<{ created: string[] }> {
  const input = createProvincesInput.parse(raw);
  return db.transaction(async (tx) => {
    const world = await loadWorld(tx);
    check(actor, world, { op: "create", unit: null, other: null, kind: "province" });
    const created: string[] = [];
    const unknown: string[] = [];
    for (const name of [...new Set(input.names)]) {
      const p = matchProvince(provinceCatalog, name);
      if (!p) {
        unknown.push(name);
        continue;
      }
      if (world.byCode.has(p.code)) continue;
      const roots = [...world.units.values()].filter((u) => u.parentId === null).length;
      const [row] = await tx
        .insert(s.units)
        .values({
          code: p.code,
          name,
          shortName: p.shortName,
          aliases: [p.name, ...p.aliases].filter((a) => a !== name),
          kind: "province",
          parentId: null,
          position: roots,
        })
        .returning({ id: s.units.id });
      const unit: WorldUnit = { id: row!.id, code: p.code, name, shortName: p.shortName, aliases: p.aliases, parentId: null, kind: "province", closedOn: null };
      world.units.set(unit.id, unit);
      world.byCode.set(unit.code, unit);
      await recordAudit(tx, { actor, action: "create", entity: "unit", entityId: unit.id, unitId: unit.id, after: snapshot(unit), note: "Thêm tỉnh, thành phố từ màn hình nhập kết quả" });
      created.push(name);
    }
    if (unknown.length) {
      throw badRequest(`Không nhận ra ${unknown.map((n) => `"${n}"`).join(", ")} là tỉnh, thành phố của Việt Nam; chưa thêm tỉnh nào. Hãy sửa tên trong tệp.`);
    }
    return { created };
  });
}

/** What the units management page may offer this actor; refuses those who keep no units. */
export async function unitAdminView(db: DbOrTx, actor: Actor): Promise<{ keepsProvinces: boolean; isAdmin: boolean }> {
  if (!actor.roles.includes("noi-vu") && !actor.roles.includes("quan-tri")) {
    throw forbidden("Chỉ cán bộ Nội vụ (Sở Nội vụ, Phòng Nội vụ) hoặc quản trị hệ thống được quản lý đơn vị.");
  }
  return { keepsProvinces: await canKeepProvinces(db, actor), isAdmin: actor.roles.includes("quan-tri") };
}
