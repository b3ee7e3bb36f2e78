import type { LoaderFunctionArgs } from "@remix-run/node";
import { todayInVietnam } from "../../server/clock";
import { buildReport, renderReport, reportRequest } from "../lib/reports.server";
import { orHttpError, requireUser } from "../lib/session.server";

const TYPES = {
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
} as const;

/** The report as a Word document or an Excel workbook. */
export async function loader({ request }: LoaderFunctionArgs) {
  const { db, actor } = await requireUser(request);
  const url = new URL(request.url);
  const kind = url.searchParams.get("dang") === "xlsx" ? "xlsx" : "docx";
  const parsed = reportRequest.safeParse({ planCode: url.searchParams.get("kehoach"), year: url.searchParams.get("nam"), period: url.searchParams.get("ky") });
  if (!parsed.success) throw new Response(parsed.error.issues[0]?.message ?? "Yêu cầu không hợp lệ.", { status: 400 });
  const data = await orHttpError(buildReport(db, actor, parsed.data, todayInVietnam()));
  const bytes = await renderReport(kind, data);
  const name = `Báo cáo ${data.period.label} ${data.period.year} - ${data.issuer.name}.${kind}`;
  return new Response(new Uint8Array(bytes), {
    headers: {
      "Content-Type": TYPES[kind],
      "Content-Disposition": `attachment; filename="bao-cao.${kind}"; filename*=UTF-8''${encodeURIComponent(name)}`,
      "Cache-Control": "no-store",
    },
  });
}
