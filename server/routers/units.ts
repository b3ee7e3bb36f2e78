import { z } from "zod";
import { closeUnit, createProvinces, createUnit, loadProvinces, mergeUnit, moveUnit } from "../services/unit-admin";
import { getUnitPage, listUnitTree, unitUpdateInput, updateUnit } from "../services/units";
import { authedProcedure, router } from "../trpc";
import { zCode } from "../validation/zod";

// Inputs are parsed by the services' zod schemas (Vietnamese messages); `z.unknown()` passes them through.
export const unitsRouter = router({
  tree: authedProcedure.query(({ ctx }) => listUnitTree(ctx.db, ctx.actor)),
  byCode: authedProcedure
    .input(z.object({ code: zCode("Mã đơn vị") }))
    .query(({ ctx, input }) => getUnitPage(ctx.db, ctx.actor, input.code)),
  update: authedProcedure.input(unitUpdateInput).mutation(({ ctx, input }) => updateUnit(ctx.db, ctx.actor, input)),
  create: authedProcedure.input(z.unknown()).mutation(({ ctx, input }) => createUnit(ctx.db, ctx.actor, input)),
  move: authedProcedure.input(z.unknown()).mutation(({ ctx, input }) => moveUnit(ctx.db, ctx.actor, input)),
  close: authedProcedure.input(z.unknown()).mutation(({ ctx, input }) => closeUnit(ctx.db, ctx.actor, input)),
  merge: authedProcedure.input(z.unknown()).mutation(({ ctx, input }) => mergeUnit(ctx.db, ctx.actor, input)),
  createProvinces: authedProcedure.input(z.unknown()).mutation(({ ctx, input }) => createProvinces(ctx.db, ctx.actor, input)),
  loadProvinces: authedProcedure.mutation(({ ctx }) => loadProvinces(ctx.db, ctx.actor)),
});
