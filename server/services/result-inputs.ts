import { eq } from "drizzle-orm";
import { z } from "zod";
import type { DbOrTx } from "../../db/client";
import * as s from "../../db/schema";
import { parseVnNumber } from "../domain/results-import";
import { zId } from "../validation/zod";
import { badRequest } from "./errors";

/** Form inputs shared by results and targets (results.ts, targets.ts): numbers as typed, years, units. */

/** Forms send numbers as typed ("76,17"), API callers as numbers: accept both. */
export function vnNumber(label: string, allowPercentSign = false) {
  return z
    .union([z.number(), z.string(), z.null()], { error: `${label} phải là một số.` })
    .optional()
    .transform((v, ctx): number | null => {
      const parsed = parseVnNumber(v ?? null, allowPercentSign);
      if (!parsed.ok) {
        ctx.addIssue({ code: "custom", message: `${label} phải là một số, ví dụ 76,17.` });
        return z.NEVER;
      }
      return parsed.value === null ? null : Math.round(parsed.value * 100) / 100;
    });
}

export const yearSchema = z.coerce
  .number({ error: "Năm phải là một số, ví dụ 2024." })
  .int("Năm phải là số nguyên.")
  .min(2000, "Năm phải từ 2000 đến 2100.")
  .max(2100, "Năm phải từ 2000 đến 2100.");

export const unitCodeSchema = z.string({ error: "Vui lòng chọn đơn vị." }).trim().min(1, "Vui lòng chọn đơn vị.");
export const componentKeySchema = z
  .string({ error: "Vui lòng chọn chỉ số thành phần." })
  .trim()
  .min(1, "Vui lòng chọn chỉ số thành phần.");

export function optionalText(max: number, label: string) {
  return z
    .string()
    .trim()
    .max(max, `${label} quá dài (tối đa ${max} ký tự).`)
    .nullish()
    .transform((v) => (v ? v : null));
}

export const idInput = z.object({ id: zId() });

export async function unitByCode(tx: DbOrTx, code: string) {
  const [unit] = await tx
    .select({ id: s.units.id, code: s.units.code, name: s.units.name })
    .from(s.units)
    .where(eq(s.units.code, code));
  if (!unit) throw badRequest(`Không tìm thấy đơn vị có mã "${code}".`);
  return unit;
}

export async function requireComponent(tx: DbOrTx, key: string): Promise<void> {
  const [c] = await tx.select({ key: s.components.key }).from(s.components).where(eq(s.components.key, key));
  if (!c) throw badRequest(`Không tìm thấy chỉ số thành phần có mã "${key}".`);
}
