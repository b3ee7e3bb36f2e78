// Server-only entry for the report routes (see tasks.server.ts for why).
export { buildReport, getReportDraft, listReportablePlans, reportRequest, saveReportDraft } from "../../server/services/reports";
export { renderReportDocx } from "../../server/reports/docx";
export { renderReportXlsx } from "../../server/reports/xlsx";
export { ServiceError } from "../../server/services/errors";
