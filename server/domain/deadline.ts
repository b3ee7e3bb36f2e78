import { z } from "zod";

/**
 * A task's deadline, parsed from the text printed in a plan. Kinds:
 * - date: a fixed day ("Trước ngày 15/10/2023", "10/01/2025"), optionally a range start;
 * - yearly: a day that recurs every year of the plan ("Trước 20/12 hàng năm"); yearOffset -1 means
 *   the year before the plan year ("Trước 31/12 năm trước liền kề năm kế hoạch");
 * - period: a whole year ("Cả năm", "Hàng năm"), ongoing ("Thường xuyên") or months ("Tháng 9 năm 2023");
 * - rule: a deadline set by someone else's rules ("Theo quy định của Bộ Tư pháp");
 * - none: nothing printed.
 */
export const deadlineSchema = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("date"),
    date: z.iso.date(),
    startDate: z.iso.date().nullable(),
  }),
  z.object({
    kind: z.literal("yearly"),
    month: z.number().int().min(1).max(12),
    day: z.number().int().min(1).max(31),
    yearOffset: z.number().int().min(-1).max(0),
  }),
  z.object({
    kind: z.literal("period"),
    period: z.enum(["year", "ongoing", "months"]),
    /** Year of the months; null when it is the plan year. */
    year: z.number().int().nullable(),
    months: z.array(z.number().int().min(1).max(12)),
  }),
  z.object({
    kind: z.literal("rule"),
    /** Who sets it, as printed ("Bộ Tư pháp"), when the text says. */
    authority: z.string().nullable(),
  }),
  z.object({ kind: z.literal("none") }),
]);

export type Deadline = z.infer<typeof deadlineSchema>;
export type DeadlineKind = Deadline["kind"];

/** Lower-case, collapse spaces, unify dashes, so that the patterns below stay readable. */
function normalise(text: string): string {
  return text
    .normalize("NFC")
    .toLowerCase()
    .replace(/[–—]/g, "-")
    .replace(/\s+/g, " ")
    .replace(/[.;]+$/g, "")
    .trim();
}

function isoDate(year: number, month: number, day: number): string | null {
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

function fullYear(y: string): number {
  const n = Number(y);
  return y.length === 2 ? 2000 + n : n;
}

const DATE = String.raw`(\d{1,2})\s*/\s*(\d{1,2})\s*/\s*(\d{2,4})`;
const DAY_MONTH = String.raw`(\d{1,2})\s*/\s*(\d{1,2})`;

/**
 * Parse a printed deadline. A year the text leaves out ("Tháng 11") stays null: it is the plan
 * year, filled in when a due date is computed. Returns null only for text that names a date
 * that does not exist (31/02/2024), so that an import can show an error instead of guessing.
 */
export function parseDeadline(printed: string | null | undefined): Deadline | null {
  if (printed == null || printed.trim() === "") return { kind: "none" };
  const t = normalise(printed);

  // A range "19/02 - 29/02/2024" or "từ 19/02/2024 đến 29/02/2024": due at its end.
  const range = new RegExp(String.raw`(?:từ\s*(?:ngày\s*)?)?(\d{1,2})\s*/\s*(\d{1,2})(?:\s*/\s*(\d{2,4}))?\s*(?:-|đến)\s*(?:hết\s*)?(?:ngày\s*)?${DATE}`).exec(t);
  if (range) {
    const [, sd, sm, sy, ed, em, ey] = range;
    const endYear = fullYear(ey!);
    const end = isoDate(endYear, Number(em), Number(ed));
    const start = isoDate(sy ? fullYear(sy) : endYear, Number(sm), Number(sd));
    if (!end || !start) return null;
    return { kind: "date", date: end, startDate: start };
  }

  const full = new RegExp(DATE).exec(t);
  if (full) {
    const [, d, m, y] = full;
    const date = isoDate(fullYear(y!), Number(m), Number(d));
    return date ? { kind: "date", date, startDate: null } : null;
  }

  // "Tháng 9 năm 2023", "Tháng 10, 11 năm 2023", "Tháng 12/2023", "Tháng 11".
  const months = /^(?:trong\s+)?tháng\s+([\d,\s và-]+?)(?:\s*(?:năm|\/)\s*(\d{4}))?$/.exec(t);
  if (months) {
    const list = months[1]!
      .split(/[,\s]|và|-/)
      .filter((s) => s.trim() !== "")
      .map(Number);
    if (list.length === 0 || list.some((n) => !Number.isInteger(n) || n < 1 || n > 12)) return null;
    return { kind: "period", period: "months", year: months[2] ? Number(months[2]) : null, months: list };
  }
  const quarter = /^quý\s+(i{1,3}|iv|[1-4])(?:\s*(?:năm|\/)\s*(\d{4}))?$/.exec(t);
  if (quarter) {
    const q = ({ i: 1, ii: 2, iii: 3, iv: 4 } as Record<string, number>)[quarter[1]!] ?? Number(quarter[1]);
    return {
      kind: "period",
      period: "months",
      year: quarter[2] ? Number(quarter[2]) : null,
      months: [q * 3 - 2, q * 3 - 1, q * 3],
    };
  }

  // "Trước 20/12 hàng năm", "trước ngày 25/12 hàng năm", "Trước 31/12 năm trước liền kề năm kế hoạch".
  const dayMonth = new RegExp(DAY_MONTH).exec(t);
  if (dayMonth) {
    const [, d, m] = dayMonth;
    const day = Number(d);
    const month = Number(m);
    if (!isoDate(2024, month, day)) return null; // 2024 is a leap year: accepts 29/02.
    const yearOffset = /năm trước/.test(t) ? -1 : 0;
    return { kind: "yearly", month, day, yearOffset };
  }

  // "Đến năm 2018": by the end of that year.
  const byYear = /^(?:đến|trước|trong)\s+năm\s+(\d{4})$/.exec(t);
  if (byYear) return { kind: "date", date: `${byYear[1]}-12-31`, startDate: null };

  if (/^(cả năm|trong năm|trong năm kế hoạch|năm \d{4}|hàng năm|hằng năm)$/.test(t)) {
    const y = /^năm (\d{4})$/.exec(t);
    return { kind: "period", period: "year", year: y ? Number(y[1]) : null, months: [] };
  }
  // "Thường xuyên (trong thời hạn chậm nhất là 05 ngày ...)": ongoing, the rest is a note.
  if (/^(thường xuyên|liên tục)\b/.test(t)) {
    return { kind: "period", period: "ongoing", year: null, months: [] };
  }

  const rule = /^theo\s+(?:quy định|kế hoạch|hướng dẫn|chế độ|yêu cầu)/.exec(t);
  if (rule) {
    const who = /của\s+(.+)$/.exec(printed.trim().replace(/[.;]+$/, ""));
    return { kind: "rule", authority: who ? who[1]!.trim() : null };
  }

  // Anything else is still a deadline a person wrote: keep it as a rule in words.
  return { kind: "rule", authority: null };
}
