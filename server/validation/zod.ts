import { z } from "zod";
import { isStorableText } from "./text";

/**
 * The shared boundary checks: ids, text and dates as every tRPC input and page action takes them,
 * so what passes here can never make the database fail (a NUL, a lone surrogate, an id past
 * Postgres's integer). zod's own messages are Vietnamese once `configureZod` has run: at server
 * start (server/startup.ts) and when the tRPC router loads. Not at this module's load: route
 * modules import it, and a side effect here would pull zod into the browser bundle.
 */
export function configureZod(): void {
  z.config(z.locales.vi());
}

/** Postgres `integer`: ids never go past this. */
export const MAX_ID = 2_147_483_647;

/** A row id sent as a number (tRPC, JSON). */
export function zId(label = "Mã bản ghi") {
  return z
    .number({ error: `${label} phải là một số.` })
    .int(`${label} không hợp lệ.`)
    .positive(`${label} không hợp lệ.`)
    .max(MAX_ID, `${label} không hợp lệ.`);
}

/** A row id sent as text (a URL segment, a query string, a form field). */
export function zIdText(label = "Mã bản ghi") {
  return z
    .string({ error: `${label} không hợp lệ.` })
    .trim()
    .regex(/^\d{1,10}$/, `${label} không hợp lệ.`)
    .transform(Number)
    .pipe(zId(label));
}

/** Free text: trimmed, capped, and only what the database can store. */
export function zText(label: string, options: { max: number; min?: number; minMessage?: string }) {
  let schema = z.string({ error: `${label}: cần nhập chữ.` }).trim();
  if (options.min) schema = schema.min(options.min, options.minMessage ?? `Vui lòng nhập ${label.toLowerCase()}.`);
  return schema
    .max(options.max, `${label} quá dài (tối đa ${options.max.toLocaleString("vi-VN")} ký tự).`)
    .refine(isStorableText, `${label} có ký tự không hợp lệ.`);
}

/** A code or key (unit, plan, component): short, no spaces around, storable. */
export function zCode(label = "Mã") {
  return z
    .string({ error: `${label} không hợp lệ.` })
    .trim()
    .min(1, `Thiếu ${label.toLowerCase()}.`)
    .max(200, `${label} không hợp lệ.`)
    .refine(isStorableText, `${label} không hợp lệ.`);
}

/** A calendar date as yyyy-mm-dd. */
export function zIsoDate(label = "Ngày") {
  return z.iso.date(`${label} không hợp lệ.`);
}

/** Does any string anywhere in this value (a parsed request body) hold text the database cannot store? */
export function hasUnstorableText(value: unknown, depth = 0): boolean {
  if (depth > 20) return false;
  if (typeof value === "string") return !isStorableText(value);
  if (Array.isArray(value)) return value.some((v) => hasUnstorableText(v, depth + 1));
  if (value && typeof value === "object") {
    return Object.entries(value).some(([k, v]) => !isStorableText(k) || hasUnstorableText(v, depth + 1));
  }
  return false;
}

export const invalidTextMessage = "Dữ liệu gửi lên có ký tự không hợp lệ (ký tự rỗng hoặc ký tự hỏng). Hãy gõ lại rồi gửi lại.";
