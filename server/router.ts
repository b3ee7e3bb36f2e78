import { auditRouter } from "./routers/audit";
import { cyclesRouter } from "./routers/cycles";
import { dashboardRouter } from "./routers/dashboard";
import { plansRouter } from "./routers/plans";
import { tasksRouter } from "./routers/tasks";
import { unitsRouter } from "./routers/units";
import { usersRouter } from "./routers/users";
import { router } from "./trpc";

export const appRouter = router({
  units: unitsRouter,
  plans: plansRouter,
  tasks: tasksRouter,
  users: usersRouter,
  audit: auditRouter,
  dashboard: dashboardRouter,
  cycles: cyclesRouter,
});

export type AppRouter = typeof appRouter;
