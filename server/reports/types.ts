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

/** One entry per component, with all its reasons (see domain/report-tally groupFlags). */
export interface ReportFlag {
  component: string;
  severity: "high" | "medium" | "low";
  reasons: string[];
}

/** Task counts; a task falls in exactly one of the six columns. */
export interface ReportLeadRow {
  unitName: string;
  total: number;
  doneOnTime: number;
  doneLate: number;
  inProgress: number;
  notStarted: number;
  overdue: number;
  notDone: number;
}

/** A row of the table of all tasks, as it stood at the cut-off. */
export interface ReportTaskRow {
  ordinal: string | null;
  title: string;
  lead: string;
  /** "Chưa thực hiện", "Đang thực hiện", … as the task's status was, not re-worded. */
  status: string;
  progress: number;
  evidenceCount: number;
  /** Day of the last report by a participating unit (YYYY-MM-DD), or null. */
  lastUpdate: string | null;
  /** Due date in the report's year, if the task has one. */
  due: string | null;
  overdue: boolean;
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

/** Who issues the report: the plan's government (UBND) or its Home Affairs office. */
export type ReportIssuerKind = "government" | "home-affairs";

export interface ReportData {
  /**
   * Header block, per Nghị định 30/2020/NĐ-CP Phụ lục I: the managing body above (only for an
   * office: "UBND HUYỆN TAM ĐƯỜNG" over "PHÒNG NỘI VỤ"), the issuing body in bold.
   */
  issuer: { kind: ReportIssuerKind; parentName: string | null; name: string; government: string; homeAffairs: string | null };
  number: string | null;
  /** "BC-UBND" or "BC-NV", after the number. */
  numberSuffix: string;
  place: string;
  /** Issue date chosen by the officer (YYYY-MM-DD), or null: the date line is left to fill in. */
  date: string | null;
  title: string;
  plan: { number: string | null; date: string | null; datePrinted: string | null; issuer: string; title: string };
  period: { kind: ReportPeriod; label: string; year: number; from: string; to: string };
  components: ReportComponentRow[];
  flags: ReportFlag[];
  /** The day every figure of the report rests on: the period end (or today, before it). */
  cutoff: { date: string; laterUpdates: number; laterEvidence: number };
  byLead: ReportLeadRow[];
  /** Each task counted once, whatever its number of lead units. */
  totals: ReportLeadRow;
  tasks: ReportTaskRow[];
  overdue: ReportOverdueTask[];
  evidence: ReportEvidenceRow[];
  sections: ReportSections;
  recipients: string[];
  signer: { title: string; name: string | null };
}
