import type { DbOrTx } from "../../db/client";
import { isCrossSite } from "./gate";
import { hashToken, touchSession } from "../auth/sessions";
import { actorForSession, type SessionUser } from "../services/actor";
import { requestMemo } from "../runtime/request-context";

export const SESSION_COOKIE = "cchc_session";

/**
 * Cross-site request check for anything that changes data. Browsers send Origin with every
 * POST; a mismatch is a form or script on another site riding the user's cookie. Requests
 * without Origin and without Sec-Fetch-Site come from non-browser clients, which carry no
 * victim's cookie, and pass. X-Forwarded-Host counts only when TRUST_PROXY is set.
 */
export function isCrossSiteMutation(request: Request): boolean {
  const self = new URL(request.url);
  return isCrossSite(request.method, (name) => request.headers.get(name) ?? (name === "host" ? self.host : undefined));
}

export { crossSiteMessage } from "./gate";

export function readCookie(request: Request, name: string): string | null {
  return cookieFrom(request.headers.get("cookie"), name);
}

/** A cookie's value in a Cookie header (Fetch or Node request alike). */
export function cookieFrom(header: string | null | undefined, name: string): string | null {
  if (!header) return null;
  for (const part of header.split(";")) {
    const [k, ...v] = part.trim().split("=");
    if (k === name) return decodeURIComponent(v.join("="));
  }
  return null;
}

export function sessionToken(request: Request): string | null {
  return sessionTokenFrom(request.headers.get("cookie"));
}

function sessionTokenFrom(cookieHeader: string | null | undefined): string | null {
  const token = cookieFrom(cookieHeader, SESSION_COOKIE);
  return token && /^[A-Za-z0-9_-]{20,100}$/.test(token) ? token : null;
}

function secureCookies(): boolean {
  if (process.env.COOKIE_SECURE === "0") return false;
  return process.env.NODE_ENV === "production";
}

export function sessionCookie(token: string, expiresAt: Date): string {
  return [
    `${SESSION_COOKIE}=${token}`,
    "Path=/",
    "HttpOnly",
    "SameSite=Lax",
    `Expires=${expiresAt.toUTCString()}`,
    ...(secureCookies() ? ["Secure"] : []),
  ].join("; ");
}

export function clearSessionCookie(): string {
  return [`${SESSION_COOKIE}=`, "Path=/", "HttpOnly", "SameSite=Lax", "Max-Age=0", ...(secureCookies() ? ["Secure"] : [])].join("; ");
}

/** The signed-in user behind a request, or null. */
/**
 * The signed-in user behind a request, or null: the session, user, roles and unit-tree fingerprint
 * in one statement, read once per request (pages and tRPC alike); the session's expiry slides when
 * it was last seen over a minute ago.
 */
export function actorFromRequest(db: DbOrTx, request: Request): Promise<SessionUser | null> {
  return sessionFromCookies(db, request.headers.get("cookie")).then((found) => found?.actor ?? null);
}

/**
 * The live session behind a Cookie header, read once per request (the page cache, the shell and
 * the page share it), sliding its expiry at most once a minute; with it, the content stamp read in
 * the same statement (null when the stamp table is missing).
 */
export function sessionFromCookies(db: DbOrTx, cookieHeader: string | null | undefined): Promise<{ actor: SessionUser; contentStamp: string | null } | null> {
  return requestMemo("session", async () => {
    const token = sessionTokenFrom(cookieHeader);
    if (!token) return null;
    const found = await actorForSession(db, hashToken(token));
    if (!found) return null;
    if (Date.now() - found.lastSeenAt.getTime() > 60_000 && (await touchSession(db, token)) === null) return null;
    return { actor: found.actor, contentStamp: found.contentStamp };
  });
}

export function currentTokenHash(request: Request): string | null {
  const token = sessionToken(request);
  return token ? hashToken(token) : null;
}

/** Client address as Express saw it (passed through the load context), for log-in throttling. */
export function clientIp(request: Request, contextIp: unknown): string {
  if (typeof contextIp === "string" && contextIp) return contextIp;
  return request.headers.get("x-forwarded-for")?.split(",")[0]?.trim() || "unknown";
}
