import type { LoaderFunctionArgs } from "@remix-run/node";
import { frameworkTemplate } from "../cycle/cycle.server";
import { orHttpError, requireUser } from "../lib/session.server";

/** The XLSX template of a framework (Bộ chỉ số): criteria sheet, component catalogue, instructions. */
export async function loader({ request }: LoaderFunctionArgs) {
  const { db } = await requireUser(request);
  const bytes = await orHttpError(frameworkTemplate(db));
  return new Response(new Uint8Array(bytes), {
    headers: {
      "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "Content-Disposition": `attachment; filename="mau-bo-chi-so.xlsx"; filename*=UTF-8''${encodeURIComponent("Mẫu bộ chỉ số CCHC.xlsx")}`,
      "Cache-Control": "no-store",
    },
  });
}
