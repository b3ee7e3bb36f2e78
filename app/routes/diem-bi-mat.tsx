import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { readForm } from "../lib/form.server";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { z } from "zod";
import { createImprovementTask, unitWhatIf } from "../cycle/cycle.server";
import { VerdictBadge } from "../components/VerdictBadge";
import { backWith } from "../cycle/flash";
import { formatNumber, formatPercent, formatRank } from "../lib/format";
import { actionError, orHttpError, requireUser, requireUserForMutation } from "../lib/session.server";
import { APP_NAME } from "../lib/strings";

export const meta: MetaFunction = () => [{ title: `Điểm bị mất — ${APP_NAME}` }];

const query = z.object({
  donvi: z.string().min(1).max(200),
  nam: z.coerce.number().int().min(2000).max(2100),
  chiso: z.string().max(80).optional().catch(undefined),
});

function parse(request: Request) {
  const q = query.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!q.success) throw new Response("Hãy chọn đơn vị và năm (?donvi=…&nam=…).", { status: 400 });
  return q.data;
}

export async function loader({ request }: LoaderFunctionArgs) {
  const { db, actor } = await requireUser(request);
  const q = parse(request);
  // The what-if's ticks ride in the address (?chon=…&chon=…): a plain GET form, no script needed.
  const ticked = new Set(new URL(request.url).searchParams.getAll("chon").map(Number).filter((n) => Number.isSafeInteger(n) && n > 0).slice(0, 500));
  const lost = await orHttpError(unitWhatIf(db, actor, q.donvi, q.nam, ticked));
  const rows = q.chiso ? lost.rows.filter((r) => r.componentKey === q.chiso) : lost.rows;
  return { ...lost, allRows: lost.rows, rows, ticked: [...ticked], component: q.chiso ?? null, total: rows.reduce((a, r) => a + Math.round(r.lost * 100), 0) / 100 };
}

export async function action({ request }: ActionFunctionArgs) {
  const { db, actor } = await requireUserForMutation(request);
  const q = parse(request);
  const form = await readForm(request);
  try {
    const r = await createImprovementTask(db, actor, { unitCode: q.donvi, year: q.nam, criterionId: Number(form.get("criterionId")) });
    return backWith(request, `Đã tạo nhiệm vụ khắc phục trong kế hoạch năm ${q.nam + 1}.`, `nv-${r.taskId}`);
  } catch (e) {
    return actionError(e);
  }
}

export default function PointsLostPage() {
  const data = useLoaderData<typeof loader>();
  const failed = useActionData<typeof action>();
  const [params] = useSearchParams();
  const result = failed ?? (params.get("tb") ? { ok: true, message: params.get("tb") ?? "" } : null);
  return (
    <div>
      <div className="page-head">
        <h1>
          Điểm bị mất năm {data.year}: {data.unit.name}
        </h1>
        <p className="muted small">
          Các tiêu chí xếp theo số điểm bị mất (điểm tối đa − điểm cuối cùng). Mỗi dòng có thể trở thành một nhiệm vụ khắc phục trong kế hoạch năm {data.year + 1}.
          {data.component ? (
            <>
              {" "}
              <Link to={`?donvi=${data.unit.code}&nam=${data.year}`}>Xem mọi chỉ số thành phần</Link>
            </>
          ) : null}
        </p>
      </div>
      {result ? (
        <p className={result.ok ? "form-ok" : "form-error"} role="status">
          {result.message}
        </p>
      ) : null}
      {data.cycleId === null ? (
        <p className="panel muted">Năm {data.year} đơn vị không có điểm theo từng tiêu chí (kết quả nhập không kèm tiêu chí).</p>
      ) : data.rows.length === 0 ? (
        <p className="panel muted">Không có tiêu chí nào bị mất điểm.</p>
      ) : (
        <section className="panel">
          <p>
            Tổng số điểm bị mất: <strong>{formatNumber(data.total)}</strong>
          </p>
          <ol className="lost-list">
            {data.rows.map((r) => (
              <li key={r.criterionId} className="lost-row">
                <div className="lost-head">
                  <span className="lost-title">
                    {r.ordinal ? `${r.ordinal}. ` : ""}
                    {r.title}
                  </span>
                  <span className="lost-points nowrap down">−{formatNumber(r.lost)}</span>
                </div>
                <div className="small muted">
                  {r.componentName} · Điểm {formatNumber(r.final)}/{formatNumber(r.max)} · Cơ quan phụ trách: {r.officeName ?? "chưa phân công"}
                </div>
                {r.remark ? <p className="small">Ý kiến thẩm định: {r.remark}</p> : null}
                {r.improvementTaskId ? (
                  <Link className="small" id={`nv-${r.improvementTaskId}`} to={`/nhiem-vu/${r.improvementTaskId}`}>
                    Đã có nhiệm vụ khắc phục — mở nhiệm vụ
                  </Link>
                ) : data.mayCreateTasks ? (
                  <Form method="post">
                    <input type="hidden" name="criterionId" value={r.criterionId} />
                    <button type="submit" className="secondary">Tạo nhiệm vụ khắc phục năm {data.year + 1}</button>
                  </Form>
                ) : null}
              </li>
            ))}
          </ol>
        </section>
      )}
      {data.projection && data.allRows.length ? <WhatIf data={data} /> : null}
    </div>
  );
}

