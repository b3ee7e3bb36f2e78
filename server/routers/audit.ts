import { z } from "zod";
import { listAudit } from "../services/audit";
import { authedProcedure, router } from "../trpc";
import { zId, zIsoDate, zText } from "../validation/zod";

const isoDate = zIsoDate();

export const auditRouter = router({
  list: authedProcedure
    .input(
      z.object({
        userId: zId("Mã người dùng").optional(),
        unitId: zId("Mã đơn vị").optional(),
        entity: zText("Loại bản ghi", { max: 50 }).optional(),
        entityId: zText("Mã bản ghi", { max: 50 }).optional(),
        from: isoDate.optional(),
        to: isoDate.optional(),
        limit: z.number().int().min(1).max(1000).optional(),
      }),
    )
    .query(({ ctx, input }) => listAudit(ctx.db, ctx.actor, input)),
});
