import { formatDate, formatPercent, formatPoints } from "../lib/format";
import type { ReportComponentRow, ReportData, ReportLeadRow } from "../../server/reports/types";

/**
 * The report as a print-ready page, laid out like the .docx (NĐ 30/2020: header block, title,
 * numbered sections, "Nơi nhận" and signature); app/styles/report-print.css sets the page.
 * Its wording mirrors server/reports/docx.ts, which cannot be imported here: it would pull the
 * docx library into the browser bundle.
 */
export function ReportView({ data }: { data: ReportData }) {
  return (
    <article className="report-doc" lang="vi">
      <HeaderBlock data={data} />
      <h1 className="report-kind">BÁO CÁO</h1>
      <p className="report-subject">{subjectLine(data)}</p>
      <p className="report-range">{`(Số liệu tính từ ngày ${formatDate(data.period.from)} đến ngày ${formatDate(data.period.to)})`}</p>
      <hr className="report-rule report-rule-title" />
      <p className="report-body">{`Thực hiện ${planReference(data.plan)}, ${data.issuer.name} báo cáo kết quả thực hiện ${periodPhrase(data.period)} như sau:`}</p>
      <Components data={data} />
      <h2>II. CÁC CHỈ SỐ CẦN CẢI THIỆN</h2>
      {data.flags.length ? (
        data.flags.map((f, i) => <p key={i} className="report-body">{nb(`- ${f.component}: ${f.reason}`)}</p>)
      ) : (
        <p className="report-body">Không có chỉ số thành phần nào cần cải thiện.</p>
      )}
      <Tasks data={data} />
      <TextSection title="IV. ĐÁNH GIÁ CHUNG" text={data.sections.danhGiaChung} />
      <TextSection title="V. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN" text={data.sections.tonTai} />
      <TextSection title="VI. NHIỆM VỤ, GIẢI PHÁP THỜI GIAN TỚI" text={data.sections.nhiemVuGiaiPhap} />
      <TextSection title="VII. ĐỀ XUẤT, KIẾN NGHỊ" text={data.sections.deXuat} />
      <Closing data={data} />
    </article>
  );
}

/** Issuer and number on the left, the national motto and the date on the right; the grid keeps "Số" and the date on one line. */
function HeaderBlock({ data }: { data: ReportData }) {
  const number = !data.number ? "Số:        /BC-UBND" : data.number.includes("/") ? `Số: ${data.number}` : `Số: ${data.number}/BC-UBND`;
  return (
    <header className="report-head">
      <div className="report-issuer">
        {data.issuer.parentName ? <p className="report-parent">{data.issuer.parentName.toUpperCase()}</p> : null}
        <p className="report-issuer-name">{data.issuer.name.toUpperCase()}</p>
        <hr className="report-rule report-rule-issuer" />
      </div>
      <div className="report-nation">
        <p className="report-nation-name">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p>
        <p className="report-motto">Độc lập - Tự do - Hạnh phúc</p>
        <hr className="report-rule report-rule-motto" />
      </div>
      <p className="report-number">{number}</p>
      <p className="report-date">{dateLine(data)}</p>
    </header>
  );
}

const VERDICT: Record<ReportComponentRow["verdict"], string> = { met: "Đạt", "not-met": "Chưa đạt", "no-data": "Chưa có kết quả", "no-target": "Chưa có mục tiêu" };

