import { readForm } from "../lib/form.server";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { closeUnit, createUnit, listUnitTree, loadProvinces, mergeUnit, moveUnit, renameUnit, unitAdminView } from "../lib/units.server";
import { actionError, orHttpError, requireUser, requireUserForMutation } from "../lib/session.server";
import { formatDate } from "../lib/format";
import { APP_NAME, unitAdminText as t, unitKindLabel } from "../lib/strings";

export const meta: MetaFunction = () => [{ title: `${t.title} — ${APP_NAME}` }];

export async function loader({ request }: LoaderFunctionArgs) {
  const { db, actor } = await requireUser(request);
  const view = await orHttpError(unitAdminView(db, actor));
  const units = await listUnitTree(db, actor, { includeClosed: true });
  const code = new URL(request.url).searchParams.get("donvi");
  const selected = units.find((u) => u.code === code) ?? null;
  const parent = selected?.parentId ? (units.find((u) => u.id === selected.parentId) ?? null) : null;
  return {
    ...view,
    units: units.map((u) => ({ code: u.code, name: u.name, depth: u.depth, kind: u.kind, closedOn: u.closedOn })),
    selected: selected ? { code: selected.code, name: selected.name, shortName: selected.shortName, kind: selected.kind, closedOn: selected.closedOn, parentCode: parent?.code ?? null, parentName: parent?.name ?? null } : null,
  };
}

type ActionResult = { ok: true; message: string; code?: string } | { ok: false; message: string };

const field = (f: FormData, name: string) => String(f.get(name) ?? "");

export async function action({ request }: ActionFunctionArgs): Promise<ActionResult> {
  const { db, actor } = await requireUserForMutation(request);
  const f = await readForm(request);
  try {
    switch (field(f, "intent")) {
      case "create": {
        const r = await createUnit(db, actor, { parentCode: field(f, "parentCode"), name: field(f, "name"), shortName: field(f, "shortName"), kind: field(f, "kind") });
        return { ok: true, message: `Đã thêm đơn vị "${field(f, "name").trim()}".`, code: r.code };
      }
      case "rename":
        await renameUnit(db, actor, { code: field(f, "code"), name: field(f, "name"), shortName: field(f, "shortName") });
        return { ok: true, message: "Đã đổi tên đơn vị." };
      case "move":
        await moveUnit(db, actor, { code: field(f, "code"), parentCode: field(f, "parentCode") });
        return { ok: true, message: "Đã chuyển đơn vị sang đơn vị cấp trên mới." };
      case "close":
        await closeUnit(db, actor, { code: field(f, "code"), closedOn: field(f, "closedOn"), decision: field(f, "decision") });
        return { ok: true, message: `Đã ghi nhận đóng đơn vị từ ngày ${field(f, "closedOn")}.` };
      case "merge":
        await mergeUnit(db, actor, {
          code: field(f, "code"),
          successorCode: field(f, "successorCode"),
          effectiveOn: field(f, "effectiveOn"),
          decision: field(f, "decision"),
          kind: field(f, "kind") || "merge",
        });
        return { ok: true, message: "Đã ghi nhận sáp nhập. Kết quả các năm trước của đơn vị được hiển thị trên trang của đơn vị tiếp nhận." };
      case "load-provinces": {
        const r = await loadProvinces(db, actor);
        return { ok: true, message: `Đã nạp danh sách tỉnh, thành phố: thêm ${r.created}, đóng ${r.closed}, ghi ${r.linked} liên kết sáp nhập.` };
      }
      default:
        return { ok: false, message: "Thao tác không hợp lệ." };
    }
  } catch (e) {
    return actionError(e);
  }
}

type Data = ReturnType<typeof useLoaderData<typeof loader>>;

function UnitOptions({ units, exclude }: { units: Data["units"]; exclude?: string }) {
  return (
    <>
      {units
        .filter((u) => !u.closedOn && u.code !== exclude)
        .map((u) => (
          <option key={u.code} value={u.code}>
            {"\u00a0\u00a0".repeat(u.depth)}
            {u.name}
          </option>
        ))}
    </>
  );
}

const KINDS = ["province", "provincial-agency", "vertical-agency", "district", "district-office", "commune", "other"] as const;

