import { getDbHandle } from "../../db/instance";
import { health } from "../../server/services/health";

export async function loader() {
  const h = await health(await getDbHandle());
  return Response.json(h, { status: h.ok ? 200 : 503, headers: { "Cache-Control": "no-store" } });
}
