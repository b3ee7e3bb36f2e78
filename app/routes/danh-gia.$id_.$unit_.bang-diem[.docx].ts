import type { LoaderFunctionArgs } from "@remix-run/node";
import { scoreSheetDocx, todayInVietnam } from "../cycle/cycle.server";
import { orHttpError, requireUser } from "../lib/session.server";

/** One unit's score sheet (Nghị định 30 layout); the service checks who may read the unit's assessment. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { db, actor } = await requireUser(request);
  const id = Number(params.id);
  const unitId = Number(params.unit);
  if (!Number.isSafeInteger(id) || id <= 0 || !Number.isSafeInteger(unitId) || unitId <= 0) throw new Response("Không tìm thấy trang.", { status: 404 });
  const file = await orHttpError(scoreSheetDocx(db, actor, id, unitId, todayInVietnam()));
  return new Response(new Uint8Array(file.bytes), {
    headers: {
      "Content-Type": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      "Content-Disposition": `attachment; filename="${file.fileName}"`,
      "Cache-Control": "no-store",
    },
  });
}
