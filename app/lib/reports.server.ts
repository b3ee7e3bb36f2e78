// Server-only entry for the report routes (see tasks.server.ts for why).
export { buildReport, getReportDraft, listReportablePlans, reportRequest, saveReportDraft } from "../../server/services/reports";
export { renderReport } from "../../server/reports/render";
export { ServiceError } from "../../server/services/errors";