function Components({ data }: { data: ReportData }) {
  const year = data.period.year;
  const previousYear = commonPreviousYear(data);
  const sources = new Set(data.components.map((r) => r.resultSource).filter((s) => s !== null));
  const only = sources.size === 1 ? [...sources][0] : null;
  return (
    <>
      <h2>I. KẾT QUẢ THỰC HIỆN CÁC CHỈ SỐ</h2>
      <p className="report-body">{`Kết quả các chỉ số thành phần năm ${year} so với năm ${previousYear} và mục tiêu của Kế hoạch:`}</p>
      <table className="report-table report-components">
        <colgroup>
          {["tt", "name", "score", "rank", "score", "rank", "score", "verdict", "unit"].map((c, i) => (
            <col key={i} className={`c-${c}`} />
          ))}
        </colgroup>
        <thead>
          <tr>
            <th rowSpan={2}>TT</th>
            <th rowSpan={2}>Chỉ số thành phần</th>
            <th colSpan={2}>Năm {previousYear}</th>
            <th colSpan={2}>Mục tiêu năm {year}</th>
            <th rowSpan={2}>Kết quả năm {year}</th>
            <th rowSpan={2}>Đánh giá</th>
            <th rowSpan={2}>Đơn vị thực hiện/theo dõi</th>
          </tr>
          <tr>
            <th>Chỉ số</th>
            <th>Thứ hạng</th>
            <th>Chỉ số</th>
            <th>Thứ hạng</th>
          </tr>
        </thead>
        <tbody>
          {data.components.map((r, i) => (
            <tr key={i} className={r.isTotal ? "total" : undefined}>
              <td className="center">{r.ordinal ?? ""}</td>
              <td>{r.name}</td>
              <td className="center">
                {scoreText(r.previousScore, r.previousUnit)}
                {r.previousYear !== null && r.previousYear !== previousYear ? <span className="note">{`(năm ${r.previousYear})`}</span> : null}
              </td>
              <td className="center">{r.previousRank ?? "—"}</td>
              <td className="center">{r.targetPrinted ? r.targetPrinted.replace(/(\d)\s*%/g, "$1\u00a0%") : "—"}</td>
              <td className="center">{r.targetRankPrinted ?? "—"}</td>
              <td className="center">
                {scoreText(r.resultScore, r.previousUnit)}
                {r.resultRank !== null ? <span className="line">{`Hạng ${r.resultRank}`}</span> : null}
                {sources.size > 1 && r.resultSource && r.resultSource !== "published" ? (
                  <span className="note">{r.resultSource === "self-assessed" ? "(tự đánh giá)" : "(thẩm định)"}</span>
                ) : null}
              </td>
              <td className="center">{VERDICT[r.verdict]}</td>
              <td>{r.responsible}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {only === "self-assessed" || only === "appraised" ? (
        <p className="report-table-note">
          {only === "self-assessed"
            ? `Ghi chú: kết quả năm ${year} là kết quả tự đánh giá, chưa được thẩm định, công bố.`
            : `Ghi chú: kết quả năm ${year} là kết quả thẩm định, chưa được công bố chính thức.`}
        </p>
      ) : null}
    </>
  );
}

const LEAD_HEADERS = ["Tổng số", "Hoàn thành đúng hạn", "Hoàn thành chậm", "Đang thực hiện", "Quá hạn", "Không thực hiện được"];
const leadCounts = (r: ReportLeadRow) => [r.total, r.doneOnTime, r.doneLate, r.inProgress, r.overdue, r.notDone];

function Tasks({ data }: { data: ReportData }) {
  // A task with two lead units counts once for each, as in the .docx.
  const total = data.byLead.reduce((sum, r) => leadCounts(r).map((n, i) => (sum[i] ?? 0) + n), [0, 0, 0, 0, 0, 0]);
  return (
    <>
      <h2>III. TÌNH HÌNH THỰC HIỆN NHIỆM VỤ</h2>
      <h3>1. Tình hình thực hiện nhiệm vụ theo đơn vị chủ trì</h3>
      <table className="report-table report-leads">
        <thead>
          <tr>
            <th>Đơn vị chủ trì</th>
            {LEAD_HEADERS.map((h) => (
              <th key={h}>{h}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {data.byLead.map((r) => (
            <tr key={r.unitName}>
              <td>{r.unitName}</td>
              {leadCounts(r).map((n, i) => (
                <td key={i} className="center">
                  {n}
                </td>
              ))}
            </tr>
          ))}
          <tr className="total">
            <td>Tổng cộng</td>
            {total.map((n, i) => (
              <td key={i} className="center">
                {n}
              </td>
            ))}
          </tr>
        </tbody>
      </table>
      <h3>2. Nhiệm vụ quá hạn</h3>
      {data.overdue.length ? (
        <table className="report-table report-overdue">
          <thead>
            <tr>
              <th>TT</th>
              <th>Nhiệm vụ</th>
              <th>Đơn vị chủ trì</th>
              <th>Hạn</th>
              <th>Trạng thái</th>
            </tr>
          </thead>
          <tbody>
            {data.overdue.map((t, i) => (
              <tr key={i}>
                <td className="center">{t.ordinal ?? i + 1}</td>
                <td>{t.title}</td>
                <td>{t.lead}</td>
                <td className="center">{formatDate(t.due)}</td>
                <td className="center">{t.status}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="report-body">Không có nhiệm vụ quá hạn.</p>
      )}
      <h3>3. Tài liệu kiểm chứng đã nhận</h3>
      {data.evidence.length ? (
        <table className="report-table report-evidence">
          <thead>
            <tr>
              <th>TT</th>
              <th>Nhiệm vụ</th>
              <th>Tài liệu kiểm chứng đã nhận</th>
            </tr>
          </thead>
          <tbody>
            {data.evidence.map((e, i) => (
              <tr key={i}>
                <td className="center">{e.taskOrdinal ?? i + 1}</td>
                <td>{e.taskTitle}</td>
                <td>
                  {e.items.map((item, j) => (
                    <span key={j} className="line">
                      {item}
                    </span>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="report-body">Chưa nhận được tài liệu kiểm chứng.</p>
      )}
    </>
  );
}

function TextSection({ title, text }: { title: string; text: string }) {
  const paragraphs = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l.length > 0);
  return (
    <section>
      <h2>{title}</h2>
      {paragraphs.length ? (
        paragraphs.map((p, i) => (
          <p key={i} className="report-body">
            {nb(p)}
          </p>
        ))
      ) : (
        <p className="report-body placeholder">(Chưa nhập nội dung)</p>
      )}
    </section>
  );
}

function Closing({ data }: { data: ReportData }) {
  const last = data.recipients.length - 1;
  return (
    <footer className="report-closing">
      <div className="report-recipients">
        <p className="report-recipients-label">Nơi nhận:</p>
        {data.recipients.map((r, i) => (
          <p key={i}>{`- ${r.trim().replace(/[;.,]+$/, "")}${i === last ? "." : ";"}`}</p>
        ))}
      </div>
      <div className="report-signer">
        {data.signer.title
          .toUpperCase()
          .split("\n")
          .map((line, i) => (
            <p key={i} className="report-signer-title">
              {line}
            </p>
          ))}
        <div className="report-sign-space" />
        <p className="report-signer-name">{data.signer.name ?? ""}</p>
      </div>
    </footer>
  );
}

// ---------- wording (as in server/reports/docx.ts) ----------

function periodPhrase(period: ReportData["period"]): string {
  const words = { nam: "năm", "6-thang": "6 tháng đầu năm", "quy-1": "quý I năm", "quy-3": "quý III năm" } as const;
  return `${words[period.kind]} ${period.year}`;
}

function subjectLine(data: ReportData): string {
  const t = data.title.replace(/^báo cáo\s+/i, "");
  return `${t.charAt(0).toUpperCase()}${t.slice(1)} ${periodPhrase(data.period)}`;
}

/** NĐ 30 pads days below 10 and months 1 and 2: "ngày 05 tháng 02 năm 2025". */
function dateLine(data: ReportData): string {
  const [y, m, d] = data.date.slice(0, 10).split("-").map(Number);
  const month = m !== undefined && m < 3 ? String(m).padStart(2, "0") : String(m);
  return `${data.place}, ngày ${String(d).padStart(2, "0")} tháng ${month} năm ${y}`;
}

function planReference(plan: ReportData["plan"]): string {
  const printed = plan.datePrinted ?? "";
  const full = /ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/.exec(printed);
  const month = /tháng\s+(\d{1,2})\s+năm\s+(\d{4})/.exec(printed);
  const year = /năm\s+(\d{4})/.exec(printed);
  const when = plan.date
    ? `ngày ${formatDate(plan.date)}`
    : full
      ? `ngày ${full[1]?.padStart(2, "0")}/${full[2]?.padStart(2, "0")}/${full[3]}`
      : month
        ? `tháng ${month[1]} năm ${month[2]}`
        : year
          ? `năm ${year[1]}`
          : null;
  const about = `về ${/^\p{Lu}\p{Ll}/u.test(plan.title) ? plan.title.charAt(0).toLowerCase() + plan.title.slice(1) : plan.title}`;
  if (plan.number) return `Kế hoạch số ${plan.number}${when ? ` ${when}` : ""} của ${plan.issuer} ${about}`;
  return `Kế hoạch của ${plan.issuer}${when ? ` (ban hành ${when})` : ""} ${about}`;
}

function commonPreviousYear(data: ReportData): number {
  const counts = new Map<number, number>();
  for (const r of data.components) if (r.previousYear !== null) counts.set(r.previousYear, (counts.get(r.previousYear) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0] ?? data.period.year - 1;
}

/** "81,35 %" typed with a plain space gets a no-break one, so that no line starts with "%". */
const nb = (text: string) => text.replace(/(\d) %/g, "$1\u00a0%");

/** "76,17 %" with a no-break space, so that "%" never starts a line in a narrow column. */
function scoreText(score: number | null, unit: ReportComponentRow["previousUnit"]): string {
  if (score === null) return "—";
  return (unit === "points" ? formatPoints(score) : formatPercent(score)).replace(" %", "\u00a0%");
}
