import { and, eq, gt, sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import * as s from "../../db/schema";
import { can, type Action, type Actor } from "../domain/permissions";
import type { Role } from "../domain/roles";
import { governingUnit, subtree, type TreeUnit } from "../domain/scope";
import { forbidden } from "./errors";
import { requestMemo } from "../runtime/request-context";
import { prepared } from "./prepared";

/** The signed-in user as services see them: who, which unit, which roles, which units they govern. */
export interface SessionUser extends Actor {
  username: string;
  fullName: string;
  unitCode: string;
  unitName: string;
  mustChangePassword: boolean;
}

/**
 * The unit tree's stamp, which a trigger renews in the same transaction as any change to a unit's
 * id, parent or kind (migration 0006): equal stamps mean the same tree. Read with the session (no
 * statement of its own), it lets each process keep the tree between requests and still see another
 * instance's change at once. (It used to be a hash over every unit, computed on every request:
 * about 0,8 ms of database time at 640 units, growing with the country's.)
 */
const TREE_STAMP = sql<string | null>`(select ${s.unitTreeStamp.stamp}::text from ${s.unitTreeStamp} where ${s.unitTreeStamp.id} = 1)`;

/** The content stamp (db/schema/content-stamp.ts): moves exactly when a change to what pages show commits. */
const CONTENT_STAMP = sql<string | null>`(select sum(${s.contentStamp.changes})::text from ${s.contentStamp})`;

interface TreeCache {
  stamp: string;
  tree: Map<number, TreeUnit>;
  scopes: Map<number, ReadonlySet<number>>;
}
const TREE_CACHE = Symbol.for("par-tracker.unit-tree");
type TreeHolder = { [TREE_CACHE]?: TreeCache };

function cachedTree(stamp: string): TreeCache | null {
  const hit = (globalThis as TreeHolder)[TREE_CACHE];
  return hit && hit.stamp === stamp ? hit : null;
}

/** Remember this request's tree fingerprint (read with its session); a write in the request forgets it. */
function noteTreeStamp(stamp: string | null): void {
  // Without a stamp (a database restored by hand without the trigger's row) the tree is read anew.
  if (stamp === null) return;
  void requestMemo("unit-tree-stamp", () => Promise.resolve(stamp));
}

/**
 * The whole unit tree; read once per request however many services ask (a write in between reads
 * it anew), and not at all when the fingerprint read with the session matches the process's copy.
 */
export function loadUnitTree(db: DbOrTx): Promise<Map<number, TreeUnit>> {
  return requestMemo("unit-tree", async () => {
    const known = await requestMemo<string | null>("unit-tree-stamp", () => Promise.resolve(null));
    const hit = known ? cachedTree(known) : null;
    if (hit) return hit.tree;
    const rows = await db.select({ id: s.units.id, parentId: s.units.parentId, kind: s.units.kind, stamp: TREE_STAMP }).from(s.units);
    const tree = new Map(rows.map((r) => [r.id, { id: r.id, parentId: r.parentId, kind: r.kind }]));
    const stamp = rows[0]?.stamp;
    if (stamp) (globalThis as TreeHolder)[TREE_CACHE] = { stamp, tree, scopes: new Map() };
    return tree;
  });
}

/** The units a government governs, kept with the tree it was computed from. */
function scopeOf(root: number, tree: Map<number, TreeUnit>): ReadonlySet<number> {
  const cache = (globalThis as TreeHolder)[TREE_CACHE];
  if (!cache || cache.tree !== tree) return subtree(root, tree);
  let scope = cache.scopes.get(root);
  if (!scope) {
    scope = subtree(root, tree);
    cache.scopes.set(root, scope);
  }
  return scope;
}

/** Build the actor for a user id; null when the user does not exist or is disabled. */
export function loadActor(db: DbOrTx, userId: number): Promise<SessionUser | null> {
  return requestMemo(`actor:${userId}`, () => readActor(db, userId));
}

/** The user's own columns an actor is built from (both reads below select them). */
const userFields = {
  id: s.users.id,
  username: s.users.username,
  fullName: s.users.fullName,
  unitId: s.users.unitId,
  disabled: s.users.disabled,
  mustChangePassword: s.users.mustChangePassword,
  unitCode: s.units.code,
  unitName: s.units.name,
};

/** The actor for a user row and roles: scope is the subtree of the government the unit belongs to. */
function toActor(
  user: { id: number; username: string; fullName: string; unitId: number; unitCode: string; unitName: string; mustChangePassword: boolean },
  roles: Role[],
  tree: Map<number, TreeUnit>,
): SessionUser {
  return {
    userId: user.id,
    username: user.username,
    fullName: user.fullName,
    unitId: user.unitId,
    unitCode: user.unitCode,
    unitName: user.unitName,
    mustChangePassword: user.mustChangePassword,
    roles,
    scope: scopeOf(governingUnit(user.unitId, tree), tree),
  };
}

async function readActor(db: DbOrTx, userId: number): Promise<SessionUser | null> {
  const [user] = await db
    .select(userFields)
    .from(s.users)
    .innerJoin(s.units, eq(s.units.id, s.users.unitId))
    .where(eq(s.users.id, userId));
  if (!user || user.disabled) return null;
  const [roles, tree] = await Promise.all([db.select({ role: s.userRoles.role }).from(s.userRoles).where(eq(s.userRoles.userId, userId)), loadUnitTree(db)]);
  return toActor(
    user,
    roles.map((r) => r.role as Role),
    tree,
  );
}

function sessionStatement(db: DbOrTx, name: string) {
  return db
    .select({
      ...userFields,
      lastSeenAt: s.sessions.lastSeenAt,
      treeStamp: TREE_STAMP,
      contentStamp: CONTENT_STAMP,
      roles: sql<Role[]>`coalesce((select array_agg(ur.role::text) from user_roles ur where ur.user_id = "users"."id"), '{}')`,
    })
    .from(s.sessions)
    .innerJoin(s.users, eq(s.users.id, s.sessions.userId))
    .innerJoin(s.units, eq(s.units.id, s.users.unitId))
    .where(and(eq(s.sessions.tokenHash, sql.placeholder("hash")), gt(s.sessions.expiresAt, sql.placeholder("now"))))
    .prepare(name);
}

/**
 * The user behind a live session, with roles, in one statement (the session, the user and the
 * roles used to be three): null when the session is unknown or expired or the user disabled.
 * `lastSeenAt` lets the caller slide the session's expiry (written at most once a minute).
 */
export async function actorForSession(
  db: DbOrTx,
  tokenHash: string,
  now = new Date(),
): Promise<{ actor: SessionUser; lastSeenAt: Date; contentStamp: string | null } | null> {
  const [row] = await prepared(db, "actor_for_session", sessionStatement).execute({ hash: tokenHash, now: now.toISOString() });
  if (!row || row.disabled) return null;
  noteTreeStamp(row.treeStamp);
  if (row.contentStamp !== null) void requestMemo("content-stamp", () => Promise.resolve(row.contentStamp));
  const tree = await loadUnitTree(db);
  return {
    lastSeenAt: row.lastSeenAt,
    contentStamp: row.contentStamp,
    actor: toActor(row, row.roles, tree),
  };
}

/**
 * The content stamp read with this request's session (db/schema/content-stamp.ts), or null outside
 * a request or before the session is read: what a process keeps of the content is good while it holds.
 */
export function requestContentStamp(): Promise<string | null> {
  return requestMemo<string | null>("content-stamp", () => Promise.resolve(null));
}

/** Refuse with 403 unless the actor may do it. */
export function authorize(actor: Actor, action: Action): void {
  if (!can(actor, action)) throw forbidden();
}

/** Units an actor may see: everything for an administrator, their government's subtree otherwise. */
export function visibleUnitIds(actor: Actor): ReadonlySet<number> | "all" {
  return actor.roles.includes("quan-tri") ? "all" : actor.scope;
}
