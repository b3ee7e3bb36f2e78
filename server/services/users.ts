import { and, asc, eq, inArray } from "drizzle-orm";
import { z } from "zod";
import type { DbOrTx, Db } from "../../db/client";
import * as s from "../../db/schema";
import { hashPassword, verifyPassword } from "../auth/passwords";
import { deleteUserSessions } from "../auth/sessions";
import { passwordProblem } from "../domain/password-policy";
import type { Actor } from "../domain/permissions";
import { ROLES, type Role } from "../domain/roles";
import { authorize } from "./actor";
import { recordAudit } from "./audit";
import { badRequest, conflict, notFound } from "./errors";

export const usernameSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9][a-z0-9._-]{2,63}$/, "Tên đăng nhập gồm 3-64 ký tự: chữ thường không dấu, số, dấu chấm, gạch ngang.");

export const newUserSchema = z.object({
  username: usernameSchema,
  fullName: z.string().trim().min(2, "Vui lòng nhập họ và tên.").max(120, "Họ và tên quá dài."),
  unitCode: z.string().min(1, "Vui lòng chọn đơn vị."),
  roles: z.array(z.enum(ROLES)).min(1, "Vui lòng chọn ít nhất một vai trò."),
  password: z.string(),
});
export type NewUser = z.infer<typeof newUserSchema>;

export interface UserRow {
  id: number;
  username: string;
  fullName: string;
  unitCode: string;
  unitName: string;
  roles: Role[];
  disabled: boolean;
  isDemo: boolean;
  mustChangePassword: boolean;
  lastLoginAt: Date | null;
}

function publicUser(u: { id: number; username: string; fullName: string; unitId: number; disabled: boolean }, roles: Role[]) {
  return { id: u.id, username: u.username, fullName: u.fullName, unitId: u.unitId, disabled: u.disabled, roles };
}

export async function listUsers(db: DbOrTx, actor: Actor): Promise<UserRow[]> {
  authorize(actor, { kind: "manage-users" });
  const rows = await db
    .select({
      id: s.users.id,
      username: s.users.username,
      fullName: s.users.fullName,
      unitCode: s.units.code,
      unitName: s.units.name,
      disabled: s.users.disabled,
      isDemo: s.users.isDemo,
      mustChangePassword: s.users.mustChangePassword,
      lastLoginAt: s.users.lastLoginAt,
    })
    .from(s.users)
    .innerJoin(s.units, eq(s.units.id, s.users.unitId))
    .orderBy(asc(s.users.username));
  const roles = rows.length
    ? await db.select().from(s.userRoles).where(inArray(s.userRoles.userId, rows.map((r) => r.id)))
    : [];
  return rows.map((r) => ({ ...r, roles: roles.filter((x) => x.userId === r.id).map((x) => x.role as Role) }));
}

async function unitIdByCode(db: DbOrTx, code: string): Promise<number> {
  const [u] = await db.select({ id: s.units.id }).from(s.units).where(eq(s.units.code, code));
  if (!u) throw badRequest("Đơn vị không tồn tại.");
  return u.id;
}

/** Insert a user without permission checks: for start-up (demo accounts) and the first administrator. */
export async function insertUser(
  tx: DbOrTx,
  input: NewUser & { isDemo?: boolean; mustChangePassword?: boolean; passwordHash?: string },
): Promise<number> {
  const unitId = await unitIdByCode(tx, input.unitCode);
  const [row] = await tx
    .insert(s.users)
    .values({
      username: input.username,
      fullName: input.fullName,
      unitId,
      // A hash given by the caller is the demo accounts' one hash of their public password.
      passwordHash: input.passwordHash ?? (await hashPassword(input.password)),
      isDemo: input.isDemo ?? false,
      mustChangePassword: input.mustChangePassword ?? false,
    })
    .returning({ id: s.users.id });
  await tx.insert(s.userRoles).values([...new Set(input.roles)].map((role) => ({ userId: row!.id, role })));
  return row!.id;
}

export async function createUser(db: Db, actor: Actor, raw: unknown): Promise<{ id: number }> {
  authorize(actor, { kind: "manage-users" });
  const input = newUserSchema.parse(raw);
  const problem = passwordProblem(input.password, input.username);
  if (problem) throw badRequest(problem);
  return db.transaction(async (tx) => {
    const [taken] = await tx.select({ id: s.users.id }).from(s.users).where(eq(s.users.username, input.username));
    if (taken) throw conflict(`Tên đăng nhập "${input.username}" đã có người dùng.`);
    // The administrator sets a first password; the user replaces it at first log-in.
    const id = await insertUser(tx, { ...input, mustChangePassword: true });
    const [unit] = await tx.select({ id: s.units.id, name: s.units.name }).from(s.units).where(eq(s.units.code, input.unitCode));
    await recordAudit(tx, {
      actor,
      action: "create",
      entity: "user",
      entityId: id,
      unitId: unit!.id,
      after: { username: input.username, fullName: input.fullName, unit: unit!.name, roles: input.roles },
    });
    return { id };
  });
}

