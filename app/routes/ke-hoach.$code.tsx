import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData, useSearchParams } from "@remix-run/react";
import type { PlanTaskRow } from "../../server/services/plans";
import { todayInVietnam } from "../../server/clock";
import { parseVnDate } from "../../server/domain/vn-date";
import { getPlanPage } from "../../server/services/plans";
import { filterTaskRows, groupByLead, type TaskFilter } from "../lib/task-filter";
import { Pager, pageFrom } from "../components/Pager";
import { TaskStateBadge } from "../components/TaskStateBadge";
import { entityHistory } from "../../server/services/audit";
import { AuditTable } from "../components/AuditTable";
import { TaskUnits } from "../components/TaskUnits";
import { orHttpError, requireUser } from "../lib/session.server";
import { formatDate, formatNumber } from "../lib/format";
import { APP_NAME, taskStateLabel, taskStatusLabel, phaseLabel, planKindLabel, surveyMethodLabel, unitKindLabel } from "../lib/strings";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${data.plan.number ?? "Kế hoạch"} — ${APP_NAME}` : APP_NAME },
];

/** Rows per page: a 2 000-row province plan comes in pages, not as 3 MB of HTML. */
const PLAN_PAGE_SIZE = 100;

function filterFrom(params: URLSearchParams): TaskFilter {
  return {
    unit: params.get("donvi") || null,
    component: params.get("chisotp") || null,
    status: params.get("trangthai") || null,
    state: params.get("han") || null,
  };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { db, actor } = await requireUser(request);
  const url = new URL(request.url);
  const year = Number(url.searchParams.get("nam")) || undefined;
  const asOf = parseVnDate(url.searchParams.get("ngay")) ?? undefined;
  const page = await orHttpError(getPlanPage(db, actor, params.code ?? "", { today: todayInVietnam(), year, asOf }));
  const history = await entityHistory(db, [
    { entity: "plan", ids: [page.plan.id] },
    { entity: "task", ids: page.tasks.map((t) => t.id) },
  ]);
  // Filters (in the URL) and pages are applied here: the browser gets only the rows it shows.
  const all = page.tasks;
  const lead = url.searchParams.get("nhom") === "chutri";
  const filtered = filterTaskRows(all, filterFrom(url.searchParams));
  const listed = lead ? filtered.filter((t) => !t.isHeading) : filtered;
  const { page: pageNo, pages, from, to } = pageFrom(url, listed.length, PLAN_PAGE_SIZE);
  const slice = listed.slice(from, to);
  // A page that starts inside a section repeats the headings above its first row.
  const byId = new Map(all.map((t) => [t.id, t]));
  const above: typeof slice = [];
  if (!lead && slice[0]) {
    for (let p = slice[0].parentId; p !== null; p = byId.get(p)?.parentId ?? null) {
      const h = byId.get(p);
      if (h && !slice.includes(h)) above.unshift(h);
    }
  }
  const pageOf = new Map(listed.map((t, i) => [t.id, Math.floor(i / PLAN_PAGE_SIZE) + 1]));
  return {
    ...page,
    tasks: [...above, ...slice],
    history,
    listing: {
      page: pageNo,
      pages,
      total: listed.length,
      hasEvidence: all.some((t) => t.evidenceRequired),
      units: [...new Map(all.flatMap((t) => t.units).map((u) => [u.code, u.name])).entries()].sort((a, b) => a[1].localeCompare(b[1], "vi")),
      componentKeys: [...new Set(all.flatMap((t) => t.components))],
      sections: all.filter((t) => t.depth === 0 && t.isHeading).map((t) => ({ id: t.id, ordinal: t.ordinal, title: t.title, page: pageOf.get(t.id) ?? null })),
    },
  };
}

const opText: Record<string, string> = { gt: ">", gte: "≥", eq: "=", lt: "<", lte: "≤" };

export default function PlanPage() {
  const page = useLoaderData<typeof loader>();
  const { plan } = page;
  const [params] = useSearchParams();
  const highlight = params.get("chiso");
  const filter = filterFrom(params);
  const grouping = params.get("nhom") === "chutri" ? "lead" : "section";
  // The loader has filtered and paged the rows already.
  const filtered = page.tasks;
  const taskUnitsInPlan = page.listing.units;
  const filtering = Object.values(filter).some(Boolean);
  const componentName = new Map(page.components.map((c) => [c.key, c.shortName]));
  const isCycle = plan.kind === "scoring-cycle";
  const hasEvidence = page.listing.hasEvidence;
  const evaluated = page.planUnits.filter((u) => u.role === "evaluated");
  const council = page.planUnits.filter((u) => u.role === "council-member");
  const evaluatedByKind = new Map<string, number>();
  evaluated.forEach((u) => evaluatedByKind.set(u.kind, (evaluatedByKind.get(u.kind) ?? 0) + 1));
  const directTotal = page.surveyForms.reduce((sum, f) => sum + (f.method === "direct" ? (f.planned ?? 0) : 0), 0);
  const columnCount = hasEvidence ? 6 : 5;
  const sections = page.listing.sections;
  const sectionHref = (t: { id: number; page: number | null }) => {
    const q = new URLSearchParams(params);
    if (t.page && t.page > 1) q.set("trang", String(t.page));
    else q.delete("trang");
    const qs = q.toString();
    return `${qs ? `?${qs}` : "."}#muc-${t.id}`;
  };

  return (
    <>
      <div className="breadcrumb">
        <span>
          <Link to="/ke-hoach">Kế hoạch</Link>
        </span>
        <span>{plan.number ?? "Chưa ghi số"}</span>
      </div>
      <div className="page-head">
        <div className="eyebrow">
          <span className={isCycle ? "badge blue" : "badge red"}>{planKindLabel[plan.kind]}</span>
        </div>
        <h1>{plan.title}</h1>
        {plan.summary ? <p>{plan.summary}</p> : null}
        {page.mayManage ? (
          <div className="downloads">
            <Link className="button-link" to={`/ke-hoach/${plan.code}/sua`}>
              Sửa thông tin kế hoạch
            </Link>
            <Link className="button-link" to={`/ke-hoach/${plan.code}/nhap`}>
              Nhập bảng nhiệm vụ
            </Link>
          </div>
        ) : null}
      </div>

      {params.get("da-nhap") ? (
        <p className="form-ok" role="status">
          Đã nhập {params.get("da-nhap")} dòng từ bảng nhiệm vụ.
        </p>
      ) : null}
      <section className="panel">
        <dl className="facts">
          <dt>Số, ký hiệu</dt>
          <dd>{plan.number ?? <span className="muted">{plan.numberPrinted || "Chưa ghi số"}</span>}</dd>
          <dt>Ngày ban hành</dt>
          <dd>{plan.issuedOn ? formatDate(plan.issuedOn) : <span className="muted">{plan.datePrinted || "Chưa ghi ngày"}</span>}</dd>
          <dt>Cơ quan ban hành</dt>
          <dd>
            <Link to={`/don-vi/${page.issuer.code}`}>{page.issuer.name}</Link>
          </dd>
          <dt>Thời kỳ</dt>
          <dd>{plan.fromYear === plan.toYear ? `Năm ${plan.fromYear}` : `${plan.fromYear}–${plan.toYear}`}</dd>
          {page.parent || plan.implementsPrinted ? (
            <>
              <dt>Thực hiện</dt>
              <dd>
                {page.parent ? (
                  <Link to={`/ke-hoach/${page.parent.code}`}>{page.parent.number ?? page.parent.title}</Link>
                ) : (
                  plan.implementsPrinted
                )}
              </dd>
            </>
          ) : null}
          {plan.reportingDeadlineText ? (
            <>
              <dt>Báo cáo kết quả</dt>
              <dd>
                {page.reportTo ? (
                  <>
                    Về <Link to={`/don-vi/${page.reportTo.code}`}>{page.reportTo.name}</Link>,{" "}
                  </>
                ) : null}
                {plan.reportingDeadlineText}
              </dd>
            </>
          ) : null}
          {page.children.length > 0 ? (
            <>
              <dt>Kế hoạch triển khai</dt>
              <dd>
                {page.children.map((c) => (
                  <div key={c.code}>
                    <Link to={`/ke-hoach/${c.code}`}>{c.number ?? c.title}</Link>
                  </div>
                ))}
              </dd>
            </>
          ) : null}
          {plan.signerName ? (
            <>
              <dt>Người ký</dt>
              <dd>
                {plan.signerName} <span className="muted small">({plan.signerTitle?.replace(/\n/g, " ")})</span>
              </dd>
            </>
          ) : null}
        </dl>
      </section>

      {sections.length > 1 ? (
        <nav className="panel toc" aria-label="Các phần của kế hoạch">
          <strong>Các phần:</strong>
          {sections.map((t) => (
            <a key={t.id} href={sectionHref(t)}>
              {t.ordinal ? `${t.ordinal}. ` : ""}
              {t.title}
            </a>
          ))}
        </nav>
      ) : null}

      <Form method="get" className="filters panel" aria-label="Lọc nhiệm vụ">
        <select name="donvi" defaultValue={filter.unit ?? ""} aria-label="Đơn vị">
          <option value="">Mọi đơn vị</option>
          {taskUnitsInPlan.map(([code, name]) => (
            <option key={code} value={code}>
              {name}
            </option>
          ))}
        </select>
        <select name="chisotp" defaultValue={filter.component ?? ""} aria-label="Chỉ số thành phần">
          <option value="">Mọi chỉ số</option>
          {page.components
            .filter((c) => page.listing.componentKeys.includes(c.key))
            .map((c) => (
              <option key={c.key} value={c.key}>
                {c.shortName}
              </option>
            ))}
        </select>
        <select name="trangthai" defaultValue={filter.status ?? ""} aria-label="Trạng thái">
          <option value="">Mọi trạng thái</option>
          {Object.entries(taskStatusLabel).map(([k, v]) => (
            <option key={k} value={k}>
              {v}
            </option>
          ))}
        </select>
        <select name="han" defaultValue={filter.state ?? ""} aria-label="Thời hạn">
          <option value="">Mọi thời hạn</option>
          {Object.entries(taskStateLabel).map(([k, v]) => (
            <option key={k} value={k}>
              {v}
            </option>
          ))}
        </select>
        <select name="nhom" defaultValue={grouping === "lead" ? "chutri" : ""} aria-label="Nhóm theo">
          <option value="">Theo mục của văn bản</option>
          <option value="chutri">Theo đơn vị chủ trì</option>
        </select>
        {plan.fromYear !== plan.toYear ? (
          <select name="nam" defaultValue={page.year} aria-label="Năm">
            {Array.from({ length: plan.toYear - plan.fromYear + 1 }, (_, i) => plan.fromYear + i).map((y) => (
              <option key={y} value={y}>
                Năm {y}
              </option>
            ))}
          </select>
        ) : null}
        <button type="submit" className="secondary">
          Lọc
        </button>
        {filtering ? <Link to={`/ke-hoach/${plan.code}`}>Bỏ lọc</Link> : null}
        <span className="muted small">Thời hạn tính tại ngày {formatDate(page.asOf)}</span>
      </Form>

      <Pager page={page.listing.page} pages={page.listing.pages} total={page.listing.total} />
      {grouping === "lead" ? (
        <LeadGroups groups={groupByLead(filtered.filter((t) => !t.isHeading))} />
      ) : null}

      <section className="panel" aria-labelledby="tasks-title" hidden={grouping === "lead"}>
        <h2 id="tasks-title">
          {isCycle ? "Các bước triển khai" : "Nhiệm vụ"}
          <span className="panel-note">Theo thứ tự và số thứ tự của văn bản</span>
        </h2>
        <div className="table-wrap">
          <table className="data cards plan-tasks">
            <colgroup>
              <col className="c-ordinal" />
              <col className={hasEvidence ? "c-title" : "c-title wide"} />
              <col className="c-lead" />
              <col className="c-coord" />
              <col className="c-deadline" />
              {hasEvidence ? <col className="c-evidence" /> : null}
            </colgroup>
            <thead>
              <tr>
                <th>TT</th>
                <th>Nhiệm vụ</th>
                <th>Chủ trì</th>
                <th>Phối hợp</th>
                <th>Thời gian</th>
                {hasEvidence ? <th>Tài liệu kiểm chứng</th> : null}
              </tr>
            </thead>
            <tbody>
              {filtered.length === 0 ? (
                <tr>
                  <td colSpan={columnCount} className="muted">
                    Không có nhiệm vụ nào phù hợp với bộ lọc.
                  </td>
                </tr>
              ) : null}
              {filtered.map((t) => {
                const lead = t.units.filter((u) => u.role === "lead");
                const coordinating = t.units.filter((u) => u.role === "coordinating");
                if (t.isHeading) {
                  return (
                    <tr key={t.id} id={`muc-${t.id}`} className={`heading depth-${Math.min(t.depth, 2)}`}>
                      <td className="ordinal">{t.ordinal}</td>
                      <td colSpan={columnCount - 1}>{t.title}</td>
                    </tr>
                  );
                }
                return (
                  <tr key={t.id} id={`nv-${t.id}`} className={highlight && t.components.includes(highlight) ? "highlight" : undefined}>
                    <td className="ordinal">{t.ordinal ?? ""}</td>
                    <td className="task-title" data-label="Nhiệm vụ">
                      <Link to={`/nhiem-vu/${t.id}`} className="task-link">
                        {t.title}
                      </Link>
                      <div className="chips task-status">
                        <span className="badge">{taskStatusLabel[t.status]}{t.progress > 0 && t.progress < 100 ? ` ${t.progress}%` : ""}</span>
                        {t.state !== "no-fixed-date" ? <TaskStateBadge state={t.state} /> : null}
                        {t.evidenceCount > 0 ? <span className="badge green">{t.evidenceCount} tài liệu</span> : null}
                      </div>
                      {t.components.length > 0 || t.phase ? (
                        <div className="chips" style={{ marginTop: "0.3rem" }}>
                          {t.phase ? <span className="badge blue">{phaseLabel[t.phase]}</span> : null}
                          {t.components.map((k) => (
                            <span key={k} className="badge">
                              {componentName.get(k) ?? k}
                            </span>
                          ))}
                        </div>
                      ) : null}
                      {t.numericTargets.length > 0 ? (
                        <div className="printed">
                          Chỉ tiêu:{" "}
                          {t.numericTargets
                            .map((n) => `${n.metric} ${opText[n.op] ?? ""} ${formatNumber(n.value)}${n.unit === "%" ? " %" : ` ${n.unit}`}${n.year ? ` (${n.year})` : ""}`)
                            .join("; ")}
                        </div>
                      ) : null}
                    </td>
                    <td data-label="Chủ trì">
                      <TaskUnits units={lead} printed={t.leadPrinted} />
                    </td>
                    <td data-label="Phối hợp">
                      {t.coordinatingPrinted ? (
                        <span>{t.coordinatingPrinted}</span>
                      ) : (
                        <TaskUnits units={coordinating} printed={null} />
                      )}
                    </td>
                    <td data-label="Thời gian">{t.deadlineText ?? <span className="muted">—</span>}</td>
                    {hasEvidence ? <td data-label="Tài liệu kiểm chứng">{t.evidenceRequired ?? ""}</td> : null}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </section>
      <Pager page={page.listing.page} pages={page.listing.pages} total={page.listing.total} />

      {page.surveyForms.length > 0 ? (
        <section className="panel" aria-labelledby="survey-title">
          <h2 id="survey-title">Phiếu điều tra xã hội học</h2>
          <div className="table-wrap">
            <table className="data">
              <thead>
                <tr>
                  <th>Mã phiếu</th>
                  <th>Đối tượng điều tra</th>
                  <th>Hình thức</th>
                  <th className="num">Số lượng phiếu</th>
                </tr>
              </thead>
              <tbody>
                {page.surveyForms.map((f) => (
                  <tr key={f.code}>
                    <td className="nowrap">
                      <strong>{f.code}</strong>
                    </td>
                    <td>
                      {f.respondents}
                      {f.note ? <div className="printed">{f.note}</div> : null}
                    </td>
                    <td>{surveyMethodLabel[f.method]}</td>
                    <td className="num">{f.planned ?? "—"}</td>
                  </tr>
                ))}
                {directTotal > 0 ? (
                  <tr className="total">
                    <td colSpan={3}>Tổng số phiếu trực tiếp</td>
                    <td className="num">{directTotal}</td>
                  </tr>
                ) : null}
              </tbody>
            </table>
          </div>
        </section>
      ) : null}

      {evaluated.length > 0 || council.length > 0 ? (
        <div className="grid cols-2">
          {evaluated.length > 0 ? (
            <section className="panel">
              <h2>Đối tượng đánh giá ({evaluated.length})</h2>
              <p className="small muted">
                {[...evaluatedByKind.entries()].map(([k, n]) => `${unitKindLabel[k]}: ${n}`).join(" · ")}
              </p>
              <details>
                <summary>Xem danh sách</summary>
                <ul className="unit-list">
                  {evaluated.map((u) => (
                    <li key={u.code}>
                      <Link to={`/don-vi/${u.code}`}>{u.name}</Link>
                    </li>
                  ))}
                </ul>
              </details>
            </section>
          ) : null}
          {council.length > 0 ? (
            <section className="panel">
              <h2>Thành viên Hội đồng thẩm định</h2>
              <ul className="unit-list">
                {council.map((u) => (
                  <li key={u.code}>
                    <Link to={`/don-vi/${u.code}`}>{u.name}</Link>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
        </div>
      ) : null}
      <details className="group history">
        <summary>
          <span>Lịch sử thay đổi của kế hoạch và các nhiệm vụ</span>
          <span className="count">{page.history.length} lần</span>
        </summary>
        <div className="body">
          <AuditTable rows={page.history} />
        </div>
      </details>
    </>
  );
}

function LeadGroups({ groups }: { groups: Array<{ name: string; code: string | null; tasks: PlanTaskRow[] }> }) {
  if (groups.length === 0) return <p className="panel muted">Không có nhiệm vụ nào phù hợp với bộ lọc.</p>;
  return (
    <>
      {groups.map((g) => (
        <section className="panel" key={g.code ?? g.name}>
          <h2>
            {g.code ? <Link to={`/don-vi/${g.code}`}>{g.name}</Link> : g.name}
            <span className="panel-note">{g.tasks.length} nhiệm vụ chủ trì</span>
          </h2>
          <ul className="lead-tasks">
            {g.tasks.map((t) => (
              <li key={t.id}>
                <span className="ordinal">{t.ordinal ?? "–"}</span>
                <div>
                  <Link to={`/nhiem-vu/${t.id}`}>{t.title}</Link>
                  <div className="chips task-status">
                    <span className="badge">{taskStatusLabel[t.status]}</span>
                    {t.state !== "no-fixed-date" ? <TaskStateBadge state={t.state} /> : null}
                    <span className="muted small">{t.deadlineText ?? ""}</span>
                  </div>
                </div>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
