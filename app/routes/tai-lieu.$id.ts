import type { LoaderFunctionArgs } from "@remix-run/node";
import { openEvidenceFile } from "../lib/tasks.server";
import { idParam } from "../lib/form.server";
import { orHttpError, requireUser } from "../lib/session.server";

/** Download of an evidence file, only for users who may see its task. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { db, actor } = await requireUser(request);
  const id = idParam(params.id, "Không tìm thấy tài liệu này.");
  const file = await orHttpError(openEvidenceFile(db, actor, id));
  return new Response(new Uint8Array(file.bytes), {
    headers: {
      "Content-Type": file.mimeType,
      "Content-Length": String(file.size),
      "Content-Disposition": file.disposition,
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
    },
  });
}
