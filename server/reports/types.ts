/**
 * The year-end (or periodic) report on an improvement plan, as plain data: the service fills it
 * from the database, the .docx, .xlsx and print views render it. Dates are ISO (YYYY-MM-DD);
 * numbers are numbers (formatting is the renderer's job: 76,17 %, 10/12/2024).
 */
export type ReportPeriod = "quy-1" | "6-thang" | "quy-3" | "nam";

export interface ReportComponentRow {
  /** Order as in the plan's table: 1, 2, … ; the total row last with ordinal null. */
  ordinal: number | null;
  name: string;
  isTotal: boolean;
  /** The previous year's result (e.g. 2023) and rank. */
  previousYear: number | null;
  previousScore: number | null;
  previousUnit: "percent" | "points" | null;
  previousRank: number | null;
  /** The target as the plan writes it ("Trên 75%") and its rank target ("3"). */
  targetPrinted: string | null;
  targetRankPrinted: string | null;
  /** This year's result, if already known (appraised, self-assessed or published). */
  resultScore: number | null;
  resultRank: number | null;
  resultSource: "published" | "appraised" | "self-assessed" | null;
  /** "Đạt", "Chưa đạt", "Chưa có kết quả". */
  verdict: "met" | "not-met" | "no-data" | "no-target";
  responsible: string;
}

export interface ReportFlag {
  component: string;
  severity: "high" | "medium" | "low";
  reason: string;
}

export interface ReportLeadRow {
  unitName: string;
  total: number;
  doneOnTime: number;
  doneLate: number;
  inProgress: number;
  overdue: number;
  notDone: number;
}

export interface ReportOverdueTask {
  ordinal: string | null;
  title: string;
  lead: string;
  due: string | null;
  status: string;
}

export interface ReportEvidenceRow {
  taskOrdinal: string | null;
  taskTitle: string;
  /** "Văn bản số 125/BC-TCKH ngày 05/11/2024 của Phòng Tài chính - Kế hoạch" or "Tệp bao-cao.pdf". */
  items: string[];
}

export interface ReportSections {
  danhGiaChung: string;
  tonTai: string;
  nhiemVuGiaiPhap: string;
  deXuat: string;
}

export interface ReportData {
  /** Header block, per Nghị định 30/2020/NĐ-CP. */
  issuer: { parentName: string | null; name: string };
  number: string | null;
  place: string;
  date: string;
  title: string;
  plan: { number: string | null; date: string | null; datePrinted: string | null; issuer: string; title: string };
  period: { kind: ReportPeriod; label: string; year: number; from: string; to: string };
  components: ReportComponentRow[];
  flags: ReportFlag[];
  byLead: ReportLeadRow[];
  overdue: ReportOverdueTask[];
  evidence: ReportEvidenceRow[];
  sections: ReportSections;
  recipients: string[];
  signer: { title: string; name: string | null };
}
