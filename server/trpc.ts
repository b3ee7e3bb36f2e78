import { initTRPC, TRPCError } from "@trpc/server";
import { ZodError } from "zod";
import type { Db } from "../db/client";
import type { SessionUser } from "./services/actor";
import { ServiceError } from "./services/errors";

export interface Context {
  db: Db;
  actor: SessionUser | null;
  /** Hash of the current session token (to keep it when the password changes). */
  tokenHash: string | null;
}

const t = initTRPC.context<Context>().create({
  errorFormatter({ shape, error }) {
    const cause = error.cause;
    const details = cause instanceof ServiceError ? cause.details : undefined;
    return { ...shape, data: { ...shape.data, details: details ?? null } };
  },
});

/** First Zod issue as the message: zod messages in our schemas are Vietnamese. */
function zodMessage(e: ZodError): string {
  return e.issues[0]?.message ?? "Dữ liệu không hợp lệ.";
}

/** Services throw ServiceError and ZodError; tRPC answers with its codes and the Vietnamese message. */
const mapErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok) {
    const cause = result.error.cause;
    if (cause instanceof ServiceError) {
      throw new TRPCError({ code: cause.code, message: cause.message, cause });
    }
    if (cause instanceof ZodError) {
      throw new TRPCError({ code: "BAD_REQUEST", message: zodMessage(cause), cause });
    }
  }
  return result;
});

export const router = t.router;

/** Every procedure needs a signed-in user. */
export const authedProcedure = t.procedure.use(mapErrors).use(({ ctx, next }) => {
  if (!ctx.actor) throw new TRPCError({ code: "UNAUTHORIZED", message: "Phiên đăng nhập đã hết hạn. Vui lòng đăng nhập lại." });
  return next({ ctx: { ...ctx, actor: ctx.actor } });
});
