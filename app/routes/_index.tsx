import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { parseVnDate } from "../../server/domain/vn-date";
import { renderChartSvg } from "../../server/charts";
import { placeInline } from "../../server/runtime/request-context";
import { getDashboard, type ComponentRow } from "../../server/services/dashboard";
import { componentsOption, radarOption, trendOption, type ComponentBar, type TrendData } from "../charts/options";
import { Chart } from "../components/Chart";
import { columnHelper, DataTable } from "../components/DataTable";
import { FlagGroups } from "../components/FlagGroups";
import { UnitYearSelects } from "../components/UnitYearSelects";
import { VerdictBadge } from "../components/VerdictBadge";
import { formatDate, formatNumber, formatPercent, formatPoints, formatRank } from "../lib/format";
import { dashboardQuery } from "../lib/dashboard-query.server";
import { orHttpError, requireUser } from "../lib/session.server";
import { APP_NAME, taskStatusLabel } from "../lib/strings";
import { todayInVietnam } from "../../server/clock";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `Chỉ số CCHC ${data.dashboard.unit.name} năm ${data.dashboard.year} — ${APP_NAME}` : APP_NAME },
];


export async function loader({ request }: LoaderFunctionArgs) {
  const { db, actor } = await requireUser(request);
  const params = dashboardQuery.parse(Object.fromEntries([...new URL(request.url).searchParams].filter(([, v]) => v !== "")));
  const asOf = params.ngay ? parseVnDate(params.ngay) : null;
  const dashboard = await orHttpError(
    getDashboard(db, actor, { unitCode: params.donvi, year: params.nam, asOf: asOf ?? undefined, today: todayInVietnam() }),
  );
  const charts = chartData(dashboard);
  return {
    // The table shows each component's task count, overdue count and latest report: a province
    // plan has thousands of tasks, which the page links to rather than carries.
    // The flags travel once, grouped by component (flagGroups), not again per row and in a list.
    dashboard: { ...dashboard, flags: undefined, total: dashboard.total && withTaskSummary(dashboard.total), components: dashboard.components.map(withTaskSummary) },
    dateError: params.ngay && !asOf ? "Ngày xem không hợp lệ: nhập theo dạng ngày/tháng/năm, ví dụ 10/12/2024." : null,
    charts,
    svgs: {
      // Slots of this document's HTML: the SVGs are not sent again in the page's data.
      trend: placeInline(renderChartSvg(trendOption(charts.trend), 720, 340)),
      components: charts.bars.length > 0 ? placeInline(renderChartSvg(componentsOption(charts.bars, charts.labels), 720, 60 + charts.bars.length * 44)) : null,
      radar: charts.bars.length >= 3 ? placeInline(renderChartSvg(radarOption(charts.bars, charts.labels), 520, 380)) : null,
    },
  };
}

type Dashboard = Awaited<ReturnType<typeof getDashboard>>;

function withTaskSummary({ tasks, flags, ...row }: ComponentRow) {
  // The most recent report, in one pass (a province component has hundreds of tasks).
  let latest: (typeof tasks)[number] | undefined;
  let latestAt = -Infinity;
  for (const t of tasks) {
    const at = t.lastUpdateAt ? new Date(t.lastUpdateAt).getTime() : -Infinity;
    if (at > latestAt) {
      latest = t;
      latestAt = at;
    }
  }
  return {
    ...row,
    flagCount: flags.length,
    taskCount: tasks.length,
    taskPlanCode: tasks[0]?.planCode ?? null,
    latestTask: latest ? { id: latest.id, lastUpdateAt: latest.lastUpdateAt!, status: latest.status, progress: latest.progress, evidenceCount: latest.evidenceCount } : null,
  };
}
type ComponentView = ReturnType<typeof withTaskSummary>;
type RowFigures = Omit<ComponentRow, "tasks" | "flags">;

function chartData(d: Dashboard) {
  const targetValue = (r: RowFigures | null) =>
    r?.target && r.target.scoreOp && r.target.scoreOp !== "gt-previous-year" ? r.target.scoreValue : null;
  const trend: TrendData = {
    points: d.series.map((p) => ({
      year: p.year,
      // Percent wherever the figure is or converts; a points figure without its maximum stays in its own series.
      score: p.percent ?? p.score,
      unit: p.percent !== null ? ("percent" as const) : ("points" as const),
      rank: p.rank,
      rankOf: p.rankOf,
      flagged: p.flags.some((f) => f.kind === "fell") ? "Giảm" : p.flags.some((f) => f.kind === "rank-fell-score-rose") ? "Tụt hạng" : null,
    })),
    targets: d.total?.target ? [{ year: d.year, value: targetValue(d.total), printed: d.total.target.printed }] : [],
  };
  const bars: ComponentBar[] = d.components
    .filter((r) => r.last?.unit === "percent")
    .map((r) => ({ name: r.shortName, actual: r.last?.score ?? null, target: targetValue(r) }));
  const lastYear = d.components.find((r) => r.last)?.last?.year ?? d.year;
  return { trend, bars, labels: { actual: `Kết quả ${lastYear}`, target: `Mục tiêu ${d.year}` } };
}

