import { isStorableText } from "../validation/text";

/**
 * Checks the Express server runs on every request before Remix sees it: a URL that holds a NUL
 * or broken percent-encoding is a 400, a cross-site post to any route the app's Vietnamese 403
 * (Remix's own check would otherwise throw first and answer an empty 500).
 */
export interface GateRequest {
  method: string;
  /** Path and query as sent ("/ke-hoach/%00?x=1"). */
  url: string;
  header(name: string): string | undefined;
}

export type GateAnswer = { status: 400 | 403; message: string } | null;

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export const crossSiteMessage = "Yêu cầu bị từ chối: thao tác phải được gửi từ chính trang của hệ thống.";

export const badUrlMessage = "Địa chỉ trang có ký tự không hợp lệ. Hãy kiểm tra lại đường dẫn.";

function urlIsClean(url: string): boolean {
  try {
    return isStorableText(decodeURIComponent(url.replace(/\+/g, " ")));
  } catch {
    return false; // malformed percent-encoding (a lone "%", half a UTF-8 sequence)
  }
}

/** Is a client-sent X-Forwarded-Host to be believed? Only behind a proxy the operator declared. */
export function trustsForwardedHost(): boolean {
  const v = process.env.TRUST_PROXY;
  return Boolean(v && v !== "0" && v !== "false");
}

/** The host the request was addressed to, as the check compares it with Origin. */
export function requestHost(header: (name: string) => string | undefined): string | undefined {
  const forwarded = trustsForwardedHost() ? header("x-forwarded-host")?.split(",")[0]?.trim() : undefined;
  return forwarded || header("host");
}

export function isCrossSite(method: string, header: (name: string) => string | undefined): boolean {
  if (SAFE_METHODS.has(method.toUpperCase())) return false;
  const origin = header("origin");
  if (origin === "null") return true;
  if (origin) {
    try {
      return new URL(origin).host !== requestHost(header);
    } catch {
      return true;
    }
  }
  // No Origin: a non-browser client (no victim's cookie) unless the browser says otherwise.
  const site = header("sec-fetch-site");
  return site !== undefined && site !== "same-origin" && site !== "none";
}

export function gate(request: GateRequest): GateAnswer {
  if (!urlIsClean(request.url)) return { status: 400, message: badUrlMessage };
  if (isCrossSite(request.method, (n) => request.header(n))) return { status: 403, message: crossSiteMessage };
  return null;
}
