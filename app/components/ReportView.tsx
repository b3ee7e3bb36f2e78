import { formatDate } from "../lib/format";
import type { ReportData } from "../../server/reports/types";
import {
  CO_LED_NOTE,
  componentYears,
  dataRangeLine,
  dateLine,
  flagLine,
  flagsBasis,
  formatProgress,
  introSentence,
  issuerLines,
  LEAD_COLUMN_TITLES,
  leadColumns,
  numberLine,
  recipientLines,
  resultText,
  scoreText,
  SECTION_TITLES,
  sectionParagraphs,
  subjectLine,
  TASK_SUBHEADINGS,
  TASK_TABLE_HEAD,
  tasksBasis,
  verdictLabel,
} from "../../server/reports/wording";

/**
 * The report as a print-ready page, laid out like the .docx (NĐ 30/2020: header block, title,
 * numbered sections, "Nơi nhận" and signature); app/styles/report-print.css sets the page.
 * Its wording is the .docx's own (server/reports/wording.ts, free of the docx library).
 */
/** Rows left out of a long list in the builder's preview (the files and the print view have them all). */
export interface ReportOmitted {
  tasks: number;
  overdue: number;
  evidence: number;
}

function OmittedRow({ n, columns }: { n: number; columns: number }) {
  if (n <= 0) return null;
  return (
    <tr className="report-omitted">
      <td colSpan={columns} className="center muted">
        {`… và ${n.toLocaleString("vi-VN")} dòng nữa: xem đầy đủ trong tệp Word, Excel hoặc bản in.`}
      </td>
    </tr>
  );
}

export function ReportView({ data, omitted }: { data: ReportData; omitted?: ReportOmitted }) {
  return (
    <article className="report-doc" lang="vi">
      <HeaderBlock data={data} />
      <h1 className="report-kind">BÁO CÁO</h1>
      <p className="report-subject">{subjectLine(data)}</p>
      <p className="report-range">{dataRangeLine(data)}</p>
      <hr className="report-rule report-rule-title" />
      <p className="report-body">{introSentence(data)}</p>
      <Components data={data} />
      <h2>{SECTION_TITLES[1]}</h2>
      <p className="report-body report-basis">{flagsBasis(data)}</p>
      {data.flags.length ? (
        data.flags.map((f) => (
          <p key={f.component} className="report-body">
            {nb(flagLine(f))}
          </p>
        ))
      ) : (
        <p className="report-body">Không có chỉ số thành phần nào cần cải thiện.</p>
      )}
      <Tasks data={data} omitted={omitted} />
      <TextSection title={SECTION_TITLES[3]} text={data.sections.danhGiaChung} />
      <TextSection title={SECTION_TITLES[4]} text={data.sections.tonTai} />
      <TextSection title={SECTION_TITLES[5]} text={data.sections.nhiemVuGiaiPhap} />
      <div className="report-keep-with-signature">
        <TextSection title={SECTION_TITLES[6]} text={data.sections.deXuat} />
        <Closing data={data} />
      </div>
    </article>
  );
}

/** Issuer and number on the left, the national motto and the date on the right; the grid keeps "Số" and the date on one line. */
function HeaderBlock({ data }: { data: ReportData }) {
  const lines = issuerLines(data.issuer);
  return (
    <header className="report-head">
      <div className="report-issuer">
        {lines.superior ? <p className="report-parent">{lines.superior}</p> : null}
        {lines.body.map((l) => (
          <p key={l} className="report-issuer-name">
            {l}
          </p>
        ))}
        <hr className="report-rule report-rule-issuer" />
      </div>
      <div className="report-nation">
        <p className="report-nation-name">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p>
        <p className="report-motto">Độc lập - Tự do - Hạnh phúc</p>
        <hr className="report-rule report-rule-motto" />
      </div>
      <p className="report-number">{numberLine(data)}</p>
      <p className="report-date">{dateLine(data)}</p>
    </header>
  );
}

function Components({ data }: { data: ReportData }) {
  const { year, previousYear, sourceNote, perCellSource } = componentYears(data);
  return (
    <>
      <h2>{SECTION_TITLES[0]}</h2>
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
                {resultText(r, perCellSource).map((line, j) => (
                  <span key={j} className={j === 0 ? undefined : "line"}>
                    {line}
                  </span>
                ))}
              </td>
              <td className="center">{verdictLabel[r.verdict]}</td>
              <td>{r.responsible}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {sourceNote ? <p className="report-table-note">{sourceNote}</p> : null}
    </>
  );
}

function Tasks({ data, omitted }: { data: ReportData; omitted?: ReportOmitted }) {
  return (
    <>
      <h2>{SECTION_TITLES[2]}</h2>
      <p className="report-body report-basis">{tasksBasis(data)}</p>
      <h3>{TASK_SUBHEADINGS[0]}</h3>
      <table className="report-table report-leads">
        <thead>
          <tr>
            <th>Đơn vị chủ trì</th>
            {LEAD_COLUMN_TITLES.map((h) => (
              <th key={h}>{h}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {[...data.byLead, data.totals].map((r, i) => (
            <tr key={i} className={i === data.byLead.length ? "total" : undefined}>
              <td>{r.unitName}</td>
              {leadColumns(r).map((n, j) => (
                <td key={j} className="center">
                  {n}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="report-table-note">{CO_LED_NOTE}</p>
      <h3>{TASK_SUBHEADINGS[1]}</h3>
      <table className="report-table report-all-tasks">
        <thead>
          <tr>
            {TASK_TABLE_HEAD.map((h) => (
              <th key={h}>{h}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {data.tasks.map((t, i) => (
            <tr key={i}>
              <td className="center">{i + 1}</td>
              <td>{t.title}</td>
              <td>{t.lead}</td>
              <td className="center">{t.status}</td>
              <td className="center">{formatProgress(t.progress)}</td>
              <td className="center">{t.evidenceCount}</td>
              <td className="center">{t.lastUpdate ? formatDate(t.lastUpdate) : "—"}</td>
            </tr>
          ))}
          <OmittedRow n={omitted?.tasks ?? 0} columns={7} />
        </tbody>
      </table>
      <h3>{TASK_SUBHEADINGS[2]}</h3>
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
                <td className="center">{i + 1}</td>
                <td>{t.title}</td>
                <td>{t.lead}</td>
                <td className="center">{formatDate(t.due)}</td>
                <td className="center">{t.status}</td>
              </tr>
            ))}
            <OmittedRow n={omitted?.overdue ?? 0} columns={5} />
          </tbody>
        </table>
      ) : (
        <p className="report-body">Không có nhiệm vụ quá hạn.</p>
      )}
      <h3>{TASK_SUBHEADINGS[3]}</h3>
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
                <td className="center">{i + 1}</td>
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
            <OmittedRow n={omitted?.evidence ?? 0} columns={3} />
          </tbody>
        </table>
      ) : (
        <p className="report-body">{`Đến ngày ${formatDate(data.cutoff.date)} chưa nhận được tài liệu kiểm chứng nào.`}</p>
      )}
    </>
  );
}

function TextSection({ title, text }: { title: string; text: string }) {
  const paragraphs = sectionParagraphs(text);
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
  return (
    <footer className="report-closing">
      <div className="report-recipients">
        <p className="report-recipients-label">Nơi nhận:</p>
        {recipientLines(data.recipients).map((r, i) => (
          <p key={i}>{r}</p>
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

/** "81,35 %" typed with a plain space gets a no-break one, so that no line starts with "%". */
const nb = (text: string) => text.replace(/(\d) %/g, "$1\u00a0%");
