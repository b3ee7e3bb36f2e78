import { plansRouter } from "./routers/plans";
import { unitsRouter } from "./routers/units";
import { router } from "./trpc";

export const appRouter = router({
  units: unitsRouter,
  plans: plansRouter,
});

export type AppRouter = typeof appRouter;
