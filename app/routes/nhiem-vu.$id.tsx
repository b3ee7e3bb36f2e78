import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useState } from "react";
import { MAX_EVIDENCE_BYTES, MAX_EVIDENCE_FILES, MAX_EVIDENCE_REQUEST_BYTES } from "../../server/domain/evidence-type";
import { parseForm, UploadRefused, zIdText, type ParsedForm } from "../lib/upload.server";
import { parseVnDate } from "../../server/domain/vn-date";
import type { TaskStatus } from "../../server/domain/task-state";
import { addDirection, getTaskPage, linkParentTask, reportOnTask, ServiceError, type EvidenceInput } from "../lib/tasks.server";
import { EvidenceList } from "../components/EvidenceList";
import { TaskStateBadge } from "../components/TaskStateBadge";
import { formatDate, formatDateTime, formatPercent, formatPoints } from "../lib/format";
import { idParam } from "../lib/form.server";
import { actionError, orHttpError, requireUser, requireUserForMutation } from "../lib/session.server";
import { APP_NAME, taskStatusLabel, taskUpdateKindLabel } from "../lib/strings";
import { todayInVietnam } from "../../server/clock";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data ? `${data.task.title.slice(0, 80)} — ${APP_NAME}` : APP_NAME }];

function taskIdFrom(params: { id?: string }): number {
  return idParam(params.id, "Không tìm thấy nhiệm vụ.");
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { db, actor } = await requireUser(request);
  const ngay = new URL(request.url).searchParams.get("ngay");
  const asOf = ngay ? (parseVnDate(ngay) ?? undefined) : undefined;
  return orHttpError(getTaskPage(db, actor, taskIdFrom(params), { today: todayInVietnam(), asOf }));
}

type ActionResult =
  | { ok: true; message: string }
  | { ok: false; message: string; conflict?: boolean; draft?: { report: string; progress: string; status: string; reason: string } };

const STATUSES = ["chua-thuc-hien", "dang-thuc-hien", "hoan-thanh", "hoan-thanh-cham", "khong-thuc-hien-duoc"] as const;

export async function action({ request, params }: ActionFunctionArgs): Promise<ActionResult> {
  const { db, actor } = await requireUserForMutation(request);
  const taskId = taskIdFrom(params);
  let form: ParsedForm;
  try {
    form = await parseForm(request, { maxFileBytes: MAX_EVIDENCE_BYTES, maxTotalBytes: MAX_EVIDENCE_REQUEST_BYTES, maxFiles: MAX_EVIDENCE_FILES });
  } catch (e) {
    if (e instanceof UploadRefused) return { ok: false, message: e.message };
    throw e;
  }
  const text = (k: string) => form.text(k);
  if (text("intent") === "link-parent") {
    try {
      const parentTaskId = text("parentTaskId") ? zIdText("Nhiệm vụ cấp trên").parse(text("parentTaskId")) : null;
      await linkParentTask(db, actor, taskId, parentTaskId);
      return { ok: true, message: "Đã cập nhật nhiệm vụ cấp trên." };
    } catch (e) {
      return actionError(e);
    }
  }
  if (text("intent") === "direct") {
    try {
      await addDirection(db, actor, { taskId, text: text("text") });
      return { ok: true, message: "Đã gửi ý kiến." };
    } catch (e) {
      return actionError(e);
    }
  }
  const draft = { report: text("report"), progress: text("progress"), status: text("status"), reason: text("reason") };
  const evidence: EvidenceInput[] = [];
  // A named empty file is refused by the evidence check ("Tệp … rỗng."), not dropped.
  for (const f of form.files) if (f.field === "files") evidence.push({ kind: "file", name: f.name, bytes: f.bytes });
  if (text("docNumber").trim() || text("docIssuer").trim()) {
    evidence.push({ kind: "document", docNumber: text("docNumber"), docDate: text("docDate"), docIssuer: text("docIssuer"), title: text("docTitle") });
  }
  const status = STATUSES.find((s) => s === text("status"));
  const progress = Number(text("progress"));
  if (!status) return { ok: false, message: "Vui lòng chọn trạng thái.", draft };
  if (text("progress").trim() === "" || !Number.isFinite(progress)) return { ok: false, message: "Tiến độ phải là một số từ 0 đến 100.", draft };
  try {
    const r = await reportOnTask(
      db,
      actor,
      { taskId, expectedVersion: Number(text("expectedVersion")), status, progress, report: text("report"), reason: text("reason") || undefined },
      evidence,
    );
    return { ok: true, message: `Đã lưu báo cáo${r.evidenceIds.length ? ` kèm ${r.evidenceIds.length} tài liệu kiểm chứng` : ""}.` };
  } catch (e) {
    if (e instanceof ServiceError && e.code === "CONFLICT") return { ok: false, message: e.message, conflict: true, draft };
    const r = actionError(e);
    return { ...r, draft };
  }
}

