// Server-only entry for the data-entry routes (see tasks.server.ts for why).
export { getEntryData } from "../../server/services/entry";
export { commitResultsImport, deleteResult, previewResultsImport, saveResult } from "../../server/services/results";
export { deleteTarget, saveTarget } from "../../server/services/targets";
export { resultsTemplate } from "../../server/services/results-template";
export { ServiceError } from "../../server/services/errors";
