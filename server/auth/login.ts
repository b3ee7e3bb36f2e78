import { and, eq, gt, max, sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import * as s from "../../db/schema";
import { defaultThrottle, loginThrottle, type ThrottleSettings } from "../domain/throttle";
import { recordAudit } from "../services/audit";
import { isStorableText } from "../validation/text";
import { hashPassword, verifyPassword } from "./passwords";
import { createSession } from "./sessions";

export const loginMessages = {
  invalid: "Tên đăng nhập hoặc mật khẩu không đúng.",
  disabled: "Tài khoản này đã bị khóa. Vui lòng liên hệ quản trị hệ thống.",
  lockedAccount: (until: string) =>
    `Tài khoản tạm thời bị khóa do đăng nhập sai nhiều lần. Vui lòng thử lại sau ${until}.`,
  lockedAddress: (until: string) =>
    `Máy của bạn đã đăng nhập sai quá nhiều lần. Vui lòng thử lại sau ${until}.`,
  missing: "Vui lòng nhập tên đăng nhập và mật khẩu.",
} as const;

export type LoginResult =
  | { ok: true; token: string; expiresAt: Date; userId: number }
  | { ok: false; status: 400 | 401 | 429; message: string };

/** "14:05" in Vietnam time, for the lock message. */
function clock(d: Date): string {
  return new Intl.DateTimeFormat("vi-VN", { hour: "2-digit", minute: "2-digit", timeZone: "Asia/Ho_Chi_Minh" }).format(d);
}

// A fixed hash to verify against when the account does not exist, so timing does not tell.
let dummyHash: Promise<string> | null = null;

/** Longer names or passwords are no one's: refused before they reach the database or the hash. */
const MAX_USERNAME = 100;
const MAX_PASSWORD = 1_000;


export async function login(
  db: DbOrTx,
  input: { username: string; password: string; ip: string; userAgent: string | null },
  options: { demoMode: boolean; now?: Date; sleep?: (ms: number) => Promise<void>; throttle?: ThrottleSettings },
): Promise<LoginResult> {
  const now = options.now ?? new Date();
  const username = input.username.trim().toLowerCase();
  if (!username || !input.password) return { ok: false, status: 400, message: loginMessages.missing };
  if (username.length > MAX_USERNAME || input.password.length > MAX_PASSWORD || !isStorableText(username) || !isStorableText(input.password)) {
    return { ok: false, status: 401, message: loginMessages.invalid };
  }
  const settings = options.throttle ?? defaultThrottle;
  const windowStart = new Date(now.getTime() - settings.windowMinutes * 60_000);
  const ip = input.ip.slice(0, 100);

  // Count and record in one transaction, under a lock per account and per address, BEFORE the
  // password is checked: the attempt counts as a failure until it is proven right, so a burst of
  // parallel attempts gets exactly the answers the same attempts one by one would get.
  const gate = await db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`login:user:${username}`}))`);
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`login:ip:${ip}`}))`);
    const [lastOk] = await tx
      .select({ at: max(s.loginAttempts.at) })
      .from(s.loginAttempts)
      .where(and(eq(s.loginAttempts.username, username), eq(s.loginAttempts.success, true)));
    const since = lastOk?.at && lastOk.at > windowStart ? lastOk.at : windowStart;
    const accountFailures = await tx
      .select({ at: s.loginAttempts.at })
      .from(s.loginAttempts)
      .where(and(eq(s.loginAttempts.username, username), eq(s.loginAttempts.success, false), gt(s.loginAttempts.at, since)));
    const addressFailures = await tx
      .select({ at: s.loginAttempts.at })
      .from(s.loginAttempts)
      .where(and(eq(s.loginAttempts.ip, ip), eq(s.loginAttempts.success, false), gt(s.loginAttempts.at, windowStart)));
    const decision = loginThrottle(
      accountFailures.map((r) => r.at),
      addressFailures.map((r) => r.at),
      now,
      settings,
    );
    if (!decision.allowed) return { decision, attemptId: null };
    const [row] = await tx.insert(s.loginAttempts).values({ username, ip, success: false, at: now }).returning({ id: s.loginAttempts.id });
    return { decision, attemptId: row?.id ?? null };
  });
  const { decision } = gate;
  if (!decision.allowed) {
    const until = clock(decision.retryAt);
    return {
      ok: false,
      status: 429,
      message: decision.reason === "account" ? loginMessages.lockedAccount(until) : loginMessages.lockedAddress(until),
    };
  }
  if (decision.delayMs > 0) await (options.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms))))(decision.delayMs);

  const [user] = await db
    .select({ id: s.users.id, hash: s.users.passwordHash, disabled: s.users.disabled, isDemo: s.users.isDemo, unitId: s.users.unitId })
    .from(s.users)
    .where(eq(s.users.username, username));
  const usable = user && !(user.isDemo && !options.demoMode);
  dummyHash ??= hashPassword("không có tài khoản này");
  const valid = await verifyPassword(input.password, usable ? user.hash : await dummyHash);
  const success = Boolean(usable && valid && !user.disabled);

  if (success && gate.attemptId !== null) await db.update(s.loginAttempts).set({ success: true }).where(eq(s.loginAttempts.id, gate.attemptId));
  if (!usable || !valid) return { ok: false, status: 401, message: loginMessages.invalid };
  if (user.disabled) return { ok: false, status: 401, message: loginMessages.disabled };

  const session = await createSession(db, user.id, { ip, userAgent: input.userAgent }, now);
  await db.update(s.users).set({ lastLoginAt: now }).where(eq(s.users.id, user.id));
  await recordAudit(db, {
    actor: { userId: user.id, unitId: user.unitId },
    action: "login",
    entity: "user",
    entityId: user.id,
    note: `Đăng nhập từ ${ip}`,
  });
  return { ok: true, token: session.token, expiresAt: session.expiresAt, userId: user.id };
}
