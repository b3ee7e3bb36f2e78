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

/** The due date in words, relative to the day the task is judged at: today only in an open plan year. */
function dueText(t: UnitTask): string {
  if (!t.due) return t.deadlineText ?? "Không có hạn cụ thể";
  const on = t.yearClosed ? `ngày ${formatDate(t.asOf)}` : "hôm nay";
  if (t.state === "overdue") return `Quá hạn ${-(t.daysLeft ?? 0)} ngày tính đến ${on} (hạn ${formatDate(t.due)})`;
  if (t.state === "due-soon") {
    if (t.daysLeft === 0) return t.yearClosed ? `Đến hạn đúng ngày báo cáo ${formatDate(t.due)}` : `Hết hạn hôm nay (${formatDate(t.due)})`;
    return `Còn ${t.daysLeft} ngày tính đến ${on} (hạn ${formatDate(t.due)})`;
  }
  return `Hạn ${formatDate(t.due)}`;
}

function TaskCard({ t }: { t: UnitTask }) {
  return (
    <li className={`task-card state-${t.state}`}>
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
  );
}

const isDone = (t: UnitTask) => ["done-on-time", "done-late", "not-doable"].includes(t.state);

export default function UnitTasksPage() {
  const { unitName, tasks } = useLoaderData<typeof loader>();
  const current = tasks.filter((t) => !t.yearClosed);
  const open = current.filter((t) => !isDone(t));
  const done = current.filter(isDone);
  const missing = open.filter((t) => t.evidenceCount === 0).length;
  // Closed plan years, each judged at its own reporting date, grouped by plan and year.
  const closed = new Map<string, UnitTask[]>();
  for (const t of tasks.filter((x) => x.yearClosed)) {
    const key = `${t.planCode}|${t.year}`;
    closed.set(key, [...(closed.get(key) ?? []), t]);
  }
  return (
    <>
      <div className="page-head">
        <div className="eyebrow">{unitName}</div>
        <h1>Nhiệm vụ của đơn vị</h1>
        <p>
          {open.length} nhiệm vụ đang thực hiện trong các năm kế hoạch đang mở, gấp nhất trước
          {missing ? ` · ${missing} nhiệm vụ chưa có tài liệu kiểm chứng` : ""}
          {done.length ? ` · ${done.length} đã xong` : ""}.
        </p>
      </div>
      {tasks.length === 0 ? <p className="panel muted">Đơn vị chưa được giao chủ trì hay phối hợp nhiệm vụ nào.</p> : null}
      {current.length === 0 && tasks.length > 0 ? <p className="panel muted">Không có nhiệm vụ nào trong năm kế hoạch đang mở.</p> : null}
      <ul className="task-cards">
        {[...open, ...done].map((t) => (
          <TaskCard key={t.id} t={t} />
        ))}
      </ul>
      {[...closed.values()].map((group) => {
        const first = group[0]!;
        return (
          <section key={`${first.planCode}|${first.year}`} className="closed-year" aria-label={`Năm kế hoạch ${first.year} đã kết thúc`}>
            <h2>
              Kế hoạch {first.planNumber ?? "(chưa ghi số)"}, năm kế hoạch {first.year} đã kết thúc
            </h2>
            <p className="small muted">
              {group.length} nhiệm vụ, tình trạng tính tại ngày báo cáo {formatDate(first.asOf)} của năm kế hoạch {first.year}.
            </p>
            <ul className="task-cards">
              {group.map((t) => (
                <TaskCard key={t.id} t={t} />
              ))}
            </ul>
          </section>
        );
      })}
    </>
  );
}
