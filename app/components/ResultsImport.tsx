import { useState } from "react";
import { formatNumber } from "../lib/format";
import { resultSourceLabel } from "../lib/strings";

interface PreviewRow {
  line: number;
  unitName: string;
  year: number;
  componentKey: string;
  percent: number | null;
  points: number | null;
  rank: number | null;
  rankOf: number | null;
  source: string;
  action: "insert" | "update";
  changed?: boolean;
}
interface RowError {
  line: number;
  column: string | null;
  message: string;
}
interface MissingProvince {
  name: string;
  lines: number[];
}
type Answer =
  | {
      ok: true;
      preview: {
        rows: PreviewRow[];
        errors: RowError[];
        errorCount: number;
        total: number;
        valid: number;
        page: number;
        pageSize: number;
        examplesSkipped?: number;
        missingProvinces?: MissingProvince[];
      };
    }
  | { ok: true; committed: { inserted: number; updated: number; unchanged: number } }
  | { ok: false; message: string; errors?: RowError[] | null };

/** POST with upload progress (fetch has none): the bar moves while a large file goes up. */
function send(file: File, intent: "preview" | "commit", onProgress: (p: number) => void, page = 1): Promise<Answer> {
  return new Promise((resolve) => {
    const body = new FormData();
    body.append("intent", intent);
    body.append("page", String(page));
    body.append("file", file);
    const xhr = new XMLHttpRequest();
    xhr.open("POST", "/nhap-lieu/tep");
    xhr.responseType = "json";
    xhr.upload.onprogress = (e) => e.lengthComputable && onProgress(Math.round((e.loaded / e.total) * 100));
    xhr.onload = () => resolve((xhr.response as Answer | null) ?? { ok: false, message: "Máy chủ không trả lời đúng định dạng." });
    xhr.onerror = () => resolve({ ok: false, message: "Không gửi được tệp. Kiểm tra kết nối mạng rồi thử lại." });
    xhr.send(body);
  });
}

/** Add the provinces the preview named, then the caller previews again. */
async function addProvinces(names: string[]): Promise<{ ok: true; created: string[] } | { ok: false; message: string }> {
  const body = new FormData();
  for (const n of names) body.append("name", n);
  try {
    const r = await fetch("/nhap-lieu/tinh", { method: "POST", body });
    return (await r.json()) as { ok: true; created: string[] } | { ok: false; message: string };
  } catch {
    return { ok: false, message: "Không gửi được yêu cầu. Kiểm tra kết nối mạng rồi thử lại." };
  }
}

const lineList = (lines: number[]) => (lines.length === 1 ? `dòng ${lines[0]}` : `các dòng ${lines.join(", ")}`);

