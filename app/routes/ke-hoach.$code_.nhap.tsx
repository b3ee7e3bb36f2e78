import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { ZodError } from "zod";
import { parseForm, UploadRefused, type ParsedForm } from "../lib/upload.server";
import type { ImportRowPreview, TaskImportPreview } from "../../server/services/plan-import";
import { commitTaskImport, getEntryData, previewTaskImport, ServiceError } from "../lib/plans.server";
import { orHttpError, requireUser, requireUserForMutation } from "../lib/session.server";
import { APP_NAME, deadlineKindLabel } from "../lib/strings";

export const meta: MetaFunction = () => [{ title: `Nhập bảng nhiệm vụ — ${APP_NAME}` }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { db, actor } = await requireUser(request);
  const entry = await orHttpError(getEntryData(db, actor, null));
  return { planCode: params.code ?? "", units: entry.units };
}

type Answer =
  | { kind: "preview"; preview: TaskImportPreview; text: string; xlsx: string | null; choices: Record<string, number> }
  | { kind: "error"; message: string; problems?: Array<{ message: string }> };

export async function action({ request, params }: ActionFunctionArgs): Promise<Answer | Response> {
  const { db, actor } = await requireUserForMutation(request);
  let form: ParsedForm;
  try {
    form = await parseForm(request, { maxFileBytes: 5 * 1024 * 1024, maxTotalBytes: 5 * 1024 * 1024, maxFiles: 1 });
  } catch (e) {
    if (e instanceof UploadRefused) return { kind: "error", message: e.message.replace("Mỗi tệp đính kèm tối đa", "Tệp quá lớn: tối đa") };
    throw e;
  }
  const text = form.text("text");
  const file = form.files.find((f) => f.field === "file" && f.bytes.byteLength > 0);
  const kept = form.text("xlsxKept");
  const xlsxBytes = file ? file.bytes : kept ? new Uint8Array(Buffer.from(kept, "base64")) : undefined;
  // Choices come as fields "chon:<name as printed>" = unit id.
  const choices: Record<string, number> = {};
  for (const [k, [v] = []] of form.fields) if (k.startsWith("chon:") && v) choices[k.slice(5)] = Number(v);
  const input = { planCode: params.code ?? "", ...(xlsxBytes ? { xlsx: xlsxBytes } : { text }), choices };
  try {
    if (form.text("intent") === "commit") {
      const r = await commitTaskImport(db, actor, input);
      return redirect(`/ke-hoach/${params.code}?da-nhap=${r.inserted}`);
    }
    const preview = await previewTaskImport(db, actor, input);
    return { kind: "preview", preview, text: xlsxBytes ? "" : text, xlsx: xlsxBytes ? Buffer.from(xlsxBytes).toString("base64") : null, choices };
  } catch (e) {
    if (e instanceof ServiceError) {
      const details = e.details as { problems?: Array<{ message: string }> } | undefined;
      return { kind: "error", message: e.message, problems: details?.problems };
    }
    if (e instanceof ZodError) return { kind: "error", message: e.issues[0]?.message ?? "Dữ liệu không hợp lệ." };
    throw e;
  }
}

function Names({ names }: { names: ImportRowPreview["lead"] }) {
  if (names.length === 0) return <span className="muted">—</span>;
  return (
    <>
      {names.map((n, i) => (
        <div key={i}>
          {n.status === "matched" ? (
            <span className="badge green">{n.unitName ?? n.text}</span>
          ) : n.status === "group" ? (
            <span className="badge">{n.text}</span>
          ) : (
            <span className="badge red">{n.text}</span>
          )}
        </div>
      ))}
    </>
  );
}

