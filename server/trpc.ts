import { initTRPC, TRPCError } from "@trpc/server";
import { ZodError } from "zod";
import type { Db } from "../db/client";
import { invalidInputMessage, isInvalidInputError, logUnexpected, unexpectedMessage } from "./http/unexpected";
import type { SessionUser } from "./services/actor";
import { ServiceError } from "./services/errors";
import { configureZod, hasUnstorableText, invalidTextMessage } from "./validation/zod";

configureZod();

export interface Context {
  db: Db;
  actor: SessionUser | null;
  /** Hash of the current session token (to keep it when the password changes). */
  tokenHash: string | null;
}

/** What tRPC itself answers (a body that is not JSON, an unknown procedure, ...), in Vietnamese. */
const transportMessages: Partial<Record<TRPCError["code"], string>> = {
  PARSE_ERROR: "Dữ liệu gửi lên không đọc được (không phải JSON hợp lệ).",
  BAD_REQUEST: "Yêu cầu không hợp lệ.",
  NOT_FOUND: "Không có thao tác này.",
  METHOD_NOT_SUPPORTED: "Thao tác này không nhận phương thức HTTP đó (truy vấn dùng GET, thay đổi dữ liệu dùng POST).",
  UNSUPPORTED_MEDIA_TYPE: "Định dạng dữ liệu gửi lên không được hỗ trợ; hãy gửi JSON.",
  PAYLOAD_TOO_LARGE: "Dữ liệu gửi lên quá lớn.",
  UNAUTHORIZED: "Phiên đăng nhập đã hết hạn. Vui lòng đăng nhập lại.",
  FORBIDDEN: "Bạn không có quyền thực hiện thao tác này.",
  TOO_MANY_REQUESTS: "Quá nhiều yêu cầu; vui lòng thử lại sau ít phút.",
};

const VIETNAMESE = /[\u00C0-\u01B0\u1EA0-\u1EF9]/;
const errorIds = new WeakMap<object, string>();

const t = initTRPC.context<Context>().create({
  errorFormatter({ shape, error, path }) {
    const cause = error.cause;
    const details = cause instanceof ServiceError ? cause.details : undefined;
    let message = shape.message;
    let errorId: string | null = null;
    if (error.code === "INTERNAL_SERVER_ERROR") {
      // Never the error's own text: drizzle's carries the SQL and its values.
      errorId = errorIds.get(error) ?? logUnexpected(cause ?? error, `tRPC ${path ?? "?"}`);
      errorIds.set(error, errorId);
      message = unexpectedMessage(errorId);
    } else if (cause instanceof ZodError) {
      message = zodMessage(cause);
    } else if (!(cause instanceof ServiceError) && !VIETNAMESE.test(message)) {
      message = transportMessages[error.code] ?? "Yêu cầu không hợp lệ.";
    }
    // No stack, no path to source files, whatever the mode.
    const { stack: _stack, ...data } = shape.data as typeof shape.data & { stack?: string };
    return { ...shape, message, data: { ...data, details: details ?? null, errorId } };
  },
});

/** First Zod issue as the message: ours are written in Vietnamese, zod's own come from its vi locale. */
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
    // Values the database refused that validation should have caught: the client's mistake.
    if (isInvalidInputError(cause)) {
      logUnexpected(cause, "tRPC (dữ liệu không hợp lệ lọt qua kiểm tra)");
      throw new TRPCError({ code: "BAD_REQUEST", message: invalidInputMessage });
    }
  }
  return result;
});

/** Text the database cannot store (NUL, a lone surrogate) is refused before any schema or service sees it. */
const storableInput = t.middleware(async ({ getRawInput, next }) => {
  // A procedure that takes no input may be called with no body: nothing to check then (a body
  // that is not JSON is refused by the procedure's own input parsing).
  const raw = await getRawInput().catch(() => undefined);
  if (hasUnstorableText(raw)) throw new TRPCError({ code: "BAD_REQUEST", message: invalidTextMessage });
  return next();
});

export const router = t.router;

/** What an account that must change its password may still call: changing it, and who am I. */
const ALLOWED_BEFORE_PASSWORD_CHANGE = new Set(["users.changeOwnPassword", "users.me"]);
export const mustChangePasswordMessage = "Bạn cần đổi mật khẩu trước khi tiếp tục: vào trang Tài khoản để đặt mật khẩu mới.";

/** Every procedure needs a signed-in user who has no pending forced password change (as pages do). */
export const authedProcedure = t.procedure
  .use(mapErrors)
  .use(({ ctx, path, next }) => {
    if (!ctx.actor) throw new TRPCError({ code: "UNAUTHORIZED", message: "Phiên đăng nhập đã hết hạn. Vui lòng đăng nhập lại." });
    if (ctx.actor.mustChangePassword && !ALLOWED_BEFORE_PASSWORD_CHANGE.has(path)) {
      throw new TRPCError({ code: "FORBIDDEN", message: mustChangePasswordMessage });
    }
    return next({ ctx: { ...ctx, actor: ctx.actor } });
  })
  .use(storableInput);
