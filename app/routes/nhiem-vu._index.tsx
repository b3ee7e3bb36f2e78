import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { todayInVietnam } from "../../server/clock";
import { describeUnitTasks, judgeUnitTasks, type JudgedUnitTask, type UnitTask } from "../../server/services/unit-tasks";
import { Pager, pageFrom } from "../components/Pager";
import { TaskStateBadge } from "../components/TaskStateBadge";
import { formatDate } from "../lib/format";
import { requireUser } from "../lib/session.server";
import { APP_NAME, taskStatusLabel, unitTaskFilters } from "../lib/strings";

export const meta: MetaFunction = () => [{ title: `Nhiệm vụ của đơn vị — ${APP_NAME}` }];

/** Cards per page: a unit with 2 000 tasks gets pages, not a 2,6 MB page. */
const PAGE_SIZE = 100;
type Filter = keyof typeof unitTaskFilters;
const isDone = (t: Pick<JudgedUnitTask, "state">) => ["done-on-time", "done-late", "not-doable"].includes(t.state);
const FILTERS: Record<Filter, (t: JudgedUnitTask) => boolean> = {
  "tat-ca": () => true,
  "dang-lam": (t) => !t.yearClosed && !isDone(t),
  "qua-han": (t) => !t.yearClosed && (t.state === "overdue" || t.state === "due-soon"),
  "thieu-tai-lieu": (t) => !t.yearClosed && !isDone(t) && t.evidenceCount === 0,
  "da-xong": (t) => isDone(t),
};

export async function loader({ request }: LoaderFunctionArgs) {
  const { db, actor } = await requireUser(request);
  const url = new URL(request.url);
  // Every task judged (to sort, filter and count), the words read for the page shown only.
  const tasks = await judgeUnitTasks(db, actor, { today: todayInVietnam() });
  const current = tasks.filter((t) => !t.yearClosed);
  const open = current.filter((t) => !isDone(t));
  const done = current.filter(isDone);
  // Closed plan years, each judged at its own reporting date, grouped by plan and year.
  const closedGroups = new Map<string, JudgedUnitTask[]>();
  for (const t of tasks.filter((x) => x.yearClosed)) {
    const key = `${t.planCode}|${t.year}`;
    const group = closedGroups.get(key);
    if (group) group.push(t);
    else closedGroups.set(key, [t]);
  }
  const ordered = [...open, ...done, ...[...closedGroups.values()].flat()];
  const asked = url.searchParams.get("loc") ?? "tat-ca";
  const filter: Filter = asked in FILTERS ? (asked as Filter) : "tat-ca";
  const shown = ordered.filter(FILTERS[filter]);
  const { page, pages, from, to } = pageFrom(url, shown.length, PAGE_SIZE);
  return {
    unitName: actor.unitName,
    filter,
    counts: { all: tasks.length, current: current.length, open: open.length, done: done.length, missing: open.filter((t) => t.evidenceCount === 0).length, shown: shown.length },
    groups: Object.fromEntries([...closedGroups].map(([k, g]) => [k, g.length])),
    tasks: await describeUnitTasks(db, shown.slice(from, to)),
    page,
    pages,
  };
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

export default function UnitTasksPage() {
  const { unitName, filter, counts, groups, tasks, page, pages } = useLoaderData<typeof loader>();
  const [params] = useSearchParams();
  const current = tasks.filter((t) => !t.yearClosed);
  const closed = new Map<string, UnitTask[]>();
  for (const t of tasks.filter((x) => x.yearClosed)) {
    const key = `${t.planCode}|${t.year}`;
    closed.set(key, [...(closed.get(key) ?? []), t]);
  }
  const filterLink = (f: string) => {
    const q = new URLSearchParams(params);
    q.delete("trang");
    if (f === "tat-ca") q.delete("loc");
    else q.set("loc", f);
    const s = q.toString();
    return s ? `?${s}` : ".";
  };
  return (
    <>
      <div className="page-head">
        <div className="eyebrow">{unitName}</div>
        <h1>Nhiệm vụ của đơn vị</h1>
        <p>
          {counts.open} nhiệm vụ đang thực hiện trong các năm kế hoạch đang mở, gấp nhất trước
          {counts.missing ? ` · ${counts.missing} nhiệm vụ chưa có tài liệu kiểm chứng` : ""}
          {counts.done ? ` · ${counts.done} đã xong` : ""}.
        </p>
      </div>
      {counts.all === 0 ? <p className="panel muted">Đơn vị chưa được giao chủ trì hay phối hợp nhiệm vụ nào.</p> : null}
      {counts.current === 0 && counts.all > 0 ? <p className="panel muted">Không có nhiệm vụ nào trong năm kế hoạch đang mở.</p> : null}
      {counts.all > 0 ? (
        <nav className="filter-links" aria-label="Lọc nhiệm vụ">
          {Object.entries(unitTaskFilters).map(([f, text]) => (
            <Link key={f} to={filterLink(f)} aria-current={f === filter ? "true" : undefined}>
              {text}
            </Link>
          ))}
        </nav>
      ) : null}
      {counts.all > 0 && counts.shown === 0 ? <p className="panel muted">Không có nhiệm vụ nào khớp bộ lọc.</p> : null}
      <Pager page={page} pages={pages} total={counts.shown} />
      <ul className="task-cards">
        {current.map((t) => (
          <TaskCard key={t.id} t={t} />
        ))}
      </ul>
      {[...closed.values()].map((group) => {
        const first = group[0]!;
        const key = `${first.planCode}|${first.year}`;
        return (
          <section key={key} className="closed-year" aria-label={`Năm kế hoạch ${first.year} đã kết thúc`}>
            <h2>
              Kế hoạch {first.planNumber ?? "(chưa ghi số)"}, năm kế hoạch {first.year} đã kết thúc
            </h2>
            <p className="small muted">
              {groups[key] ?? group.length} nhiệm vụ, tình trạng tính tại ngày báo cáo {formatDate(first.asOf)} của năm kế hoạch {first.year}.
            </p>
            <ul className="task-cards">
              {group.map((t) => (
                <TaskCard key={t.id} t={t} />
              ))}
            </ul>
          </section>
        );
      })}
      <Pager page={page} pages={pages} total={counts.shown} />
    </>
  );
}
