import type { LoaderFunctionArgs } from "@remix-run/node";
import { resultsTemplate } from "../lib/entry.server";
import { orHttpError, requireUser } from "../lib/session.server";

/** The XLSX template for importing results: headers, examples, lists of units and components. */
export async function loader({ request }: LoaderFunctionArgs) {
  const { db, actor } = await requireUser(request);
  const bytes = await orHttpError(resultsTemplate(db, actor));
  return new Response(new Uint8Array(bytes), {
    headers: {
      "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "Content-Disposition": `attachment; filename="mau-nhap-ket-qua-chi-so.xlsx"; filename*=UTF-8''${encodeURIComponent("Mẫu nhập kết quả chỉ số CCHC.xlsx")}`,
      "Cache-Control": "no-store",
    },
  });
}
