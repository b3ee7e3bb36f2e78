import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { readUploadForm } from "../lib/upload.server";
import { Form, Link, redirect, useActionData, useLoaderData } from "@remix-run/react";
import { copyFramework, cyclePlans, evaluableUnits, importFramework, listCycles, listFrameworks, openCycle } from "../cycle/cycle.server";
import { cycleText as t } from "../cycle/strings";
import { actionError, requireUser, requireUserForMutation } from "../lib/session.server";
import { APP_NAME } from "../lib/strings";

export const meta: MetaFunction = () => [{ title: `Kỳ đánh giá Chỉ số CCHC — ${APP_NAME}` }];

const LEVELS: Record<string, string> = { province: "Cấp tỉnh", "provincial-agency": "Sở, ban, ngành", district: "Cấp huyện", commune: "Cấp xã" };

export async function loader({ request }: LoaderFunctionArgs) {
  const { db, actor } = await requireUser(request);
  const cycles = await listCycles(db, actor);
  const runsAny = actor.roles.includes("noi-vu");
  const frameworks = runsAny ? await listFrameworks(db, actor) : [];
  const plans = runsAny ? await cyclePlans(db, actor) : [];
  // A plan typed in the app names no evaluated units: they are picked when the cycle opens.
  const choices = await evaluableUnits(db, [...new Set(plans.filter((p) => !p.namesUnits).map((p) => p.issuerUnitId))]);
  return { cycles, frameworks, plans, runsAny, choices };
}

