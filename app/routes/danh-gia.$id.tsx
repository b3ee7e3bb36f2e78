import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { readUploadForm } from "../lib/upload.server";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { approveCycle, cycleCriteria, cycleSurveyForms, cycleSurveyPoints, importFrameworkCriteria, saveSurveyForms, cycleActor, cycleCompilation, cycleContext, cycleResults, frameworkComponentsOf, importSurveyPoints, isCouncilMember, loadCycle, councilChoices, mayRead, mayRun, parseVnDate, phaseState, publishCycle, saveSurveyPoints, todayInVietnam, type CyclePhase, updateCycleSetup } from "../cycle/cycle.server";
import { backWith } from "../cycle/flash";
import { cycleText as t } from "../cycle/strings";
import { formatDate, formatNumber, formatPercent, formatRank } from "../lib/format";
import { actionError, orHttpError, requireUser, requireUserForMutation } from "../lib/session.server";
import { APP_NAME } from "../lib/strings";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `Kỳ đánh giá năm ${data?.cycle.year ?? ""} — ${APP_NAME}` }];

const cycleIdFrom = (p: Record<string, string | undefined>) => {
  const id = Number(p.id);
  if (!Number.isSafeInteger(id) || id <= 0) throw new Response("Không tìm thấy trang.", { status: 404 });
  return id;
};

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { db, actor } = await requireUser(request);
  const id = cycleIdFrom(params);
  const loaded = await orHttpError(loadCycle(db, id));
  const asOf = todayInVietnam();
  const a = cycleActor(actor, loaded);
  const council = isCouncilMember(a, loaded);
  const oversees = actor.roles.includes("quan-tri") || ((actor.roles.includes("noi-vu") || actor.roles.includes("lanh-dao")) && actor.scope.has(loaded.cycle.ownerUnitId));
  const runs = mayRun(actor, cycleContext(loaded, asOf), null).ok;
  const units = loaded.units.filter((u) => mayRead(a, u.unitId, council));
  if (units.length === 0 && !oversees) throw new Response("Bạn không tham gia kỳ đánh giá này.", { status: 403 });
  const comps = await frameworkComponentsOf(db, loaded.cycle.frameworkId);
  const members = runs ? await councilChoices(db, loaded.cycle.planId, loaded.cycle.ownerUnitId) : [];
  const criteriaCount = (await cycleCriteria(db, loaded.cycle.frameworkId)).length;
  return {
    criteriaCount,
    surveyForms: oversees || council ? await cycleSurveyForms(db, loaded.cycle.planId) : [],
    surveyPoints: runs ? await cycleSurveyPoints(db, loaded.cycle.year, loaded.units.map((u) => u.unitId)) : [],
    cycle: { id, year: loaded.cycle.year, status: loaded.cycle.status, version: loaded.cycle.version, planTitle: loaded.planTitle, planCode: loaded.planCode, frameworkId: loaded.cycle.frameworkId, frameworkName: loaded.frameworkName, frameworkDecision: loaded.frameworkDecision, approvalDecision: loaded.cycle.approvalDecision },
    windows: loaded.windows.map((w) => ({ ...w, state: phaseState(w, asOf) })),
    units: units.map((u) => ({ unitId: u.unitId, code: u.code, name: u.name, state: u.state, late: u.late })),
    council: loaded.council.map((c) => ({ componentKey: c.componentKey, unitId: c.unitId, unitName: c.unitName })),
    components: comps,
    members,
    runs,
    oversees: oversees || council,
    compilation: oversees || council ? await cycleCompilation(db, actor, id) : null,
    results: oversees || council ? await cycleResults(db, actor, id) : null,
  };
}

const dateOrNull = (v: string) => (v.trim() === "" ? null : parseVnDate(v.trim()));

