import type { LoaderFunctionArgs } from "@remix-run/node";
import { resultsWorkbook, todayInVietnam } from "../cycle/cycle.server";
import { orHttpError, requireUser } from "../lib/session.server";

/** The cycle's results table as a workbook; the service checks who may read the results. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { db, actor } = await requireUser(request);
  const id = Number(params.id);
  if (!Number.isSafeInteger(id) || id <= 0) throw new Response("Không tìm thấy trang.", { status: 404 });
  const file = await orHttpError(resultsWorkbook(db, actor, id, todayInVietnam()));
  return new Response(new Uint8Array(file.bytes), {
    headers: {
      "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "Content-Disposition": `attachment; filename="${file.fileName}"`,
      "Cache-Control": "no-store",
    },
  });
}
