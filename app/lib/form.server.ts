import { hasUnstorableText, invalidTextMessage, zIdText } from "../../server/validation/zod";

/**
 * Page actions read their forms through here: a body that is not a form, or text the database
 * cannot store, is answered 400 with a Vietnamese message before any service sees it.
 */
export async function readForm(request: Request): Promise<FormData> {
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    throw new Response("Biểu mẫu gửi lên không đọc được. Hãy tải lại trang rồi gửi lại.", { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }
  const texts = [...form.entries()].flatMap(([k, v]) => (typeof v === "string" ? [k, v] : [k, v.name]));
  if (hasUnstorableText(texts)) throw new Response(invalidTextMessage, { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  return form;
}

/** An id from a URL segment or query: anything that is not one is "not found". */
export function idParam(value: string | null | undefined, notFoundMessage: string): number {
  const parsed = zIdText().safeParse(value ?? "");
  if (!parsed.success) throw new Response(notFoundMessage, { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  return parsed.data;
}

/** An id from a form field, or null when it is not one. */
export function formId(form: FormData, name: string): number | null {
  const parsed = zIdText().safeParse(String(form.get(name) ?? ""));
  return parsed.success ? parsed.data : null;
}
