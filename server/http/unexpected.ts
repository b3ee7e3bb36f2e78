import { randomBytes } from "node:crypto";

/**
 * Unexpected errors: the client gets a Vietnamese message with an error id; the log gets the id
 * and what went wrong, never the values a query carried (drizzle puts them in its message:
 * password hashes, session token hashes, whatever the user typed).
 */

export function newErrorId(): string {
  return randomBytes(4).toString("hex").toUpperCase();
}

export function unexpectedMessage(errorId: string): string {
  return `Đã có lỗi ngoài dự kiến, thao tác chưa được thực hiện. Vui lòng thử lại sau; nếu lỗi lặp lại, báo quản trị hệ thống mã lỗi ${errorId}.`;
}

export const invalidInputMessage = "Dữ liệu gửi lên không hợp lệ (có ký tự hoặc con số không lưu được). Hãy kiểm tra lại rồi gửi lại.";

interface PgLike {
  code?: unknown;
  message?: unknown;
}

function pgCause(error: unknown): PgLike | null {
  let e: unknown = error;
  for (let i = 0; i < 5 && e && typeof e === "object"; i++) {
    const code = (e as PgLike).code;
    if (typeof code === "string" && /^[0-9A-Z]{5}$/.test(code)) return e as PgLike;
    e = (e as { cause?: unknown }).cause;
  }
  return null;
}

/**
 * Postgres refused the values themselves (class 22 data exceptions, or an index row too large):
 * input that got past validation. The client made the mistake, so a 400, not a 500.
 */
export function isInvalidInputError(error: unknown): boolean {
  const code = pgCause(error)?.code;
  return typeof code === "string" && (code.startsWith("22") || code === "54000");
}

const SECRET_PATTERNS: RegExp[] = [
  /scrypt\$[^\s,"')]+/g, // password hashes
  /\b[0-9a-f]{64}\b/gi, // sha-256 hex (session token hashes)
  /\b[A-Za-z0-9_-]{43}\b/g, // 32-byte base64url tokens
];

export function redact(text: string): string {
  return SECRET_PATTERNS.reduce((t, re) => t.replace(re, "[ẩn]"), text);
}

/** One safe log line (plus a stack without the message) for an error. */
export function describeForLog(error: unknown): string {
  if (!(error instanceof Error)) return redact(String(error)).slice(0, 2000);
  const parts: string[] = [];
  const query = (error as { query?: unknown }).query;
  if (typeof query === "string") {
    // drizzle's DrizzleQueryError: keep the SQL (placeholders only), drop the parameters.
    parts.push(`${error.name}: Failed query: ${query.slice(0, 1000)}`);
  } else {
    parts.push(`${error.name}: ${error.message.split("\nparams:")[0]}`);
  }
  const pg = pgCause(error);
  if (pg && pg !== error) parts.push(`cause: ${String(pg.code)} ${String(pg.message ?? "")}`);
  const frames = (error.stack ?? "").split("\n").filter((l) => l.trimStart().startsWith("at ")).slice(0, 8);
  return redact([...parts, ...frames].join("\n"));
}

/** Log an unexpected error under a new id; returns the id for the client's message. */
export function logUnexpected(error: unknown, where: string): string {
  const errorId = newErrorId();
  console.error(`[lỗi ${errorId}] ${where}: ${describeForLog(error)}`);
  return errorId;
}
