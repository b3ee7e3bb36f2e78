import { todayInVietnam } from "../clock";
import { z } from "zod";
import { getDashboard } from "../services/dashboard";
import { getRanking } from "../services/ranking";
import { authedProcedure, router } from "../trpc";

const isoDate = z.iso.date("Ngày không hợp lệ.");

export const dashboardRouter = router({
  get: authedProcedure
    .input(z.object({ unitCode: z.string().max(200).optional(), year: z.number().int().min(2000).max(2100).optional(), asOf: isoDate.optional() }))
    .query(({ ctx, input }) => getDashboard(ctx.db, ctx.actor, { ...input, today: todayInVietnam() })),
  ranking: authedProcedure
    .input(
      z.object({
        kind: z.enum(["province", "provincial-agency", "vertical-agency", "district", "commune"]),
        groupKey: z.string().max(200).optional(),
        year: z.number().int().min(2000).max(2100).optional(),
        componentKey: z.string().max(50).default("tong"),
      }),
    )
    .query(({ ctx, input }) => getRanking(ctx.db, ctx.actor, input)),
});
