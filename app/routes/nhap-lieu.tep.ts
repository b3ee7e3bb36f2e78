import type { ActionFunctionArgs } from "@remix-run/node";
import { ZodError } from "zod";
import { parseForm, UploadRefused, type ParsedForm } from "../lib/upload.server";
import { commitResultsImport, previewResultsImport, ServiceError } from "../lib/entry.server";
import { requireUserForMutation } from "../lib/session.server";

const MAX = 5 * 1024 * 1024;

/** Preview or commit an uploaded results file; answers JSON for the import panel. */
export async function action({ request }: ActionFunctionArgs) {
  const { db, actor } = await requireUserForMutation(request);
  let form: ParsedForm;
  try {
    form = await parseForm(request, { maxFileBytes: MAX, maxTotalBytes: MAX, maxFiles: 1 });
  } catch (e) {
    if (e instanceof UploadRefused) return Response.json({ ok: false, message: e.message.replace("Mỗi tệp đính kèm tối đa 5 MB.", "Tệp lớn hơn 5 MB. Hãy tách thành nhiều tệp nhỏ hơn.") }, { status: 400 });
    throw e;
  }
  const file = form.files.find((f) => f.field === "file");
  if (!file || file.bytes.byteLength === 0) return Response.json({ ok: false, message: "Vui lòng chọn tệp .xlsx hoặc .csv." }, { status: 400 });
  const upload = { name: file.name, bytes: file.bytes };
  try {
    if (form.text("intent") === "commit") {
      return Response.json({ ok: true, committed: await commitResultsImport(db, actor, upload) });
    }
    const page = Number(form.text("page") || "1");
    return Response.json({ ok: true, preview: await previewResultsImport(db, actor, upload, { page: Number.isInteger(page) && page > 0 ? page : 1 }) });
  } catch (e) {
    if (e instanceof ServiceError) {
      const details = e.details as { errors?: unknown } | undefined;
      return Response.json({ ok: false, message: e.message, errors: details?.errors ?? null }, { status: e.code === "FORBIDDEN" ? 403 : 400 });
    }
    if (e instanceof ZodError) return Response.json({ ok: false, message: e.issues[0]?.message ?? "Dữ liệu không hợp lệ." }, { status: 400 });
    throw e;
  }
}
