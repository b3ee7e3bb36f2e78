import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { todayInVietnam } from "../../server/clock";
import { getNotices, markNoticesSeen } from "../../server/services/notices";
import { formatDate, formatDateTime } from "../lib/format";
import { requireUser, requireUserForMutation } from "../lib/session.server";
import { APP_NAME, taskUpdateKindLabel } from "../lib/strings";

export const meta: MetaFunction = () => [{ title: `Thông báo — ${APP_NAME}` }];

export async function loader({ request }: LoaderFunctionArgs) {
  const { db, actor } = await requireUser(request);
  return { notices: await getNotices(db, actor, todayInVietnam()), unitName: actor.unitName };
}

export async function action({ request }: ActionFunctionArgs) {
  const { db, actor } = await requireUserForMutation(request);
  await markNoticesSeen(db, actor);
  return redirect("/thong-bao");
}

export default function NoticesPage() {
  const { notices: n, unitName } = useLoaderData<typeof loader>();
  const empty = n.unread === 0;
  return (
    <>
      <div className="page-head">
        <div className="eyebrow">{unitName}</div>
        <h1>Thông báo</h1>
        <p>
          Nhiệm vụ quá hạn, sắp đến hạn, nhiệm vụ mới giao và ý kiến chỉ đạo
          {n.seenAt ? ` (mới từ ${formatDateTime(n.seenAt)})` : ""}. Nhiệm vụ của năm kế hoạch đã khép lại được tính tại ngày báo cáo của năm đó.
        </p>
      </div>
      {empty ? <p className="panel muted">Không có thông báo mới.</p> : null}
      {n.overdue.length ? (
        <section className="panel">
          <h2>Quá hạn ({n.overdue.length})</h2>
          <ul className="unit-list">
            {n.overdue.map((t) => (
              <li key={t.id}>
                <Link to={`/nhiem-vu/${t.id}`}>{t.title}</Link> <span className="badge red">quá hạn {-(t.daysLeft ?? 0)} ngày</span>{" "}
                <span className="muted small">hạn {formatDate(t.due)}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {n.dueSoon.length ? (
        <section className="panel">
          <h2>Sắp đến hạn ({n.dueSoon.length})</h2>
          <ul className="unit-list">
            {n.dueSoon.map((t) => (
              <li key={t.id}>
                <Link to={`/nhiem-vu/${t.id}`}>{t.title}</Link> <span className="badge amber">{t.daysLeft === 0 ? "đến hạn" : `còn ${t.daysLeft} ngày`}</span>{" "}
                <span className="muted small">hạn {formatDate(t.due)}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {n.directions.length ? (
        <section className="panel">
          <h2>Ý kiến chỉ đạo ({n.directions.length})</h2>
          <ul className="unit-list">
            {n.directions.map((d) => (
              <li key={d.id}>
                <strong>{taskUpdateKindLabel[d.kind]}</strong> của {d.from} ({d.unitName}), {formatDateTime(d.createdAt)}, về{" "}
                <Link to={`/nhiem-vu/${d.taskId}`}>{d.taskTitle}</Link>: <q>{d.text}</q>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {n.newAssignments.length ? (
        <section className="panel">
          <h2>Nhiệm vụ mới giao ({n.newAssignments.length})</h2>
          <ul className="unit-list">
            {n.newAssignments.map((t) => (
              <li key={t.id}>
                <Link to={`/nhiem-vu/${t.id}`}>{t.title}</Link>{" "}
                <span className="muted small">
                  {t.role === "lead" ? "chủ trì" : "phối hợp"} · KH {t.planNumber ?? "(chưa ghi số)"} · {formatDateTime(t.createdAt)}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {n.newAssignments.length || n.directions.length ? (
        <Form method="post">
          <button type="submit" className="secondary">
            Đánh dấu đã xem nhiệm vụ mới và ý kiến chỉ đạo
          </button>
        </Form>
      ) : null}
    </>
  );
}
