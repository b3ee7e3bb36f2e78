import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { asc } from "drizzle-orm";
import { components } from "../../db/schema";
import { getRanking, type RankingRow } from "../../server/services/ranking";
import { columnHelper, DataTable } from "../components/DataTable";
import { formatDelta, formatNumber, formatPercent, formatPoints, formatRank } from "../lib/format";
import { orHttpError, requireUser } from "../lib/session.server";
import { APP_NAME, unitKindLabel } from "../lib/strings";
import { todayInVietnam } from "../../server/clock";

export const meta: MetaFunction = () => [{ title: `Xếp hạng — ${APP_NAME}` }];

const KINDS = ["province", "provincial-agency", "vertical-agency", "district", "commune"] as const;
const query = z.object({
  loai: z.enum(KINDS).catch("district"),
  nam: z.coerce.number().int().min(2000).max(2100).optional().catch(undefined),
  chiso: z.string().max(50).catch("tong"),
});

export async function loader({ request }: LoaderFunctionArgs) {
  const { db, actor } = await requireUser(request);
  const q = query.parse(Object.fromEntries(new URL(request.url).searchParams));
  const comps = await db.select({ key: components.key, name: components.name }).from(components).orderBy(asc(components.position));
  const componentKey = comps.some((c) => c.key === q.chiso) ? q.chiso : "tong";
  const ranking = await orHttpError(
    getRanking(db, actor, { kind: q.loai, year: q.nam, componentKey, fallbackYear: Number(todayInVietnam().slice(0, 4)) }),
  );
  return { ...ranking, kind: q.loai, componentKey, components: comps };
}

export default function RankingPage() {
  const data = useLoaderData<typeof loader>();
  const h = columnHelper<RankingRow>();
  const score = (v: number | null, unit: RankingRow["unit"]) => (v === null ? "—" : unit === "points" ? formatPoints(v) : formatPercent(v));
  const columns = h.columns([
    h.accessor("rank", {
      header: "Hạng",
      sortUndefined: "last",
      meta: { className: "num", label: "Hạng" },
      cell: (i) => (i.getValue() === null ? "—" : `${i.getValue()}${i.row.original.tied ? " (đồng hạng)" : ""}`),
    }),
    h.accessor("unitName", {
      header: "Đơn vị",
      meta: { label: "Đơn vị" },
      cell: (i) => <Link to={`/?donvi=${i.row.original.unitCode}&nam=${data.year}`}>{i.getValue()}</Link>,
    }),
    h.accessor("score", { header: `Điểm ${data.year}`, sortUndefined: "last", meta: { className: "num", label: "Điểm" }, cell: (i) => score(i.getValue(), i.row.original.unit) }),
    h.accessor("publishedRank", {
      header: "Hạng công bố",
      sortUndefined: "last",
      meta: { className: "num", label: "Hạng công bố" },
      cell: (i) => formatRank(i.getValue(), i.row.original.publishedRankOf),
    }),
    h.accessor("previousScore", { header: `Điểm ${data.year - 1}`, sortUndefined: "last", meta: { className: "num", label: `Điểm ${data.year - 1}` }, cell: (i) => score(i.getValue(), i.row.original.unit) }),
    h.accessor("previousRank", { header: `Hạng ${data.year - 1}`, sortUndefined: "last", meta: { className: "num", label: `Hạng ${data.year - 1}` }, cell: (i) => formatRank(i.getValue()) }),
    h.accessor("change", {
      header: "Thay đổi hạng",
      sortUndefined: "last",
      meta: { className: "num", label: "Thay đổi hạng" },
      cell: (i) => {
        const v = i.getValue();
        if (v === null) return "—";
        if (v === 0) return "Giữ hạng";
        return <span className={v > 0 ? "up" : "down"}>{v > 0 ? `▲ tăng ${v}` : `▼ giảm ${-v}`}</span>;
      },
    }),
  ]);
  const scored = data.rows.filter((r) => r.score !== null);
  return (
    <>
      <div className="page-head">
        <h1>Xếp hạng Chỉ số CCHC</h1>
        <p>
          {unitKindLabel[data.kind]} năm {data.year}, theo {data.components.find((c) => c.key === data.componentKey)?.name.toLowerCase()}. Đồng điểm thì đồng
          hạng.
        </p>
      </div>
      <Form method="get" className="filters panel">
        <label>
          Loại đơn vị{" "}
          <select name="loai" defaultValue={data.kind}>
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {unitKindLabel[k]}
              </option>
            ))}
          </select>
        </label>
        <label>
          Năm{" "}
          <select name="nam" defaultValue={data.year}>
            {(data.years.length ? data.years : [data.year]).map((y) => (
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
          {scored.length} đơn vị có điểm{data.rows.length > scored.length ? `, ${data.rows.length - scored.length} chưa có` : ""}
          {scored.length ? ` · cao nhất ${formatNumber(scored[0]!.score)}` : ""}
          {scored.length > 1 ? ` · chênh lệch ${formatDelta((scored[0]!.score ?? 0) - (scored.at(-1)!.score ?? 0))}` : ""}
        </span>
      </Form>
      <DataTable columns={columns} data={data.rows} cards empty="Không có đơn vị nào thuộc loại này trong phạm vi của bạn." />
    </>
  );
}
