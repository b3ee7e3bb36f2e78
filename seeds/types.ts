/**
 * Typed shape of the source documents as seed data.
 *
 * Each file in seeds/ transcribes one official document (or one province's unit list) into
 * these types. The loader (seeds/load.ts) turns them into rows idempotently: every seeded row
 * has a stable `code`, so running it twice changes nothing.
 *
 * Conventions:
 * - Texts are transcribed as printed, with obvious OCR slips fixed ("TTTHC" -> "TTHC",
 *   "Dàm bảo" -> "Đảm bảo") and Vietnamese diacritics kept. Numbers exactly as printed.
 * - Dates are ISO strings "YYYY-MM-DD"; a date left blank in the document is null.
 * - Units are referenced by their `code` (see units-*.ts).
 */

export type UnitKind =
  | "province" // UBND tỉnh
  | "provincial-agency" // sở, ban, ngành tỉnh
  | "vertical-agency" // cơ quan ngành dọc cấp tỉnh
  | "district" // UBND huyện, thị xã, thành phố
  | "district-office" // phòng, ban chuyên môn cấp huyện
  | "commune" // UBND xã, phường, thị trấn
  | "other"; // other organisations named as partners (Bưu điện tỉnh, Báo Lai Châu, ...)

export interface SeedUnit {
  /** Stable key: parent code + "." + slug, e.g. "lai-chau", "lai-chau.so-noi-vu", "lai-chau.tam-duong.xa-ban-bo". */
  code: string;
  /** Official name, e.g. "Sở Nội vụ", "UBND huyện Tam Đường", "Xã Bản Bo". */
  name: string;
  /** Short form shown in tight tables, e.g. "SNV", "Tam Đường". Optional. */
  shortName?: string;
  kind: UnitKind;
  /** Parent unit code; null for a root (a province). */
  parent: string | null;
  /** Other spellings the documents use for the same unit, e.g. "Sở Thông tin - Truyền thông". */
  aliases?: string[];
  /** Where the unit comes from when the document only gives a count (e.g. Quảng Nam's 20 agencies). */
  note?: string;
}

/** Stable component keys, shared by every framework so that years compare across frameworks. */
export type ComponentKey =
  | "chi-dao-dieu-hanh" // Công tác chỉ đạo, điều hành CCHC
  | "the-che" // Cải cách thể chế / Xây dựng và tổ chức thực hiện văn bản QPPL
  | "thu-tuc-hanh-chinh" // Cải cách thủ tục hành chính
  | "to-chuc-bo-may" // Cải cách tổ chức bộ máy hành chính
  | "cong-vu" // Cải cách chế độ công vụ / Xây dựng và nâng cao chất lượng đội ngũ CBCCVC
  | "tai-chinh-cong" // Cải cách tài chính công
  | "chinh-quyen-so" // Hiện đại hóa hành chính / Xây dựng và phát triển Chính quyền điện tử, Chính quyền số
  | "mot-cua" // Thực hiện cơ chế một cửa, một cửa liên thông (province frameworks of the 2010s)
  | "tac-dong" // Tác động của CCHC đến người dân, tổ chức và phát triển kinh tế - xã hội
  | "dieu-tra-xhh" // Điều tra xã hội học (survey part of the index)
  | "sipas" // Chỉ số hài lòng về sự phục vụ hành chính
  | "tong"; // total index (Tổng cộng / Chỉ số CCHC)

export type UnitLevel = "province" | "provincial-agency" | "district" | "commune";

export interface SeedFramework {
  code: string;
  name: string;
  /** Which kind of unit it scores. */
  level: UnitLevel;
  /** First year it applies to. */
  fromYear: number;
  /** The decision that issued it, as printed: "Quyết định số 1657/QĐ-UBND ngày 07/8/2023 của UBND tỉnh Quảng Nam". */
  decision: string | null;
  /** Unit code of the issuing body, when it is one of ours. */
  issuer: string | null;
  /** Total maximum points when known (e.g. 100). */
  maxPoints: number | null;
  components: Array<{
    key: ComponentKey;
    /** Name as this framework prints it. */
    name: string;
    maxPoints: number | null;
    kind: "appraised" | "survey" | "sipas";
  }>;
}

/** Score or rank written in a document for one unit, one year, one component or the total. */
export interface SeedResult {
  unit: string;
  year: number;
  component: ComponentKey;
  /** Points, when the document gives points ("66,46 điểm"). */
  points: number | null;
  /** Maximum points, when printed ("79,12/100"). */
  maxPoints: number | null;
  /** Percent, when the document gives a percent ("76,17%"). */
  percent: number | null;
  rank: number | null;
  /** "of how many": 63 in "59/63"; null when not printed. */
  rankOf: number | null;
  source: "published" | "appraised" | "self-assessed";
  /** The sentence or cell it comes from, for the audit of the transcription. */
  printed: string;
}

export type ScoreCondition =
  | { op: "gt"; value: number; unit: "percent" | "points" } // "Trên 75%"
  | { op: "gte"; value: number; unit: "percent" | "points" } // "từ 80% trở lên"
  | { op: "eq"; value: number; unit: "percent" | "points" } // "100%"
  | { op: "gt-previous-year" }; // "năm sau cao hơn năm trước"

