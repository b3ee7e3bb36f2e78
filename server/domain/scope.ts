/**
 * Which units a user's unit governs. A Home Affairs office or a department works for the
 * government above it: Sở Nội vụ Lai Châu acts for the whole of Lai Châu, Phòng Nội vụ Tam
 * Đường for the whole district. So a user's scope is the subtree of the nearest ancestor (or
 * self) that is a government level: a province, a district or a commune.
 */
export type ScopeUnitKind =
  | "province"
  | "provincial-agency"
  | "vertical-agency"
  | "district"
  | "district-office"
  | "commune"
  | "other";

export interface TreeUnit {
  id: number;
  parentId: number | null;
  kind: ScopeUnitKind;
}

const GOVERNMENT: ReadonlySet<ScopeUnitKind> = new Set(["province", "district", "commune"]);

/** The government unit a unit belongs to: itself if it is one, else its nearest such ancestor. */
export function governingUnit(unitId: number, units: ReadonlyMap<number, TreeUnit>): number {
  let current = units.get(unitId);
  for (let guard = 0; current && guard < 50; guard++) {
    if (GOVERNMENT.has(current.kind)) return current.id;
    if (current.parentId === null) return current.id;
    current = units.get(current.parentId);
  }
  return unitId;
}

/** The unit and all units below it. */
export function subtree(rootId: number, units: ReadonlyMap<number, TreeUnit>): Set<number> {
  const children = new Map<number, number[]>();
  for (const u of units.values()) {
    if (u.parentId === null) continue;
    const list = children.get(u.parentId);
    if (list) list.push(u.id);
    else children.set(u.parentId, [u.id]);
  }
  const out = new Set<number>();
  const stack = [rootId];
  while (stack.length) {
    const id = stack.pop()!;
    if (out.has(id)) continue;
    out.add(id);
    stack.push(...(children.get(id) ?? []));
  }
  return out;
}

/**
 * The province a unit belongs to: its topmost ancestor. References between records (a parent
 * plan, a report-to unit, a parent task) stay within one province: Lai Châu's plans may name
 * Lai Châu's, never Quảng Nam's.
 */
export function provinceOf(unitId: number, units: ReadonlyMap<number, TreeUnit>): number {
  let current = units.get(unitId);
  for (let guard = 0; current && current.parentId !== null && guard < 50; guard++) {
    const parent = units.get(current.parentId);
    if (!parent) break;
    current = parent;
  }
  return current?.id ?? unitId;
}
