import { describe, expect, it } from "vitest";
import { mayAppraise, mayExplain, mayRead, mayRun, maySelfAssess, maySettle, stageAfterAppraisal, type CycleContext } from "./cycle-access";
import { CYCLE_PHASES, type PhaseWindow } from "./cycle-phase";
import type { Actor } from "./permissions";
import type { Role } from "./roles";

// Units: 1 district (Tam Đường), 2 Phòng Nội vụ, 3 Phòng Tư pháp, 10 and 11 communes; 99 elsewhere.
const scope = new Set([1, 2, 3, 10, 11]);
const actor = (unitId: number, roles: Role[], appraisal: string[] = []): Actor => ({
  userId: unitId * 100,
  unitId,
  roles,
  scope,
  appraisalComponents: new Set(appraisal),
});
const commune10 = actor(10, ["don-vi"]);
const commune11 = actor(11, ["don-vi"]);
const justice = actor(3, ["tham-dinh"], ["tiep-can-phap-luat"]);
const homeAffairs = actor(2, ["noi-vu"]);
const leader = actor(1, ["lanh-dao"]);
const elsewhere: Actor = { userId: 9, unitId: 99, roles: ["noi-vu"], scope: new Set([99]) };

const all = (dueOn: string, closesOn: string | null = null): PhaseWindow[] => CYCLE_PHASES.map((phase) => ({ phase, opensOn: null, dueOn, closesOn }));
const ctx = (asOf: string, windows = all("2024-12-15"), published = false): CycleContext => ({ windows, asOf, ownerUnitId: 1, published });
const open = ctx("2024-12-01");

const verdict = (v: { ok: boolean; late?: boolean; reason?: string }) => (v.ok ? (v.late ? "late" : "ok") : `no: ${v.reason}`);

describe("maySelfAssess", () => {
  it.each([
    ["its own draft, phase open", commune10, open, 10, "draft", "ok"],
    ["another commune's", commune11, open, 10, "draft", "no: Bạn chỉ được tự chấm điểm cho đơn vị của mình."],
    ["a council office", justice, open, 10, "draft", "no: Bạn chỉ được tự chấm điểm cho đơn vị của mình."],
    ["after submission", commune10, open, 10, "submitted", "no: Bản tự đánh giá đã gửi và bị khóa."],
    ["after the deadline", commune10, ctx("2024-12-16"), 10, "draft", "no: Đã hết thời hạn tự đánh giá; không thể thay đổi."],
    ["after the deadline, extended: late", commune10, ctx("2024-12-16", all("2024-12-15", "2024-12-20")), 10, "draft", "late"],
    ["after publication", commune10, ctx("2024-12-01", all("2024-12-15"), true), 10, "draft", "no: Kết quả đã công bố; không thể thay đổi."],
    ["Home Affairs of another province", elsewhere, open, 10, "draft", "no: Bạn chỉ được tự chấm điểm cho đơn vị của mình."],
    ["a leader reads but does not score", leader, open, 10, "draft", "no: Bạn chỉ được tự chấm điểm cho đơn vị của mình."],
  ] as const)("%s", (_n, a, c, unit, state, expected) => expect(verdict(maySelfAssess(a, c, unit, state))).toBe(expected));
});

describe("mayAppraise", () => {
  it.each([
    ["assigned component, submitted, open", justice, open, "tiep-can-phap-luat", "submitted", "self", "ok"],
    ["a component not assigned", justice, open, "tai-chinh-cong", "submitted", "self", "no: Bạn không được phân công thẩm định tiêu chí này."],
    ["a commune appraising itself", commune10, open, "tiep-can-phap-luat", "submitted", "self", "no: Bạn không được phân công thẩm định tiêu chí này."],
    ["before submission", justice, open, "tiep-can-phap-luat", "draft", "self", "no: Đơn vị chưa gửi bản tự đánh giá."],
    ["already settled", justice, open, "tiep-can-phap-luat", "submitted", "settled", "no: Điểm tiêu chí này đã chốt."],
    ["re-appraise before the unit explains", justice, open, "tiep-can-phap-luat", "submitted", "appraised", "ok"],
    ["appraisal window closed", justice, ctx("2025-01-11"), "tiep-can-phap-luat", "submitted", "self", "no: Đã hết thời hạn thẩm định; không thể thay đổi."],
  ] as const)("%s", (_n, a, c, comp, state, stage, expected) => expect(verdict(mayAppraise(a, c, 10, comp, state, stage))).toBe(expected));
});

describe("mayExplain and maySettle", () => {
  it.each([
    ["the unit explains a remark", () => mayExplain(commune10, open, 10, "appraised"), "ok"],
    ["another unit cannot", () => mayExplain(commune11, open, 10, "appraised"), "no: Bạn chỉ được giải trình cho đơn vị của mình."],
    ["nothing to explain", () => mayExplain(commune10, open, 10, "settled"), "no: Tiêu chí này không có ý kiến thẩm định cần giải trình."],
    ["explanation closed", () => mayExplain(commune10, ctx("2025-02-01"), 10, "appraised"), "no: Đã hết thời hạn giải trình; không thể thay đổi."],
    ["the appraiser settles after the reply", () => maySettle(justice, open, 10, "tiep-can-phap-luat", "explained"), "ok"],
    ["another office cannot settle", () => maySettle(justice, open, 10, "tai-chinh-cong", "explained"), "no: Bạn không được phân công thẩm định tiêu chí này."],
    ["nothing to settle", () => maySettle(justice, open, 10, "tiep-can-phap-luat", "settled"), "no: Tiêu chí này không chờ chốt điểm."],
  ] as const)("%s", (_n, f, expected) => expect(verdict(f())).toBe(expected));
});

describe("mayRun", () => {
  it.each([
    ["Home Affairs sets up", homeAffairs, null, "ok"],
    ["a leader does not run the cycle", leader, null, "no: Chỉ cán bộ Nội vụ được điều hành kỳ đánh giá."],
    ["a commune does not", commune10, "survey", "no: Chỉ cán bộ Nội vụ được điều hành kỳ đánh giá."],
    ["another province's Home Affairs", elsewhere, null, "no: Chỉ cán bộ Nội vụ được điều hành kỳ đánh giá."],
    ["survey points while the survey is open", homeAffairs, "survey", "ok"],
  ] as const)("%s", (_n, a, phase, expected) => expect(verdict(mayRun(a, open, phase))).toBe(expected));
  it("approval after its window is refused", () => expect(verdict(mayRun(homeAffairs, ctx("2025-03-01"), "approval"))).toBe("no: Đã hết thời hạn phê duyệt; không thể thay đổi."));
});

describe("mayRead", () => {
  it.each([
    ["own unit", commune10, 10, false, true],
    ["another commune", commune11, 10, false, false],
    ["a council member of the cycle", justice, 10, true, true],
    ["a leader in scope", leader, 10, false, true],
    ["Home Affairs elsewhere", elsewhere, 10, false, false],
  ] as const)("%s", (_n, a, unit, council, expected) => expect(mayRead(a, unit, council)).toBe(expected));
});

describe("stageAfterAppraisal", () => {
  it.each([
    [2, 1, "appraised"],
    [2, 2, "settled"],
    [1, 2, "settled"],
    [null, 1, "settled"],
  ] as const)("self %s, appraised %s → %s", (self, appraised, expected) => expect(stageAfterAppraisal(self, appraised)).toBe(expected));
});
