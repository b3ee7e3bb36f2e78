import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData, useSubmit } from "@remix-run/react";
import { z } from "zod";
import { asc } from "drizzle-orm";
import { components } from "../../db/schema";
import type { PeerRow } from "../../server/domain/peer-ranking";
import { getRanking, type RankingUnit } from "../../server/services/ranking";
import { columnHelper, DataTable } from "../components/DataTable";
import { formatPercent, formatPoints, formatRank } from "../lib/format";
import { orHttpError, requireUser } from "../lib/session.server";
import { APP_NAME, unitKindLabel } from "../lib/strings";

export const meta: MetaFunction = () => [{ title: `Xếp hạng — ${APP_NAME}` }];

const KINDS = ["province", "provincial-agency", "vertical-agency", "district", "commune"] as const;
const query = z.object({
  loai: z.enum(KINDS).catch("district"),
  nhom: z.string().max(200).optional().catch(undefined),
  nam: z.coerce.number().int().min(2000).max(2100).optional().catch(undefined),
  chiso: z.string().max(50).catch("tong"),
});

export async function loader({ request }: LoaderFunctionArgs) {
  const { db, actor } = await requireUser(request);
  const q = query.parse(Object.fromEntries([...new URL(request.url).searchParams].filter(([, v]) => v !== "")));
  const comps = await db.select({ key: components.key, name: components.name }).from(components).orderBy(asc(components.position));
  const componentKey = comps.some((c) => c.key === q.chiso) ? q.chiso : "tong";
  const view = await orHttpError(getRanking(db, actor, { kind: q.loai, groupKey: q.nhom, year: q.nam, componentKey }));
  return { ...view, componentKey, components: comps };
}

type Row = PeerRow<RankingUnit>;

function scoreText(r: Row): string {
  if (!r.figure) return "—";
  return r.figure.unit === "percent" ? formatPercent(r.figure.score) : `${formatPoints(r.figure.score)} điểm`;
}

export default function RankingPage() {
  const data = useLoaderData<typeof loader>();
  const submit = useSubmit();
  const { ranking, year, previousYear } = data;
  const h = columnHelper<Row>();
  const published = ranking.orderedBy === "published";
  // The computed order runs over the units with a score (a rank may be published without one).
  const scored = ranking.rows.filter((r) => r.computed !== null).length;
  const columns = h.columns([
    h.accessor((r) => r.published?.rank ?? null, {
      id: "published",
      header: "Hạng công bố",
      sortUndefined: "last",
      meta: { className: "num", label: "Hạng công bố" },
      cell: (i) => {
        const p = i.row.original.published;
        return p ? formatRank(p.rank, p.of) : <span className="muted">Chưa công bố</span>;
      },
    }),
    h.accessor((r) => r.item.name, {
      id: "unit",
      header: "Đơn vị",
      meta: { label: "Đơn vị" },
      cell: (i) => <Link to={`/?donvi=${i.row.original.item.code}${year ? `&nam=${year}` : ""}`}>{i.getValue()}</Link>,
    }),
    h.accessor("score", { header: `Điểm ${year ?? ""}`, sortUndefined: "last", meta: { className: "num", label: "Điểm" }, cell: (i) => scoreText(i.row.original) }),
    // A computed order is shown only where the group has no published ranking, labelled as such.
    ...(published
      ? []
      : [
          h.accessor((r) => r.computed?.rank ?? null, {
            id: "computed",
            header: `Thứ tự theo điểm (trong ${scored} đơn vị có điểm)`,
            sortUndefined: "last",
            meta: { className: "num", label: "Thứ tự theo điểm" },
            cell: (i) => {
              const c = i.row.original.computed;
              return c ? `${c.rank}/${scored}${c.tied ? " (đồng điểm)" : ""}` : "—";
            },
          }),
        ]),
    h.accessor((r) => r.previousPublished?.rank ?? r.previousComputed ?? null, {
      id: "previous",
      header: previousYear ? `Năm ${previousYear}` : "Năm trước",
      sortUndefined: "last",
      meta: { className: "num", label: previousYear ? `Năm ${previousYear}` : "Năm trước" },
      cell: (i) => {
        const r = i.row.original;
        if (r.previousPublished) return `hạng ${formatRank(r.previousPublished.rank, r.previousPublished.of)}`;
        if (r.previousComputed !== null) return `thứ tự ${r.previousComputed}/${ranking.withDataPrevious}`;
        return "—";
      },
    }),
    h.accessor("change", {
      header: "Thay đổi",
      sortUndefined: "last",
      meta: { className: "num", label: "Thay đổi" },
      cell: (i) => {
        const v = i.getValue();
        if (v === null) return "—";
        if (v === 0) return "Giữ hạng";
        return <span className={v > 0 ? "up" : "down"}>{v > 0 ? `▲ tăng ${v}` : `▼ giảm ${-v}`}</span>;
      },
    }),
  ]);
  const componentName = data.components.find((c) => c.key === data.componentKey)?.name.toLowerCase();
  return (
    <>
      <div className="page-head">
        <h1>Xếp hạng Chỉ số CCHC</h1>
        <p>
          {data.group ? data.group.label : unitKindLabel[data.kind]}
          {year ? `, năm ${year}` : ""}, theo {componentName}.{" "}
          {published
            ? "Thứ tự theo hạng công bố."
            : ranking.orderedBy === "computed"
              ? `Chưa đủ hạng công bố: thứ tự tính theo điểm trong ${scored} đơn vị có điểm của nhóm, đồng điểm thì đồng thứ tự; đây không phải hạng công bố.`
              : ""}
          {previousYear ? ` Thay đổi so với năm ${previousYear}${year && year - previousYear > 1 ? ` (cách ${year - previousYear} năm)` : ""}.` : ""}
        </p>
      </div>
      <Form method="get" className="filters panel">
        <label>
          Loại đơn vị{" "}
          <select
            name="loai"
            defaultValue={data.kind}
            onChange={(e) => submit({ loai: e.currentTarget.value, chiso: data.componentKey }, { method: "get" })}
          >
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {unitKindLabel[k]}
              </option>
            ))}
          </select>
        </label>
        {data.groups.length > 1 ? (
          <label>
            Nhóm so sánh{" "}
            <select name="nhom" defaultValue={data.group?.key}>
              {data.groups.map((g) => (
                <option key={g.key} value={g.key}>
                  {g.label} ({g.size})
                </option>
              ))}
            </select>
          </label>
        ) : data.group ? (
          <input type="hidden" name="nhom" value={data.group.key} />
        ) : null}
        <label>
          Năm{" "}
          <select name="nam" defaultValue={year ?? undefined} key={`${data.kind}|${data.group?.key}|${year}`}>
            {data.years.length === 0 ? <option value="">Chưa có số liệu</option> : null}
            {data.years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </label>
        <label>
          Chỉ số{" "}
          <select name="chiso" defaultValue={data.componentKey}>
            {data.components.map((c) => (
              <option key={c.key} value={c.key}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="secondary">
          Xem
        </button>
        <span className="muted small">
          {ranking.withData} đơn vị có số liệu
          {ranking.rows.length > ranking.withData ? `, ${ranking.rows.length - ranking.withData} chưa có` : ""}
        </span>
      </Form>
      {data.yearNotice ? (
        <p className="notice" role="status">
          {data.yearNotice}
        </p>
      ) : null}
      <DataTable
        columns={columns}
        data={ranking.rows}
        cards
        caption={data.group?.label ?? "Xếp hạng"}
        empty="Không có đơn vị nào thuộc loại này trong phạm vi của bạn."
      />
    </>
  );
}
