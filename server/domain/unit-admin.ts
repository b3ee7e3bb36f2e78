import type { Role } from "./roles";
import type { ScopeUnitKind } from "./scope";
import { formatIsoAsVn } from "./unit-labels";

/**
 * Who may add, rename, move, close and merge which unit, and what makes a move or a merger
 * invalid. Pure: the service loads the units and links and asks these functions.
 *
 * The country's provinces are the peer group Home Affairs benchmarks against. They are roots of
 * kind "province". A province that only carries published figures (no units under it) is a
 * "reference province": any province-level Home Affairs office may add one and keep its name, but
 * a province with its own units (Lai Châu, Quảng Nam) belongs to its own Home Affairs and admin.
 */

export type UnitOp = "create" | "rename" | "move" | "close" | "merge";

export interface AdminUnit {
  id: number;
  name: string;
  parentId: number | null;
  kind: ScopeUnitKind;
  /** ISO date the unit closed, or null while it exists. */
  closedOn: string | null;
}

export interface UnitManager {
  roles: readonly Role[];
  /** Units the actor's government governs (its subtree). */
  scope: ReadonlySet<number>;
  /** The government unit the actor works for (Lai Châu for Sở Nội vụ Lai Châu). */
  governingUnitId: number;
}

export interface UnitWorld {
  units: ReadonlyMap<number, AdminUnit>;
}

const isAdmin = (a: UnitManager) => a.roles.includes("quan-tri");
const isHomeAffairs = (a: UnitManager) => a.roles.includes("noi-vu");

export function hasChildren(world: UnitWorld, id: number): boolean {
  for (const u of world.units.values()) if (u.parentId === id) return true;
  return false;
}

/** A root province with no units under it: a peer kept for its published figures. */
export function isReferenceProvince(world: UnitWorld, u: AdminUnit): boolean {
  return u.kind === "province" && u.parentId === null && !hasChildren(world, u.id);
}

/** The actor works for a whole province (Sở Nội vụ), not a district or a commune. */
export function isProvinceLevel(actor: UnitManager, world: UnitWorld): boolean {
  const gov = world.units.get(actor.governingUnitId);
  return !!gov && gov.kind === "province" && gov.parentId === null;
}

/** Home Affairs manages the units below its government, not the government itself nor anything above. */
function belowOwnGovernment(actor: UnitManager, id: number): boolean {
  return id !== actor.governingUnitId && actor.scope.has(id);
}

/** May this actor create, or edit in general, provinces of the peer group? */
export function mayKeepProvinces(actor: UnitManager, world: UnitWorld): boolean {
  return isAdmin(actor) || (isHomeAffairs(actor) && isProvinceLevel(actor, world));
}

export interface UnitOpTarget {
  op: UnitOp;
  /** The unit acted on; null for "create". */
  unit: AdminUnit | null;
  /** The new parent for "create" and "move" (null: a root); the successor for "merge". */
  other?: AdminUnit | null;
  /** Kind of the unit being created. */
  kind?: ScopeUnitKind;
}

/** Null when allowed, else why not, in Vietnamese. */
export function unitOpRefusal(actor: UnitManager, world: UnitWorld, t: UnitOpTarget): string | null {
  if (isAdmin(actor)) return null;
  if (!isHomeAffairs(actor)) return "Chỉ cán bộ Nội vụ (Sở Nội vụ, Phòng Nội vụ) hoặc quản trị hệ thống được thêm, sửa, sáp nhập đơn vị.";
  const provinceKeeper = isProvinceLevel(actor, world);
  const outside = (u: AdminUnit) =>
    u.id === actor.governingUnitId
      ? `${u.name} là cấp chính quyền của đơn vị bạn: chỉ cấp trên hoặc quản trị hệ thống được sửa.`
      : `${u.name} nằm ngoài phạm vi bạn quản lý.`;
  const mayEdit = (u: AdminUnit) => belowOwnGovernment(actor, u.id) || (provinceKeeper && isReferenceProvince(world, u));

  if (t.op === "create") {
    const parent = t.other ?? null;
    if (parent === null) {
      if (t.kind === "province" && provinceKeeper) return null;
      return t.kind === "province"
        ? "Chỉ Sở Nội vụ hoặc quản trị hệ thống được thêm tỉnh, thành phố vào danh sách cả nước."
        : "Đơn vị không có cấp trên chỉ có thể là tỉnh, thành phố; hãy chọn đơn vị cấp trên.";
    }
    if (parent.closedOn) return `${parent.name} đã đóng từ ${formatIsoAsVn(parent.closedOn)}: không thêm được đơn vị trực thuộc.`;
    return actor.scope.has(parent.id) ? null : `${parent.name} nằm ngoài phạm vi bạn quản lý.`;
  }
  const unit = t.unit;
  if (!unit) return "Không tìm thấy đơn vị.";
  if (!mayEdit(unit)) return outside(unit);
  if (t.op === "move") {
    const parent = t.other ?? null;
    if (parent === null) return "Chỉ quản trị hệ thống được đưa một đơn vị lên thành đơn vị gốc.";
    if (!actor.scope.has(parent.id)) return `${parent.name} nằm ngoài phạm vi bạn quản lý.`;
  }
  if (t.op === "merge") {
    const successor = t.other ?? null;
    if (successor && !(actor.scope.has(successor.id) || (provinceKeeper && successor.kind === "province" && successor.parentId === null))) {
      return `${successor.name} nằm ngoài phạm vi bạn quản lý.`;
    }
  }
  return null;
}

