import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useState } from "react";
import { ResultsImport } from "../components/ResultsImport";
import { deleteResult, deleteTarget, getEntryData, saveResult, saveTarget } from "../lib/entry.server";
import { formatPercent, formatPoints, formatRank } from "../lib/format";
import { actionError, orHttpError, requireUser, requireUserForMutation } from "../lib/session.server";
import { APP_NAME, resultSourceLabel } from "../lib/strings";
import { readForm } from "../lib/form.server";

export const meta: MetaFunction = () => [{ title: `Nhập kết quả, mục tiêu — ${APP_NAME}` }];

export async function loader({ request }: LoaderFunctionArgs) {
  const { db, actor } = await requireUser(request);
  const url = new URL(request.url);
  return orHttpError(getEntryData(db, actor, url.searchParams.get("donvi")));
}

type Result = { ok: true; message: string } | { ok: false; message: string };

const blankToNull = (v: FormDataEntryValue | null) => {
  const t = String(v ?? "").trim();
  return t === "" ? null : t;
};

export async function action({ request }: ActionFunctionArgs): Promise<Result> {
  const { db, actor } = await requireUserForMutation(request);
  const f = await readForm(request);
  const intent = String(f.get("intent") ?? "");
  try {
    switch (intent) {
      case "save-result": {
        const r = await saveResult(db, actor, {
          unitCode: f.get("unitCode"),
          year: f.get("year"),
          componentKey: f.get("componentKey"),
          points: blankToNull(f.get("points")),
          maxPoints: blankToNull(f.get("maxPoints")),
          percent: blankToNull(f.get("percent")),
          rank: blankToNull(f.get("rank")),
          rankOf: blankToNull(f.get("rankOf")),
          source: f.get("source"),
          printed: blankToNull(f.get("printed")),
        });
        return { ok: true, message: r.action === "insert" ? "Đã thêm kết quả." : r.action === "update" ? "Đã sửa kết quả." : "Kết quả không thay đổi." };
      }
      case "delete-result":
        await deleteResult(db, actor, { id: Number(f.get("id")) });
        return { ok: true, message: "Đã xóa kết quả." };
      case "save-target":
        await saveTarget(db, actor, {
          id: f.get("id") ? Number(f.get("id")) : undefined,
          unitCode: f.get("unitCode"),
          year: f.get("year"),
          componentKey: f.get("componentKey"),
          label: f.get("label"),
          printed: f.get("printed"),
          scoreOp: blankToNull(f.get("scoreOp")),
          scoreValue: blankToNull(f.get("scoreValue")),
          scoreUnit: blankToNull(f.get("scoreUnit")),
          rankOp: blankToNull(f.get("rankOp")),
          rankValue: blankToNull(f.get("rankValue")),
          rankPrinted: blankToNull(f.get("rankPrinted")),
          responsibleUnitCodes: f.getAll("responsibleUnitCodes").map(String),
          responsiblePrinted: blankToNull(f.get("responsiblePrinted")),
          planCode: blankToNull(f.get("planCode")),
        });
        return { ok: true, message: f.get("id") ? "Đã sửa mục tiêu." : "Đã thêm mục tiêu." };
      case "delete-target":
        await deleteTarget(db, actor, { id: Number(f.get("id")) });
        return { ok: true, message: "Đã xóa mục tiêu." };
      default:
        return { ok: false, message: "Thao tác không hợp lệ." };
    }
  } catch (e) {
    return actionError(e);
  }
}

const scoreOpLabel: Record<string, string> = { gt: "Trên", gte: "Từ … trở lên", eq: "Bằng", "gt-previous-year": "Cao hơn năm trước" };
const rankOpLabel: Record<string, string> = { "at-most": "Đạt thứ hạng (hoặc cao hơn)", "top-group": "Trong nhóm đứng đầu", rise: "Tăng hạng so với năm trước" };

type Data = ReturnType<typeof useLoaderData<typeof loader>>;

