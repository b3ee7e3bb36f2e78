import { readForm } from "../lib/form.server";
import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation, useRevalidator } from "@remix-run/react";
import type { ReportData } from "../../server/reports/types";
import { useEffect, useState } from "react";
import { todayInVietnam } from "../../server/clock";
import { periodAt, REPORT_PERIODS } from "../../server/domain/report-period";
import { buildReport, draftFromForm, getReportDraft, listReportablePlans, saveReportDraft, ServiceError } from "../lib/reports.server";
import { formatDate } from "../lib/format";
import { cutoffNotice } from "../../server/reports/wording";
import { actionError, orHttpError, requireUser, requireUserForMutation } from "../lib/session.server";
import { APP_NAME } from "../lib/strings";
import { ReportView } from "../components/ReportView";
import type { ReportPeriod } from "../../server/reports/types";
import printStyles from "../styles/report-print.css?url";

export const meta: MetaFunction = () => [{ title: `Báo cáo — ${APP_NAME}` }];
export const links: LinksFunction = () => [{ rel: "stylesheet", href: printStyles }];

// Fifty rows per long list keep a province report's builder page well under 300 KB.
const PREVIEW_ROWS = 50;

function previewOf(report: ReportData) {
  const cut = <T,>(xs: T[]): T[] => xs.slice(0, PREVIEW_ROWS);
  return {
    preview: { ...report, tasks: cut(report.tasks), overdue: cut(report.overdue), evidence: cut(report.evidence) },
    omitted: {
      tasks: Math.max(0, report.tasks.length - PREVIEW_ROWS),
      overdue: Math.max(0, report.overdue.length - PREVIEW_ROWS),
      evidence: Math.max(0, report.evidence.length - PREVIEW_ROWS),
    },
  };
}

export async function loader({ request }: LoaderFunctionArgs) {
  const { db, actor } = await requireUser(request);
  const plans = await orHttpError(listReportablePlans(db, actor));
  const url = new URL(request.url);
  const today = todayInVietnam();
  const plan = plans.find((p) => p.code === url.searchParams.get("kehoach")) ?? plans[0];
  if (!plan) return { plans, report: null, omitted: null, query: null, draftVersion: 0 };
  const fallback = periodAt(today);
  const defaultYear = Math.min(plan.toYear, Math.max(plan.fromYear, fallback.year));
  const year = Number(url.searchParams.get("nam")) || defaultYear;
  const period = (REPORT_PERIODS.find((p) => p.kind === url.searchParams.get("ky"))?.kind ??
    (year === fallback.year ? fallback.kind : "nam")) as ReportPeriod;
  const query = { planCode: plan.code, year, period };
  const [report, draft] = await orHttpError(Promise.all([buildReport(db, actor, query, today), getReportDraft(db, actor, query)]));
  // The preview shows the first rows of each long list; the files and the print view carry all.
  const { preview, omitted } = previewOf(report);
  return { plans, report: preview, omitted, query, draftVersion: draft.version };
}

export async function action({ request }: ActionFunctionArgs) {
  const { db, actor } = await requireUserForMutation(request);
  try {
    const r = await saveReportDraft(db, actor, draftFromForm(await readForm(request)), todayInVietnam());
    return { ok: true as const, message: r.saved ? "Đã lưu bản nháp." : "Bản nháp không có gì thay đổi.", version: r.version };
  } catch (e) {
    if (e instanceof ServiceError && e.code === "CONFLICT") return { ok: false as const, message: e.message };
    return actionError(e);
  }
}

const SECTION_FIELDS = [
  ["danhGiaChung", "IV. Đánh giá chung"],
  ["tonTai", "V. Tồn tại, hạn chế và nguyên nhân"],
  ["nhiemVuGiaiPhap", "VI. Nhiệm vụ, giải pháp thời gian tới"],
  ["deXuat", "VII. Đề xuất, kiến nghị"],
] as const;

