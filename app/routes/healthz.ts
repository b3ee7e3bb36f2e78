import { randomBytes } from "node:crypto";
import { getDbHandle } from "../../db/instance";
import { health } from "../../server/services/health";

/** Which process answered (random, not the pid): lets a check see several workers share the port. */
const INSTANCE = randomBytes(4).toString("hex");

export async function loader() {
  const h = await health(await getDbHandle());
  return Response.json({ ...h, instance: INSTANCE }, { status: h.ok ? 200 : 503, headers: { "Cache-Control": "no-store" } });
}
