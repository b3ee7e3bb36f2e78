// Server-only entry for the data-entry routes (see tasks.server.ts for why).
export { getEntryData } from "../../server/services/entry";
export { commitResultsImport, deleteResult, deleteTarget, previewResultsImport, resultsTemplate, saveResult, saveTarget } from "../../server/services/results";
export { ServiceError } from "../../server/services/errors";
