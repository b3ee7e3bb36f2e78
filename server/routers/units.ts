import { z } from "zod";
import { getUnitPage, listUnitTree, unitUpdateInput, updateUnit } from "../services/units";
import { authedProcedure, router } from "../trpc";
import { zCode } from "../validation/zod";

export const unitsRouter = router({
  tree: authedProcedure.query(({ ctx }) => listUnitTree(ctx.db, ctx.actor)),
  byCode: authedProcedure
    .input(z.object({ code: zCode("Mã đơn vị") }))
    .query(({ ctx, input }) => getUnitPage(ctx.db, ctx.actor, input.code)),
  update: authedProcedure.input(unitUpdateInput).mutation(({ ctx, input }) => updateUnit(ctx.db, ctx.actor, input)),
});