function indicatorScore(i: { lastPercent: number | null; lastPoints: number | null }) {
  return i.lastPercent !== null ? formatPercent(i.lastPercent) : i.lastPoints !== null ? `${formatPoints(i.lastPoints)} điểm` : "—";
}

export default function TaskPage() {
  const page = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const busy = useNavigation().state === "submitting";
  const { task } = page;
  const draft = result && !result.ok ? result.draft : undefined;
  const [status, setStatus] = useState<TaskStatus>((draft?.status as TaskStatus | undefined) ?? task.status);
  const contributionOnly = page.may.report && !page.may.complete;

  return (
    <>
      <div className="breadcrumb">
        <span>
          <Link to="/ke-hoach">Kế hoạch</Link>
        </span>
        <span>
          <Link to={`/ke-hoach/${page.plan.code}#nv-${task.id}`}>{page.plan.number ?? page.plan.title}</Link>
        </span>
        <span>Nhiệm vụ {task.ordinal ?? ""}</span>
      </div>
      <div className="page-head">
        <div className="eyebrow">
          {page.plan.issuerName} · Kế hoạch {page.plan.number ?? "(chưa ghi số)"} · năm {page.year}
        </div>
        <h1>{task.title}</h1>
        <div className="chips" style={{ marginTop: "0.4rem" }}>
          <span className="badge blue">{taskStatusLabel[page.shown.status]}</span>
          <TaskStateBadge state={page.state} />
          <span className="badge">Tiến độ {page.shown.progress}%</span>
          <span className="muted small">tại ngày {formatDate(page.asOf)}</span>
        </div>
        {!page.shown.existed ? (
          <p className="notice">
            Nhiệm vụ chưa có trong kế hoạch tại ngày {formatDate(page.asOf)}.
          </p>
        ) : null}
        {page.filedAfter && page.filedAfter.updates + page.filedAfter.evidence > 0 ? (
          <p className="notice">
            Sau ngày {formatDate(page.asOf)} có {page.filedAfter.updates} lượt báo cáo, ý kiến và {page.filedAfter.evidence} tài liệu kiểm chứng không hiện ở đây.{" "}
            <Link to={`?ngay=${formatDate(page.today)}`}>Xem tình trạng đến hôm nay</Link>
          </p>
        ) : null}
      </div>

      {result ? (
        <p className={result.ok ? "form-ok" : "form-error"} role={result.ok ? "status" : "alert"}>
          {result.message}
          {!result.ok && result.conflict ? " Nội dung bạn vừa nhập vẫn còn trong ô bên dưới." : ""}
        </p>
      ) : null}

      <div className="grid task-layout">
        <div>
          <section className="panel">
            <dl className="facts">
              <dt>Chủ trì</dt>
              <dd>
                {page.lead.length ? page.lead.map((u) => <div key={u.code}>{u.name}</div>) : (task.leadPrinted ?? "—")}
              </dd>
              <dt>Phối hợp</dt>
              <dd>
                {task.coordinatingPrinted ?? (page.coordinating.length ? page.coordinating.map((u) => u.name).join("; ") : "—")}
              </dd>
              <dt>Thời gian</dt>
              <dd>
                {task.deadlineText ?? "—"}
                {page.due ? (
                  <span className="muted small">
                    {" "}
                    · hạn năm {page.year}: {formatDate(page.due)}
                  </span>
                ) : null}
              </dd>
              <dt>Tài liệu kiểm chứng</dt>
              <dd>{task.evidenceRequired ?? <span className="muted">Kế hoạch không ghi</span>}</dd>
              {page.shown.statusReason ? (
                <>
                  <dt>Lý do</dt>
                  <dd>{page.shown.statusReason}</dd>
                </>
              ) : null}
              {page.numericTargets.length ? (
                <>
                  <dt>Chỉ tiêu</dt>
                  <dd>{page.numericTargets.map((n) => n.printed).join("; ")}</dd>
                </>
              ) : null}
              {page.parentTask ? (
                <>
                  <dt>Thực hiện nhiệm vụ</dt>
                  <dd>
                    <Link to={`/nhiem-vu/${page.parentTask.id}`}>{page.parentTask.title}</Link>{" "}
                    <span className="muted small">({page.parentTask.planNumber ?? page.parentTask.planCode})</span>
                  </dd>
                </>
              ) : null}
            </dl>
            <p className="small muted">
              {page.yearClosed && page.asOf === page.defaultAsOf
                ? `Năm kế hoạch ${page.year} đã kết thúc: tình trạng tính tại ngày báo cáo ${formatDate(page.asOf)} của năm kế hoạch ${page.year}.`
                : `Tình trạng tính tại ngày ${formatDate(page.asOf)}.`}
            </p>
          </section>

          {page.indicators.length ? (
            <section className="panel">
              <h2>Chỉ số nhiệm vụ này tác động</h2>
              <div className="table-wrap">
                <table className="data">
                  <thead>
                    <tr>
                      <th>Chỉ số thành phần</th>
                      <th className="num">Kết quả gần nhất</th>
                      <th>Mục tiêu {page.year}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {page.indicators.map((i) => (
                      <tr key={i.key}>
                        <td>
                          <Link to={`/?donvi=${page.plan.issuerCode}&nam=${page.year}`}>{i.name}</Link>
                        </td>
                        <td className="num">
                          {indicatorScore(i)}
                          {i.lastYear ? <span className="muted small"> ({i.lastYear}{i.lastRank ? `, hạng ${i.lastRank}` : ""})</span> : null}
                        </td>
                        <td>
                          {i.targetPrinted ?? "—"}
                          {i.targetRank ? <span className="muted small">, hạng {i.targetRank}</span> : null}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </section>
          ) : null}

          <section className="panel" aria-labelledby="history-title">
            <h2 id="history-title">Quá trình thực hiện ({page.history.length})</h2>
            {page.history.length === 0 ? <p className="muted">Chưa có báo cáo nào.</p> : null}
            <ol className="timeline">
              {page.history.map((h) => (
                <li key={h.id} className={`kind-${h.kind}`}>
                  <div className="timeline-head">
                    <strong>{taskUpdateKindLabel[h.kind]}</strong>
                    <span>
                      {h.userName} · {h.unitName}
                    </span>
                    <span className="muted small">{formatDateTime(h.createdAt)}</span>
                  </div>
                  {h.status ? (
                    <div className="small">
                      {taskStatusLabel[h.status]}
                      {h.progress !== null ? ` · tiến độ ${h.progress}%` : ""}
                    </div>
                  ) : null}
                  {h.report ? <p className="report-text">{h.report}</p> : null}
                  {h.reason ? <p className="report-text">Lý do: {h.reason}</p> : null}
                  {h.evidence.length ? <EvidenceList items={h.evidence} /> : null}
                </li>
              ))}
            </ol>
          </section>
        </div>

        <div>
          {page.may.report ? (
            <section className="panel" aria-labelledby="report-title">
              <h2 id="report-title">{contributionOnly ? "Báo cáo phần việc phối hợp" : "Cập nhật tiến độ"}</h2>
              {page.statusNote ? <p className="small muted">{page.statusNote}</p> : null}
              {page.asOf < page.today ? (
                <p className="small notice">
                  Trang đang xem tình trạng tại ngày {formatDate(page.asOf)}. Báo cáo gửi bây giờ được ghi ngày hôm nay (hiện trạng: {taskStatusLabel[task.status]},{" "}
                  {task.progress}%); sau khi lưu, trang chuyển sang xem đến hôm nay.
                </p>
              ) : null}
              {/* A report is filed today: after saving, the page shows today's view, where it appears. */}
              <Form
                method="post"
                encType="multipart/form-data"
                className="form"
                key={task.version}
                action={page.asOf < page.today ? `?ngay=${formatDate(page.today)}` : undefined}
              >
                <input type="hidden" name="intent" value="report" />
                <input type="hidden" name="expectedVersion" value={task.version} />
                {contributionOnly ? (
                  <>
                    <input type="hidden" name="status" value={task.status} />
                    <input type="hidden" name="progress" value={task.progress} />
                  </>
                ) : (
                  <>
                    <label>
                      Trạng thái
                      <select name="status" value={status} onChange={(e) => setStatus(e.target.value as TaskStatus)}>
                        {STATUSES.map((s) => (
                          <option key={s} value={s}>
                            {taskStatusLabel[s]}
                          </option>
                        ))}
                      </select>
                    </label>
                    <label>
                      Tiến độ (%)
                      <input
                        name="progress"
                        type="number"
                        min={0}
                        max={100}
                        step={1}
                        required
                        defaultValue={draft?.progress ?? (status === "hoan-thanh" || status === "hoan-thanh-cham" ? 100 : task.progress)}
                        key={status}
                      />
                    </label>
                    {status === "khong-thuc-hien-duoc" ? (
                      <label>
                        Lý do không thực hiện được
                        <textarea name="reason" rows={2} required defaultValue={draft?.reason ?? ""} />
                      </label>
                    ) : null}
                  </>
                )}
                <label>
                  Nội dung báo cáo
                  <textarea name="report" rows={4} defaultValue={draft?.report ?? ""} placeholder="Kết quả đã thực hiện, số liệu, khó khăn…" />
                </label>
                <fieldset>
                  <legend>Tài liệu kiểm chứng</legend>
                  <label>
                    Tệp đính kèm (PDF, Word, Excel, ảnh; tối đa 20 MB mỗi tệp)
                    <input name="files" type="file" multiple accept=".pdf,.doc,.docx,.xls,.xlsx,.odt,.ods,.png,.jpg,.jpeg,.webp,.tif,.tiff" />
                  </label>
                  <p className="hint">Hoặc ghi văn bản đã ban hành:</p>
                  <div className="doc-ref">
                    <label>
                      Số, ký hiệu
                      <input name="docNumber" placeholder="125/BC-UBND" />
                    </label>
                    <label>
                      Ngày
                      <input name="docDate" placeholder="dd/mm/yyyy" inputMode="numeric" />
                    </label>
                    <label>
                      Cơ quan ban hành
                      <input name="docIssuer" placeholder="UBND huyện Tam Đường" />
                    </label>
                    <label className="wide">
                      Trích yếu
                      <input name="docTitle" />
                    </label>
                  </div>
                </fieldset>
                <button type="submit" className="primary" disabled={busy}>
                  {busy ? "Đang lưu…" : "Lưu báo cáo"}
                </button>
              </Form>
            </section>
          ) : null}

          {page.readOnlyReason ? (
            <section className="panel read-only-note" aria-label="Quyền cập nhật">
              <h2>Chỉ xem</h2>
              <p>{page.readOnlyReason}</p>
            </section>
          ) : null}

          {page.may.direct ? (
            <section className="panel" aria-labelledby="direct-title">
              <h2 id="direct-title">Ý kiến chỉ đạo</h2>
              <Form method="post" encType="multipart/form-data" className="form">
                <input type="hidden" name="intent" value="direct" />
                <label>
                  Nội dung
                  <textarea name="text" rows={3} required />
                </label>
                <button type="submit" className="primary" disabled={busy}>
                  Gửi ý kiến
                </button>
              </Form>
            </section>
          ) : null}

          <section className="panel">
            <h2>Tài liệu kiểm chứng đã nộp ({page.evidence.length})</h2>
            {page.evidence.length ? <EvidenceList items={page.evidence} withWho /> : <p className="muted">Chưa có tài liệu nào.</p>}
          </section>

          {page.may.manage && page.parentPlanTasks.length ? (
            <section className="panel">
              <h2>Thực hiện nhiệm vụ nào của kế hoạch cấp trên</h2>
              <Form method="post" encType="multipart/form-data" className="form">
                <input type="hidden" name="intent" value="link-parent" />
                <label>
                  Nhiệm vụ cấp trên
                  <select name="parentTaskId" defaultValue={page.parentTask?.id ?? ""}>
                    <option value="">— Không gắn —</option>
                    {page.parentPlanTasks.map((t) => (
                      <option key={t.id} value={t.id}>
                        {t.ordinal ? `${t.ordinal}. ` : ""}
                        {t.title.slice(0, 120)}
                      </option>
                    ))}
                  </select>
                </label>
                <button type="submit" className="secondary" disabled={busy}>
                  Lưu liên kết
                </button>
              </Form>
            </section>
          ) : null}

          {page.implementingTasks.length ? (
            <section className="panel">
              <h2>Nhiệm vụ triển khai ở cấp dưới</h2>
              <ul className="unit-list">
                {page.implementingTasks.map((t) => (
                  <li key={t.id}>
                    <Link to={`/nhiem-vu/${t.id}`}>{t.title}</Link>{" "}
                    <span className="muted small">
                      ({t.planNumber ?? t.planCode}) · {taskStatusLabel[t.status]} · {t.progress}%
                    </span>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
        </div>
      </div>
    </>
  );
}