export default function ImportTasks() {
  const { planCode, units } = useLoaderData<typeof loader>();
  const answer = useActionData<Answer>();
  const busy = useNavigation().state === "submitting";
  const preview = answer && "kind" in answer && answer.kind === "preview" ? answer : null;
  const error = answer && "kind" in answer && answer.kind === "error" ? answer : null;
  return (
    <>
      <div className="breadcrumb">
        <span>
          <Link to="/ke-hoach">Kế hoạch</Link>
        </span>
        <span>
          <Link to={`/ke-hoach/${planCode}`}>{preview?.preview.plan.number ?? "Kế hoạch"}</Link>
        </span>
        <span>Nhập bảng nhiệm vụ</span>
      </div>
      <div className="page-head">
        <h1>Nhập bảng nhiệm vụ</h1>
        <p>
          Dán bảng từ văn bản (các cột cách nhau bằng phím Tab: TT, nhiệm vụ, chủ trì, phối hợp, thời gian, tài liệu kiểm chứng) hoặc tải tệp .xlsx. Tên đơn vị
          được đối chiếu không phân biệt hoa thường, dấu và tiền tố "Phòng", "Sở"; tên chưa rõ sẽ hỏi bạn chọn. Chưa có gì được lưu cho đến khi bạn bấm Lưu.
        </p>
      </div>
      <section className="panel">
        <Form method="post" encType="multipart/form-data" className="form">
          <label>
            Bảng nhiệm vụ
            <textarea name="text" rows={10} defaultValue={preview?.text ?? ""} placeholder={"1\tKế hoạch CCHC: …\tSở Nội vụ\tCác sở, ban, ngành\tTrước 31/12 hàng năm\tKế hoạch CCHC"} />
          </label>
          <label>
            Hoặc tệp Excel (.xlsx)
            <input type="file" name="file" accept=".xlsx" />
          </label>
          {preview?.xlsx ? <input type="hidden" name="xlsxKept" value={preview.xlsx} /> : null}
          {/* Choices already settled no longer show a select: carry them to the next preview and to the save. */}
          {preview
            ? Object.entries(preview.choices)
                .filter(([name]) => !preview.preview.unresolved.some((u) => u.text === name))
                .map(([name, id]) => <input key={name} type="hidden" name={`chon:${name}`} value={id} />)
            : null}
          {preview && preview.preview.unresolved.length > 0 ? (
            <fieldset>
              <legend>Chọn đơn vị cho các tên chưa rõ</legend>
              {preview.preview.unresolved.map((u) => (
                <label key={u.text}>
                  "{u.text}" ({u.status === "ambiguous" ? "khớp nhiều đơn vị" : "không tìm thấy"}; dòng {u.lines.join(", ")})
                  <select name={`chon:${u.text}`} defaultValue={preview.choices[u.text] ?? ""}>
                    <option value="">— Chọn đơn vị —</option>
                    {u.candidates.length ? (
                      <optgroup label="Gợi ý">
                        {u.candidates.map((c) => (
                          <option key={c.id} value={c.id}>
                            {c.name}
                          </option>
                        ))}
                      </optgroup>
                    ) : null}
                    <optgroup label="Tất cả đơn vị">
                      {units.map((x) => (
                        <option key={x.code} value={x.id}>
                          {"\u00a0\u00a0".repeat(x.depth)}
                          {x.name}
                        </option>
                      ))}
                    </optgroup>
                  </select>
                </label>
              ))}
            </fieldset>
          ) : null}
          <div className="downloads">
            <button type="submit" name="intent" value="preview" className="secondary" disabled={busy}>
              Xem trước
            </button>
            {preview ? (
              <button type="submit" name="intent" value="commit" className="primary" disabled={busy || preview.preview.problems.length > 0}>
                Lưu {preview.preview.counts.tasks} nhiệm vụ, {preview.preview.counts.headings} đề mục
              </button>
            ) : null}
          </div>
        </Form>
      </section>
      {error ? (
        <div className="import-errors" role="alert">
          <strong>{error.message}</strong>
          {error.problems?.length ? (
            <ul>
              {error.problems.map((p, i) => (
                <li key={i}>{p.message}</li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
      {preview ? (
        <section className="panel">
          <h2>
            Xem trước: {preview.preview.counts.tasks} nhiệm vụ, {preview.preview.counts.headings} đề mục
          </h2>
          {preview.preview.problems.length ? (
            <div className="import-errors" role="alert">
              <strong>Còn {preview.preview.problems.length} vấn đề cần xử lý trước khi lưu:</strong>
              <ul>
                {preview.preview.problems.map((p, i) => (
                  <li key={i}>{p.message}</li>
                ))}
              </ul>
            </div>
          ) : null}
          {preview.preview.warnings.length ? (
            <details>
              <summary>{preview.preview.warnings.length} điều chỉnh tự động cần kiểm tra lại</summary>
              <ul className="small">
                {preview.preview.warnings.map((w, i) => (
                  <li key={i}>{w}</li>
                ))}
              </ul>
            </details>
          ) : null}
          <div className="table-wrap">
            <table className="data cards">
              <thead>
                <tr>
                  <th>Dòng</th>
                  <th>TT</th>
                  <th>Nhiệm vụ</th>
                  <th>Chủ trì</th>
                  <th>Phối hợp</th>
                  <th>Thời gian</th>
                  <th>Tài liệu kiểm chứng</th>
                </tr>
              </thead>
              <tbody>
                {preview.preview.rows.map((r) => (
                  <tr key={r.line} className={r.savedAsHeading ? `heading depth-${Math.min(r.depth, 2)}` : undefined}>
                    <td data-label="Dòng">{r.line}</td>
                    <td className="ordinal">{r.ordinal ?? ""}</td>
                    <td data-label="Nhiệm vụ">
                      {r.title}
                      {r.errors.map((e, i) => (
                        <div key={i} className="form-error small">
                          {e}
                        </div>
                      ))}
                    </td>
                    <td data-label="Chủ trì">
                      <Names names={r.lead} />
                    </td>
                    <td data-label="Phối hợp">
                      <Names names={r.coordinating} />
                    </td>
                    <td data-label="Thời gian">
                      {r.deadlineText}
                      {r.deadline ? <div className="printed">{deadlineKindLabel[r.deadline.kind]}</div> : null}
                    </td>
                    <td data-label="Tài liệu kiểm chứng">{r.evidenceText}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ) : null}
    </>
  );
}