export async function action({ request, params }: ActionFunctionArgs) {
  const { db, actor } = await requireUserForMutation(request);
  const cycleId = cycleIdFrom(params);
  const read = await readUploadForm(request, { maxFileBytes: 5 * 1024 * 1024, maxTotalBytes: 5 * 1024 * 1024 + 1024 * 1024, maxFiles: 1 });
  if ("refused" in read) return { ok: false, message: read.refused, errors: [] };
  const form = read;
  const text = (k: string) => String(form.get(k) ?? "");
  const asOf = todayInVietnam();
  const version = Number(text("version"));
  try {
    switch (text("intent")) {
      case "phases": {
        const phases = [];
        for (const phase of ["self-assessment", "survey", "appraisal", "explanation", "compilation", "approval", "announcement"] as CyclePhase[]) {
          const due = text(`due-${phase}`);
          const closes = text(`closes-${phase}`);
          const dueOn = dateOrNull(due);
          const closesOn = dateOrNull(closes);
          if ((due.trim() && !dueOn) || (closes.trim() && !closesOn)) return { ok: false, message: "Ngày không hợp lệ: nhập theo dạng ngày/tháng/năm, ví dụ 15/12/2024." };
          phases.push({ phase, opensOn: null, dueOn, closesOn });
        }
        await updateCycleSetup(db, actor, { cycleId, version, phases }, asOf);
        return backWith(request, "Đã lưu thời hạn các bước.");
      }
      case "council": {
        const council = [...form.entries()]
          .filter(([k, v]) => k.startsWith("office-") && String(v) !== "")
          .map(([k, v]) => ({ componentKey: k.slice("office-".length), unitId: Number(v) }));
        await updateCycleSetup(db, actor, { cycleId, version, council }, asOf);
        return backWith(request, "Đã phân công Hội đồng thẩm định.");
      }
      case "survey": {
        const file = form.get("file");
        if (file instanceof File && file.size > 0) {
          const r = await importSurveyPoints(db, actor, cycleId, { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) }, asOf);
          if (r.errors.length) return { ok: false, message: r.errors.join(" ") };
          return backWith(request, `Đã nhập ${r.saved} điểm điều tra.`);
        }
        const rows = [...form.entries()]
          .filter(([k, v]) => k.startsWith("sv-") && String(v).trim() !== "")
          .map(([k, v]) => {
            const [, unitId, componentKey] = /^sv-(\d+)-(.+)$/.exec(k) ?? [];
            return { unitId: Number(unitId), componentKey: componentKey ?? "", points: Number(String(v).replace(",", ".")) };
          });
        if (rows.some((r) => !Number.isFinite(r.points))) return { ok: false, message: "Điểm điều tra phải là một số, ví dụ 1,5." };
        if (rows.length === 0) return { ok: false, message: "Chưa nhập điểm nào." };
        await saveSurveyPoints(db, actor, { cycleId, rows }, asOf);
        return backWith(request, `Đã lưu ${rows.length} điểm điều tra.`);
      }
      case "criteria": {
        const file = form.get("file");
        if (!(file instanceof File) || file.size === 0) return { ok: false, message: "Hãy chọn tệp .xlsx theo mẫu bộ chỉ số." };
        const loaded = await loadCycle(db, cycleId);
        const r = await importFrameworkCriteria(db, actor, loaded.cycle.frameworkId, { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
        if (!r.ok) return { ok: false, message: `Tệp có lỗi; chưa có gì được ghi. ${r.errors.slice(0, 10).map((e) => `Dòng ${e.line}: ${e.message}`).join(" ")}` };
        return backWith(request, `Đã nhập ${r.criteria} tiêu chí của ${r.components} chỉ số thành phần.`);
      }
      case "survey-forms": {
        const n = (k: string) => (text(k).trim() === "" ? null : Number(text(k).trim().replace(/\./g, "")));
        const forms = [];
        for (let i = 0; i < 40 && form.has(`f-code-${i}`); i++) {
          if (text(`f-code-${i}`).trim() === "" && text(`f-id-${i}`) === "") continue;
          const planned = n(`f-planned-${i}`);
          const returned = n(`f-returned-${i}`);
          if ((planned !== null && !Number.isFinite(planned)) || (returned !== null && !Number.isFinite(returned))) return { ok: false, message: "Số phiếu phải là số nguyên, ví dụ 120." };
          forms.push({ id: text(`f-id-${i}`) ? Number(text(`f-id-${i}`)) : null, code: text(`f-code-${i}`), respondents: text(`f-respondents-${i}`), method: text(`f-method-${i}`), planned, returned });
        }
        if (forms.length === 0) return { ok: false, message: "Chưa nhập phiếu điều tra nào." };
        await saveSurveyForms(db, actor, { cycleId, forms }, asOf);
        return backWith(request, `Đã lưu ${forms.length} phiếu điều tra.`);
      }
      case "approve":
        await approveCycle(db, actor, { cycleId, version, decision: text("decision") }, asOf);
        return backWith(request, "Đã phê duyệt kết quả.");
      case "publish": {
        const r = await publishCycle(db, actor, { cycleId, version }, asOf);
        return backWith(request, `Đã công bố kết quả (${r.written} kết quả được ghi vào bảng xếp hạng và trang tổng quan).`);
      }
      default:
        return { ok: false, message: "Thao tác không hợp lệ." };
    }
  } catch (e) {
    return actionError(e);
  }
}

export default function CyclePage() {
  const data = useLoaderData<typeof loader>();
  const failed = useActionData<typeof action>();
  const [params] = useSearchParams();
  const result = failed ?? (params.get("tb") ? { ok: true, message: params.get("tb") ?? "" } : null);
  const surveyComps = data.components;
  const sv = (unitId: number, key: string) => {
    const p = data.surveyPoints.find((x) => x.unitId === unitId && x.componentKey === key);
    return p ? formatNumber(p.points) : "";
  };
  return (
    <div className="cycle-page">
      <nav className="breadcrumb">
        <Link to="/danh-gia">{t.nav}</Link> › Năm {data.cycle.year}
      </nav>
      <div className="page-head">
        <h1>Kỳ đánh giá Chỉ số CCHC năm {data.cycle.year}</h1>
        <p className="muted small">
          <Link to={`/ke-hoach/${data.cycle.planCode}`}>{data.cycle.planTitle}</Link> · <Link to={`/danh-gia/bo-chi-so/${data.cycle.frameworkId}`}>{data.cycle.frameworkName}</Link>
          {data.cycle.frameworkDecision ? ` (${data.cycle.frameworkDecision})` : ""} · <span className="badge">{t.status[data.cycle.status]}</span>
          {data.cycle.approvalDecision ? ` · ${data.cycle.approvalDecision}` : ""}
        </p>
      </div>
      {result ? <p className={result.ok ? "form-ok" : "form-error"} role="status">{result.message}</p> : null}

      {data.criteriaCount === 0 ? (
        <section className="panel notice-panel" aria-labelledby="no-criteria">
          <h2 id="no-criteria">Bộ chỉ số chưa có tiêu chí</h2>
          <p>
            {data.cycle.frameworkName}
            {data.cycle.frameworkDecision ? ` (${data.cycle.frameworkDecision})` : ""} chưa được nhập vào hệ thống: chưa có tiêu chí, điểm tối đa và cách chấm. Các đơn vị chưa thể tự chấm điểm cho đến khi Phòng Nội vụ nhập tiêu chí theo đúng văn bản ban hành bộ chỉ số.
          </p>
          {data.runs ? (
            <Form method="post" encType="multipart/form-data" className="inline-form">
              <input type="hidden" name="intent" value="criteria" />
              <p className="small grow">
                Điền tiêu chí vào <a href="/danh-gia/mau">tệp mẫu bộ chỉ số (.xlsx, có trang hướng dẫn)</a>, rồi nhập tệp đó tại đây.
              </p>
              <label className="grow">
                Tệp tiêu chí .xlsx
                <input type="file" name="file" accept=".xlsx" required />
              </label>
              <button type="submit" className="primary">
                Nhập tiêu chí
              </button>
            </Form>
          ) : (
            <p className="small muted">Phòng Nội vụ sẽ thông báo khi bộ chỉ số đã được nhập.</p>
          )}
        </section>
      ) : null}

      <section className="panel">
        <h2>Thời hạn các bước</h2>
        <Form method="post">
          <input type="hidden" name="intent" value="phases" />
          <input type="hidden" name="version" value={data.cycle.version} />
          <div className="table-wrap">
            <table className="data">
              <thead>
                <tr>
                  <th>Bước</th>
                  <th>Hạn (theo kế hoạch)</th>
                  <th>Gia hạn đến</th>
                  <th>Tình trạng</th>
                </tr>
              </thead>
              <tbody>
                {data.windows.map((w) => (
                  <tr key={w.phase}>
                    <td>{t.phase[w.phase]}</td>
                    <td>{data.runs ? <input name={`due-${w.phase}`} defaultValue={w.dueOn ? formatDate(w.dueOn) : ""} size={10} aria-label={`Hạn ${t.phase[w.phase]}`} /> : formatDate(w.dueOn)}</td>
                    <td>{data.runs ? <input name={`closes-${w.phase}`} defaultValue={w.closesOn ? formatDate(w.closesOn) : ""} size={10} aria-label={`Gia hạn ${t.phase[w.phase]}`} /> : formatDate(w.closesOn)}</td>
                    <td>{t.phaseState[w.state]}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {data.runs ? <button type="submit" className="secondary">Lưu thời hạn</button> : null}
        </Form>
      </section>

      <section className="panel">
        <h2>Hội đồng thẩm định</h2>
        <Form method="post">
          <input type="hidden" name="intent" value="council" />
          <input type="hidden" name="version" value={data.cycle.version} />
          <ul className="council">
            {data.components.map((c) => {
              const assigned = data.council.find((x) => x.componentKey === c.key);
              return (
                <li key={c.key}>
                  <span>{c.name}</span>
                  {data.runs ? (
                    <select name={`office-${c.key}`} defaultValue={assigned?.unitId ?? ""} aria-label={`Cơ quan thẩm định ${c.name}`}>
                      <option value="">— chưa phân công —</option>
                      {data.members.map((m) => (
                        <option key={m.unitId} value={m.unitId}>
                          {m.name}
                        </option>
                      ))}
                    </select>
                  ) : (
                    <strong>{assigned?.unitName ?? "Chưa phân công"}</strong>
                  )}
                </li>
              );
            })}
          </ul>
          {data.runs ? <button type="submit" className="secondary">Lưu phân công</button> : null}
        </Form>
      </section>

      <section className="panel">
        <h2>Đơn vị được đánh giá</h2>
        <ul className="cycle-units">
          {data.units.map((u) => (
            <li key={u.unitId}>
              <Link to={`/danh-gia/${data.cycle.id}/${u.unitId}`}>{u.name}</Link> <span className="badge">{t.state[u.state]}</span>
              {u.late ? <span className="badge late">Nộp muộn</span> : null}
              {data.criteriaCount > 0 ? (
                <span className="small unit-links">
                  {" "}
                  · <a href={`/danh-gia/${data.cycle.id}/${u.unitId}/bang-diem.docx`}>Bảng điểm (.docx)</a>
                  {u.state === "submitted" ? (
                    <>
                      {" "}
                      · <Link to={`/diem-bi-mat?donvi=${u.code}&nam=${data.cycle.year}`}>Điểm bị mất</Link>
                    </>
                  ) : null}
                </span>
              ) : null}
            </li>
          ))}
        </ul>
      </section>

      {data.compilation && data.criteriaCount > 0 ? (
        <section className="panel">
          <h2>Tổng hợp kết quả thẩm định</h2>
          <div className="table-wrap">
            <table className="data">
              <thead>
                <tr>
                  <th>Chỉ số thành phần</th>
                  <th>Cơ quan thẩm định</th>
                  <th className="num">Đã thẩm định</th>
                  <th className="num">Chờ giải trình</th>
                  <th className="num">Chờ chốt</th>
                </tr>
              </thead>
              <tbody>
                {data.compilation.members.map((m) => (
                  <tr key={m.componentKey}>
                    <td>{m.componentName}</td>
                    <td>{m.office ?? <span className="muted">Chưa phân công</span>}</td>
                    <td className="num">
                      {m.appraised}/{m.expected}
                    </td>
                    <td className="num">{m.waitingReply}</td>
                    <td className="num">{m.waitingSettlement}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <h3>Chênh lệch giữa điểm tự chấm và điểm thẩm định</h3>
          {data.compilation.differences.length === 0 ? (
            <p className="muted">Chưa có chênh lệch.</p>
          ) : (
            <div className="table-wrap">
              <table className="data">
                <thead>
                  <tr>
                    <th>Đơn vị</th>
                    <th>Tiêu chí</th>
                    <th className="num">Tự chấm</th>
                    <th className="num">Thẩm định</th>
                    <th className="num">Cuối cùng</th>
                    <th>Ý kiến, giải trình</th>
                  </tr>
                </thead>
                <tbody>
                  {data.compilation.differences.map((d, i) => (
                    <tr key={i}>
                      <td>{d.unitName}</td>
                      <td>
                        {d.ordinal ? `${d.ordinal}. ` : ""}
                        {d.title}
                      </td>
                      <td className="num">{formatNumber(d.selfScore)}</td>
                      <td className="num">{formatNumber(d.appraisedScore)}</td>
                      <td className="num">{formatNumber(d.settledScore)}</td>
                      <td className="small">
                        {d.remark}
                        {d.reply ? ` — Giải trình: ${d.reply}` : ""}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
      ) : null}

      {data.runs ? (
        <section className="panel">
          <h2>Điều tra xã hội học</h2>
          <h3>Phiếu điều tra</h3>
          <Form method="post" className="survey-forms">
            <input type="hidden" name="intent" value="survey-forms" />
            <div className="table-wrap">
              <table className="data">
                <thead>
                  <tr>
                    <th>Ký hiệu</th>
                    <th>Đối tượng khảo sát</th>
                    <th>Cách điều tra</th>
                    <th className="num">Số phiếu dự kiến</th>
                    <th className="num">Số phiếu thu về</th>
                    <th className="num">Tỷ lệ thu về</th>
                  </tr>
                </thead>
                <tbody>
                  {[...data.surveyForms, null].map((f, i) => (
                    // The empty row is keyed by the count, so that it starts empty again after a save.
                    <tr key={f?.id ?? `new-${data.surveyForms.length}`}>
                      <td>
                        <input type="hidden" name={`f-id-${i}`} value={f?.id ?? ""} />
                        <input name={`f-code-${i}`} defaultValue={f?.code ?? ""} size={8} placeholder={f ? undefined : "CC-ND"} aria-label={f ? `Ký hiệu phiếu ${f.code}` : "Ký hiệu phiếu mới"} />
                      </td>
                      <td>
                        <input name={`f-respondents-${i}`} defaultValue={f?.respondents ?? ""} placeholder={f ? undefined : "Người dân"} aria-label={f ? `Đối tượng phiếu ${f.code}` : "Đối tượng phiếu mới"} />
                      </td>
                      <td>
                        <select name={`f-method-${i}`} defaultValue={f?.method ?? "direct"} aria-label={f ? `Cách điều tra phiếu ${f.code}` : "Cách điều tra phiếu mới"}>
                          <option value="direct">Trực tiếp</option>
                          <option value="online">Trực tuyến</option>
                        </select>
                      </td>
                      <td className="num">
                        <input name={`f-planned-${i}`} defaultValue={f?.planned ?? ""} inputMode="numeric" size={6} aria-label={f ? `Số phiếu dự kiến ${f.code}` : "Số phiếu dự kiến phiếu mới"} />
                      </td>
                      <td className="num">
                        <input name={`f-returned-${i}`} defaultValue={f?.returned ?? ""} inputMode="numeric" size={6} aria-label={f ? `Số phiếu thu về ${f.code}` : "Số phiếu thu về phiếu mới"} />
                      </td>
                      <td className="num">{f && f.planned && f.returned !== null ? formatPercent(Math.round((f.returned / f.planned) * 10000) / 100) : "—"}</td>
                    </tr>
                  ))}
                </tbody>
                {data.surveyForms.length ? (
                  <tfoot>
                    <tr>
                      <th colSpan={3}>Cộng</th>
                      <td className="num">{formatNumber(data.surveyForms.reduce((a, f) => a + (f.planned ?? 0), 0))}</td>
                      <td className="num">{formatNumber(data.surveyForms.reduce((a, f) => a + (f.returned ?? 0), 0))}</td>
                      <td />
                    </tr>
                  </tfoot>
                ) : null}
              </table>
            </div>
            <button type="submit" className="secondary">Lưu phiếu điều tra</button>
          </Form>
          <h3>Điểm điều tra theo đơn vị và chỉ số thành phần</h3>
          {data.criteriaCount === 0 ? <p className="muted small">Nhập điểm điều tra sau khi bộ chỉ số đã có tiêu chí và điểm tối đa.</p> : null}
          {data.criteriaCount === 0 ? null : (
          <Form method="post" encType="multipart/form-data">
            <input type="hidden" name="intent" value="survey" />
            <div className="table-wrap">
              <table className="data">
                <thead>
                  <tr>
                    <th>Đơn vị</th>
                    {surveyComps.map((c) => (
                      <th key={c.key}>{c.name}</th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {data.units.map((u) => (
                    <tr key={u.unitId}>
                      <td>{u.name}</td>
                      {surveyComps.map((c) => (
                        <td key={c.key}>
                          <input
                            key={`${data.cycle.version}-${sv(u.unitId, c.key)}`}
                            name={`sv-${u.unitId}-${c.key}`}
                            defaultValue={sv(u.unitId, c.key)}
                            inputMode="decimal"
                            size={5}
                            aria-label={`Điểm điều tra ${u.name} ${c.name}`}
                          />
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <label className="small">
              hoặc nhập từ tệp .xlsx (cột "Mã đơn vị", "Mã chỉ số thành phần", "Điểm")
              <input type="file" name="file" accept=".xlsx" />
            </label>
            <button type="submit" className="secondary">Lưu điểm điều tra</button>
          </Form>
          )}
        </section>
      ) : null}

      {data.results && data.criteriaCount > 0 ? (
        <section className="panel">
          <div className="section-head">
            <h2>Kết quả</h2>
            <a className="small" href={`/danh-gia/${data.cycle.id}/ket-qua.xlsx`}>
              Tải bảng kết quả (.xlsx)
            </a>
          </div>
          <div className="table-wrap">
            <table className="data">
              <thead>
                <tr>
                  <th className="num">Hạng</th>
                  <th>Đơn vị</th>
                  {data.results.components.map((c) => (
                    <th key={c.key} className="num">
                      {c.name}
                    </th>
                  ))}
                  <th className="num">Tổng điểm</th>
                  <th className="num">Tỷ lệ</th>
                  <th className="num">Tự chấm</th>
                </tr>
              </thead>
              <tbody>
                {[...data.results.units]
                  .sort((a, b) => (a.rank ?? 999) - (b.rank ?? 999))
                  .map((u) => (
                    <tr key={u.unitId}>
                      <td className="num">{u.rank ? `${formatRank(u.rank, u.rankOf)}${u.tied ? " (đồng hạng)" : ""}` : "—"}</td>
                      <td className="unit-name">{u.name}</td>
                      {u.components.map((c) => (
                        <td key={c.componentKey} className="num">
                          {u.state === "submitted" ? formatNumber(c.points) : "—"}
                        </td>
                      ))}
                      <td className="num">{u.state === "submitted" ? `${formatNumber(u.total.points)}/${formatNumber(u.total.max)}` : <span className="muted">Chưa gửi</span>}</td>
                      <td className="num">{u.state === "submitted" ? formatPercent(u.total.percent) : "—"}</td>
                      <td className="num">{u.state === "submitted" ? formatNumber(u.selfTotal.points) : "—"}</td>
                    </tr>
                  ))}
              </tbody>
            </table>
          </div>
          {data.runs && data.cycle.status === "open" ? (
            <Form method="post" className="inline-form">
              <input type="hidden" name="intent" value="approve" />
              <input type="hidden" name="version" value={data.cycle.version} />
              <label className="grow">
                Quyết định phê duyệt của Chủ tịch
                <input name="decision" required placeholder="Quyết định số …/QĐ-UBND ngày …" />
              </label>
              <button type="submit" className="primary">
                Phê duyệt kết quả
              </button>
            </Form>
          ) : null}
          {data.runs && data.cycle.status === "approved" ? (
            <Form method="post">
              <input type="hidden" name="intent" value="publish" />
              <input type="hidden" name="version" value={data.cycle.version} />
              <button type="submit" className="primary">
                Công bố kết quả
              </button>
            </Form>
          ) : null}
        </section>
      ) : null}
    </div>
  );
}
