import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { parseForm, UploadRefused, type ParsedForm } from "../lib/upload.server";
import { MAX_EVIDENCE_BYTES } from "../../server/domain/evidence-type";
import { Form, Link, useActionData, useLoaderData, useNavigation, useRevalidator, useSearchParams } from "@remix-run/react";
import { QueryClient, QueryClientProvider, useMutation } from "@tanstack/react-query";
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState } from "react";
import { api } from "../cycle/api.client";
import { addSelfEvidence, appraiseCriterion, explainCriterion, getAssessment, settleCriterion, submitSelfAssessment, todayInVietnam } from "../cycle/cycle.server";
import { backWith } from "../cycle/flash";
import { cycleText as t } from "../cycle/strings";
import { formatDate, formatNumber } from "../lib/format";
import { actionError, orHttpError, requireUser, requireUserForMutation } from "../lib/session.server";
import { APP_NAME } from "../lib/strings";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `Tự đánh giá ${data?.unit.name ?? ""} — ${APP_NAME}` }];

const idsFrom = (params: Record<string, string | undefined>) => {
  const cycleId = Number(params.id);
  const unitId = Number(params.unit);
  if (!Number.isSafeInteger(cycleId) || cycleId <= 0 || !Number.isSafeInteger(unitId) || unitId <= 0) throw new Response("Không tìm thấy trang.", { status: 404 });
  return { cycleId, unitId };
};

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { db, actor } = await requireUser(request);
  const ids = idsFrom(params);
  const form = await orHttpError(getAssessment(db, actor, ids, todayInVietnam()));
  // The unit's own staff fill the form in; anyone else (council, Home Affairs, leaders) reads or appraises it.
  return { ...form, own: actor.unitId === ids.unitId };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { db, actor } = await requireUserForMutation(request);
  const ids = idsFrom(params);
  let form: ParsedForm;
  try {
    // One evidence file per request, capped like a task's evidence; any typed name works.
    form = await parseForm(request, { maxFileBytes: MAX_EVIDENCE_BYTES, maxTotalBytes: MAX_EVIDENCE_BYTES + 1024 * 1024, maxFiles: 1 });
  } catch (e) {
    if (e instanceof UploadRefused) return { ok: false, message: e.message };
    throw e;
  }
  const text = (k: string) => form.text(k);
  const num = (k: string) => Number(text(k).replace(",", "."));
  const asOf = todayInVietnam();
  const base = { ...ids, criterionId: num("criterionId"), version: num("version") };
  try {
    switch (text("intent")) {
      case "evidence": {
        const file = form.files.find((f) => f.field === "file");
        await addSelfEvidence(
          db,
          actor,
          file
            ? { ...base, file: { name: file.name, bytes: file.bytes } }
            : { ...base, document: { docNumber: text("docNumber"), docDate: text("docDate"), docIssuer: text("docIssuer"), title: text("docTitle") } },
          asOf,
        );
        return backWith(request, "Đã thêm tài liệu kiểm chứng.", `tc-${base.criterionId}`);
      }
      case "submit": {
        const r = await submitSelfAssessment(db, actor, { ...ids, version: num("version") }, asOf);
        return backWith(request, r.late ? "Đã gửi bản tự đánh giá (quá hạn, trong thời gian gia hạn)." : "Đã gửi bản tự đánh giá. Biểu mẫu đã khóa.");
      }
      case "appraise":
        await appraiseCriterion(db, actor, { ...base, score: text("score").trim() === "" ? Number.NaN : num("score"), remark: text("remark") || null }, asOf);
        return backWith(request, "Đã lưu điểm thẩm định.", `tc-${base.criterionId}`);
      case "explain":
        await explainCriterion(db, actor, { ...base, reply: text("reply") }, asOf);
        return backWith(request, "Đã gửi giải trình.", `tc-${base.criterionId}`);
      case "settle":
        await settleCriterion(db, actor, { ...base, score: text("score").trim() === "" ? Number.NaN : num("score") }, asOf);
        return backWith(request, "Đã chốt điểm.", `tc-${base.criterionId}`);
      default:
        return { ok: false, message: "Thao tác không hợp lệ." };
    }
  } catch (e) {
    return actionError(e);
  }
}