function scoreText(r: RowFigures): string {
  if (!r.last) return "—";
  return r.last.unit === "percent" ? formatPercent(r.last.score) : `${formatPoints(r.last.score)} điểm`;
}

/** Verdict badge text: "Chưa có kết quả năm 2024" rather than a verdict on another year's result. */
function verdictNote(r: RowFigures): string | undefined {
  return r.verdict === "no-data" && r.judgement.note ? r.judgement.note : undefined;
}

function gapText(gap: number | null): string {
  if (gap === null) return "—";
  if (gap > 0) return formatNumber(gap);
  if (gap === 0) return "0";
  return `vượt ${formatNumber(-gap)}`;
}

export default function DashboardPage() {
  const { dashboard: d, charts, svgs, dateError } = useLoaderData<typeof loader>();
  const lastYear = d.components.find((r) => r.last)?.last?.year ?? d.total?.last?.year ?? d.year;
  const widest = new Set(
    [...d.components]
      .filter((r) => (r.gap ?? r.judgement.latestGap ?? 0) > 0)
      .sort((a, b) => (b.gap ?? b.judgement.latestGap ?? 0) - (a.gap ?? a.judgement.latestGap ?? 0))
      .slice(0, 2)
      .map((r) => r.key),
  );

  // A page opened from here is viewed at the same date as this one.
  const viewDateQuery = d.asOf !== d.asOfDefault ? `?ngay=${formatDate(d.asOf)}` : "";
  const h = columnHelper<ComponentView>();
  const columns = h.columns([
    h.accessor("name", {
      header: "Chỉ số thành phần",
      meta: { className: "name-col" },
      cell: (info) => (
        <>
          {info.getValue()}
          {widest.has(info.row.original.key) ? (
            <div>
              <span className="badge red">Khoảng cách lớn nhất</span>
            </div>
          ) : null}
        </>
      ),
    }),
    h.accessor((r) => r.last?.score ?? null, {
      id: "score",
      header: `Năm ${lastYear}`,
      sortUndefined: "last",
      meta: { className: "num", label: `Năm ${lastYear}` },
      cell: (info) => {
        const r = info.row.original;
        return r.last && r.last.year !== lastYear ? `${scoreText(r)} (năm ${r.last.year})` : scoreText(r);
      },
    }),
    h.accessor((r) => r.last?.rank ?? null, {
      id: "rank",
      header: "Hạng",
      meta: { className: "num", label: "Hạng" },
      cell: (info) => formatRank(info.row.original.last?.rank, info.row.original.last?.rankOf),
    }),
    h.accessor((r) => r.target?.printed ?? "", {
      id: "target",
      header: `Mục tiêu ${d.year}`,
      enableSorting: false,
      meta: { label: `Mục tiêu ${d.year}` },
      cell: (info) => info.row.original.target?.printed ?? <span className="muted">—</span>,
    }),
    h.accessor((r) => r.target?.rankValue ?? null, {
      id: "targetRank",
      header: "Hạng mục tiêu",
      meta: { className: "num", label: "Hạng mục tiêu" },
      cell: (info) => info.row.original.target?.rankPrinted ?? "—",
    }),
    h.accessor((r) => r.gap ?? r.judgement.latestGap, {
      id: "gap",
      header: "Còn thiếu (điểm)",
      sortUndefined: "last",
      meta: { className: "num", label: "Còn thiếu (điểm)" },
      cell: (info) => {
        const r = info.row.original;
        if (r.gap !== null) return gapText(r.gap);
        if (r.judgement.latestGap === null) return "—";
        return (
          <>
            {gapText(r.judgement.latestGap)}
            <div className="printed">từ kết quả {r.judgement.latestYear}</div>
          </>
        );
      },
    }),
    h.accessor("verdict", {
      header: "Đánh giá",
      meta: { label: "Đánh giá" },
      cell: (info) => (
        <VerdictBadge verdict={info.getValue()} score={info.row.original.scoreVerdict} rank={info.row.original.rankVerdict} label={verdictNote(info.row.original)} />
      ),
    }),
    h.accessor((r) => r.target?.responsible.join(", ") ?? "", {
      id: "responsible",
      header: "Đơn vị thực hiện",
      enableSorting: false,
      meta: { className: "responsible", label: "Đơn vị thực hiện" },
      cell: (info) => {
        const t = info.row.original.target;
        if (!t) return "—";
        return t.responsible.length > 0 ? t.responsible.join("; ") : (t.responsiblePrinted ?? "—");
      },
    }),
    h.accessor((r) => r.taskCount, {
      id: "tasks",
      header: "Nhiệm vụ",
      meta: { label: "Nhiệm vụ" },
      cell: (info) => {
        const r = info.row.original;
        if (r.taskCount === 0 || !r.taskPlanCode) return <span className="muted">—</span>;
        const latest = r.latestTask;
        return (
          <>
            <Link to={`/ke-hoach/${r.taskPlanCode}?chisotp=${r.key}${viewDateQuery.replace("?", "&")}`} className="nowrap">
              {r.taskCount} nhiệm vụ
            </Link>
            {r.overdue > 0 ? <span className="badge red">{r.overdue} quá hạn</span> : null}
            {latest ? (
              <div className="printed">
                <Link to={`/nhiem-vu/${latest.id}${viewDateQuery}`}>Cập nhật {formatDate(latest.lastUpdateAt)}</Link>: {taskStatusLabel[latest.status]} {latest.progress}%
                {latest.evidenceCount ? `, ${latest.evidenceCount} tài liệu` : ""}
              </div>
            ) : null}
          </>
        );
      },
    }),
  ]);

  const total = d.total;
  return (
    <>
      <div className="page-head">
        <div className="eyebrow">Bảng theo dõi Chỉ số CCHC</div>
        <h1>
          {d.unit.name} — năm {d.year}
        </h1>
        <p className="small muted">
          {d.asOf === d.asOfDefault && d.asOfBasis === "reporting-date"
            ? `Năm kế hoạch ${d.year} đã kết thúc: tình trạng nhiệm vụ tính tại ngày báo cáo ${formatDate(d.asOf)} của năm kế hoạch ${d.year}.`
            : d.asOf === d.asOfDefault && d.asOfBasis === "year-end"
              ? `Năm ${d.year} đã kết thúc: số liệu tính đến ngày ${formatDate(d.asOf)}.`
              : `Tình trạng nhiệm vụ tính tại ngày ${formatDate(d.asOf)}${d.asOf !== d.asOfDefault ? ` (mặc định: ${formatDate(d.asOfDefault)})` : " (hôm nay)"}.`}
        </p>
      </div>

      <Form method="get" className="filters panel" aria-label="Chọn đơn vị, năm">
        <UnitYearSelects units={d.choices} unitCode={d.unit.code} years={d.years} year={d.year} />
        <label>
          Xem tại ngày <input name="ngay" placeholder="dd/mm/yyyy" size={10} inputMode="numeric" defaultValue={d.asOf === d.asOfDefault ? "" : formatDate(d.asOf)} />
        </label>
        <button type="submit" className="secondary">
          Xem
        </button>
      </Form>
      {dateError ? (
        <p className="form-error" role="alert">
          {dateError}
        </p>
      ) : null}

      {total ? (
        <div className="grid stats headline">
          <div className="stat">
            <div className="label">Chỉ số tổng năm {total.last?.year ?? "—"}</div>
            <div className="value">{scoreText(total)}</div>
            {total.change ? <div className="sub">{total.change}</div> : null}
          </div>
          <div className="stat">
            <div className="label">Mục tiêu năm {d.year}</div>
            <div className="value small-value">{total.target?.printed ?? "Chưa đặt"}</div>
            {d.generalGoals.map((g) => (
              <div className="sub" key={g.id}>
                Mục tiêu chung: {g.printed}
                {g.rankPrinted ? `, ${g.rankPrinted}` : ""}
              </div>
            ))}
          </div>
          <div className="stat">
            <div className="label">Khoảng cách đến mục tiêu {d.year}</div>
            <div className="value">
              {total.gap !== null
                ? total.gap > 0
                  ? `${formatNumber(total.gap)} điểm`
                  : "Đạt"
                : total.judgement.latestGap !== null
                  ? total.judgement.latestGap > 0
                    ? `${formatNumber(total.judgement.latestGap)} điểm`
                    : "Đã vượt"
                  : "—"}
            </div>
            {total.gap === null && total.judgement.latestGap !== null ? (
              <div className="sub">tính từ kết quả năm {total.judgement.latestYear}</div>
            ) : null}
            <div className="sub">
              <VerdictBadge verdict={total.verdict} score={total.scoreVerdict} rank={total.rankVerdict} label={verdictNote(total)} />
            </div>
          </div>
          <div className="stat">
            <div className="label">Hạng công bố năm {total.last?.year ?? "—"}</div>
            <div className="value">{formatRank(total.last?.rank, total.last?.rankOf)}</div>
            <div className="sub">{total.target?.rankPrinted ? `Mục tiêu năm ${d.year}: hạng ${total.target.rankPrinted}` : "Chưa đặt mục tiêu thứ hạng"}</div>
          </div>
        </div>
      ) : null}

      <section className="panel" aria-labelledby="flags-title">
        <h2 id="flags-title">
          Chỉ số cần cải thiện
          <Link to={`/chi-so-can-cai-thien?donvi=${d.unit.code}&nam=${d.year}`} className="panel-note">
            Xem tất cả ({d.flagGroups.length} chỉ số) →
          </Link>
        </h2>
        <FlagGroups
          groups={d.flagGroups.slice(0, 4)}
          empty="Không có chỉ số nào cần cảnh báo."
          lostPointsHref={(key) => `/diem-bi-mat?donvi=${d.unit.code}&nam=${d.total?.last?.year ?? d.year}&chiso=${key}`}
        />
      </section>

      {d.components.length > 0 ? (
        <section className="panel" aria-labelledby="components-title">
          <h2 id="components-title">
            Chỉ số thành phần: kết quả {lastYear} và mục tiêu {d.year}
            <span className="panel-note">Bấm tiêu đề cột để sắp xếp</span>
          </h2>
          <DataTable columns={columns} data={d.components} cards caption="Chỉ số thành phần" rowClassName={(r) => (r.verdict === "not-met" ? "not-met" : undefined)} />
        </section>
      ) : null}

      <div className="grid cols-2 charts">
        {charts.trend.points.length > 0 ? (
          <section className="panel">
            <h2>Chỉ số tổng và thứ hạng qua các năm</h2>
            <Chart
              svg={svgs.trend}
              build={() => trendOption(charts.trend)}
              height={340}
              label="Biểu đồ chỉ số tổng và thứ hạng qua các năm"
              table={<SeriesTable d={d} />}
            />
          </section>
        ) : null}
        {charts.bars.length > 0 ? (
          <section className="panel">
            <h2>
              Kết quả {lastYear} so với mục tiêu {d.year}
            </h2>
            <Chart
              svg={svgs.components}
              build={() => componentsOption(charts.bars, charts.labels)}
              height={60 + charts.bars.length * 44}
              label="Biểu đồ cột: kết quả và mục tiêu từng chỉ số thành phần"
              table={<BarsTable bars={charts.bars} labels={charts.labels} />}
            />
          </section>
        ) : null}
        {svgs.radar ? (
          <section className="panel">
            <h2>Hồ sơ các chỉ số thành phần</h2>
            <Chart
              svg={svgs.radar}
              build={() => radarOption(charts.bars, charts.labels)}
              height={380}
              label="Biểu đồ radar các chỉ số thành phần"
              table={<BarsTable bars={charts.bars} labels={charts.labels} />}
            />
          </section>
        ) : null}
        {d.series.length > 1 ? (
          <section className="panel">
            <h2>Diễn biến qua các năm</h2>
            <SeriesTable d={d} />
          </section>
        ) : null}
      </div>
    </>
  );
}

