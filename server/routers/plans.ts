import { todayInVietnam } from "../clock";
import { z } from "zod";
import { getPlanPage, listPlans } from "../services/plans";
import { authedProcedure, router } from "../trpc";
import { zCode } from "../validation/zod";

export const plansRouter = router({
  list: authedProcedure.query(({ ctx }) => listPlans(ctx.db, ctx.actor)),
  byCode: authedProcedure
    .input(z.object({ code: zCode("Mã kế hoạch") }))
    .query(({ ctx, input }) =>
      getPlanPage(ctx.db, ctx.actor, input.code, { today: todayInVietnam() }),
    ),
});
