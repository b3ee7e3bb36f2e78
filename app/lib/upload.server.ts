// Server-only entry for reading multipart forms in page actions (keeps busboy out of the browser bundle).
export { parseForm, UploadRefused, type ParsedForm } from "../../server/http/multipart";
import { parseForm as parseFormImpl, UploadRefused as UploadRefusedImpl } from "../../server/http/multipart";
export { zIdText } from "../../server/validation/zod";

/**
 * A form that may carry files, read with the same caps and parser as task evidence, as a plain
 * FormData for actions written against that API; a refused upload is its Vietnamese message.
 */
export async function readUploadForm(
  request: Request,
  limits: { maxFileBytes: number; maxTotalBytes: number; maxFiles: number },
): Promise<FormData | { refused: string }> {
  try {
    const parsed = await parseFormImpl(request, limits);
    const form = new FormData();
    for (const [name, values] of parsed.fields) for (const v of values) form.append(name, v);
    for (const f of parsed.files) form.append(f.field, new File([f.bytes], f.name));
    return form;
  } catch (e) {
    if (e instanceof UploadRefusedImpl) return { refused: e.message };
    throw e;
  }
}
