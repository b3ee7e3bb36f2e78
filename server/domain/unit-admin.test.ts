import { describe, expect, it } from "vitest";
import type { Role } from "./roles";
import { closeProblems, mergeProblems, moveProblems, unitOpRefusal, type AdminUnit, type UnitManager, type UnitOpTarget } from "./unit-admin";
import { subtree } from "./scope";

// Shaped like the seed: Lai Châu with Tam Đường, Quảng Nam with a department, Hà Nội a reference province.
const list: AdminUnit[] = [
  { id: 1, name: "UBND tỉnh Lai Châu", parentId: null, kind: "province", closedOn: null },
  { id: 2, name: "Sở Nội vụ", parentId: 1, kind: "provincial-agency", closedOn: null },
  { id: 3, name: "Sở Tư pháp", parentId: 1, kind: "provincial-agency", closedOn: null },
  { id: 10, name: "UBND huyện Tam Đường", parentId: 1, kind: "district", closedOn: null },
  { id: 11, name: "Phòng Nội vụ", parentId: 10, kind: "district-office", closedOn: null },
  { id: 12, name: "Phòng Tư pháp", parentId: 10, kind: "district-office", closedOn: null },
  { id: 14, name: "Xã Bản Bo", parentId: 10, kind: "commune", closedOn: null },
  { id: 15, name: "Xã Bản Giang", parentId: 10, kind: "commune", closedOn: null },
  { id: 16, name: "Xã Cũ", parentId: 10, kind: "commune", closedOn: "2020-01-01" },
  { id: 100, name: "UBND tỉnh Quảng Nam", parentId: null, kind: "province", closedOn: null },
  { id: 101, name: "Sở Nội vụ Quảng Nam", parentId: 100, kind: "provincial-agency", closedOn: null },
  { id: 200, name: "Hà Nội", parentId: null, kind: "province", closedOn: null },
  { id: 201, name: "Hải Phòng", parentId: null, kind: "province", closedOn: null },
];
const units = new Map(list.map((u) => [u.id, u]));
const world = { units };
const u = (id: number) => units.get(id)!;

function actor(unitId: number, governingUnitId: number, roles: Role[]): UnitManager {
  return { roles, governingUnitId, scope: subtree(governingUnitId, units) };
}
const snv = actor(2, 1, ["noi-vu"]);
const pnv = actor(11, 10, ["noi-vu"]);
const dept = actor(3, 1, ["don-vi"]);
const leader = actor(1, 1, ["lanh-dao"]);
const admin = actor(2, 1, ["quan-tri"]);

describe("unitOpRefusal", () => {
  it.each<[string, UnitManager, UnitOpTarget, boolean]>([
    ["district Home Affairs renames a commune of its district", pnv, { op: "rename", unit: u(14) }, true],
    ["district Home Affairs cannot rename the province", pnv, { op: "rename", unit: u(1) }, false],
    ["district Home Affairs cannot rename a provincial department", pnv, { op: "rename", unit: u(3) }, false],
    ["district Home Affairs cannot rename its own district", pnv, { op: "rename", unit: u(10) }, false],
    ["district Home Affairs adds a commune under its district", pnv, { op: "create", unit: null, other: u(10), kind: "commune" }, true],
    ["district Home Affairs cannot add a province", pnv, { op: "create", unit: null, other: null, kind: "province" }, false],
    ["province Home Affairs renames a district", snv, { op: "rename", unit: u(10) }, true],
    ["province Home Affairs cannot rename its own province", snv, { op: "rename", unit: u(1) }, false],
    ["province Home Affairs adds a peer province", snv, { op: "create", unit: null, other: null, kind: "province" }, true],
    ["province Home Affairs cannot add a root that is not a province", snv, { op: "create", unit: null, other: null, kind: "district" }, false],
    ["province Home Affairs renames a reference province", snv, { op: "rename", unit: u(200) }, true],
    ["province Home Affairs merges reference provinces", snv, { op: "merge", unit: u(201), other: u(200) }, true],
    ["province Home Affairs cannot touch another province with its own units", snv, { op: "rename", unit: u(100) }, false],
    ["province Home Affairs cannot rename another province's department", snv, { op: "rename", unit: u(101) }, false],
    ["province Home Affairs merges a commune into another of its communes", snv, { op: "merge", unit: u(14), other: u(15) }, true],
    ["district Home Affairs cannot move a commune to another province", pnv, { op: "move", unit: u(14), other: u(100) }, false],
    ["no one but admin makes a unit a root", snv, { op: "move", unit: u(10), other: null }, false],
    ["cannot add under a closed unit", snv, { op: "create", unit: null, other: u(16), kind: "commune" }, false],
    ["a department cannot manage units", dept, { op: "rename", unit: u(3) }, false],
    ["a department cannot add a province", dept, { op: "create", unit: null, other: null, kind: "province" }, false],
    ["a leader cannot manage units", leader, { op: "rename", unit: u(14) }, false],
    ["admin renames any province", admin, { op: "rename", unit: u(100) }, true],
    ["admin moves a unit to be a root", admin, { op: "move", unit: u(10), other: null }, true],
  ])("%s", (_name, who, target, allowed) => {
    const refusal = unitOpRefusal(who, world, target);
    expect(refusal === null).toBe(allowed);
    if (!allowed) expect(refusal).toMatch(/[ạảãáàâấầẩẫậăắằẳẵặđêếềểễệôốồổỗộơớờởỡợưứừửữự]/);
  });
});