type Data = ReturnType<typeof useLoaderData<typeof loader>>;

/** Points on the table: tick lost criteria, see the projected component and total scores and rank. */
function WhatIf({ data }: { data: Data }) {
  const p = data.projection!;
  const ticked = new Set(data.ticked);
  const byComponent = p.components.filter((c) => c.onTable > 0);
  return (
    <section className="panel what-if" id="gia-dinh">
      <h2>Điểm có thể giành lại</h2>
      <p className="small muted">
        Chọn các tiêu chí đơn vị sẽ khắc phục để xem điểm dự kiến của từng chỉ số thành phần, tổng điểm và thứ hạng so với các đơn vị cùng kỳ năm {data.year}.
        {data.targetYear ? ` Mục tiêu so sánh: mục tiêu năm ${data.targetYear}.` : " Đơn vị chưa có mục tiêu theo chỉ số thành phần."}
      </p>
      <Form method="get" preventScrollReset action="#gia-dinh">
        <input type="hidden" name="donvi" value={data.unit.code} />
        <input type="hidden" name="nam" value={data.year} />
        {data.component ? <input type="hidden" name="chiso" value={data.component} /> : null}
        <div className="what-if-groups">
          {byComponent.map((c) => (
            <fieldset key={c.key} className={p.offTarget.includes(c.key) ? "off-target" : undefined}>
              <legend>
                {data.componentNames[c.key] ?? c.key}
                {p.offTarget.includes(c.key) ? <span className="badge red">Chưa đạt mục tiêu</span> : null}
              </legend>
              <p className="small">
                Có thể giành lại <strong>{formatNumber(c.onTable)}</strong> điểm
                {c.verdictNow === "not-met" ? (c.verdictAll === "met" ? " — đủ để đạt mục tiêu" : " — chưa đủ để đạt mục tiêu") : ""}
                {c.gapNow !== null && c.gapNow > 0 ? ` (còn thiếu ${formatNumber(c.gapNow)} điểm)` : ""}.
              </p>
              {data.allRows
                .filter((r) => r.componentKey === c.key)
                .map((r) => (
                  <label key={r.criterionId} className="check">
                    <input type="checkbox" name="chon" value={r.criterionId} defaultChecked={ticked.has(r.criterionId)} />
                    <span>
                      {r.ordinal ? `${r.ordinal}. ` : ""}
                      {r.title} <span className="nowrap up">+{formatNumber(r.lost)}</span>
                    </span>
                  </label>
                ))}
            </fieldset>
          ))}
        </div>
        <button type="submit" className="primary">
          Tính điểm dự kiến
        </button>
      </Form>
      <div className="table-wrap">
        <table className="data what-if-table">
          <thead>
            <tr>
              <th>Chỉ số thành phần</th>
              <th className="num">Hiện tại</th>
              <th className="num">Dự kiến</th>
            </tr>
          </thead>
          <tbody>
            {p.components.map((c) => (
              <tr key={c.key}>
                <td>
                  {data.componentNames[c.key] ?? c.key}
                  {c.verdictNow !== "no-target" ? (
                    <div className="small">
                      Mục tiêu: <VerdictBadge verdict={c.verdictTicked} />
                      {data.targetLabels[c.key] ? <span className="muted"> {data.targetLabels[c.key]}</span> : null}
                    </div>
                  ) : null}
                </td>
                <td className="num">
                  {formatNumber(c.points)}/{formatNumber(c.max)}
                </td>
                <td className="num">{c.ticked > 0 ? <strong>{formatNumber(c.projected)}</strong> : formatNumber(c.projected)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th>Tổng điểm</th>
              <td className="num">
                {formatNumber(p.total.points)}
                <div className="small muted">{formatPercent(p.total.percent)}</div>
              </td>
              <td className="num">
                <strong>{formatNumber(p.total.projected)}</strong>
                <div className="small muted">{formatPercent(p.total.projectedPercent)}</div>
              </td>
            </tr>
          </tfoot>
        </table>
      </div>
      <p className="what-if-rank">
        {p.rank ? (
          <>
            Thứ hạng trong {p.rank.now.of} đơn vị cùng kỳ năm {data.year}: <strong>{formatRank(p.rank.now.rank, p.rank.now.of)}</strong> hiện tại → <strong>{formatRank(p.rank.projected.rank, p.rank.projected.of)}</strong> dự kiến.
          </>
        ) : (
          <span className="muted">Chưa có đơn vị cùng kỳ để so sánh thứ hạng.</span>
        )}
      </p>
    </section>
  );
}
