/** Vietnamese number and date formatting: 76,17 %, 10/12/2024. */

const decimal = new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 2 });
const fixed2 = new Intl.NumberFormat("vi-VN", { minimumFractionDigits: 2, maximumFractionDigits: 2 });

export function formatNumber(n: number | null | undefined): string {
  return n == null ? "—" : decimal.format(n);
}

/** Points as printed with two decimals: 66,46. */
export function formatPoints(n: number | null | undefined): string {
  return n == null ? "—" : fixed2.format(n);
}

/** "76,17 %": a space before the sign, as Vietnamese typography writes it. */
export function formatPercent(n: number | null | undefined): string {
  return n == null ? "—" : `${decimal.format(n)} %`;
}

/** Signed difference: "+2,37", "−3,29". */
export function formatDelta(n: number | null | undefined): string {
  if (n == null) return "—";
  const s = decimal.format(Math.abs(n));
  return n > 0 ? `+${s}` : n < 0 ? `−${s}` : "0";
}

/** ISO date (YYYY-MM-DD) or Date to dd/mm/yyyy. */
export function formatDate(value: string | Date | null | undefined): string {
  if (value == null) return "—";
  const iso = typeof value === "string" ? value.slice(0, 10) : value.toISOString().slice(0, 10);
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : "—";
}

/** Rank with its "of how many": "4", "59/63". */
export function formatRank(rank: number | null | undefined, of?: number | null): string {
  if (rank == null) return "—";
  return of ? `${rank}/${of}` : String(rank);
}

const dateTime = new Intl.DateTimeFormat("vi-VN", {
  day: "2-digit",
  month: "2-digit",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  hour12: false,
  timeZone: "Asia/Ho_Chi_Minh",
});

/** "22/11/2026 14:05", in Vietnam time whatever the server's zone. */
export function formatDateTime(value: string | Date | null | undefined): string {
  if (value == null) return "—";
  const d = typeof value === "string" ? new Date(value) : value;
  if (Number.isNaN(d.getTime())) return "—";
  const parts = Object.fromEntries(dateTime.formatToParts(d).map((p) => [p.type, p.value]));
  return `${parts.day}/${parts.month}/${parts.year} ${parts.hour}:${parts.minute}`;
}