export async function action({ request }: ActionFunctionArgs) {
  const { db, actor } = await requireUserForMutation(request);
  const read = await readUploadForm(request, { maxFileBytes: 5 * 1024 * 1024, maxTotalBytes: 5 * 1024 * 1024 + 1024 * 1024, maxFiles: 1 });
  if ("refused" in read) return { ok: false, message: read.refused, errors: [] };
  const form = read;
  const text = (k: string) => String(form.get(k) ?? "");
  const header = { code: text("code"), name: text("name"), level: text("level"), fromYear: text("fromYear"), decision: text("decision") };
  try {
    switch (text("intent")) {
      case "import": {
        const file = form.get("file");
        if (!(file instanceof File) || file.size === 0) return { ok: false, message: "Hãy chọn tệp .xlsx theo mẫu bộ chỉ số.", errors: [] };
        const r = await importFramework(db, actor, header, { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
        if (!r.ok) return { ok: false, message: "Tệp có lỗi; chưa có gì được ghi.", errors: r.errors };
        return { ok: true, message: `Đã nhập bộ chỉ số: ${r.components} chỉ số thành phần, ${r.criteria} tiêu chí.`, errors: [] };
      }
      case "copy":
        await copyFramework(db, actor, { ...header, fromId: Number(text("fromId")) });
        return { ok: true, message: "Đã sao chép bộ chỉ số.", errors: [] };
      case "open": {
        const unitIds = form.getAll("unitId").map((v) => Number(v)).filter((n) => Number.isSafeInteger(n) && n > 0);
        const { cycleId } = await openCycle(db, actor, { planCode: text("planCode"), frameworkId: Number(text("frameworkId")), council: [], unitIds });
        return redirect(`/danh-gia/${cycleId}`);
      }
      default:
        return { ok: false, message: "Thao tác không hợp lệ.", errors: [] };
    }
  } catch (e) {
    return { ...actionError(e), errors: [] };
  }
}

export default function CyclesPage() {
  const data = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  return (
    <div>
      <div className="page-head">
        <h1>Kỳ đánh giá Chỉ số CCHC</h1>
        <p className="muted">Tự đánh giá, thẩm định, giải trình, điều tra xã hội học, phê duyệt và công bố kết quả theo từng tiêu chí.</p>
      </div>
      {result ? (
        <div className={result.ok ? "form-ok" : "form-error"} role="status">
          {result.message}
          {result.errors.length ? (
            <ul className="import-errors">
              {result.errors.slice(0, 30).map((e, i) => (
                <li key={i}>{e.message}</li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
      <section className="panel">
        <h2>Các kỳ đánh giá</h2>
        {data.cycles.length === 0 ? <p className="muted">Chưa có kỳ đánh giá nào bạn tham gia.</p> : null}
        <ul className="cycle-list">
          {data.cycles.map((c) => (
            <li key={c.id}>
              <Link to={`/danh-gia/${c.id}`}>
                Năm {c.year} · {LEVELS[c.level]}: {c.planTitle}
              </Link>
              <div className="small muted">
                {c.frameworkName} · <span className="badge">{t.status[c.status]}</span>
                {c.evaluated ? " · Đơn vị được đánh giá" : ""}
                {c.councilMember ? " · Thành viên Hội đồng thẩm định" : ""}
              </div>
            </li>
          ))}
        </ul>
      </section>
      {data.runsAny ? (
        <>
          <section className="panel">
            <h2>Mở kỳ đánh giá</h2>
            {data.plans.length === 0 ? (
              <p className="muted">Mọi kế hoạch xác định Chỉ số CCHC đã có kỳ đánh giá.</p>
            ) : (
              <Form method="post" className="form">
                <input type="hidden" name="intent" value="open" />
                <label>
                  Kế hoạch tổ chức
                  <select name="planCode" required>
                    {data.plans.map((p) => (
                      <option key={p.code} value={p.code}>
                        {p.fromYear}: {p.title}
                      </option>
                    ))}
                  </select>
                </label>
                <label>
                  Bộ chỉ số
                  <select name="frameworkId" required>
                    {data.frameworks.map((f) => (
                      <option key={f.id} value={f.id}>
                        {f.name} ({LEVELS[f.level]}, từ {f.fromYear}; {f.criteria} tiêu chí)
                      </option>
                    ))}
                  </select>
                </label>
                {data.choices.length ? (
                  <details className="unit-picker">
                    <summary>Đơn vị được đánh giá (chỉ chọn khi kế hoạch chưa ghi danh sách đơn vị)</summary>
                    <div className="check-grid">
                      {data.choices.map((u) => (
                        <label key={u.unitId} className="check">
                          <input type="checkbox" name="unitId" value={u.unitId} /> {u.name}
                        </label>
                      ))}
                    </div>
                  </details>
                ) : null}
                <p className="small muted">Đơn vị được đánh giá và thời hạn từng bước lấy từ kế hoạch (nếu kế hoạch chưa ghi, chọn đơn vị ở trên); Hội đồng thẩm định phân công ở trang kỳ đánh giá.</p>
                <button type="submit" className="primary">
                  Mở kỳ đánh giá
                </button>
              </Form>
            )}
          </section>
          <section className="panel">
            <h2>Bộ chỉ số</h2>
            <ul className="cycle-list">
              {data.frameworks.map((f) => (
                <li key={f.id}>
                  <Link to={`/danh-gia/bo-chi-so/${f.id}`}>{f.name}</Link> <span className="small muted">({LEVELS[f.level]}, áp dụng từ {f.fromYear}; {f.criteria} tiêu chí{f.decision ? `; ${f.decision}` : ""})</span>
                </li>
              ))}
            </ul>
            <h3>Nhập bộ chỉ số từ tệp Excel</h3>
            <p className="small">
              <a href="/danh-gia/mau">Tải mẫu bộ chỉ số (.xlsx)</a> — có trang hướng dẫn điền và danh mục mã chỉ số thành phần.
            </p>
            <Form method="post" encType="multipart/form-data" className="form">
              <input type="hidden" name="intent" value="import" />
              <FrameworkHeaderFields />
              <label>
                Tệp .xlsx theo mẫu
                <input type="file" name="file" accept=".xlsx" required />
              </label>
              <button type="submit" className="primary">
                Nhập bộ chỉ số
              </button>
            </Form>
            {data.frameworks.length ? (
              <>
                <h3>Sao chép bộ chỉ số năm trước</h3>
                <Form method="post" className="form">
                  <input type="hidden" name="intent" value="copy" />
                  <label>
                    Sao chép từ
                    <select name="fromId">
                      {data.frameworks.map((f) => (
                        <option key={f.id} value={f.id}>
                          {f.name} ({f.fromYear})
                        </option>
                      ))}
                    </select>
                  </label>
                  <FrameworkHeaderFields />
                  <button type="submit" className="secondary">Sao chép</button>
                </Form>
              </>
            ) : null}
          </section>
        </>
      ) : null}
    </div>
  );
}

function FrameworkHeaderFields() {
  return (
    <div className="grid">
      <label>
        Mã (chữ thường, gạch ngang)
        <input name="code" required placeholder="tam-duong-xa-2025" />
      </label>
      <label>
        Tên bộ chỉ số
        <input name="name" required />
      </label>
      <label>
        Cấp áp dụng
        <select name="level" defaultValue="commune">
          {Object.entries(LEVELS).map(([k, v]) => (
            <option key={k} value={k}>
              {v}
            </option>
          ))}
        </select>
      </label>
      <label>
        Áp dụng từ năm
        <input name="fromYear" inputMode="numeric" required />
      </label>
      <label>
        Quyết định ban hành
        <input name="decision" required placeholder="Quyết định số …/QĐ-UBND ngày …" />
      </label>
    </div>
  );
}
