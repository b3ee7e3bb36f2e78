import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useState } from "react";
import { todayInVietnam } from "../../server/clock";
import { periodAt, REPORT_PERIODS } from "../../server/domain/report-period";
import { buildReport, getReportDraft, listReportablePlans, saveReportDraft, ServiceError } from "../lib/reports.server";
import { actionError, orHttpError, requireUser, requireUserForMutation } from "../lib/session.server";
import { APP_NAME } from "../lib/strings";
import { ReportView } from "../components/ReportView";
import type { ReportPeriod } from "../../server/reports/types";
import printStyles from "../styles/report-print.css?url";

export const meta: MetaFunction = () => [{ title: `Báo cáo — ${APP_NAME}` }];
export const links: LinksFunction = () => [{ rel: "stylesheet", href: printStyles }];

export async function loader({ request }: LoaderFunctionArgs) {
  const { db, actor } = await requireUser(request);
  const plans = await orHttpError(listReportablePlans(db, actor));
  const url = new URL(request.url);
  const today = todayInVietnam();
  const plan = plans.find((p) => p.code === url.searchParams.get("kehoach")) ?? plans[0];
  if (!plan) return { plans, report: null, query: null, draftVersion: 0 };
  const fallback = periodAt(today);
  const defaultYear = Math.min(plan.toYear, Math.max(plan.fromYear, fallback.year));
  const year = Number(url.searchParams.get("nam")) || defaultYear;
  const period = (REPORT_PERIODS.find((p) => p.kind === url.searchParams.get("ky"))?.kind ??
    (year === fallback.year ? fallback.kind : "nam")) as ReportPeriod;
  const query = { planCode: plan.code, year, period };
  const [report, draft] = await orHttpError(Promise.all([buildReport(db, actor, query, today), getReportDraft(db, actor, query)]));
  return { plans, report, query, draftVersion: draft.version };
}

export async function action({ request }: ActionFunctionArgs) {
  const { db, actor } = await requireUserForMutation(request);
  const f = await request.formData();
  const text = (k: string) => String(f.get(k) ?? "");
  try {
    const r = await saveReportDraft(db, actor, {
      planCode: text("planCode"),
      year: text("year"),
      period: text("period") as ReportPeriod,
      number: text("number"),
      expectedVersion: Number(text("expectedVersion")),
      sections: { danhGiaChung: text("danhGiaChung"), tonTai: text("tonTai"), nhiemVuGiaiPhap: text("nhiemVuGiaiPhap"), deXuat: text("deXuat") },
    });
    return { ok: true as const, message: "Đã lưu bản nháp.", version: r.version };
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

function DownloadButton({ href, label }: { href: string; label: string }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <span>
      <a
        className="button-link"
        href={href}
        onClick={async (e) => {
          // With JavaScript: show that the file is being made, then hand it over.
          e.preventDefault();
          setBusy(true);
          setError(null);
          try {
            const res = await fetch(href);
            if (!res.ok) throw new Error(await res.text());
            const blob = await res.blob();
            const name = decodeURIComponent(/filename\*=UTF-8''([^;]+)/.exec(res.headers.get("content-disposition") ?? "")?.[1] ?? "bao-cao");
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
        {busy ? "Đang tạo tệp…" : label}
      </a>
      {error ? <span className="form-error small">{error}</span> : null}
    </span>
  );
}

export default function ReportBuilder() {
  const { plans, report, query, draftVersion } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const busy = useNavigation().state === "submitting";
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
          Số liệu từ {report.period.from.split("-").reverse().join("/")} đến {report.period.to.split("-").reverse().join("/")}
        </span>
      </Form>

      <div className="grid report-layout">
        <section className="panel no-print">
          <h2>Nội dung do cán bộ viết</h2>
          {result ? (
            <p className={result.ok ? "form-ok" : "form-error"} role={result.ok ? "status" : "alert"}>
              {result.message}
            </p>
          ) : null}
          <Form method="post" className="form" key={`${qs}-${report.number ?? ""}`}>
            <input type="hidden" name="planCode" value={query.planCode} />
            <input type="hidden" name="year" value={query.year} />
            <input type="hidden" name="period" value={query.period} />
            <input type="hidden" name="expectedVersion" value={draftVersion} />
            <label>
              Số báo cáo
              <input name="number" defaultValue={report.number ?? ""} placeholder="Để trống nếu chưa lấy số" />
            </label>
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
            <DownloadButton href={`/bao-cao/tai?${qs}&dang=docx`} label="Tải bản Word (.docx)" />
            <DownloadButton href={`/bao-cao/tai?${qs}&dang=xlsx`} label="Tải bảng số liệu (.xlsx)" />
            <Link className="button-link" to={`/bao-cao/in?${qs}`} target="_blank">
              Xem bản in
            </Link>
          </div>
          <p className="hint small">Lưu bản nháp trước khi tải về để các phần nhận định có trong tệp.</p>
        </section>
        <section className="report-preview">
          <ReportView data={report} />
        </section>
      </div>
    </>
  );
}
