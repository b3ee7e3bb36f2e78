// Server-only entry for the report routes (see tasks.server.ts for why).
import type { ReportPeriod } from "../../server/reports/types";

export { buildReport, getReportDraft, listReportablePlans, reportRequest, saveReportDraft } from "../../server/services/reports";
export { renderReport } from "../../server/reports/render";
export { ServiceError } from "../../server/services/errors";

/** The builder's draft form, as saveReportDraft takes it (validated there). */
export function draftFromForm(f: FormData) {
  const text = (k: string) => String(f.get(k) ?? "");
  return {
    planCode: text("planCode"),
    year: text("year"),
    period: text("period") as ReportPeriod,
    number: text("number"),
    issuedOn: text("issuedOn"),
    issuedBy: text("issuedBy"),
    expectedVersion: Number(text("expectedVersion")),
    sections: { danhGiaChung: text("danhGiaChung"), tonTai: text("tonTai"), nhiemVuGiaiPhap: text("nhiemVuGiaiPhap"), deXuat: text("deXuat") },
  };
}