export type RankCondition =
  | { op: "at-most"; value: number } // target rank 3: rank 3 or better
  | { op: "top-group" } // "duy trì trong nhóm đứng đầu"
  | { op: "rise" }; // improve on last year's rank

export interface SeedTarget {
  /** Which statement of the plan it comes from: "Mục tiêu chung", "Mục tiêu các chỉ số thành phần". */
  label: string;
  unit: string;
  year: number;
  component: ComponentKey;
  score: ScoreCondition | null;
  rank: RankCondition | null;
  /** Text as printed: "Trên 75%", "từ 80% điểm trở lên". */
  printed: string;
  /** Rank text as printed, e.g. "3", "nhóm đứng đầu". */
  rankPrinted: string | null;
  /** Units that answer for it (codes), in printed order. */
  responsible: string[];
  /** The responsibility cell as printed. */
  responsiblePrinted: string | null;
}

/** A numeric target inside a task's text ("từ 30% trở lên", "70% năm 2017 và 100% đến năm 2020"). */
export interface SeedNumericTarget {
  /** What is measured, in Vietnamese, short: "Tỷ lệ cơ quan được kiểm tra". */
  metric: string;
  op: "gt" | "gte" | "eq" | "lt" | "lte";
  value: number;
  unit: "%" | "báo cáo" | "ngày" | "phiếu" | string;
  /** Year the figure applies to, when the text says ("năm 2017", "đến năm 2020"). */
  year: number | null;
  /** The words of the text it was read from. */
  printed: string;
}

export type TaskPhase =
  | "preparation" // drafting and guidance documents, council set-up
  | "self-assessment"
  | "survey"
  | "appraisal"
  | "compilation"
  | "approval"
  | "announcement"
  | "reporting";

/**
 * One row of a plan's task table, in document order. Rows with children and no lead unit are
 * headings ("I CHỈ SỐ PAR INDEX", "6 Kết quả chỉ đạo ..."). A row printed without a number has
 * ordinal null.
 */
export interface SeedTaskRow {
  ordinal: string | null;
  title: string;
  /** Lead units (codes) in printed order; empty for a heading. */
  lead: string[];
  /** Lead cell as printed. */
  leadPrinted?: string;
  /** Coordinating units (codes) that are single units of ours. */
  coordinating?: string[];
  /** Coordinating cell as printed, including groups that are not single units ("Các sở, ban, ngành, UBND huyện, thành phố"). */
  coordinatingPrinted?: string;
  /** Deadline cell as printed: "Trước ngày 20/12 hàng năm", "Cả năm", "Theo quy định của Bộ Tư pháp". The loader parses it. */
  deadline?: string;
  /** Tài liệu kiểm chứng as printed. */
  evidence?: string;
  components?: ComponentKey[];
  numericTargets?: SeedNumericTarget[];
  /** For scoring-cycle plans: which phase the row belongs to. */
  phase?: TaskPhase;
  children?: SeedTaskRow[];
}

export interface SeedSurveyForm {
  code: string; // "CC-CT"
  /** Respondent group as printed. */
  respondents: string;
  method: "online" | "direct";
  /** Planned number of forms; null when the document gives none (online forms). */
  planned: number | null;
  /** Returned forms; null until the survey is run. */
  returned: number | null;
  /** How the planned count is built, as printed: "2 phiếu * 20 sở, ngành". */
  note?: string;
}

export interface SeedPlan {
  code: string;
  /** "447/KH-UBND"; null when the number is left blank in the document ("Số: /KH-UBND"). */
  number: string | null;
  /** Number line as printed: "Số: /KH-UBND". */
  numberPrinted: string;
  issuedOn: string | null;
  /** Place and date line as printed: "Tam Đường, ngày tháng 7 năm 2024". */
  datePrinted: string;
  issuer: string;
  title: string;
  kind: "improvement" | "scoring-cycle";
  /** Years the plan covers. */
  fromYear: number;
  toYear: number;
  /** Plan this one implements: its code if seeded, and the reference as printed. */
  implements?: { plan: string | null; printed: string };
  /** Reporting deadline as printed ("trước ngày 10/12/2024", "trước ngày 25/12 hàng năm"); the loader parses it. */
  reportingDeadline?: string;
  /** The unit that collects the reports (Sở Nội vụ, Phòng Nội vụ). */
  reportTo?: string;
  /** Short summary of purpose for the plan page (1-3 sentences, Vietnamese, from the document). */
  summary: string;
  /** Source file in shared/source-documents. */
  sourceFile: string;
  tasks: SeedTaskRow[];
  /** Units evaluated in a scoring cycle (codes). */
  evaluatedUnits?: string[];
  /** Appraisal council member agencies (codes), for scoring-cycle plans. */
  councilMembers?: string[];
  surveyForms?: SeedSurveyForm[];
  /** Signer's block as printed, if any. */
  signer?: { title: string; name: string | null };
}

/** One source document as seed data. */
export interface SeedDocument {
  sourceFile: string;
  plans: SeedPlan[];
  results?: SeedResult[];
  targets?: SeedTarget[];
  frameworks?: SeedFramework[];
}
