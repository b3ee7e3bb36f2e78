import type { Role } from "./roles";

/** The page a user lands on after log-in: what their role does first thing in the morning. */
export function landingPath(roles: readonly Role[]): string {
  if (roles.includes("quan-tri")) return "/quan-tri/nguoi-dung";
  if (roles.includes("lanh-dao")) return "/";
  if (roles.includes("noi-vu")) return "/ke-hoach";
  if (roles.includes("don-vi")) return "/nhiem-vu";
  if (roles.includes("tham-dinh")) return "/ke-hoach";
  return "/";
}

/** Only local paths may be a post-log-in destination (no open redirect). */
export function safeNext(next: string | null | undefined): string | null {
  if (!next || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")) return null;
  if (next.startsWith("/dang-nhap") || next.startsWith("/dang-xuat")) return null;
  return next;
}
