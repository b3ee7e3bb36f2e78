import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { listPlans } from "../../server/services/plans";
import { requireUser } from "../lib/session.server";
import { formatDate } from "../lib/format";
import { APP_NAME, planKindLabel } from "../lib/strings";

export const meta: MetaFunction = () => [{ title: `Kế hoạch — ${APP_NAME}` }];

export async function loader({ request }: LoaderFunctionArgs) {
  const { db, actor } = await requireUser(request);
  return { plans: await listPlans(db, actor), mayCreate: actor.roles.includes("noi-vu") };
}

export default function PlansPage() {
  const { plans, mayCreate } = useLoaderData<typeof loader>();
  return (
    <>
      <div className="page-head">
        <h1>Kế hoạch</h1>
        <p>Kế hoạch cải thiện, nâng cao Chỉ số CCHC và kế hoạch xác định chỉ số hằng năm, mới nhất trước.</p>
        {mayCreate ? (
          <div className="downloads">
            <Link className="button-link" to="/ke-hoach/moi">
              + Kế hoạch mới
            </Link>
          </div>
        ) : null}
      </div>
      {plans.map((p) => (
        <Link key={p.code} to={`/ke-hoach/${p.code}`} className={p.kind === "scoring-cycle" ? "plan-card cycle" : "plan-card"}>
          <div className="title">{p.title}</div>
          <div className="meta">
            <span>
              <strong>{p.number ? `Số ${p.number}` : "Chưa ghi số"}</strong>
              {p.issuedOn ? ` ngày ${formatDate(p.issuedOn)}` : p.datePrinted ? ` (${p.datePrinted})` : ""}
            </span>
            <span>{p.issuerName}</span>
            <span>{p.fromYear === p.toYear ? `Năm ${p.fromYear}` : `Giai đoạn ${p.fromYear}–${p.toYear}`}</span>
            <span className={p.kind === "scoring-cycle" ? "badge blue" : "badge red"}>{planKindLabel[p.kind]}</span>
            <span>{p.taskCount} nhiệm vụ</span>
          </div>
        </Link>
      ))}
      {plans.length === 0 ? <p className="muted">Chưa có kế hoạch nào.</p> : null}
    </>
  );
}