describe("moveProblems", () => {
  it.each<[string, number, number | null, RegExp | null]>([
    ["a commune to another district-level parent", 14, 1, null],
    ["into itself", 10, 10, /chính đơn vị/],
    ["into its own child", 10, 14, /bên trong chính nó/],
    ["to where it already is", 14, 10, /đã trực thuộc/],
    ["under a closed unit", 14, 16, /đã đóng từ 01\/01\/2020/],
    ["a department as a root", 3, null, /Chỉ tỉnh, thành phố/],
    ["a province as a root", 200, null, null],
  ])("%s", (_name, unitId, parentId, problem) => {
    const got = moveProblems(world, u(unitId), parentId === null ? null : u(parentId));
    if (problem) expect(got.join(" ")).toMatch(problem);
    else expect(got).toEqual([]);
  });
});

describe("closeProblems", () => {
  it.each<[string, AdminUnit, string | null, RegExp | null]>([
    ["a date in the past", u(14), "2025-07-01", null],
    ["today", u(14), "2026-12-03", null],
    ["no date", u(14), null, /Vui lòng nhập ngày đóng/],
    ["a future date", u(14), "2027-01-01", /chưa đến/],
    ["already closed", u(16), "2025-07-01", /đã đóng từ 01\/01\/2020/],
  ])("%s", (_name, unit, on, problem) => {
    const got = closeProblems(unit, on, "2026-12-03");
    if (problem) expect(got.join(" ")).toMatch(problem);
    else expect(got).toEqual([]);
  });
});

describe("mergeProblems", () => {
  const asOf = "2026-12-03";
  it.each<[string, number, number, string | null, Array<[number, number]>, RegExp | null]>([
    ["two communes of a district", 14, 15, "2025-07-01", [], null],
    ["two provinces", 201, 200, "2025-07-01", [], null],
    ["into itself", 14, 14, "2025-07-01", [], /chính nó/],
    ["a commune into a province", 14, 1, "2025-07-01", [], /cùng loại/],
    ["a province into its own district", 1, 10, "2025-07-01", [], /khác loại|trực thuộc/],
    ["into a closed unit", 15, 16, "2025-07-01", [], /đã đóng từ 01\/01\/2020/],
    ["a cycle: the successor already flowed into the predecessor", 14, 15, "2025-07-01", [[15, 14]], /vòng lặp/],
    ["a longer cycle", 200, 201, "2025-07-01", [[201, 1], [1, 200]], /vòng lặp/],
    ["the same link twice", 14, 15, "2025-07-01", [[14, 15]], /đã được ghi nhận/],
    ["without a date", 14, 15, null, [], /Vui lòng nhập ngày/],
    ["in the future", 14, 15, "2027-07-01", [], /chưa đến/],
  ])("%s", (_name, p, s, on, pairs, problem) => {
    const links = pairs.map(([a, b]) => ({ predecessorId: a, successorId: b, effectiveOn: "2020-01-01" }));
    const got = mergeProblems(world, links, u(p), u(s), on, asOf);
    if (problem) expect(got.join(" ")).toMatch(problem);
    else expect(got).toEqual([]);
  });
});
