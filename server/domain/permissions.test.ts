import { describe, expect, it } from "vitest";
import { can, type Action, type Actor } from "./permissions";
import type { Role } from "./roles";
import { governingUnit, subtree, type TreeUnit } from "./scope";

// A small tree shaped like the seed data.
const tree: TreeUnit[] = [
  { id: 1, parentId: null, kind: "province" }, // Lai Châu
  { id: 2, parentId: 1, kind: "provincial-agency" }, // Sở Nội vụ LC
  { id: 3, parentId: 1, kind: "provincial-agency" }, // Sở Tư pháp LC
  { id: 10, parentId: 1, kind: "district" }, // Tam Đường
  { id: 11, parentId: 10, kind: "district-office" }, // Phòng Nội vụ
  { id: 12, parentId: 10, kind: "district-office" }, // Phòng Tài chính - Kế hoạch
  { id: 13, parentId: 10, kind: "district-office" }, // Phòng Tư pháp
  { id: 14, parentId: 10, kind: "commune" }, // Bản Bo
  { id: 100, parentId: null, kind: "province" }, // Quảng Nam
  { id: 101, parentId: 100, kind: "provincial-agency" }, // Sở Nội vụ QN
];
const units = new Map(tree.map((u) => [u.id, u]));

function actor(unitId: number, roles: Role[], components: string[] = []): Actor {
  return {
    userId: 1,
    unitId,
    roles,
    scope: subtree(governingUnit(unitId, units), units),
    appraisalComponents: new Set(components),
  };
}

describe("governing unit and scope", () => {
  it.each([
    [2, 1], // Sở Nội vụ acts for the province
    [11, 10], // Phòng Nội vụ acts for the district
    [10, 10], // a district governs itself
    [14, 14], // a commune governs itself
    [101, 100],
  ])("unit %i is governed by %i", (unit, gov) => expect(governingUnit(unit, units)).toBe(gov));

  it("the province's scope holds its districts and their communes", () => {
    expect([...subtree(1, units)].sort((a, b) => a - b)).toEqual([1, 2, 3, 10, 11, 12, 13, 14]);
  });
});

const snvLaiChau = actor(2, ["noi-vu"]);
const noivuTamDuong = actor(11, ["noi-vu"]);
const leaderTamDuong = actor(10, ["lanh-dao"]);
const taiChinh = actor(12, ["don-vi"]);
const tuPhap = actor(13, ["don-vi"]);
const soTuPhap = actor(3, ["don-vi"]);
const snvQuangNam = actor(101, ["noi-vu"]);
const admin = actor(1, ["quan-tri"]);
const appraiser = actor(11, ["tham-dinh"], ["tai-chinh-cong"]);
const nobody = actor(12, []);

// The Tam Đường public-finance task: owned by the district, led by Tài chính - Kế hoạch.
const financeTask = { ownerUnitId: 10, leadUnitIds: [12], coordinatingUnitIds: [13, 14] };
const lawTask = { ownerUnitId: 10, leadUnitIds: [13], coordinatingUnitIds: [] };

const cases: Array<[string, Actor, Action, boolean]> = [
  ["Sở Nội vụ Lai Châu views Tam Đường", snvLaiChau, { kind: "view", unitId: 10 }, true],
  ["Sở Nội vụ Lai Châu manages a Tam Đường target", snvLaiChau, { kind: "manage", unitId: 10 }, true],
  ["Sở Nội vụ Quảng Nam sees nothing of Lai Châu", snvQuangNam, { kind: "view", unitId: 10 }, false],
  ["Sở Nội vụ Quảng Nam manages nothing of Lai Châu", snvQuangNam, { kind: "manage", unitId: 1 }, false],
  ["Phòng Nội vụ manages its district", noivuTamDuong, { kind: "manage", unitId: 14 }, true],
  ["Phòng Nội vụ does not manage the province", noivuTamDuong, { kind: "manage", unitId: 1 }, false],
  ["Phòng Nội vụ does not view a provincial department", noivuTamDuong, { kind: "view", unitId: 3 }, false],
  ["the leader views the district", leaderTamDuong, { kind: "view", unitId: 12 }, true],
  ["the leader edits nothing", leaderTamDuong, { kind: "manage", unitId: 10 }, false],
  ["the leader gives directions", leaderTamDuong, { kind: "direct", unitId: 10 }, true],
  ["the leader does not update a task", leaderTamDuong, { kind: "update-task", ...financeTask }, false],
  ["Tài chính - Kế hoạch updates the task it leads", taiChinh, { kind: "update-task", ...financeTask }, true],
  ["Tài chính - Kế hoạch marks its task done", taiChinh, { kind: "complete-task", ...financeTask }, true],
  ["Tài chính - Kế hoạch cannot update a task led only by Tư pháp", taiChinh, { kind: "update-task", ...lawTask }, false],
  ["Tư pháp contributes to the finance task it coordinates", tuPhap, { kind: "update-task", ...financeTask }, true],
  ["Tư pháp cannot mark the finance task done", tuPhap, { kind: "complete-task", ...financeTask }, false],
  ["Phòng Nội vụ may update any district task", noivuTamDuong, { kind: "update-task", ...lawTask }, true],
  ["Sở Tư pháp cannot touch a district task", soTuPhap, { kind: "update-task", ...lawTask }, false],
  ["a department self-assesses itself", taiChinh, { kind: "self-assess", unitId: 12 }, true],
  ["a department does not self-assess another", taiChinh, { kind: "self-assess", unitId: 13 }, false],
  ["a department does not manage", taiChinh, { kind: "manage", unitId: 12 }, false],
  ["a council member appraises an assigned component", appraiser, { kind: "appraise", unitId: 14, componentKey: "tai-chinh-cong" }, true],
  ["a council member does not appraise another component", appraiser, { kind: "appraise", unitId: 14, componentKey: "the-che" }, false],
  ["a council member does not appraise outside scope", appraiser, { kind: "appraise", unitId: 3, componentKey: "tai-chinh-cong" }, false],
  ["Home Affairs runs the cycle", noivuTamDuong, { kind: "run-cycle", unitId: 10 }, true],
  ["a department does not run the cycle", taiChinh, { kind: "run-cycle", unitId: 10 }, false],
  ["the administrator manages users", admin, { kind: "manage-users" }, true],
  ["Home Affairs does not manage users", snvLaiChau, { kind: "manage-users" }, false],
  ["the administrator views anything", admin, { kind: "view", unitId: 101 }, true],
  ["the administrator does not edit data", admin, { kind: "manage", unitId: 10 }, false],
  ["Home Affairs reads its audit trail", noivuTamDuong, { kind: "view-audit", unitId: 12 }, true],
  ["a department does not read the audit trail", taiChinh, { kind: "view-audit", unitId: 12 }, false],
  ["a user without roles can do nothing", nobody, { kind: "view", unitId: 12 }, false],
];

describe("can", () => {
  it.each(cases)("%s", (_name, who, action, expected) => {
    expect(can(who, action)).toBe(expected);
  });
});