export default function UnitAdminPage() {
  const data = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const busy = useNavigation().state !== "idle";
  const sel = data.selected;
  return (
    <>
      <div className="breadcrumb">
        <span>
          <Link to="/don-vi">Đơn vị</Link>
        </span>
      </div>
      <div className="page-head">
        <h1>{t.title}</h1>
        <p>{t.intro}</p>
      </div>
      {result ? (
        <p className={result.ok ? "form-ok" : "form-error"} role={result.ok ? "status" : "alert"}>
          {result.message}
          {result.ok && "code" in result && result.code ? (
            <>
              {" "}
              <Link to={`/don-vi/${result.code}`}>Xem đơn vị →</Link>
            </>
          ) : null}
        </p>
      ) : null}

      <section className="panel unit-admin">
        <h2>{t.choose}</h2>
        <Form method="get" className="form">
          <label>
            Đơn vị
            <select name="donvi" defaultValue={sel?.code ?? ""} required>
              <option value="" disabled>
                — Chọn đơn vị —
              </option>
              {data.units.map((u) => (
                <option key={u.code} value={u.code}>
                  {"\u00a0\u00a0".repeat(u.depth)}
                  {u.name}
                  {u.closedOn ? ` (đã đóng ${formatDate(u.closedOn)})` : ""}
                </option>
              ))}
            </select>
          </label>
          <div className="actions">
            <button type="submit" className="secondary">
              Chọn
            </button>
          </div>
        </Form>

        {sel ? (
          <>
            <p className="small">
              <strong>{sel.name}</strong> — {unitKindLabel[sel.kind]}
              {sel.parentName ? `, trực thuộc ${sel.parentName}` : ", đơn vị gốc"}
              {sel.closedOn ? <span className="badge closed">Đã đóng từ {formatDate(sel.closedOn)}</span> : null} <Link to={`/don-vi/${sel.code}`}>Xem trang đơn vị →</Link>
            </p>
            {sel.closedOn ? (
              <p className="muted small">{t.closedNoEdit}</p>
            ) : (
              <>
                <div className="op">
                  <h3>Đổi tên</h3>
                  <Form method="post" className="form">
                    <input type="hidden" name="code" value={sel.code} />
                    <label>
                      Tên mới
                      <input name="name" defaultValue={sel.name} required />
                    </label>
                    <label>
                      Tên viết tắt
                      <input name="shortName" defaultValue={sel.shortName ?? ""} />
                    </label>
                    <div className="actions">
                      <button className="primary" name="intent" value="rename" disabled={busy}>
                        Lưu tên
                      </button>
                    </div>
                  </Form>
                </div>
                <div className="op">
                  <h3>Chuyển đơn vị cấp trên</h3>
                  <Form method="post" className="form">
                    <input type="hidden" name="code" value={sel.code} />
                    <label>
                      Đơn vị cấp trên mới
                      <select name="parentCode" defaultValue={sel.parentCode ?? ""}>
                        <option value="">— Không có (tỉnh, thành phố) —</option>
                        <UnitOptions units={data.units} exclude={sel.code} />
                      </select>
                    </label>
                    <div className="actions">
                      <button className="primary" name="intent" value="move" disabled={busy}>
                        Chuyển
                      </button>
                    </div>
                  </Form>
                </div>
                <div className="op">
                  <h3>Sáp nhập, đổi tên theo quyết định</h3>
                  <p className="small muted">{t.mergeHelp}</p>
                  <Form method="post" className="form">
                    <input type="hidden" name="code" value={sel.code} />
                    <label>
                      Đơn vị tiếp nhận
                      <select name="successorCode" defaultValue="" required>
                        <option value="" disabled>
                          — Chọn đơn vị —
                        </option>
                        <UnitOptions units={data.units} exclude={sel.code} />
                      </select>
                    </label>
                    <label>
                      Hình thức
                      <select name="kind" defaultValue="merge">
                        <option value="merge">Sáp nhập vào</option>
                        <option value="rename">Đổi tên thành</option>
                      </select>
                    </label>
                    <label>
                      Ngày hiệu lực
                      <input name="effectiveOn" placeholder="01/07/2025" inputMode="numeric" required />
                    </label>
                    <label>
                      Quyết định
                      <input name="decision" placeholder="Nghị quyết số 202/2025/QH15" required />
                    </label>
                    <div className="actions">
                      <button className="primary" name="intent" value="merge" disabled={busy}>
                        Ghi nhận sáp nhập
                      </button>
                    </div>
                  </Form>
                </div>
                <div className="op">
                  <h3>Đóng đơn vị (giải thể, kết thúc hoạt động)</h3>
                  <Form method="post" className="form">
                    <input type="hidden" name="code" value={sel.code} />
                    <label>
                      Ngày đóng
                      <input name="closedOn" placeholder="01/07/2025" inputMode="numeric" required />
                    </label>
                    <label>
                      Quyết định (nếu có)
                      <input name="decision" placeholder="Nghị quyết số …/NQ-UBTVQH15" />
                    </label>
                    <div className="actions">
                      <button className="secondary" name="intent" value="close" disabled={busy}>
                        Đóng đơn vị
                      </button>
                    </div>
                  </Form>
                </div>
              </>
            )}
          </>
        ) : null}
      </section>

      <section className="panel unit-admin">
        <h2>Thêm đơn vị</h2>
        <Form method="post" className="form">
          <label>
            Đơn vị cấp trên
            <select name="parentCode" defaultValue={sel && !sel.closedOn ? sel.code : ""}>
              <option value="">— Không có (tỉnh, thành phố cả nước) —</option>
              <UnitOptions units={data.units} />
            </select>
          </label>
          <label>
            Tên đơn vị
            <input name="name" required placeholder="Xã …, Phòng …, Tỉnh …" />
          </label>
          <label>
            Tên viết tắt
            <input name="shortName" />
          </label>
          <label>
            Loại đơn vị
            <select name="kind" defaultValue="commune">
              {KINDS.map((k) => (
                <option key={k} value={k}>
                  {unitKindLabel[k]}
                </option>
              ))}
            </select>
          </label>
          <div className="actions">
            <button className="primary" name="intent" value="create" disabled={busy}>
              Thêm đơn vị
            </button>
          </div>
        </Form>
      </section>

      {data.keepsProvinces ? (
        <section className="panel unit-admin">
          <h2>{t.provincesTitle}</h2>
          <p>{t.provincesIntro}</p>
          <Form method="post" className="form">
            <div className="actions">
              <button className="secondary" name="intent" value="load-provinces" disabled={busy}>
                Nạp danh sách 63 → 34 tỉnh, thành phố
              </button>
            </div>
          </Form>
        </section>
      ) : null}
    </>
  );
}
