import { addDirection, directionInput, reportInput, reportOnTask } from "../services/tasks";
import { authedProcedure, router } from "../trpc";

export const tasksRouter = router({
  report: authedProcedure.input(reportInput).mutation(({ ctx, input }) => reportOnTask(ctx.db, ctx.actor, input)),
  direct: authedProcedure.input(directionInput).mutation(({ ctx, input }) => addDirection(ctx.db, ctx.actor, input)),
});