const DRAFT_FORM = "report-draft";

/**
 * A download from the builder saves the text on screen first, then hands over the file made from
 * it; when the text cannot be saved, the download is refused with the reason. Without JavaScript
 * the button posts the same form to the same place, and the browser saves the file it gets back.
 */
function DownloadButton({ kind, label, version, onSaved }: { kind: "docx" | "xlsx"; label: string; version: number; onSaved: (v: number, changed: boolean) => void }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <span className="download">
      <button
        type="submit"
        form={DRAFT_FORM}
        formAction="/bao-cao/tai"
        formMethod="post"
        name="dang"
        value={kind}
        className="secondary"
        disabled={busy}
        onClick={async (e) => {
          e.preventDefault();
          const form = document.getElementById(DRAFT_FORM);
          if (!(form instanceof HTMLFormElement)) return;
          setBusy(true);
          setError(null);
          try {
            const body = new FormData(form);
            body.set("expectedVersion", String(version));
            body.set("dang", kind);
            const res = await fetch("/bao-cao/tai", { method: "POST", body });
            if (!res.ok) throw new Error(await res.text());
            const blob = await res.blob();
            onSaved(Number(res.headers.get("X-Draft-Version") ?? version), res.headers.get("X-Draft-Saved") === "1");
            const name = decodeURIComponent(/filename\*=UTF-8''([^;]+)/.exec(res.headers.get("content-disposition") ?? "")?.[1] ?? `bao-cao.${kind}`);
            const a = document.createElement("a");
            a.href = URL.createObjectURL(blob);
            a.download = name;
            a.click();
            URL.revokeObjectURL(a.href);
          } catch (err) {
            setError(err instanceof Error && err.message ? err.message : "Không tạo được tệp. Vui lòng thử lại.");
          } finally {
            setBusy(false);
          }
        }}
      >
        {busy ? "Đang lưu và tạo tệp…" : label}
      </button>
      {error ? (
        <span className="form-error small" role="alert">
          {error}
        </span>
      ) : null}
    </span>
  );
}

