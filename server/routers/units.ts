import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { getUnitPage, listUnitTree } from "../services/units";
import { publicProcedure, router } from "../trpc";

export const unitsRouter = router({
  tree: publicProcedure.query(({ ctx }) => listUnitTree(ctx.db)),
  byCode: publicProcedure.input(z.object({ code: z.string().min(1).max(200) })).query(async ({ ctx, input }) => {
    const page = await getUnitPage(ctx.db, input.code);
    if (!page) throw new TRPCError({ code: "NOT_FOUND", message: "Không tìm thấy đơn vị." });
    return page;
  }),
});