/** The unit and everything below it. */
export function descendantsOf(world: UnitWorld, id: number): Set<number> {
  const out = new Set<number>([id]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const u of world.units.values()) {
      if (u.parentId !== null && out.has(u.parentId) && !out.has(u.id)) {
        out.add(u.id);
        grew = true;
      }
    }
  }
  return out;
}

/** Problems with putting `unit` under `parent`; empty when the move is fine. */
export function moveProblems(world: UnitWorld, unit: AdminUnit, parent: AdminUnit | null): string[] {
  if (parent === null) return unit.kind === "province" ? [] : ["Chỉ tỉnh, thành phố mới là đơn vị gốc; hãy chọn đơn vị cấp trên."];
  const out: string[] = [];
  if (parent.id === unit.id) out.push("Không thể chọn chính đơn vị làm đơn vị cấp trên.");
  else if (descendantsOf(world, unit.id).has(parent.id)) out.push(`${parent.name} đang trực thuộc ${unit.name}: không thể chuyển đơn vị vào bên trong chính nó.`);
  if (parent.id === unit.parentId) out.push(`${unit.name} đã trực thuộc ${parent.name}.`);
  if (parent.closedOn) out.push(`${parent.name} đã đóng từ ${formatIsoAsVn(parent.closedOn)}.`);
  if (unit.closedOn) out.push(`${unit.name} đã đóng từ ${formatIsoAsVn(unit.closedOn)}: không chuyển được.`);
  return out;
}

/** Problems with closing a unit on a date (ISO); `asOf` is today. */
export function closeProblems(unit: AdminUnit, on: string | null, asOf: string): string[] {
  if (!on) return ["Vui lòng nhập ngày đóng theo dạng ngày/tháng/năm, ví dụ 01/07/2025."];
  if (unit.closedOn) return [`${unit.name} đã đóng từ ${formatIsoAsVn(unit.closedOn)}.`];
  if (on > asOf) return [`Ngày ${formatIsoAsVn(on)} chưa đến: chỉ ghi nhận việc đóng, sáp nhập đã có hiệu lực (hôm nay là ${formatIsoAsVn(asOf)}).`];
  return [];
}

export interface SuccessionLink {
  predecessorId: number;
  successorId: number;
  effectiveOn: string;
}

/** Problems with merging `predecessor` into `successor` on `effectiveOn` (ISO), given the links already kept. */
export function mergeProblems(
  world: UnitWorld,
  links: readonly SuccessionLink[],
  predecessor: AdminUnit,
  successor: AdminUnit,
  effectiveOn: string | null,
  asOf: string,
): string[] {
  if (predecessor.id === successor.id) return ["Không thể sáp nhập một đơn vị vào chính nó."];
  const out = closeProblems(predecessor, effectiveOn, asOf);
  if (successor.closedOn && (!effectiveOn || successor.closedOn <= effectiveOn)) {
    out.push(`${successor.name} đã đóng từ ${formatIsoAsVn(successor.closedOn)}: hãy chọn đơn vị đang hoạt động để tiếp nhận.`);
  }
  if (predecessor.kind !== successor.kind) {
    out.push(`Chỉ sáp nhập được đơn vị cùng loại: ${predecessor.name} và ${successor.name} khác loại đơn vị.`);
  }
  if (descendantsOf(world, predecessor.id).has(successor.id)) {
    out.push(`${successor.name} đang trực thuộc ${predecessor.name}: không thể sáp nhập đơn vị vào đơn vị trực thuộc của nó.`);
  }
  // A cycle: the successor already continues (directly or not) into the predecessor.
  const next = new Map<number, number[]>();
  for (const l of links) next.set(l.predecessorId, [...(next.get(l.predecessorId) ?? []), l.successorId]);
  const seen = new Set<number>();
  const stack = [successor.id];
  while (stack.length) {
    const id = stack.pop()!;
    if (id === predecessor.id) {
      out.push(`${successor.name} đã được sáp nhập (trực tiếp hoặc gián tiếp) vào ${predecessor.name}: liên kết này sẽ tạo vòng lặp.`);
      break;
    }
    if (seen.has(id)) continue;
    seen.add(id);
    stack.push(...(next.get(id) ?? []));
  }
  if (links.some((l) => l.predecessorId === predecessor.id && l.successorId === successor.id)) {
    out.push(`${predecessor.name} đã được ghi nhận sáp nhập vào ${successor.name}.`);
  }
  return out;
}
