import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { getUnitPage, type UnitResultRow } from "../../server/services/units";
import { entityHistory } from "../../server/services/audit";
import { AuditTable } from "../components/AuditTable";
import { columnHelper, DataTable } from "../components/DataTable";
import { orHttpError, requireUser } from "../lib/session.server";
import { formatDate, formatPercent, formatPoints, formatRank } from "../lib/format";
import { APP_NAME, resultSourceLabel, successionVerb, unitAdminText, unitKindLabel } from "../lib/strings";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${data.unit.name} — ${APP_NAME}` : APP_NAME },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { db, actor } = await requireUser(request);
  const page = await orHttpError(getUnitPage(db, actor, params.code ?? ""));
  const history = await entityHistory(db, [{ entity: "unit", ids: [page.unit.id] }]);
  const keepsUnits = actor.roles.includes("noi-vu") || actor.roles.includes("quan-tri");
  return { ...page, history, keepsUnits };
}

type YearCell = Pick<UnitResultRow, "points" | "maxPoints" | "percent" | "rank" | "rankOf" | "source">;
interface ComponentRow {
  key: string;
  name: string;
  isTotal: boolean;
  byYear: Record<number, YearCell | undefined>;
}

function scoreText(c: YearCell | undefined): string {
  if (!c) return "—";
  if (c.percent != null) return formatPercent(c.percent);
  if (c.points != null) return c.maxPoints ? `${formatPoints(c.points)}/${formatPoints(c.maxPoints)}` : `${formatPoints(c.points)} điểm`;
  return "—";
}

type Components = Array<{ key: string; name: string; shortName: string; position: number }>;

/** Results by component (rows) and year (columns): the unit's own, or a predecessor's. */
function ResultsByYear({ results, components, caption }: { results: Array<YearCell & { year: number; componentKey: string }>; components: Components; caption: string }) {
  const years = [...new Set(results.map((r) => r.year))].sort((a, b) => a - b);
  const keys = new Set(results.map((r) => r.componentKey));
  const rows: ComponentRow[] = components
    .filter((c) => keys.has(c.key))
    .map((c) => ({
      key: c.key,
      name: c.name,
      isTotal: c.key === "tong",
      byYear: Object.fromEntries(years.map((y) => [y, results.find((r) => r.year === y && r.componentKey === c.key)])),
    }));

  const h = columnHelper<ComponentRow>();
  const columns = h.columns([
    h.accessor("name", {
      header: "Chỉ số thành phần",
      enableSorting: false,
      cell: (info) => info.getValue(),
    }),
    ...years.flatMap((y) => [
      h.accessor((r) => r.byYear[y]?.percent ?? r.byYear[y]?.points ?? null, {
        id: `score-${y}`,
        header: `${y}: kết quả`,
        meta: { className: "num", label: `${y} kết quả` },
        sortUndefined: "last",
        cell: (info) => scoreText(info.row.original.byYear[y]),
      }),
      h.accessor((r) => r.byYear[y]?.rank ?? null, {
        id: `rank-${y}`,
        header: `${y}: hạng`,
        meta: { className: "num", label: `${y} hạng` },
        cell: (info) => {
          const c = info.row.original.byYear[y];
          return formatRank(c?.rank, c?.rankOf);
        },
      }),
    ]),
  ]);
  return <DataTable columns={columns} data={rows} rowClassName={(r) => (r.isTotal ? "total" : undefined)} caption={caption} />;
}

export default function UnitPage() {
  const page = useLoaderData<typeof loader>();
  const componentName = new Map(page.components.map((c) => [c.key, c.shortName]));

  const sources = [...new Set(page.results.map((r) => r.source))];

  return (
    <>
      <div className="breadcrumb">
        <span>
          <Link to="/don-vi">Đơn vị</Link>
        </span>
        {page.ancestors.map((a) => (
          <span key={a.code}>
            <Link to={`/don-vi/${a.code}`}>{a.name}</Link>
          </span>
        ))}
      </div>
      <div className="page-head">
        <div className="eyebrow">{unitKindLabel[page.unit.kind]}</div>
        <h1>
          {page.unit.name}
          {page.unit.closedOn ? <span className="badge closed">Đã đóng</span> : null}
        </h1>
        {page.unit.note ? <p className="small muted">{page.unit.note}</p> : null}
        {page.keepsUnits ? (
          <p className="small">
            <Link to={`/quan-tri/don-vi?donvi=${page.unit.code}`}>{unitAdminText.manageLink} →</Link>
          </p>
        ) : null}
      </div>
      {page.unit.closedOn ? (
        <p className="closed-banner" role="note">
          {unitAdminText.closedBanner} {formatDate(page.unit.closedOn)}.{" "}
          {page.successors.map((s) => (
            <span key={s.code}>
              {successionVerb[s.kind]} <Link to={`/don-vi/${s.code}`}>{s.name}</Link> từ {formatDate(s.effectiveOn)}
              {s.decision ? ` (${s.decision})` : ""}.{" "}
            </span>
          ))}
          Kết quả và kế hoạch của đơn vị vẫn được giữ để xem lại.
        </p>
      ) : null}

      <section className="panel" aria-labelledby="results-title">
        <h2 id="results-title">
          Kết quả Chỉ số CCHC theo năm
          {sources.length > 0 ? (
            <span className="panel-note">Nguồn: {sources.map((s) => resultSourceLabel[s]).join(", ")}</span>
          ) : null}
        </h2>
        {page.results.length > 0 ? (
          <ResultsByYear results={page.results} components={page.components} caption="Kết quả theo năm và chỉ số thành phần" />
        ) : (
          <p className="muted">Chưa có kết quả chỉ số của đơn vị này.</p>
        )}
      </section>

      {page.predecessors.map((p) => (
        <section className="panel" key={p.code} aria-label={p.label}>
          <h2>
            <span>
              {unitAdminText.predecessorsTitle}: <Link to={`/don-vi/${p.code}`}>{p.label}</Link>
            </span>
          </h2>
          {p.results.length > 0 ? (
            <ResultsByYear results={p.results} components={page.components} caption={`Kết quả theo năm của ${p.label}`} />
          ) : (
            <p className="muted">Chưa có kết quả chỉ số của {p.name} trước khi sáp nhập.</p>
          )}
        </section>
      ))}

      {page.targets.length > 0 ? (
        <section className="panel" aria-labelledby="targets-title">
          <h2 id="targets-title">Mục tiêu</h2>
          <div className="table-wrap">
            <table className="data cards">
              <thead>
                <tr>
                  <th>Năm</th>
                  <th>Chỉ số</th>
                  <th>Mục tiêu điểm</th>
                  <th>Mục tiêu thứ hạng</th>
                  <th>Đơn vị thực hiện/theo dõi</th>
                  <th>Kế hoạch</th>
                </tr>
              </thead>
              <tbody>
                {page.targets.map((t) => (
                  <tr key={t.id} className={t.componentKey === "tong" ? "total" : undefined}>
                    <td data-label="Năm" className="nowrap">
                      {t.year}
                    </td>
                    <td data-label="Chỉ số">
                      {componentName.get(t.componentKey) ?? t.componentKey}
                      <div className="printed">{t.label}</div>
                    </td>
                    <td data-label="Mục tiêu điểm">{t.printed}</td>
                    <td data-label="Mục tiêu thứ hạng">{t.rankPrinted ?? "—"}</td>
                    <td data-label="Đơn vị thực hiện">{t.responsiblePrinted ?? "—"}</td>
                    <td data-label="Kế hoạch">
                      {t.planCode ? <Link to={`/ke-hoach/${t.planCode}`}>{t.planNumber ?? "Kế hoạch"}</Link> : "—"}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ) : null}

      <div className="grid cols-2">
        {page.plans.length > 0 ? (
          <section className="panel">
            <h2>Kế hoạch do đơn vị ban hành</h2>
            <ul className="unit-list">
              {page.plans.map((p) => (
                <li key={p.code}>
                  <Link to={`/ke-hoach/${p.code}`}>{p.number ?? "Kế hoạch (chưa ghi số)"}</Link>{" "}
                  <span className="muted small">
                    {p.title} ({p.fromYear === p.toYear ? p.fromYear : `${p.fromYear}–${p.toYear}`})
                  </span>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        {page.children.length > 0 ? (
          <section className="panel">
            <h2>Đơn vị trực thuộc ({page.children.length})</h2>
            <ul className="unit-list">
              {page.children.map((c) => (
                <li key={c.code}>
                  <Link to={`/don-vi/${c.code}`}>{c.name}</Link>{" "}
                  <span className="muted small">{unitKindLabel[c.kind]}</span>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
      </div>

      <details className="group history">
        <summary>
          <span>Lịch sử thay đổi</span>
          <span className="count">{page.history.length} lần</span>
        </summary>
        <div className="body">
          <AuditTable rows={page.history} showEntity={false} />
        </div>
      </details>
    </>
  );
}
