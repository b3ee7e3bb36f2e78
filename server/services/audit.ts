import { and, desc, eq, gte, inArray, lt, or, sql, type SQL } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import * as s from "../../db/schema";
import type { Actor } from "../domain/permissions";
import { authorize } from "./actor";
import { insertSelect, typed } from "./insert-select";

export type AuditAction = (typeof s.auditAction.enumValues)[number];

export interface AuditEntry {
  actor: Pick<Actor, "userId" | "unitId"> | null;
  action: AuditAction;
  entity: string;
  entityId: string | number | null;
  before?: unknown;
  after?: unknown;
  /** The unit the changed record belongs to, for filtering. Defaults to the actor's unit. */
  unitId?: number | null;
  note?: string;
}

function auditRow(entry: AuditEntry): typeof s.auditLog.$inferInsert {
  return {
    userId: entry.actor?.userId ?? null,
    unitId: entry.unitId ?? entry.actor?.unitId ?? null,
    action: entry.action,
    entity: entry.entity,
    entityId: entry.entityId === null ? null : String(entry.entityId),
    before: entry.before ?? null,
    after: entry.after ?? null,
    note: entry.note ?? null,
  };
}

/** Record a change in the same transaction as the change itself. */
export async function recordAudit(tx: DbOrTx, entry: AuditEntry): Promise<void> {
  await tx.insert(s.auditLog).values(auditRow(entry));
}

/** An audit entry as the values of the placeholders of {@link auditInsertFrom}. */
export function auditParams(entry: AuditEntry): Record<string, string | number | null> {
  const row = auditRow(entry);
  return {
    auditUserId: row.userId ?? null,
    auditUnitId: row.unitId ?? null,
    auditAction: row.action,
    auditEntity: row.entity,
    auditEntityId: row.entityId ?? null,
    auditBefore: JSON.stringify(row.before ?? null),
    auditAfter: JSON.stringify(row.after ?? null),
    auditNote: row.note ?? null,
  };
}

/**
 * An audit entry written once for each row of the CTE `source` (none when the change wrote
 * nothing), in the same statement as the change; its values are {@link auditParams}'s placeholders.
 */
export function auditInsertFrom(source: string): SQL {
  const p = (name: string) => sql.placeholder(name);
  return insertSelect(s.auditLog, source, {
    userId: typed(p("auditUserId"), "integer"),
    unitId: typed(p("auditUnitId"), "integer"),
    action: typed(p("auditAction"), "audit_action"),
    entity: typed(p("auditEntity"), "text"),
    entityId: typed(p("auditEntityId"), "text"),
    before: typed(p("auditBefore"), "jsonb"),
    after: typed(p("auditAfter"), "jsonb"),
    note: typed(p("auditNote"), "text"),
  });
}

/** The audit trail with who and which unit, ready for a where clause. */
function auditRows(db: DbOrTx) {
  return db
    .select({
      id: s.auditLog.id,
      at: s.auditLog.at,
      action: s.auditLog.action,
      entity: s.auditLog.entity,
      entityId: s.auditLog.entityId,
      before: s.auditLog.before,
      after: s.auditLog.after,
      note: s.auditLog.note,
      username: s.users.username,
      fullName: s.users.fullName,
      unitName: s.units.name,
    })
    .from(s.auditLog)
    .leftJoin(s.users, eq(s.users.id, s.auditLog.userId))
    .leftJoin(s.units, eq(s.units.id, s.auditLog.unitId));
}

export interface AuditFilter {
  userId?: number;
  unitId?: number;
  entity?: string;
  entityId?: string;
  /** ISO dates, inclusive from, exclusive to the day after. */
  from?: string;
  to?: string;
  limit?: number;
}

export interface AuditRow {
  id: number;
  at: Date;
  action: AuditAction;
  entity: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
  note: string | null;
  username: string | null;
  fullName: string | null;
  unitName: string | null;
}

/** Browse the trail. Administrators see everything; Home Affairs officers what happened in their scope. */
export async function listAudit(db: DbOrTx, actor: Actor, filter: AuditFilter): Promise<AuditRow[]> {
  authorize(actor, { kind: "view-audit", unitId: filter.unitId ?? null });
  const where: SQL[] = [];
  if (!actor.roles.includes("quan-tri")) where.push(inArray(s.auditLog.unitId, [...actor.scope]));
  if (filter.userId) where.push(eq(s.auditLog.userId, filter.userId));
  if (filter.unitId) where.push(eq(s.auditLog.unitId, filter.unitId));
  if (filter.entity) where.push(eq(s.auditLog.entity, filter.entity));
  if (filter.entityId) where.push(eq(s.auditLog.entityId, filter.entityId));
  if (filter.from) where.push(gte(s.auditLog.at, new Date(`${filter.from}T00:00:00+07:00`)));
  if (filter.to) {
    const end = new Date(`${filter.to}T00:00:00+07:00`);
    end.setUTCDate(end.getUTCDate() + 1);
    where.push(lt(s.auditLog.at, end));
  }
  return auditRows(db)
    .where(where.length ? and(...where) : undefined)
    .orderBy(desc(s.auditLog.at), desc(s.auditLog.id))
    .limit(Math.min(filter.limit ?? 200, 1000));
}

/**
 * An entity's own history, for its page: anyone who may see the entity may see how it changed.
 * The caller has already checked that the actor may view it.
 */
export async function entityHistory(
  db: DbOrTx,
  refs: Array<{ entity: string; ids: Array<string | number> }>,
  limit = 50,
): Promise<AuditRow[]> {
  const conditions = refs
    .filter((r) => r.ids.length > 0)
    .map((r) => and(eq(s.auditLog.entity, r.entity), inArray(s.auditLog.entityId, r.ids.map(String)))!);
  if (conditions.length === 0) return [];
  return auditRows(db)
    .where(or(...conditions))
    .orderBy(desc(s.auditLog.at), desc(s.auditLog.id))
    .limit(limit);
}

/** Choices for the audit filters: the users and units the actor may filter by. */
export async function auditFilterOptions(db: DbOrTx, actor: Actor) {
  authorize(actor, { kind: "view-audit", unitId: null });
  const all = actor.roles.includes("quan-tri");
  const scope = [...actor.scope];
  const [users, units] = await Promise.all([
    db
      .select({ id: s.users.id, username: s.users.username, fullName: s.users.fullName })
      .from(s.users)
      .where(all ? undefined : inArray(s.users.unitId, scope))
      .orderBy(s.users.username),
    db
      .select({ id: s.units.id, name: s.units.name })
      .from(s.units)
      .where(all ? undefined : inArray(s.units.id, scope))
      .orderBy(s.units.position, s.units.id),
  ]);
  return { users, units };
}
