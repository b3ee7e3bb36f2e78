import { z } from "zod";
import { ROLES } from "../domain/roles";
import {
  changeOwnPassword,
  changeUserUnitAndRoles,
  createUser,
  listUsers,
  newUserSchema,
  resetPassword,
  setUserDisabled,
} from "../services/users";
import { authedProcedure, router } from "../trpc";
import { zCode, zId } from "../validation/zod";

const userId = zId("Mã người dùng");

export const usersRouter = router({
  list: authedProcedure.query(({ ctx }) => listUsers(ctx.db, ctx.actor)),
  create: authedProcedure.input(newUserSchema).mutation(({ ctx, input }) => createUser(ctx.db, ctx.actor, input)),
  setDisabled: authedProcedure
    .input(z.object({ userId, disabled: z.boolean() }))
    .mutation(({ ctx, input }) => setUserDisabled(ctx.db, ctx.actor, input.userId, input.disabled)),
  changeUnitAndRoles: authedProcedure
    .input(z.object({ userId, unitCode: zCode("Mã đơn vị"), roles: z.array(z.enum(ROLES)) }))
    .mutation(({ ctx, input }) => changeUserUnitAndRoles(ctx.db, ctx.actor, input)),
  resetPassword: authedProcedure
    .input(z.object({ userId, password: z.string().max(1000) }))
    .mutation(({ ctx, input }) => resetPassword(ctx.db, ctx.actor, input.userId, input.password)),
  changeOwnPassword: authedProcedure
    .input(z.object({ current: z.string().max(1000), next: z.string().max(1000), confirm: z.string().max(1000) }))
    .mutation(({ ctx, input }) => changeOwnPassword(ctx.db, ctx.actor, input, ctx.tokenHash)),
  me: authedProcedure.query(({ ctx }) => ({
    username: ctx.actor.username,
    fullName: ctx.actor.fullName,
    unitCode: ctx.actor.unitCode,
    unitName: ctx.actor.unitName,
    roles: ctx.actor.roles,
  })),
});
