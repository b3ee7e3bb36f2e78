import { initTRPC } from "@trpc/server";
import type { Db } from "../db/client";

export interface Context {
  db: Db;
}

const t = initTRPC.context<Context>().create();

export const router = t.router;
/** Open to every signed-in user; roles narrow it in later procedures. */
export const publicProcedure = t.procedure;
