// Server-only entry for the plan-editing routes (see tasks.server.ts for why).
export { createPlan, getPlanFormValues, linkParentTask, updatePlan } from "../../server/services/plan-write";
export { getEntryData } from "../../server/services/entry";
export { listPlans } from "../../server/services/plans";
export { commitTaskImport, previewTaskImport } from "../../server/services/plan-import";
export { ServiceError } from "../../server/services/errors";