async function loadUser(tx: DbOrTx, userId: number) {
  const [u] = await tx.select().from(s.users).where(eq(s.users.id, userId));
  if (!u) throw notFound("Không tìm thấy người dùng.");
  const roles = (await tx.select({ role: s.userRoles.role }).from(s.userRoles).where(eq(s.userRoles.userId, userId))).map(
    (r) => r.role as Role,
  );
  return { user: u, roles };
}

export async function setUserDisabled(db: Db, actor: Actor, userId: number, disabled: boolean): Promise<void> {
  authorize(actor, { kind: "manage-users" });
  if (userId === actor.userId && disabled) throw badRequest("Bạn không thể tự khóa tài khoản của mình.");
  await db.transaction(async (tx) => {
    const { user, roles } = await loadUser(tx, userId);
    if (user.disabled === disabled) return;
    await tx.update(s.users).set({ disabled }).where(eq(s.users.id, userId));
    if (disabled) await deleteUserSessions(tx, userId);
    await recordAudit(tx, {
      actor,
      action: "update",
      entity: "user",
      entityId: userId,
      unitId: user.unitId,
      before: publicUser(user, roles),
      after: publicUser({ ...user, disabled }, roles),
      note: disabled ? "Khóa tài khoản" : "Mở khóa tài khoản",
    });
  });
}

export async function changeUserUnitAndRoles(
  db: Db,
  actor: Actor,
  raw: { userId: number; unitCode: string; roles: Role[] },
): Promise<void> {
  authorize(actor, { kind: "manage-users" });
  const input = z
    .object({ userId: z.number().int().positive(), unitCode: z.string().min(1, "Vui lòng chọn đơn vị."), roles: z.array(z.enum(ROLES)).min(1, "Vui lòng chọn ít nhất một vai trò.") })
    .parse(raw);
  if (input.userId === actor.userId && !input.roles.includes("quan-tri")) {
    throw badRequest("Bạn không thể tự bỏ vai trò quản trị của mình.");
  }
  await db.transaction(async (tx) => {
    const { user, roles } = await loadUser(tx, input.userId);
    const unitId = await unitIdByCode(tx, input.unitCode);
    await tx.update(s.users).set({ unitId }).where(eq(s.users.id, user.id));
    await tx.delete(s.userRoles).where(eq(s.userRoles.userId, user.id));
    const next = [...new Set(input.roles)];
    await tx.insert(s.userRoles).values(next.map((role) => ({ userId: user.id, role })));
    // New rights take effect at the next log-in: end current sessions.
    await deleteUserSessions(tx, user.id);
    await recordAudit(tx, {
      actor,
      action: "update",
      entity: "user",
      entityId: user.id,
      unitId,
      before: publicUser(user, roles),
      after: publicUser({ ...user, unitId }, next),
      note: "Đổi đơn vị, vai trò",
    });
  });
}

export async function resetPassword(db: Db, actor: Actor, userId: number, newPassword: string): Promise<void> {
  authorize(actor, { kind: "manage-users" });
  await db.transaction(async (tx) => {
    const { user } = await loadUser(tx, userId);
    const problem = passwordProblem(newPassword, user.username);
    if (problem) throw badRequest(problem);
    await tx
      .update(s.users)
      .set({ passwordHash: await hashPassword(newPassword), mustChangePassword: true })
      .where(eq(s.users.id, userId));
    await deleteUserSessions(tx, userId);
    await recordAudit(tx, { actor, action: "update", entity: "user", entityId: userId, unitId: user.unitId, note: "Đặt lại mật khẩu" });
  });
}

export async function changeOwnPassword(
  db: Db,
  actor: Actor,
  input: { current: string; next: string; confirm: string },
  keepSessionTokenHash: string | null,
): Promise<void> {
  await db.transaction(async (tx) => {
    const { user } = await loadUser(tx, actor.userId);
    if (!(await verifyPassword(input.current, user.passwordHash))) throw badRequest("Mật khẩu hiện tại không đúng.");
    if (input.next !== input.confirm) throw badRequest("Mật khẩu nhập lại không khớp.");
    if (input.next === input.current) throw badRequest("Mật khẩu mới phải khác mật khẩu hiện tại.");
    const problem = passwordProblem(input.next, user.username);
    if (problem) throw badRequest(problem);
    await tx
      .update(s.users)
      .set({ passwordHash: await hashPassword(input.next), mustChangePassword: false })
      .where(eq(s.users.id, user.id));
    // Other sessions (another browser, a lost phone) end; this one stays.
    const others = await tx.select({ tokenHash: s.sessions.tokenHash }).from(s.sessions).where(eq(s.sessions.userId, user.id));
    const drop = others.map((o) => o.tokenHash).filter((h) => h !== keepSessionTokenHash);
    if (drop.length) await tx.delete(s.sessions).where(and(eq(s.sessions.userId, user.id), inArray(s.sessions.tokenHash, drop)));
    await recordAudit(tx, { actor, action: "update", entity: "user", entityId: user.id, unitId: user.unitId, note: "Đổi mật khẩu" });
  });
}
