import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { getOverview } from "../../server/services/overview";
import { requireUser } from "../lib/session.server";
import { formatDelta, formatPercent, formatPoints, formatRank } from "../lib/format";
import { APP_NAME } from "../lib/strings";

export const meta: MetaFunction = () => [{ title: APP_NAME }];

export async function loader({ request }: LoaderFunctionArgs) {
  const { db, actor } = await requireUser(request);
  return getOverview(db, actor);
}

/** Same target over consecutive years reads once: "2017–2020: …". */
function groupTargets(targets: Array<{ year: number; printed: string; rankPrinted: string | null }>) {
  const groups = new Map<string, { first: number; last: number; printed: string; rankPrinted: string | null }>();
  for (const t of targets) {
    const key = `${t.printed}|${t.rankPrinted ?? ""}`;
    const g = groups.get(key);
    if (g) g.last = Math.max(g.last, t.year);
    else groups.set(key, { first: t.year, last: t.year, printed: t.printed, rankPrinted: t.rankPrinted });
  }
  return [...groups.values()].map((g) => ({
    years: g.first === g.last ? String(g.first) : `${g.first}–${g.last}`,
    printed: g.printed,
    rankPrinted: g.rankPrinted,
  }));
}

export default function Home() {
  const { cards, counts } = useLoaderData<typeof loader>();
  return (
    <>
      <div className="page-head">
        <h1>Tổng quan</h1>
        <p>
          {counts.units} đơn vị · {counts.plans} kế hoạch · {counts.tasks} nhiệm vụ
        </p>
      </div>
      <div className="grid cols-2">
        {cards.map((c) => {
          const last = c.series.at(-1);
          const prev = c.series.at(-2);
          const value = (p: typeof last) => (p ? (p.percent ?? p.points) : null);
          const delta = last && prev && value(last) != null && value(prev) != null ? value(last)! - value(prev)! : null;
          return (
            <section className="panel" key={c.unitCode}>
              <h2>
                <Link to={`/don-vi/${c.unitCode}`}>{c.unitName}</Link>
                <span className="panel-note">Chỉ số CCHC năm {last?.year}</span>
              </h2>
              <div className="grid stats">
                <div className="stat">
                  <div className="label">Chỉ số tổng</div>
                  <div className="value">
                    {last?.percent != null ? formatPercent(last.percent) : `${formatPoints(last?.points)} điểm`}
                  </div>
                  {delta != null ? <div className="sub">{formatDelta(delta)} so với {prev?.year}</div> : null}
                </div>
                <div className="stat">
                  <div className="label">Thứ hạng</div>
                  <div className="value">{formatRank(last?.rank, last?.rankOf)}</div>
                  {prev?.rank != null && last?.rank != null ? (
                    <div className="sub">
                      {prev.rank === last.rank
                        ? `Giữ hạng so với ${prev.year}`
                        : prev.rank > last.rank
                          ? `Tăng ${prev.rank - last.rank} hạng so với ${prev.year}`
                          : `Giảm ${last.rank - prev.rank} hạng so với ${prev.year}`}
                    </div>
                  ) : null}
                </div>
              </div>
              {c.nextTargets.length > 0 ? (
                <div className="small" style={{ marginTop: "0.75rem" }}>
                  <strong>Mục tiêu:</strong>{" "}
                  {groupTargets(c.nextTargets)
                    .map((t) => `${t.years}: ${t.printed}${t.rankPrinted ? `, thứ hạng ${t.rankPrinted}` : ""}`)
                    .slice(0, 3)
                    .join(" · ")}
                </div>
              ) : null}
            </section>
          );
        })}
      </div>
      {cards.length === 0 ? <p className="muted">Chưa có kết quả chỉ số nào.</p> : null}
    </>
  );
}
