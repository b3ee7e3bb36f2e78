// Server-only entry for the settings route (see tasks.server.ts for why).
export { actorProvince, getSettings, updateSettings } from "../../server/services/settings";
