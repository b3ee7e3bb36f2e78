import { todayInVietnam } from "../clock";
import { z } from "zod";
import { getPlanPage, listPlans } from "../services/plans";
import { authedProcedure, router } from "../trpc";

export const plansRouter = router({
  list: authedProcedure.query(({ ctx }) => listPlans(ctx.db, ctx.actor)),
  byCode: authedProcedure
    .input(z.object({ code: z.string().min(1).max(200) }))
    .query(({ ctx, input }) =>
      getPlanPage(ctx.db, ctx.actor, input.code, { today: todayInVietnam() }),
    ),
});
