import { z } from "zod";
import { listAudit } from "../services/audit";
import { authedProcedure, router } from "../trpc";

const isoDate = z.iso.date("Ngày không hợp lệ.");

export const auditRouter = router({
  list: authedProcedure
    .input(
      z.object({
        userId: z.number().int().positive().optional(),
        unitId: z.number().int().positive().optional(),
        entity: z.string().max(50).optional(),
        entityId: z.string().max(50).optional(),
        from: isoDate.optional(),
        to: isoDate.optional(),
        limit: z.number().int().min(1).max(1000).optional(),
      }),
    )
    .query(({ ctx, input }) => listAudit(ctx.db, ctx.actor, input)),
});
