/**
 * Dates as Vietnamese write them: "10/12/2024" (day first). Returns the ISO date, or null when
 * the text is not a real date. Also accepts ISO "2024-12-10" (what a date picker sends).
 */
export function parseVnDate(text: string | null | undefined): string | null {
  if (!text) return null;
  const t = text.trim();
  let d: number, m: number, y: number;
  const vn = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t);
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  if (vn) [d, m, y] = [Number(vn[1]), Number(vn[2]), Number(vn[3])];
  else if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return date.toISOString().slice(0, 10);
}