type Data = ReturnType<typeof useLoaderData<typeof loader>>;
type Item = Data["items"][number];

const queryClient = new QueryClient({ defaultOptions: { mutations: { retry: false } } });

export default function AssessmentPage() {
  return (
    <QueryClientProvider client={queryClient}>
      <AssessmentForm />
    </QueryClientProvider>
  );
}

function AssessmentForm() {
  const data = useLoaderData<typeof loader>();
  const failed = useActionData<typeof action>();
  const [params] = useSearchParams();
  const result = failed ?? (params.get("tb") ? { ok: true, message: params.get("tb") ?? "" } : null);
  const [version, setVersion] = useState(data.unit.version);
  // Saves of every criterion go one after another through one queue, each with the version the
  // previous one returned: two criteria typed in quick succession never race on the version.
  const versionRef = useRef(data.unit.version);
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const [busy, setBusy] = useState<ReadonlySet<number>>(new Set());
  useEffect(() => {
    versionRef.current = Math.max(versionRef.current, data.unit.version);
    setVersion(versionRef.current);
  }, [data.unit.version]);
  const markBusy = useCallback((id: number, on: boolean) => {
    setBusy((prev) => {
      if (prev.has(id) === on) return prev;
      const next = new Set(prev);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  }, []);
  const run = useCallback((save: (version: number) => Promise<{ version: number }>) => {
    const next = queue.current
      .catch(() => undefined)
      .then(() => save(versionRef.current))
      .then((r) => {
        versionRef.current = r.version;
        setVersion(r.version);
        return r;
      });
    queue.current = next;
    return next;
  }, []);
  const saver = useMemo(() => ({ run, markBusy }), [run, markBusy]);
  const saving = busy.size > 0;
  const components = [...new Map(data.items.map((i) => [i.componentKey, i.componentName])).entries()];
  const m = data.completeness;
  const selfWindow = data.windows.find((w) => w.phase === "self-assessment");
  return (
    <div className="assessment">
      <nav className="breadcrumb">
        <Link to="/danh-gia">{t.nav}</Link> › <Link to={`/danh-gia/${data.cycle.id}`}>Năm {data.cycle.year}</Link> › {data.unit.name}
      </nav>
      <div className="page-head">
        <h1>
          {data.own ? "Tự đánh giá, chấm điểm" : data.items.some((i) => i.mayAppraise || i.maySettle) ? "Thẩm định bản tự đánh giá" : "Bản tự đánh giá"} năm {data.cycle.year}: {data.unit.name}
        </h1>
        <p className="muted small">
          {data.cycle.frameworkName}
          {data.cycle.frameworkDecision ? ` (${data.cycle.frameworkDecision})` : ""}
        </p>
      </div>
      {data.items.length === 0 ? (
        <section className="panel notice-panel">
          <h2>Bộ chỉ số chưa có tiêu chí</h2>
          <p>
            Bộ chỉ số của kỳ đánh giá này chưa được nhập tiêu chí, điểm tối đa và cách chấm. Đơn vị chưa thể tự chấm điểm; Phòng Nội vụ sẽ nhập tiêu chí theo văn bản ban hành bộ chỉ số
            {data.cycle.frameworkDecision ? ` (${data.cycle.frameworkDecision})` : ""}.
          </p>
        </section>
      ) : null}
      <section className="panel cycle-meter" aria-label="Mức độ hoàn thành">
        {data.items.length > 0 ? (
          <>
        <div className="stat">
          <strong>{m.scored}/{m.total}</strong> tiêu chí đã chấm
        </div>
        <div className="stat">
          <strong>{m.evidenced}</strong> có tài liệu kiểm chứng
        </div>
        <div className="stat">
          <strong className={m.missingEvidence + m.unscored ? "down" : "up"}>{m.unscored + m.missingEvidence}</strong> còn thiếu
        </div>
        <div className="progress" aria-hidden="true">
          <div className="progress-bar" style={{ width: `${m.total ? Math.round((m.scored / m.total) * 100) : 0}%` }} />
        </div>
          </>
        ) : null}
        <p className="small">
          Trạng thái: <span className="badge">{t.state[data.unit.state]}</span>
          {data.unit.late ? <span className="badge late"> Nộp muộn</span> : null}
          {data.unit.submittedAt ? ` ngày ${formatDate(new Date(data.unit.submittedAt))}` : null}
          {selfWindow ? ` · Hạn tự đánh giá: ${formatDate(selfWindow.dueOn)}${selfWindow.closesOn && selfWindow.dueOn && selfWindow.closesOn > selfWindow.dueOn ? `, gia hạn đến ${formatDate(selfWindow.closesOn)}` : ""} (${t.phaseState[selfWindow.state]})` : null}
        </p>
        {data.selfRefusal && data.unit.state === "draft" ? <p className="small muted">{data.selfRefusal}</p> : null}
        {data.selfLate ? <p className="form-error small">Đã quá hạn tự đánh giá: bản gửi trong thời gian gia hạn sẽ được ghi là nộp muộn.</p> : null}
      </section>
      {result ? <p className={result.ok ? "form-ok" : "form-error"} role="status">{result.message}</p> : null}
      <SaveQueue.Provider value={saver}>
      {components.map(([key, name]) => (
        <section key={key} className="panel">
          <h2>{name}</h2>
          {data.items
            .filter((i) => i.componentKey === key)
            .map((i) => (
              <CriterionCard key={i.criterionId} item={i} data={data} version={version} saving={saving} />
            ))}
        </section>
      ))}
      </SaveQueue.Provider>
      {data.maySelfAssess && data.items.length > 0 ? (
        <Form method="post" className="panel submit-bar">
          <input type="hidden" name="intent" value="submit" />
          <input type="hidden" name="version" value={version} />
          <p className="small">Sau khi gửi, biểu mẫu bị khóa; Hội đồng thẩm định bắt đầu thẩm định.</p>
          <button type="submit" className="primary" disabled={!m.complete || saving}>
            Gửi bản tự đánh giá
          </button>
          {saving ? <span className="small muted"> {t.saving}</span> : !m.complete ? <span className="small muted"> Chấm đủ các tiêu chí và nộp tài liệu kiểm chứng bắt buộc trước khi gửi.</span> : null}
        </Form>
      ) : null}
    </div>
  );
}

function CriterionCard({ item: i, data, version, saving }: { item: Item; data: Data; version: number; saving: boolean }) {
  const heading = (
    <div className="criterion-head">
      <span className="criterion-title">
        {i.ordinal ? <strong>{i.ordinal}. </strong> : null}
        {i.title}
      </span>
      <span className="criterion-max nowrap">Tối đa {formatNumber(i.max)} điểm</span>
    </div>
  );
  if (!i.isLeaf) return <div className="criterion parent">{heading}</div>;
  return (
    <article className="criterion" id={`tc-${i.criterionId}`}>
      {heading}
      <p className="small muted">
        {t.scoring[i.scoring]}
        {i.scoring === "steps" && i.steps ? `: ${i.steps.map((x) => formatNumber(x)).join("; ")}` : ""}
        {i.evidenceRequired ? ` · Tài liệu kiểm chứng: ${i.evidenceRequired}` : ""}
      </p>
      {i.scoring === "survey" ? (
        <p className="small">Điểm lấy từ kết quả điều tra xã hội học; đơn vị không tự chấm.</p>
      ) : data.maySelfAssess ? (
        <SelfScore item={i} cycleId={data.cycle.id} unitId={data.unit.id} />
      ) : (
        <dl className="scores">
          <div>
            <dt>Tự chấm</dt>
            <dd>{formatNumber(i.selfScore)}</dd>
          </div>
          {i.appraisedScore !== null ? (
            <div>
              <dt>Thẩm định</dt>
              <dd className={i.selfScore !== null && i.appraisedScore < i.selfScore ? "down" : undefined}>{formatNumber(i.appraisedScore)}</dd>
            </div>
          ) : null}
          {i.settledScore !== null ? (
            <div>
              <dt>Điểm cuối cùng</dt>
              <dd>
                <strong>{formatNumber(i.settledScore)}</strong>
              </dd>
            </div>
          ) : null}
          <div>
            <dt>Tình trạng</dt>
            <dd>{t.stage[i.stage]}</dd>
          </div>
        </dl>
      )}
      {!data.maySelfAssess && i.selfNote ? <p className="small">Thuyết minh: {i.selfNote}</p> : null}
      <Evidence item={i} data={data} version={version} saving={saving} />
      {i.remark ? (
        <p className="remark small">
          <strong>Ý kiến thẩm định:</strong> {i.remark}
        </p>
      ) : null}
      {i.reply ? (
        <p className="reply small">
          <strong>Giải trình:</strong> {i.reply}
        </p>
      ) : null}
      {i.mayAppraise ? <AppraiseForm item={i} /> : null}
      {i.mayExplain ? (
        <Form method="post" className="inline-form">
          <input type="hidden" name="intent" value="explain" />
          <input type="hidden" name="criterionId" value={i.criterionId} />
          <input type="hidden" name="version" value={i.assessmentVersion ?? 0} />
          <label>
            Giải trình của đơn vị
            <textarea name="reply" rows={2} required defaultValue={i.reply ?? ""} />
          </label>
          <button type="submit" className="secondary">Gửi giải trình</button>
        </Form>
      ) : null}
      {i.maySettle ? (
        <Form method="post" className="inline-form">
          <input type="hidden" name="intent" value="settle" />
          <input type="hidden" name="criterionId" value={i.criterionId} />
          <input type="hidden" name="version" value={i.assessmentVersion ?? 0} />
          <label>
            Điểm cuối cùng
            <input name="score" inputMode="decimal" required defaultValue={formatNumber(i.appraisedScore)} size={6} />
          </label>
          <button type="submit" className="secondary">Chốt điểm</button>
        </Form>
      ) : null}
    </article>
  );
}

function AppraiseForm({ item: i }: { item: Item }) {
  const nav = useNavigation();
  return (
    <Form method="post" className="inline-form appraise">
      <input type="hidden" name="intent" value="appraise" />
      <input type="hidden" name="criterionId" value={i.criterionId} />
      <input type="hidden" name="version" value={i.assessmentVersion ?? 0} />
      <label>
        Điểm thẩm định (tự chấm {formatNumber(i.selfScore)})
        <input name="score" inputMode="decimal" required defaultValue={i.appraisedScore !== null ? formatNumber(i.appraisedScore) : formatNumber(i.selfScore)} size={6} />
      </label>
      <label className="grow">
        Ý kiến thẩm định (bắt buộc khi chấm thấp hơn)
        <textarea name="remark" rows={2} defaultValue={i.remark ?? ""} />
      </label>
      <button type="submit" className="secondary" disabled={nav.state !== "idle"}>
        Lưu thẩm định
      </button>
    </Form>
  );
}

function Evidence({ item: i, data, version, saving }: { item: Item; data: Data; version: number; saving: boolean }) {
  return (
    <div className="evidence small">
      {i.evidence.length ? (
        <ul>
          {i.evidence.map((e) => (
            <li key={e.id}>
              {e.kind === "file" ? (
                <a href={`/tai-lieu/${e.id}`}>{e.originalName}</a>
              ) : (
                <span>
                  Văn bản {e.docNumber}
                  {e.docDate ? ` ngày ${formatDate(e.docDate)}` : ""} của {e.docIssuer}
                  {e.title ? `: ${e.title}` : ""}
                </span>
              )}
            </li>
          ))}
        </ul>
      ) : i.evidenceRequired ? (
        <p className="muted">Chưa có tài liệu kiểm chứng.</p>
      ) : null}
      {data.maySelfAssess && i.scoring !== "survey" ? (
        // Keyed by the count so the form starts empty again once a document was added.
        <details key={i.evidence.length}>
          <summary>Thêm tài liệu kiểm chứng</summary>
          <Form method="post" encType="multipart/form-data" className="evidence-form">
            <input type="hidden" name="intent" value="evidence" />
            <input type="hidden" name="criterionId" value={i.criterionId} />
            <input type="hidden" name="version" value={version} />
            <label>
              Tệp (PDF, Word, Excel, ảnh)
              <input type="file" name="file" />
            </label>
            <p className="muted">hoặc văn bản:</p>
            <label>
              Số, ký hiệu
              <input name="docNumber" placeholder="12/KH-UBND" />
            </label>
            <label>
              Ngày
              <input name="docDate" placeholder="05/01/2024" />
            </label>
            <label>
              Cơ quan ban hành
              <input name="docIssuer" />
            </label>
            <label>
              Trích yếu
              <input name="docTitle" />
            </label>
            {/* Not while a draft save is on its way: the form would carry the version before it. */}
            <button type="submit" className="secondary" disabled={saving}>
              Thêm
            </button>
          </Form>
        </details>
      ) : null}
    </div>
  );
}

/** The self-assessment's save queue and which criteria have a save waiting or on its way. */
const SaveQueue = createContext<{ run: (save: (version: number) => Promise<{ version: number }>) => Promise<{ version: number }>; markBusy: (id: number, on: boolean) => void } | null>(null);

/**
 * Score and explanation, saved as the user types (debounced) through tRPC, with the version check.
 * The status says "Đang lưu…" from the first keystroke until the save is answered, so "Đã lưu
 * nháp" always means this very text is saved.
 */
function SelfScore({ item: i, cycleId, unitId }: { item: Item; cycleId: number; unitId: number }) {
  const queue = useContext(SaveQueue)!;
  const [score, setScore] = useState(i.selfScore === null ? "" : formatNumber(i.selfScore));
  const [note, setNote] = useState(i.selfNote ?? "");
  const [waiting, setWaiting] = useState(false);
  const revalidator = useRevalidator();
  const save = useMutation({
    mutationFn: (v: { score: string; note: string }) =>
      queue.run((version) => api.cycles.saveSelf.mutate({ cycleId, unitId, criterionId: i.criterionId, score: v.score.trim() === "" ? null : Number(v.score.replace(",", ".")), note: v.note || null, version })),
    onSettled: () => {
      inflight.current--;
      if (!timer.current && inflight.current === 0) queue.markBusy(i.criterionId, false);
    },
  });
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const inflight = useRef(0);
  const send = (next: { score: string; note: string }) => {
    timer.current = null;
    setWaiting(false);
    inflight.current++;
    save.mutate(next);
  };
  const schedule = (next: { score: string; note: string }) => {
    if (timer.current) clearTimeout(timer.current);
    setWaiting(true);
    queue.markBusy(i.criterionId, true);
    timer.current = setTimeout(() => send(next), 600);
  };
  const now = (next: { score: string; note: string }) => {
    if (timer.current) clearTimeout(timer.current);
    queue.markBusy(i.criterionId, true);
    send(next);
  };
  const touched = useRef(false);
  useEffect(() => () => {
    if (timer.current) clearTimeout(timer.current);
  }, []);
  const status = waiting || save.isPending ? t.saving : save.isError ? save.error.message : save.isSuccess && touched.current ? t.saved : "";
  return (
    <div className="self-score">
      <label>
        Điểm tự chấm
        {i.scoring === "steps" && i.steps ? (
          <select
            value={score}
            onChange={(e) => {
              touched.current = true;
              setScore(e.target.value);
              now({ score: e.target.value, note });
            }}
          >
            <option value="">— chưa chấm —</option>
            {i.steps.map((s) => (
              <option key={s} value={formatNumber(s)}>
                {formatNumber(s)}
              </option>
            ))}
          </select>
        ) : (
          <input
            inputMode="decimal"
            value={score}
            size={6}
            aria-describedby={`st-${i.criterionId}`}
            onChange={(e) => {
              touched.current = true;
              setScore(e.target.value);
              schedule({ score: e.target.value, note });
            }}
          />
        )}
      </label>
      <label className="grow">
        Thuyết minh, giải trình
        <textarea
          rows={2}
          value={note}
          onChange={(e) => {
            touched.current = true;
            setNote(e.target.value);
            schedule({ score, note: e.target.value });
          }}
        />
      </label>
      <span id={`st-${i.criterionId}`} className={`small save-status${save.isError && !waiting ? " form-error" : ""}`} role="status">
        {status}
        {save.isError && !waiting && /tải lại/.test(save.error.message) ? (
          <button type="button" className="link" onClick={() => revalidator.revalidate()}>
            Tải lại
          </button>
        ) : null}
      </span>
    </div>
  );
}
