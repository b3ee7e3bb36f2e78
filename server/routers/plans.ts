import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { getPlanPage, listPlans } from "../services/plans";
import { publicProcedure, router } from "../trpc";

export const plansRouter = router({
  list: publicProcedure.query(({ ctx }) => listPlans(ctx.db)),
  byCode: publicProcedure.input(z.object({ code: z.string().min(1).max(200) })).query(async ({ ctx, input }) => {
    const page = await getPlanPage(ctx.db, input.code);
    if (!page) throw new TRPCError({ code: "NOT_FOUND", message: "Không tìm thấy kế hoạch." });
    return page;
  }),
});
