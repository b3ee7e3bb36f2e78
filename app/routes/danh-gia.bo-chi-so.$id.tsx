import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { frameworkDetail, updateCriterion } from "../cycle/cycle.server";
import { backWith } from "../cycle/flash";
import { cycleText as t } from "../cycle/strings";
import { formatNumber } from "../lib/format";
import { readForm } from "../lib/form.server";
import { actionError, orHttpError, requireUser, requireUserForMutation } from "../lib/session.server";
import { APP_NAME } from "../lib/strings";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.framework.name ?? "Bộ chỉ số"} — ${APP_NAME}` }];

const idFrom = (p: Record<string, string | undefined>) => {
  const id = Number(p.id);
  if (!Number.isSafeInteger(id) || id <= 0) throw new Response("Không tìm thấy trang.", { status: 404 });
  return id;
};

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { db, actor } = await requireUser(request);
  return orHttpError(frameworkDetail(db, actor, idFrom(params)));
}

const decimal = (v: string) => Number(v.trim().replace(",", "."));

export async function action({ request, params }: ActionFunctionArgs) {
  const { db, actor } = await requireUserForMutation(request);
  idFrom(params);
  const form = await readForm(request);
  const text = (k: string) => String(form.get(k) ?? "");
  const steps = text("steps").trim() === "" ? null : text("steps").split(";").map((p) => decimal(p)).filter((n) => !Number.isNaN(n));
  try {
    if (text("max").trim() === "" || Number.isNaN(decimal(text("max")))) return { ok: false, message: "Điểm tối đa phải là một số, ví dụ 1,5." };
    await updateCriterion(db, actor, { criterionId: Number(text("criterionId")), title: text("title"), max: decimal(text("max")), scoring: text("scoring"), steps, evidence: text("evidence") || null, appraiser: text("appraiser") || null });
    return backWith(request, "Đã sửa tiêu chí.", `tc-${text("criterionId")}`);
  } catch (e) {
    return actionError(e);
  }
}

export default function FrameworkPage() {
  const data = useLoaderData<typeof loader>();
  const failed = useActionData<typeof action>();
  const [params] = useSearchParams();
  const result = failed ?? (params.get("tb") ? { ok: true, message: params.get("tb") ?? "" } : null);
  const fw = data.framework;
  return (
    <div className="cycle-page">
      <nav className="breadcrumb">
        <Link to="/danh-gia">{t.nav}</Link> › Bộ chỉ số
      </nav>
      <div className="page-head">
        <h1>{fw.name}</h1>
        <p className="muted small">
          Áp dụng từ năm {fw.fromYear}
          {fw.decision ? ` · ${fw.decision}` : ""}
          {fw.maxPoints !== null ? ` · Tổng điểm tối đa ${formatNumber(fw.maxPoints)}` : ""}
        </p>
      </div>
      {result ? (
        <p className={result.ok ? "form-ok" : "form-error"} role="status">
          {result.message}
        </p>
      ) : null}
      {data.components.every((c) => c.criteria.length === 0) ? (
        <p className="panel notice-panel">Bộ chỉ số chưa có tiêu chí: nhập tiêu chí từ tệp mẫu ở trang kỳ đánh giá dùng bộ chỉ số này.</p>
      ) : null}
      {data.components.map((c) => (
        <section key={c.id} className="panel">
          <div className="section-head">
            <h2>{c.name}</h2>
            <span className="small muted">{c.maxPoints !== null ? `Tối đa ${formatNumber(c.maxPoints)} điểm` : "Chưa có điểm tối đa"}</span>
          </div>
          {c.criteria.map((k) => (
            <article key={k.id} className="criterion" id={`tc-${k.id}`}>
              <div className="criterion-head">
                <span className="criterion-title">
                  {k.ordinal ? <strong>{k.ordinal}. </strong> : null}
                  {k.title}
                </span>
                <span className="criterion-max nowrap">Tối đa {formatNumber(k.maxPoints)} điểm</span>
              </div>
              <p className="small muted">
                {t.scoring[k.scoring]}
                {k.scoring === "steps" && k.steps ? `: ${k.steps.map((x) => formatNumber(x)).join("; ")}` : ""}
                {k.evidenceRequired ? ` · Tài liệu kiểm chứng: ${k.evidenceRequired}` : ""}
                {k.appraiserPrinted ? ` · Cơ quan thẩm định: ${k.appraiserPrinted}` : ""}
              </p>
              {data.mayEdit && !k.scored ? (
                <details>
                  <summary className="small">Sửa tiêu chí</summary>
                  <Form method="post" className="evidence-form">
                    <input type="hidden" name="criterionId" value={k.id} />
                    <label>
                      Tên tiêu chí
                      <input name="title" defaultValue={k.title} required />
                    </label>
                    <label>
                      Điểm tối đa
                      <input name="max" defaultValue={formatNumber(k.maxPoints)} inputMode="decimal" required />
                    </label>
                    <label>
                      Cách chấm
                      <select name="scoring" defaultValue={k.scoring}>
                        <option value="range">{t.scoring.range}</option>
                        <option value="steps">{t.scoring.steps}</option>
                        <option value="survey">{t.scoring.survey}</option>
                      </select>
                    </label>
                    <label>
                      Các mức điểm (cách nhau bởi dấu ;)
                      <input name="steps" defaultValue={k.steps ? k.steps.map((x) => formatNumber(x)).join("; ") : ""} placeholder="0; 0,5; 1" />
                    </label>
                    <label>
                      Tài liệu kiểm chứng
                      <input name="evidence" defaultValue={k.evidenceRequired ?? ""} />
                    </label>
                    <label>
                      Cơ quan thẩm định
                      <input name="appraiser" defaultValue={k.appraiserPrinted ?? ""} />
                    </label>
                    <button type="submit" className="secondary">
                      Lưu tiêu chí
                    </button>
                  </Form>
                </details>
              ) : k.scored ? (
                <p className="small muted">Đã có đơn vị chấm tiêu chí này: không sửa được nữa.</p>
              ) : null}
            </article>
          ))}
        </section>
      ))}
    </div>
  );
}
