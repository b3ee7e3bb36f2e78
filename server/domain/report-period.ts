import type { ReportPeriod } from "../reports/types";

/**
 * Reporting periods and their data cut-offs: every period of a year starts on 15/12 of the
 * year before; quý I closes on 14/3, 6 tháng on 14/6, quý III on 14/9, năm on 14/12.
 */
export const REPORT_PERIODS: ReadonlyArray<{ kind: ReportPeriod; label: string; month: number }> = [
  { kind: "quy-1", label: "Quý I", month: 3 },
  { kind: "6-thang", label: "6 tháng", month: 6 },
  { kind: "quy-3", label: "Quý III", month: 9 },
  { kind: "nam", label: "Năm", month: 12 },
];

export function reportPeriod(kind: ReportPeriod, year: number): { kind: ReportPeriod; label: string; year: number; from: string; to: string } {
  const p = REPORT_PERIODS.find((x) => x.kind === kind);
  if (!p) throw new Error(`unknown period ${kind}`);
  return { kind, label: p.label, year, from: `${year - 1}-12-15`, to: `${year}-${String(p.month).padStart(2, "0")}-14` };
}

/** The period a date falls in (for the default choice): the first whose cut-off is on or after it. */
export function periodAt(date: string): { kind: ReportPeriod; year: number } {
  const y = Number(date.slice(0, 4));
  const md = date.slice(5);
  if (md >= "12-15") return { kind: "quy-1", year: y + 1 };
  const p = REPORT_PERIODS.find((x) => md <= `${String(x.month).padStart(2, "0")}-14`)!;
  return { kind: p.kind, year: y };
}
