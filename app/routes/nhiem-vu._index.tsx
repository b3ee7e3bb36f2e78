import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { todayInVietnam } from "../../server/clock";
import { listUnitTasks, type UnitTask } from "../../server/services/unit-tasks";
import { TaskStateBadge } from "../components/TaskStateBadge";
import { formatDate } from "../lib/format";
import { requireUser } from "../lib/session.server";
import { APP_NAME, taskStatusLabel } from "../lib/strings";

export const meta: MetaFunction = () => [{ title: `Nhiệm vụ của đơn vị — ${APP_NAME}` }];

export async function loader({ request }: LoaderFunctionArgs) {
  const { db, actor } = await requireUser(request);
  const tasks = await listUnitTasks(db, actor, { today: todayInVietnam() });
  return { unitName: actor.unitName, tasks };
}

function dueText(t: UnitTask): string {
  if (!t.due) return t.deadlineText ?? "Không có hạn cụ thể";
  if (t.state === "overdue") return `Quá hạn ${-(t.daysLeft ?? 0)} ngày (hạn ${formatDate(t.due)})`;
  if (t.state === "due-soon") return t.daysLeft === 0 ? `Hết hạn hôm nay (${formatDate(t.due)})` : `Còn ${t.daysLeft} ngày (hạn ${formatDate(t.due)})`;
  return `Hạn ${formatDate(t.due)}`;
}

export default function UnitTasksPage() {
  const { unitName, tasks } = useLoaderData<typeof loader>();
  const open = tasks.filter((t) => !["done-on-time", "done-late", "not-doable"].includes(t.state));
  const done = tasks.filter((t) => !open.includes(t));
  const missing = open.filter((t) => t.evidenceCount === 0).length;
  return (
    <>
      <div className="page-head">
        <div className="eyebrow">{unitName}</div>
        <h1>Nhiệm vụ của đơn vị</h1>
        <p>
          {open.length} nhiệm vụ đang thực hiện, gấp nhất trước
          {missing ? ` · ${missing} nhiệm vụ chưa có tài liệu kiểm chứng` : ""}
          {done.length ? ` · ${done.length} đã xong` : ""}.
        </p>
      </div>
      {tasks.length === 0 ? <p className="panel muted">Đơn vị chưa được giao chủ trì hay phối hợp nhiệm vụ nào.</p> : null}
      <ul className="task-cards">
        {[...open, ...done].map((t) => (
          <li key={t.id} className={`task-card state-${t.state}`}>
            <div className="task-card-head">
              <TaskStateBadge state={t.state} />
              <span className={t.role === "lead" ? "badge red" : "badge"}>{t.role === "lead" ? "Chủ trì" : "Phối hợp"}</span>
              <span className="muted small">{dueText(t)}</span>
            </div>
            <Link to={`/nhiem-vu/${t.id}`} className="task-card-title">
              {t.ordinal ? `${t.ordinal}. ` : ""}
              {t.title}
            </Link>
            <div className="small muted">
              Kế hoạch {t.planNumber ?? "(chưa ghi số)"}: {t.planTitle} · {taskStatusLabel[t.status]}, {t.progress}%
            </div>
            {t.evidenceRequired ? (
              <div className="small">
                Tài liệu kiểm chứng cần có: {t.evidenceRequired}{" "}
                {t.evidenceCount === 0 ? <span className="badge amber">Chưa nộp</span> : <span className="badge green">Đã nộp {t.evidenceCount}</span>}
              </div>
            ) : t.evidenceCount === 0 ? (
              <div className="small">
                <span className="badge amber">Chưa có tài liệu kiểm chứng</span>
              </div>
            ) : null}
          </li>
        ))}
      </ul>
    </>
  );
}
