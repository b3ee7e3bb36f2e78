import { pgEnum } from "drizzle-orm/pg-core";

export const unitKind = pgEnum("unit_kind", [
  "province",
  "provincial-agency",
  "vertical-agency",
  "district",
  "district-office",
  "commune",
  "other",
]);

export const unitSuccessionKind = pgEnum("unit_succession_kind", ["merge", "rename", "split"]);

export const unitLevel = pgEnum("unit_level", ["province", "provincial-agency", "district", "commune"]);

export const componentKind = pgEnum("component_kind", ["appraised", "survey", "sipas", "total"]);

export const resultSource = pgEnum("result_source", ["published", "appraised", "self-assessed"]);

export const scoreOp = pgEnum("score_op", ["gt", "gte", "eq", "gt-previous-year"]);
export const scoreUnit = pgEnum("score_unit", ["percent", "points"]);
export const rankOp = pgEnum("rank_op", ["at-most", "top-group", "rise"]);

export const planKind = pgEnum("plan_kind", ["improvement", "scoring-cycle"]);

export const deadlineKind = pgEnum("deadline_kind", ["date", "yearly", "period", "rule", "none"]);

export const taskStatus = pgEnum("task_status", [
  "chua-thuc-hien",
  "dang-thuc-hien",
  "hoan-thanh",
  "hoan-thanh-cham",
  "khong-thuc-hien-duoc",
]);

export const taskRole = pgEnum("task_role", ["lead", "coordinating"]);

export const taskPhase = pgEnum("task_phase", [
  "preparation",
  "self-assessment",
  "survey",
  "appraisal",
  "compilation",
  "approval",
  "announcement",
  "reporting",
]);

export const comparisonOp = pgEnum("comparison_op", ["gt", "gte", "eq", "lt", "lte"]);

export const taskUpdateKind = pgEnum("task_update_kind", ["progress", "contribution", "direction", "comment"]);

export const evidenceKind = pgEnum("evidence_kind", ["file", "document"]);

export const planUnitRole = pgEnum("plan_unit_role", ["evaluated", "council-member"]);

export const surveyMethod = pgEnum("survey_method", ["online", "direct"]);

export const userRole = pgEnum("user_role", ["quan-tri", "noi-vu", "lanh-dao", "don-vi", "tham-dinh"]);

export const auditAction = pgEnum("audit_action", ["create", "update", "delete", "seed", "login", "logout"]);

export const cyclePhase = pgEnum("cycle_phase", [
  "self-assessment",
  "survey",
  "appraisal",
  "explanation",
  "compilation",
  "approval",
  "announcement",
]);

export const cycleStatus = pgEnum("cycle_status", ["open", "approved", "published"]);

export const submissionState = pgEnum("submission_state", ["draft", "submitted"]);

export const criterionStage = pgEnum("criterion_stage", ["self", "appraised", "explained", "settled"]);

export const scoringKind = pgEnum("scoring_kind", ["steps", "range", "survey"]);
