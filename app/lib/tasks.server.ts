// Server-only entry for the task routes: the browser build replaces *.server.ts files with
// empty modules, so the services (and the file storage they reach) never enter the client bundle.
export { getTaskPage } from "../../server/services/task-page";
export { addDirection, reportOnTask } from "../../server/services/tasks";
export { ServiceError } from "../../server/services/errors";
export type { EvidenceInput } from "../../server/services/evidence";
export { openEvidenceFile } from "../../server/services/evidence";
export { linkParentTask } from "../../server/services/plan-write";
