import { redirect } from "@remix-run/node";

/**
 * After a successful write, come back to the page (post/redirect/get) so every figure on it is
 * read afresh, with the message in the address (?tb=…) and, when given, the criterion in view.
 */
export function backWith(request: Request, message: string, anchor?: string): Response {
  const url = new URL(request.url);
  url.searchParams.set("tb", message);
  return redirect(`${url.pathname}?${url.searchParams.toString()}${anchor ? `#${anchor}` : ""}`);
}
