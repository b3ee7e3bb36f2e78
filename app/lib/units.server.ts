// Server-only entry for the unit routes (see tasks.server.ts for why).
export { closeUnit, createProvinces, createUnit, loadProvinces, mergeUnit, moveUnit, renameUnit, unitAdminView } from "../../server/services/unit-admin";
export { getUnitPage, listUnitTree } from "../../server/services/units";
export { ServiceError } from "../../server/services/errors";
