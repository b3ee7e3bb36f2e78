import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { readForm } from "../lib/form.server";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { z } from "zod";
import { createImprovementTask, unitPointsLost } from "../cycle/cycle.server";
import { backWith } from "../cycle/flash";
import { formatNumber } from "../lib/format";
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
  const lost = await orHttpError(unitPointsLost(db, actor, q.donvi, q.nam));
  const rows = q.chiso ? lost.rows.filter((r) => r.componentKey === q.chiso) : lost.rows;
  return { ...lost, rows, component: q.chiso ?? null, total: rows.reduce((a, r) => a + Math.round(r.lost * 100), 0) / 100 };
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
                    <button type="submit">Tạo nhiệm vụ khắc phục năm {data.year + 1}</button>
                  </Form>
                ) : null}
              </li>
            ))}
          </ol>
        </section>
      )}
    </div>
  );
}