export default function EntryPage() {
  const data = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const busy = useNavigation().state === "submitting";
  const [tab, setTab] = useState<"results" | "targets" | "import">("results");
  const componentName = new Map(data.components.map((c) => [c.key, c.shortName]));
  return (
    <>
      <div className="page-head">
        <h1>Nhập kết quả và mục tiêu</h1>
        <p>Nhập, sửa từng kết quả chỉ số và mục tiêu, hoặc nhập nhiều kết quả từ tệp Excel/CSV. Mọi thay đổi được ghi nhật ký.</p>
      </div>
      <Form method="get" className="filters panel">
        <label>
          Đơn vị{" "}
          <select name="donvi" defaultValue={data.unit.code}>
            {data.units.map((u) => (
              <option key={u.code} value={u.code}>
                {"\u00a0\u00a0".repeat(u.depth)}
                {u.name}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="secondary">
          Chọn
        </button>
        <Link to={`/?donvi=${data.unit.code}`} className="small">
          Xem bảng theo dõi của đơn vị →
        </Link>
      </Form>
      {result ? (
        <p className={result.ok ? "form-ok" : "form-error"} role={result.ok ? "status" : "alert"}>
          {result.message}
        </p>
      ) : null}
      <div className="tabs" role="tablist">
        {(
          [
            ["results", `Kết quả (${data.results.length})`],
            ["targets", `Mục tiêu (${data.targets.length})`],
            ["import", "Nhập từ tệp"],
          ] as const
        ).map(([k, label]) => (
          <button key={k} type="button" role="tab" aria-selected={tab === k} className={tab === k ? "tab active" : "tab"} onClick={() => setTab(k)}>
            {label}
          </button>
        ))}
      </div>

      <div hidden={tab !== "results"}>
        <section className="panel">
          <h2>Thêm hoặc sửa kết quả của {data.unit.name}</h2>
          <ResultForm data={data} busy={busy} />
        </section>
        <section className="panel">
          <h2>Kết quả đã có</h2>
          <div className="table-wrap">
            <table className="data cards">
              <thead>
                <tr>
                  <th>Năm</th>
                  <th>Chỉ số</th>
                  <th className="num">Tỷ lệ</th>
                  <th className="num">Điểm</th>
                  <th className="num">Hạng</th>
                  <th>Nguồn</th>
                  <th />
                </tr>
              </thead>
              <tbody>
                {data.results.length === 0 ? (
                  <tr>
                    <td colSpan={7} className="muted">
                      Chưa có kết quả nào.
                    </td>
                  </tr>
                ) : null}
                {data.results.map((r) => (
                  <tr key={r.id}>
                    <td data-label="Năm">{r.year}</td>
                    <td data-label="Chỉ số">{componentName.get(r.componentKey) ?? r.componentKey}</td>
                    <td className="num" data-label="Tỷ lệ">
                      {formatPercent(r.percent)}
                    </td>
                    <td className="num" data-label="Điểm">
                      {r.points !== null ? `${formatPoints(r.points)}${r.maxPoints ? `/${formatPoints(r.maxPoints)}` : ""}` : "—"}
                    </td>
                    <td className="num" data-label="Hạng">
                      {formatRank(r.rank, r.rankOf)}
                    </td>
                    <td data-label="Nguồn">{resultSourceLabel[r.source]}</td>
                    <td>
                      <Form method="post" onSubmit={(e) => (!confirm("Xóa kết quả này?") ? e.preventDefault() : undefined)}>
                        <input type="hidden" name="id" value={r.id} />
                        <button className="secondary" name="intent" value="delete-result">
                          Xóa
                        </button>
                      </Form>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      </div>

      <div hidden={tab !== "targets"}>
        <section className="panel">
          <h2>Thêm mục tiêu cho {data.unit.name}</h2>
          <TargetForm data={data} busy={busy} />
        </section>
        <section className="panel">
          <h2>Mục tiêu đã có</h2>
          {data.targets.length === 0 ? <p className="muted">Chưa có mục tiêu nào.</p> : null}
          {data.targets.map((t) => (
            <details key={t.id} className="group">
              <summary>
                <span>
                  {t.year} · {componentName.get(t.componentKey)} · {t.printed}
                  {t.rankPrinted ? `, hạng ${t.rankPrinted}` : ""}
                </span>
                <span className="count">{t.label}</span>
              </summary>
              <div className="body">
                <TargetForm data={data} busy={busy} target={t} />
                <Form method="post" onSubmit={(e) => (!confirm("Xóa mục tiêu này?") ? e.preventDefault() : undefined)}>
                  <input type="hidden" name="id" value={t.id} />
                  <button className="secondary" name="intent" value="delete-target">
                    Xóa mục tiêu
                  </button>
                </Form>
              </div>
            </details>
          ))}
        </section>
      </div>

      <div hidden={tab !== "import"}>
        <ResultsImport components={data.components} />
      </div>
    </>
  );
}

function ResultForm({ data, busy }: { data: Data; busy: boolean }) {
  return (
    <Form method="post" className="form entry-form">
      <input type="hidden" name="unitCode" value={data.unit.code} />
      <label>
        Năm
        <input name="year" inputMode="numeric" required placeholder="2024" />
      </label>
      <label>
        Chỉ số
        <select name="componentKey" required defaultValue="">
          <option value="" disabled>
            — Chọn —
          </option>
          {data.components.map((c) => (
            <option key={c.key} value={c.key}>
              {c.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        Tỷ lệ (%)
        <input name="percent" inputMode="decimal" placeholder="76,17" />
      </label>
      <label>
        Điểm
        <input name="points" inputMode="decimal" placeholder="66,46" />
      </label>
      <label>
        Điểm tối đa
        <input name="maxPoints" inputMode="decimal" placeholder="100" />
      </label>
      <label>
        Thứ hạng
        <input name="rank" inputMode="numeric" />
      </label>
      <label>
        Trên tổng số
        <input name="rankOf" inputMode="numeric" placeholder="63" />
      </label>
      <label>
        Nguồn
        <select name="source" defaultValue="published">
          {Object.entries(resultSourceLabel).map(([k, v]) => (
            <option key={k} value={k}>
              {v}
            </option>
          ))}
        </select>
      </label>
      <label className="wide">
        Trích nguồn (văn bản công bố)
        <input name="printed" placeholder="Quyết định số …/QĐ-UBND ngày …" />
      </label>
      <button className="primary" name="intent" value="save-result" disabled={busy}>
        Lưu kết quả
      </button>
      <p className="hint wide">Đã có kết quả cùng năm, chỉ số và nguồn thì kết quả cũ được thay bằng kết quả mới (giá trị cũ vẫn lưu trong nhật ký).</p>
    </Form>
  );
}

function TargetForm({ data, busy, target }: { data: Data; busy: boolean; target?: Data["targets"][number] }) {
  return (
    <Form method="post" className="form entry-form">
      <input type="hidden" name="unitCode" value={data.unit.code} />
      {target ? <input type="hidden" name="id" value={target.id} /> : null}
      <label>
        Năm
        <input name="year" inputMode="numeric" required defaultValue={target?.year ?? ""} />
      </label>
      <label>
        Chỉ số
        <select name="componentKey" required defaultValue={target?.componentKey ?? ""}>
          <option value="" disabled>
            — Chọn —
          </option>
          {data.components.map((c) => (
            <option key={c.key} value={c.key}>
              {c.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        Tên mục tiêu
        <input name="label" required defaultValue={target?.label ?? "Mục tiêu các chỉ số thành phần"} />
      </label>
      <label className="wide">
        Mục tiêu như văn bản ghi
        <input name="printed" required placeholder="Trên 75%" defaultValue={target?.printed ?? ""} />
      </label>
      <label>
        Điều kiện điểm
        <select name="scoreOp" defaultValue={target?.scoreOp ?? ""}>
          <option value="">Không đặt</option>
          {Object.entries(scoreOpLabel).map(([k, v]) => (
            <option key={k} value={k}>
              {v}
            </option>
          ))}
        </select>
      </label>
      <label>
        Giá trị
        <input name="scoreValue" inputMode="decimal" defaultValue={target?.scoreValue ?? ""} placeholder="75" />
      </label>
      <label>
        Đơn vị
        <select name="scoreUnit" defaultValue={target?.scoreUnit ?? "percent"}>
          <option value="percent">%</option>
          <option value="points">điểm</option>
        </select>
      </label>
      <label>
        Điều kiện thứ hạng
        <select name="rankOp" defaultValue={target?.rankOp ?? ""}>
          <option value="">Không đặt</option>
          {Object.entries(rankOpLabel).map(([k, v]) => (
            <option key={k} value={k}>
              {v}
            </option>
          ))}
        </select>
      </label>
      <label>
        Thứ hạng
        <input name="rankValue" inputMode="numeric" defaultValue={target?.rankValue ?? ""} />
      </label>
      <label>
        Thứ hạng như văn bản ghi
        <input name="rankPrinted" defaultValue={target?.rankPrinted ?? ""} />
      </label>
      <label className="wide">
        Đơn vị thực hiện, theo dõi
        <select name="responsibleUnitCodes" multiple size={5} defaultValue={target?.responsible.map((r) => r.code) ?? []}>
          {data.units.map((u) => (
            <option key={u.code} value={u.code}>
              {"\u00a0\u00a0".repeat(u.depth)}
              {u.name}
            </option>
          ))}
        </select>
        <span className="hint">Giữ Ctrl (hoặc ⌘) để chọn nhiều đơn vị.</span>
      </label>
      <label className="wide">
        Đơn vị thực hiện như văn bản ghi
        <input name="responsiblePrinted" defaultValue={target?.responsiblePrinted ?? ""} />
      </label>
      <label className="wide">
        Kế hoạch đặt mục tiêu
        <select name="planCode" defaultValue={target?.planCode ?? ""}>
          <option value="">—</option>
          {data.plans.map((p) => (
            <option key={p.code} value={p.code}>
              {p.number ?? "(chưa ghi số)"} — {p.title}
            </option>
          ))}
        </select>
      </label>
      <button className="primary" name="intent" value="save-target" disabled={busy}>
        {target ? "Lưu thay đổi" : "Thêm mục tiêu"}
      </button>
    </Form>
  );
}
