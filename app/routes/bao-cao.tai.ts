import { readForm } from "../lib/form.server";
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { ZodError } from "zod";
import { httpStatus } from "../../server/services/errors";
import { todayInVietnam } from "../../server/clock";
import type { ReportData } from "../../server/reports/types";
import { buildReport, draftFromForm, renderReport, reportRequest, saveReportDraft, ServiceError } from "../lib/reports.server";
import { orHttpError, requireUser, requireUserForMutation } from "../lib/session.server";

const TYPES = {
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
} as const;
type Kind = keyof typeof TYPES;

async function fileResponse(kind: Kind, data: ReportData, headers: Record<string, string> = {}): Promise<Response> {
  const bytes = await renderReport(kind, data);
  const name = `Báo cáo ${data.period.label} ${data.period.year} - ${data.issuer.name}.${kind}`;
  return new Response(new Uint8Array(bytes), {
    headers: {
      "Content-Type": TYPES[kind],
      "Content-Disposition": `attachment; filename="bao-cao.${kind}"; filename*=UTF-8''${encodeURIComponent(name)}`,
      "Cache-Control": "no-store",
      ...headers,
    },
  });
}

/** The report as saved, as a Word document or an Excel workbook. */
export async function loader({ request }: LoaderFunctionArgs) {
  const { db, actor } = await requireUser(request);
  const url = new URL(request.url);
  const kind: Kind = url.searchParams.get("dang") === "xlsx" ? "xlsx" : "docx";
  const parsed = reportRequest.safeParse({ planCode: url.searchParams.get("kehoach"), year: url.searchParams.get("nam"), period: url.searchParams.get("ky") });
  if (!parsed.success) throw new Response(parsed.error.issues[0]?.message ?? "Yêu cầu không hợp lệ.", { status: 400 });
  return fileResponse(kind, await orHttpError(buildReport(db, actor, parsed.data, todayInVietnam())));
}

/**
 * The builder's download: the text on screen is saved first (nothing unsaved is left out of the
 * file), then the file is made from what was saved. A save that cannot be made (a draft saved
 * meanwhile by someone else, a bad date) refuses the download with the reason, in Vietnamese.
 */
export async function action({ request }: ActionFunctionArgs) {
  const { db, actor } = await requireUserForMutation(request);
  const url = new URL(request.url);
  const f = await readForm(request);
  const kind: Kind = (f.get("dang") ?? url.searchParams.get("dang")) === "xlsx" ? "xlsx" : "docx";
  const draft = draftFromForm(f);
  const today = todayInVietnam();
  let version: number;
  let saved: boolean;
  try {
    ({ version, saved } = await saveReportDraft(db, actor, draft, today));
  } catch (e) {
    const message = e instanceof ServiceError ? e.message : e instanceof ZodError ? (e.issues[0]?.message ?? "Dữ liệu không hợp lệ.") : null;
    if (message === null) throw e;
    const status = e instanceof ServiceError ? httpStatus[e.code] : 400;
    return new Response(`Chưa tải được tệp vì chưa lưu được nội dung đang soạn: ${message}`, {
      status,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
    });
  }
  const data = await orHttpError(buildReport(db, actor, draft, today));
  return fileResponse(kind, data, { "X-Draft-Version": String(version), "X-Draft-Saved": saved ? "1" : "0" });
}