export function ResultsImport({ components }: { components: Array<{ key: string; shortName: string }> }) {
  const componentName = new Map(components.map((c) => [c.key, c.shortName]));
  const [file, setFile] = useState<File | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [answer, setAnswer] = useState<Answer | null>(null);
  const [phase, setPhase] = useState<"idle" | "uploading" | "processing">("idle");
  const [added, setAdded] = useState<string | null>(null);

  const run = async (intent: "preview" | "commit", page = 1) => {
    if (!file) return;
    setPhase("uploading");
    setProgress(0);
    const a = await send(
      file,
      intent,
      (p) => {
        setProgress(p);
        if (p === 100) setPhase("processing");
      },
      page,
    );
    setPhase("idle");
    setProgress(null);
    setAnswer(a);
    if (intent === "commit") setAdded(null);
  };

  const createMissing = async (names: string[]) => {
    setPhase("processing");
    const r = await addProvinces(names);
    if (!r.ok) {
      setPhase("idle");
      setAnswer({ ok: false, message: r.message });
      return;
    }
    setAdded(`Đã thêm ${r.created.length} tỉnh, thành phố: ${r.created.join(", ")}.`);
    // The same file, checked again now that the provinces exist.
    await run("preview");
  };

  const preview = answer && answer.ok && "preview" in answer ? answer.preview : null;
  const missing = preview?.missingProvinces ?? [];
  const missingLines = new Set(missing.flatMap((m) => m.lines));
  // Rows refused only because their province is missing are explained by the offer above them.
  const errors = (preview?.errors ?? (answer && !answer.ok ? (answer.errors ?? []) : [])).filter(
    (e) => !(missingLines.has(e.line) && e.column === "Mã đơn vị" && e.message.startsWith("Không tìm thấy đơn vị")),
  );
  const blocked = errors.length > 0 || missing.length > 0;
  return (
    <section className="panel">
      <h2>Nhập kết quả từ tệp Excel hoặc CSV</h2>
      <ol className="steps">
        <li>
          Tải <a href="/nhap-lieu/mau">tệp mẫu (.xlsx)</a>, điền mỗi dòng một đơn vị, một năm, một chỉ số. Số thập phân dùng dấu phẩy (76,17). Hai dòng ví dụ
          (có ghi ở cột &quot;Ví dụ&quot;) luôn được bỏ qua; cột &quot;Trích nguồn&quot; ghi văn bản công bố số liệu.
        </li>
        <li>Chọn tệp và xem trước: mọi dòng được kiểm tra, lỗi ghi rõ dòng và cột.</li>
        <li>Chỉ khi không còn lỗi nào mới lưu được, và lưu tất cả cùng lúc.</li>
      </ol>
      <div className="filters">
        <input
          type="file"
          accept=".xlsx,.csv"
          aria-label="Tệp kết quả"
          onChange={(e) => {
            setFile(e.target.files?.[0] ?? null);
            setAnswer(null);
          }}
        />
        <button type="button" className="secondary" disabled={!file || phase !== "idle"} onClick={() => void run("preview")}>
          Xem trước
        </button>
      </div>
      {progress !== null ? (
        <div className="progress" role="progressbar" aria-valuenow={progress} aria-valuemin={0} aria-valuemax={100} aria-label="Tiến độ tải tệp">
          <div className="progress-bar" style={{ width: `${progress}%` }} />
          <span>{phase === "processing" ? "Đang kiểm tra dữ liệu…" : `Đang tải lên ${progress}%`}</span>
        </div>
      ) : null}
      {answer && !answer.ok ? (
        <p className="form-error" role="alert">
          {answer.message}
        </p>
      ) : null}
      {answer && answer.ok && "committed" in answer ? (
        <p className="form-ok" role="status">
          Đã lưu: {answer.committed.inserted} kết quả mới, {answer.committed.updated} kết quả được sửa
          {answer.committed.unchanged ? `, ${answer.committed.unchanged} dòng không đổi` : ""}.
        </p>
      ) : null}
      {added ? (
        <p className="form-ok" role="status">
          {added}
        </p>
      ) : null}
      {preview && preview.examplesSkipped ? (
        <p className="form-note" role="status">
          Đã bỏ qua {preview.examplesSkipped} dòng ví dụ (có ghi ở cột &quot;Ví dụ&quot;).
        </p>
      ) : null}
      {missing.length > 0 ? (
        <div className="import-offer" role="alert">
          <strong>
            {missing.length} tỉnh, thành phố chưa có trong hệ thống: {missing.map((m) => m.name).join(", ")}.
          </strong>
          <ul>
            {missing.map((m) => (
              <li key={m.name}>
                {m.name}: {lineList(m.lines)}
              </li>
            ))}
          </ul>
          <p>
            Thêm vào danh sách tỉnh, thành phố cả nước với đúng tên như trong tệp, để so sánh kết quả đã công bố. Sau đó tệp được kiểm tra lại.
          </p>
          <button type="button" className="primary" disabled={phase !== "idle"} onClick={() => void createMissing(missing.map((m) => m.name))}>
            Thêm {missing.length} tỉnh, thành phố
          </button>
        </div>
      ) : null}
      {errors.length > 0 ? (
        <div className="import-errors" role="alert">
          <strong>{preview?.errorCount ?? errors.length} lỗi — chưa có dòng nào được lưu{(preview?.errorCount ?? errors.length) > errors.length ? ` (hiển thị ${errors.length} lỗi đầu)` : ""}:</strong>
          <ul>
            {errors.map((e, i) => (
              <li key={i}>
                Dòng {e.line}
                {e.column ? `, cột "${e.column}"` : ""}: {e.message}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {preview && preview.rows.length > 0 ? (
        <>
          <div className="table-wrap">
            <table className="data cards">
              <thead>
                <tr>
                  <th>Dòng</th>
                  <th>Đơn vị</th>
                  <th>Năm</th>
                  <th>Chỉ số</th>
                  <th className="num">Tỷ lệ</th>
                  <th className="num">Điểm</th>
                  <th className="num">Hạng</th>
                  <th>Nguồn</th>
                  <th>Sẽ</th>
                </tr>
              </thead>
              <tbody>
                {preview.rows.map((r) => (
                  <tr key={r.line}>
                    <td data-label="Dòng">{r.line}</td>
                    <td data-label="Đơn vị">{r.unitName}</td>
                    <td data-label="Năm">{r.year}</td>
                    <td data-label="Chỉ số">{componentName.get(r.componentKey) ?? r.componentKey}</td>
                    <td className="num" data-label="Tỷ lệ">
                      {r.percent !== null ? `${formatNumber(r.percent)} %` : "—"}
                    </td>
                    <td className="num" data-label="Điểm">
                      {r.points !== null ? formatNumber(r.points) : "—"}
                    </td>
                    <td className="num" data-label="Hạng">
                      {r.rank !== null ? `${r.rank}${r.rankOf ? `/${r.rankOf}` : ""}` : "—"}
                    </td>
                    <td data-label="Nguồn">{resultSourceLabel[r.source] ?? r.source}</td>
                    <td data-label="Sẽ">
                      {r.action === "insert" ? <span className="badge green">Thêm mới</span> : r.changed === false ? <span className="badge">Không đổi</span> : <span className="badge amber">Thay kết quả cũ</span>}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {preview.valid > preview.pageSize ? (
            <p className="pager">
              Đang xem kết quả thứ {(preview.page - 1) * preview.pageSize + 1}–{Math.min(preview.page * preview.pageSize, preview.valid)} trên tổng {formatNumber(preview.valid)}.{" "}
              <button type="button" className="secondary" disabled={preview.page <= 1 || phase !== "idle"} onClick={() => void run("preview", preview.page - 1)}>
                ← Trang trước
              </button>{" "}
              <button type="button" className="secondary" disabled={preview.page * preview.pageSize >= preview.valid || phase !== "idle"} onClick={() => void run("preview", preview.page + 1)}>
                Trang sau →
              </button>
            </p>
          ) : null}
          <p>
            <button type="button" className="primary" disabled={blocked || phase !== "idle"} onClick={() => void run("commit")}>
              Lưu {formatNumber(preview.valid)} dòng
            </button>
            {missing.length > 0 ? <span className="muted small"> Thêm các tỉnh, thành phố còn thiếu ở trên rồi lưu cả tệp một lần.</span> : null}
          </p>
        </>
      ) : null}
    </section>
  );
}
