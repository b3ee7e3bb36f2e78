import { createHash, randomBytes } from "node:crypto";
import { and, desc, eq, gt, lt } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import * as s from "../../db/schema";

/** A session lives this long without use, and never longer than MAX_DAYS from log-in. */
export const SESSION_IDLE_MS = 12 * 60 * 60 * 1000;
export const SESSION_MAX_MS = 7 * 24 * 60 * 60 * 1000;

export const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

export async function createSession(
  db: DbOrTx,
  userId: number,
  meta: { ip: string; userAgent: string | null },
  now = new Date(),
): Promise<{ token: string; expiresAt: Date }> {
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(now.getTime() + SESSION_IDLE_MS);
  await db.insert(s.sessions).values({
    tokenHash: hashToken(token),
    userId,
    createdAt: now,
    lastSeenAt: now,
    expiresAt,
    ip: meta.ip,
    userAgent: meta.userAgent?.slice(0, 300) ?? null,
  });
  return { token, expiresAt };
}

/** The user id behind a live session, sliding its expiry forward; null when unknown or expired. */
export async function touchSession(db: DbOrTx, token: string, now = new Date()): Promise<number | null> {
  const tokenHash = hashToken(token);
  const [row] = await db
    .select({ userId: s.sessions.userId, createdAt: s.sessions.createdAt, expiresAt: s.sessions.expiresAt, lastSeenAt: s.sessions.lastSeenAt })
    .from(s.sessions)
    .where(and(eq(s.sessions.tokenHash, tokenHash), gt(s.sessions.expiresAt, now)));
  if (!row) return null;
  // Write at most once a minute: most requests only read.
  if (now.getTime() - row.lastSeenAt.getTime() > 60_000) {
    const expiresAt = new Date(Math.min(now.getTime() + SESSION_IDLE_MS, row.createdAt.getTime() + SESSION_MAX_MS));
    await db.update(s.sessions).set({ lastSeenAt: now, expiresAt }).where(eq(s.sessions.tokenHash, tokenHash));
  }
  return row.userId;
}

export async function deleteSession(db: DbOrTx, token: string): Promise<void> {
  await db.delete(s.sessions).where(eq(s.sessions.tokenHash, hashToken(token)));
}

export async function deleteUserSessions(db: DbOrTx, userId: number): Promise<void> {
  await db.delete(s.sessions).where(eq(s.sessions.userId, userId));
}

export async function purgeExpiredSessions(db: DbOrTx, now = new Date()): Promise<void> {
  await db.delete(s.sessions).where(lt(s.sessions.expiresAt, now));
}

export async function lastSession(db: DbOrTx, userId: number) {
  const [row] = await db.select().from(s.sessions).where(eq(s.sessions.userId, userId)).orderBy(desc(s.sessions.createdAt)).limit(1);
  return row ?? null;
}
