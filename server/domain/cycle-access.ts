import { phaseState, phaseWritable, type CyclePhase, type PhaseWindow } from "./cycle-phase";
import { can, type Actor } from "./permissions";

/**
 * Who may write what in a scoring cycle, and when. Permissions come from permissions.ts
 * ("self-assess", "appraise", "run-cycle"); this adds the cycle's states and phase windows.
 * Each answer carries a Vietnamese reason when it is no.
 */

/** A unit's self-assessment as a whole: a draft until submitted, then locked. */
export type SubmissionState = "draft" | "submitted";
/** One criterion after submission: waiting, appraised (lower score with a remark), explained, settled. */
export type CriterionStage = "self" | "appraised" | "explained" | "settled";

export type Verdict = { ok: true; late: boolean } | { ok: false; reason: string };

const no = (reason: string): Verdict => ({ ok: false, reason });

function inWindow(windows: readonly PhaseWindow[], phase: CyclePhase, asOf: string, label: string): Verdict {
  const w = windows.find((x) => x.phase === phase);
  if (!w) return no(`Chưa đặt thời hạn cho bước ${label}.`);
  const st = phaseState(w, asOf);
  if (st === "not-yet") return no(`Bước ${label} chưa mở.`);
  if (!phaseWritable(w, asOf)) return no(`Đã hết thời hạn ${label}; không thể thay đổi.`);
  return { ok: true, late: st === "late" };
}

export interface CycleContext {
  windows: readonly PhaseWindow[];
  asOf: string;
  /** The government unit that runs the cycle (Phòng Nội vụ's district). */
  ownerUnitId: number;
  /** Published results: nothing changes any more. */
  published: boolean;
}

/** Fill in or change one's own self-assessment (score, explanation, evidence), and submit it. */
export function maySelfAssess(actor: Actor, c: CycleContext, unitId: number, state: SubmissionState): Verdict {
  if (!can(actor, { kind: "self-assess", unitId })) return no("Bạn chỉ được tự chấm điểm cho đơn vị của mình.");
  if (c.published) return no("Kết quả đã công bố; không thể thay đổi.");
  if (state === "submitted") return no("Bản tự đánh giá đã gửi và bị khóa.");
  return inWindow(c.windows, "self-assessment", c.asOf, "tự đánh giá");
}

/** Appraise (or settle) a unit's criterion of a component: council members for their own components. */
export function mayAppraise(actor: Actor, c: CycleContext, unitId: number, componentKey: string, state: SubmissionState, stage: CriterionStage): Verdict {
  if (!can(actor, { kind: "appraise", unitId, componentKey })) return no("Bạn không được phân công thẩm định tiêu chí này.");
  if (c.published) return no("Kết quả đã công bố; không thể thay đổi.");
  if (state !== "submitted") return no("Đơn vị chưa gửi bản tự đánh giá.");
  if (stage === "settled") return no("Điểm tiêu chí này đã chốt.");
  if (stage === "explained") return no("Đơn vị đã giải trình: hãy chốt điểm cuối cùng.");
  return inWindow(c.windows, "appraisal", c.asOf, "thẩm định");
}

/** The unit answers a remark (giải trình) inside the explanation window. */
export function mayExplain(actor: Actor, c: CycleContext, unitId: number, stage: CriterionStage): Verdict {
  if (!can(actor, { kind: "self-assess", unitId })) return no("Bạn chỉ được giải trình cho đơn vị của mình.");
  if (c.published) return no("Kết quả đã công bố; không thể thay đổi.");
  if (stage !== "appraised" && stage !== "explained") return no("Tiêu chí này không có ý kiến thẩm định cần giải trình.");
  return inWindow(c.windows, "explanation", c.asOf, "giải trình");
}

/** The appraiser settles the final score after the explanation (or without one, once the window has closed). */
export function maySettle(actor: Actor, c: CycleContext, unitId: number, componentKey: string, stage: CriterionStage): Verdict {
  if (!can(actor, { kind: "appraise", unitId, componentKey })) return no("Bạn không được phân công thẩm định tiêu chí này.");
  if (c.published) return no("Kết quả đã công bố; không thể thay đổi.");
  if (stage !== "appraised" && stage !== "explained") return no("Tiêu chí này không chờ chốt điểm.");
  return inWindow(c.windows, "compilation", c.asOf, "tổng hợp kết quả");
}

/** Phòng/Sở Nội vụ runs the cycle: set-up, survey points, approval, publication. */
export function mayRun(actor: Actor, c: CycleContext, phase: CyclePhase | null): Verdict {
  if (!can(actor, { kind: "run-cycle", unitId: c.ownerUnitId })) return no("Chỉ cán bộ Nội vụ được điều hành kỳ đánh giá.");
  if (phase === null) return { ok: true, late: false };
  if (c.published && phase !== "announcement") return no("Kết quả đã công bố; không thể thay đổi.");
  const labels: Record<CyclePhase, string> = {
    "self-assessment": "tự đánh giá",
    survey: "điều tra xã hội học",
    appraisal: "thẩm định",
    explanation: "giải trình",
    compilation: "tổng hợp kết quả",
    approval: "phê duyệt",
    announcement: "công bố",
  };
  return inWindow(c.windows, phase, c.asOf, labels[phase]);
}

/** May the actor read a unit's assessment: the unit itself, its council members, and those whose scope holds it. */
export function mayRead(actor: Actor, unitId: number, isCouncilMember: boolean): boolean {
  if (actor.roles.includes("quan-tri")) return true;
  if (actor.unitId === unitId) return true;
  if (isCouncilMember && actor.roles.includes("tham-dinh")) return true;
  // A unit's own staff read only their unit; leaders and Home Affairs read their scope.
  if (actor.roles.includes("lanh-dao") || actor.roles.includes("noi-vu")) return actor.scope.has(unitId);
  return false;
}

/** A criterion's stage after an appraisal: a score not lower than the self score settles at once. */
export function stageAfterAppraisal(selfScore: number | null, appraised: number): CriterionStage {
  return selfScore !== null && Math.round(appraised * 100) < Math.round(selfScore * 100) ? "appraised" : "settled";
}