export default function ReportBuilder() {
  const { plans, report, omitted, query, draftVersion } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const busy = useNavigation().state === "submitting";
  const revalidator = useRevalidator();
  // The draft version the next save must name: from the page, a save, or a download that saved.
  const [version, setVersion] = useState(draftVersion);
  const [downloadNote, setDownloadNote] = useState<string | null>(null);
  useEffect(() => setVersion(draftVersion), [draftVersion]);
  useEffect(() => {
    if (result?.ok) setVersion(result.version);
  }, [result]);
  if (!report || !query) {
    return (
      <div className="panel">
        <h1>Báo cáo</h1>
        <p className="muted">Không có kế hoạch cải thiện chỉ số nào trong phạm vi bạn được lập báo cáo.</p>
      </div>
    );
  }
  const plan = plans.find((p) => p.code === query.planCode)!;
  const qs = `kehoach=${query.planCode}&nam=${query.year}&ky=${query.period}`;
  const onSaved = (v: number, changed: boolean) => {
    setVersion(v);
    setDownloadNote(changed ? "Đã lưu nội dung đang soạn trước khi tải tệp." : null);
    if (changed) revalidator.revalidate();
  };
  const later = report.cutoff.laterUpdates + report.cutoff.laterEvidence > 0;
  return (
    <>
      <div className="page-head no-print">
        <h1>Báo cáo kết quả thực hiện kế hoạch</h1>
        <p>Chọn kế hoạch và kỳ báo cáo, viết các phần nhận định, rồi tải về bản Word, Excel hoặc in.</p>
      </div>
      <Form method="get" className="filters panel no-print">
        <label>
          Kế hoạch{" "}
          <select name="kehoach" defaultValue={query.planCode}>
            {plans.map((p) => (
              <option key={p.code} value={p.code}>
                {p.number ?? "(chưa ghi số)"} — {p.title.slice(0, 70)}
              </option>
            ))}
          </select>
        </label>
        <label>
          Năm{" "}
          <select name="nam" defaultValue={query.year}>
            {Array.from({ length: plan.toYear - plan.fromYear + 1 }, (_, i) => plan.fromYear + i).map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </label>
        <label>
          Kỳ{" "}
          <select name="ky" defaultValue={query.period}>
            {REPORT_PERIODS.map((p) => (
              <option key={p.kind} value={p.kind}>
                {p.label}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="secondary">
          Lập báo cáo
        </button>
        <span className="muted small">
          Số liệu từ {formatDate(report.period.from)} đến hết ngày {formatDate(report.cutoff.date)}
        </span>
      </Form>
      <p className={`cutoff-notice no-print${later ? " has-later" : ""}`} role="note">
        {cutoffNotice(report.cutoff)}
        {later ? ` Trạng thái, tiến độ, cập nhật và tài liệu kiểm chứng đều lấy như tại hết ngày ${formatDate(report.cutoff.date)}.` : null}
      </p>

      <div className="grid report-layout">
        <section className="panel no-print">
          <h2>Nội dung do cán bộ viết</h2>
          {result ? (
            <p className={result.ok ? "form-ok" : "form-error"} role={result.ok ? "status" : "alert"}>
              {result.message}
            </p>
          ) : null}
          {downloadNote ? (
            <p className="form-ok" role="status">
              {downloadNote}
            </p>
          ) : null}
          <Form method="post" id={DRAFT_FORM} className="form" key={`${qs}-${report.number ?? ""}`}>
            <input type="hidden" name="planCode" value={query.planCode} />
            <input type="hidden" name="year" value={query.year} />
            <input type="hidden" name="period" value={query.period} />
            <input type="hidden" name="expectedVersion" value={version} />
            <label>
              Cơ quan ban hành
              <select name="issuedBy" defaultValue={report.issuer.kind}>
                <option value="government">{report.issuer.government} (TM. Ủy ban nhân dân ký)</option>
                {report.issuer.homeAffairs ? <option value="home-affairs">{report.issuer.homeAffairs} (Trưởng phòng ký)</option> : null}
              </select>
            </label>
            <div className="form-row">
              <label>
                Số báo cáo
                <input name="number" defaultValue={report.number ?? ""} placeholder="Để trống nếu chưa lấy số" />
              </label>
              <label>
                Ngày ban hành
                <input name="issuedOn" inputMode="numeric" placeholder="dd/mm/yyyy" defaultValue={report.date ? formatDate(report.date) : ""} />
              </label>
            </div>
            <p className="hint small">Để trống ngày ban hành thì dòng “ngày … tháng … năm …” được để trống để ghi tay khi ký.</p>
            {SECTION_FIELDS.map(([name, label]) => (
              <label key={name}>
                {label}
                <textarea name={name} rows={6} defaultValue={report.sections[name]} />
              </label>
            ))}
            <button type="submit" className="primary" disabled={busy}>
              {busy ? "Đang lưu…" : "Lưu bản nháp"}
            </button>
          </Form>
          <div className="downloads">
            <DownloadButton kind="docx" label="Tải bản Word (.docx)" version={version} onSaved={onSaved} />
            <DownloadButton kind="xlsx" label="Tải bảng số liệu (.xlsx)" version={version} onSaved={onSaved} />
            <Link className="button-link" to={`/bao-cao/in?${qs}`} target="_blank">
              Xem bản in
            </Link>
          </div>
          <p className="hint small">Khi tải tệp, nội dung đang soạn được lưu trước rồi mới tạo tệp. Bản in hiển thị nội dung đã lưu.</p>
        </section>
        <section className="report-preview">
          <ReportView data={report} omitted={omitted ?? undefined} />
        </section>
      </div>
    </>
  );
}