function SeriesTable({ d }: { d: Pick<Dashboard, "series"> }) {
  return (
    <div className="table-wrap">
      <table className="data">
        <thead>
          <tr>
            <th>Năm</th>
            <th className="num">Chỉ số</th>
            <th className="num">Hạng công bố</th>
            <th>So với năm có số liệu trước đó</th>
            <th>Ghi nhận</th>
          </tr>
        </thead>
        <tbody>
          {d.series.map((p) => (
            <tr key={p.year} className={p.flags.length ? "flagged" : undefined}>
              <td>{p.year}</td>
              <td className="num">
                {p.unit === "percent" ? formatPercent(p.score) : `${formatPoints(p.score)} điểm`}
                {p.unit === "points" && p.percent !== null ? <div className="printed">= {formatPercent(p.percent)}</div> : null}
              </td>
              <td className="num">{formatRank(p.rank, p.rankOf)}</td>
              <td className="small">{p.change ?? <span className="muted">—</span>}</td>
              <td>{p.flags.length ? p.flags.map((f) => f.reason).join(" ") : <span className="muted">—</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function BarsTable({ bars, labels }: { bars: ComponentBar[]; labels: { actual: string; target: string } }) {
  return (
    <div className="table-wrap">
      <table className="data">
        <thead>
          <tr>
            <th>Chỉ số thành phần</th>
            <th className="num">{labels.actual}</th>
            <th className="num">{labels.target}</th>
          </tr>
        </thead>
        <tbody>
          {bars.map((b) => (
            <tr key={b.name}>
              <td>{b.name}</td>
              <td className="num">{formatPercent(b.actual)}</td>
              <td className="num">{formatPercent(b.target)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
