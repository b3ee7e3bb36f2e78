import type { PlanInput } from "../../server/services/plan-write";

/** The plan form's fields, as PlanForm posts them. */
export function planFormInput(form: FormData): PlanInput {
  const text = (k: string) => String(form.get(k) ?? "");
  const kind = text("kind") === "scoring-cycle" ? "scoring-cycle" : "improvement";
  return {
    number: text("number"),
    issuedOn: text("issuedOn"),
    issuerCode: text("issuerCode"),
    title: text("title"),
    kind,
    fromYear: text("fromYear"),
    toYear: text("toYear"),
    parentPlanCode: text("parentPlanCode"),
    reportingDeadline: text("reportingDeadline"),
    reportToCode: text("reportToCode"),
    summary: text("summary"),
  };
}
