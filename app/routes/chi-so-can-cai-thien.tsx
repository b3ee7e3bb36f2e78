import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { getDashboard } from "../../server/services/dashboard";
import { FlagGroups } from "../components/FlagGroups";
import { FlagList } from "../components/FlagList";
import { UnitYearSelects } from "../components/UnitYearSelects";
import { formatDate } from "../lib/format";
import { orHttpError, requireUser } from "../lib/session.server";
import { APP_NAME, severityLabel } from "../lib/strings";
import { todayInVietnam } from "../../server/clock";

export const meta: MetaFunction = () => [{ title: `Chỉ số cần cải thiện — ${APP_NAME}` }];

const query = z.object({
  donvi: z.string().max(200).optional(),
  nam: z.coerce.number().int().min(2000).max(2100).optional().catch(undefined),
});

export async function loader({ request }: LoaderFunctionArgs) {
  const { db, actor } = await requireUser(request);
  const params = query.parse(Object.fromEntries([...new URL(request.url).searchParams].filter(([, v]) => v !== "")));
  const d = await orHttpError(getDashboard(db, actor, { unitCode: params.donvi, year: params.nam, today: todayInVietnam() }));
  return {
    unit: d.unit,
    year: d.year,
    years: d.years,
    asOf: d.asOf,
    choices: d.choices,
    flagGroups: d.flagGroups,
    series: d.series.filter((p) => p.flags.length > 0),
    settings: d.settings,
  };
}

export default function LaggingPage() {
  const data = useLoaderData<typeof loader>();
  const counts = (["high", "medium", "low"] as const).map((s) => [s, data.flagGroups.filter((g) => g.severity === s).length] as const);
  return (
    <>
      <div className="page-head">
        <h1>Chỉ số cần cải thiện</h1>
        <p>
          {data.unit.name}, năm {data.year}: các chỉ số dưới mục tiêu, giảm so với năm trước, tụt hạng, điểm thấp, và nhiệm vụ quá hạn hoặc thiếu tài liệu
          kiểm chứng (tính tại ngày {formatDate(data.asOf)}).
        </p>
      </div>
      <Form method="get" className="filters panel">
        <UnitYearSelects units={data.choices} unitCode={data.unit.code} years={data.years} year={data.year} />
        <button type="submit" className="secondary">
          Xem
        </button>
        <span className="muted small">
          {data.flagGroups.length} chỉ số cần cải thiện · {counts.map(([s, n]) => `${severityLabel[s]}: ${n}`).join(" · ")}
        </span>
      </Form>
      <section className="panel">
        <h2>Năm {data.year}</h2>
        <FlagGroups
          groups={data.flagGroups}
          empty="Không có chỉ số nào cần cảnh báo trong năm này."
          lostPointsHref={(key) => `/diem-bi-mat?donvi=${data.unit.code}&nam=${data.year}&chiso=${key}`}
        />
      </section>
      {data.series.length > 0 ? (
        <section className="panel">
          <h2>Những năm chỉ số tổng giảm hoặc tụt hạng</h2>
          <FlagList flags={data.series.flatMap((p) => p.flags.map((f) => ({ ...f, component: `Năm ${p.year}` })))} empty="" />
        </section>
      ) : null}
      <p className="small muted">
        Ngưỡng đang dùng: điểm thấp dưới {data.settings.floorPercent} %; thiếu từ {data.settings.highGapPoints} điểm so với mục tiêu là mức cao; giảm từ{" "}
        {data.settings.highFallPoints} điểm là mức cao; nhóm đứng đầu đến hạng {data.settings.topGroupRank}.{" "}
        <Link to="/cai-dat">Xem, đổi các ngưỡng</Link> · <Link to={`/?donvi=${data.unit.code}&nam=${data.year}`}>← Về bảng theo dõi</Link>
      </p>
    </>
  );
}
