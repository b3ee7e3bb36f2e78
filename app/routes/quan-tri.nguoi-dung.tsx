import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useState } from "react";
import { ROLES, roleLabel, type Role } from "../../server/domain/roles";
import { listUnitTree } from "../../server/services/units";
import { changeUserUnitAndRoles, createUser, listUsers, resetPassword, setUserDisabled, type UserRow } from "../../server/services/users";
import { actionError, orHttpError, requireUser, requireUserForMutation } from "../lib/session.server";
import { formatDateTime } from "../lib/format";
import { APP_NAME } from "../lib/strings";
import { formId, readForm } from "../lib/form.server";

export const meta: MetaFunction = () => [{ title: `Người dùng — ${APP_NAME}` }];

export async function loader({ request }: LoaderFunctionArgs) {
  const { db, actor } = await requireUser(request);
  const users = await orHttpError(listUsers(db, actor));
  const units = await listUnitTree(db, actor);
  return { users, units: units.map((u) => ({ code: u.code, name: u.name, depth: u.depth })), me: actor.userId };
}

type ActionResult = { ok: true; message: string } | { ok: false; message: string };

export async function action({ request }: ActionFunctionArgs): Promise<ActionResult> {
  const { db, actor } = await requireUserForMutation(request);
  const form = await readForm(request);
  const intent = String(form.get("intent") ?? "");
  const userId = formId(form, "userId");
  const roles = form.getAll("roles").map(String) as Role[];
  try {
    switch (intent) {
      case "create":
        await createUser(db, actor, {
          username: String(form.get("username") ?? ""),
          fullName: String(form.get("fullName") ?? ""),
          unitCode: String(form.get("unitCode") ?? ""),
          roles,
          password: String(form.get("password") ?? ""),
        });
        return { ok: true, message: `Đã tạo tài khoản ${String(form.get("username")).trim().toLowerCase()}. Người dùng sẽ phải đổi mật khẩu ở lần đăng nhập đầu.` };
      case "disable":
      case "enable":
        if (userId === null) return { ok: false, message: "Mã người dùng không hợp lệ." };
        await setUserDisabled(db, actor, userId, intent === "disable");
        return { ok: true, message: intent === "disable" ? "Đã khóa tài khoản." : "Đã mở khóa tài khoản." };
      case "reset":
        if (userId === null) return { ok: false, message: "Mã người dùng không hợp lệ." };
        await resetPassword(db, actor, userId, String(form.get("password") ?? ""));
        return { ok: true, message: "Đã đặt lại mật khẩu. Người dùng phải đổi mật khẩu khi đăng nhập." };
      case "change":
        if (userId === null) return { ok: false, message: "Mã người dùng không hợp lệ." };
        await changeUserUnitAndRoles(db, actor, { userId, unitCode: String(form.get("unitCode") ?? ""), roles });
        return { ok: true, message: "Đã cập nhật đơn vị và vai trò." };
      default:
        return { ok: false, message: "Thao tác không hợp lệ." };
    }
  } catch (e) {
    return actionError(e);
  }
}

function UnitSelect({ units, name, defaultValue }: { units: Array<{ code: string; name: string; depth: number }>; name: string; defaultValue?: string }) {
  return (
    <select name={name} defaultValue={defaultValue ?? ""} required>
      <option value="" disabled>
        — Chọn đơn vị —
      </option>
      {units.map((u) => (
        <option key={u.code} value={u.code}>
          {"\u00a0\u00a0".repeat(u.depth)}
          {u.name}
        </option>
      ))}
    </select>
  );
}

function RoleChecks({ selected }: { selected: readonly Role[] }) {
  return (
    <div className="checks">
      {ROLES.map((r) => (
        <label key={r}>
          <input type="checkbox" name="roles" value={r} defaultChecked={selected.includes(r)} /> {roleLabel[r]}
        </label>
      ))}
    </div>
  );
}

function UserRowActions({ user, units, me }: { user: UserRow; units: Array<{ code: string; name: string; depth: number }>; me: number }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <div className="row-actions">
        <Form method="post">
          <input type="hidden" name="userId" value={user.id} />
          {user.disabled ? (
            <button className="secondary" name="intent" value="enable">
              Mở khóa
            </button>
          ) : (
            <button className="secondary" name="intent" value="disable" disabled={user.id === me}>
              Khóa
            </button>
          )}
        </Form>
        <button type="button" className="secondary" onClick={() => setOpen((v) => !v)} aria-expanded={open}>
          {open ? "Đóng" : "Sửa…"}
        </button>
      </div>
      {open ? (
        <div className="row-editor">
          <Form method="post" className="form">
            <input type="hidden" name="userId" value={user.id} />
            <label>
              Đơn vị
              <UnitSelect units={units} name="unitCode" defaultValue={user.unitCode} />
            </label>
            <fieldset>
              <legend>Vai trò</legend>
              <RoleChecks selected={user.roles} />
            </fieldset>
            <button className="primary" name="intent" value="change">
              Lưu đơn vị, vai trò
            </button>
          </Form>
          <Form method="post" className="form">
            <input type="hidden" name="userId" value={user.id} />
            <label>
              Mật khẩu mới (tạm thời)
              <input name="password" type="text" autoComplete="off" required minLength={8} />
            </label>
            <button className="primary" name="intent" value="reset">
              Đặt lại mật khẩu
            </button>
          </Form>
        </div>
      ) : null}
    </>
  );
}

export default function UsersPage() {
  const { users, units, me } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const busy = useNavigation().state !== "idle";
  return (
    <>
      <div className="page-head">
        <h1>Người dùng</h1>
        <p>Tạo tài khoản, khóa, đặt lại mật khẩu, đổi đơn vị và vai trò. Mọi thay đổi được ghi vào nhật ký.</p>
      </div>
      {result ? (
        <p className={result.ok ? "form-ok" : "form-error"} role={result.ok ? "status" : "alert"}>
          {result.message}
        </p>
      ) : null}
      <details className="group" open={result?.ok === false}>
        <summary>
          <span>+ Thêm người dùng</span>
        </summary>
        <div className="body">
          <Form method="post" className="form user-form">
            <label>
              Tên đăng nhập
              <input name="username" required autoComplete="off" placeholder="vd: vanthu.tamduong" />
            </label>
            <label>
              Họ và tên
              <input name="fullName" required autoComplete="off" />
            </label>
            <label>
              Đơn vị
              <UnitSelect units={units} name="unitCode" />
            </label>
            <label>
              Mật khẩu ban đầu
              <input name="password" type="text" required minLength={8} autoComplete="off" />
              <span className="hint">Ít nhất 8 ký tự, có cả chữ và số. Người dùng đổi ở lần đăng nhập đầu.</span>
            </label>
            <fieldset>
              <legend>Vai trò</legend>
              <RoleChecks selected={[]} />
            </fieldset>
            <button type="submit" className="primary" name="intent" value="create" disabled={busy}>
              Tạo tài khoản
            </button>
          </Form>
        </div>
      </details>
      <div className="table-wrap">
        <table className="data cards users">
          <thead>
            <tr>
              <th>Tên đăng nhập</th>
              <th>Họ và tên</th>
              <th>Đơn vị</th>
              <th>Vai trò</th>
              <th>Trạng thái</th>
              <th>Đăng nhập gần nhất</th>
              <th>Thao tác</th>
            </tr>
          </thead>
          <tbody>
            {users.map((u) => (
              <tr key={u.id}>
                <td data-label="Tên đăng nhập">
                  <code>{u.username}</code>
                  {u.isDemo ? <span className="badge amber">demo</span> : null}
                </td>
                <td data-label="Họ và tên">{u.fullName}</td>
                <td data-label="Đơn vị">{u.unitName}</td>
                <td data-label="Vai trò">{u.roles.map((r) => roleLabel[r]).join(", ")}</td>
                <td data-label="Trạng thái">
                  {u.disabled ? <span className="badge red">Đã khóa</span> : <span className="badge green">Hoạt động</span>}
                  {u.mustChangePassword ? <div className="printed">Chờ đổi mật khẩu</div> : null}
                </td>
                <td data-label="Đăng nhập gần nhất" className="nowrap">
                  {u.lastLoginAt ? formatDateTime(u.lastLoginAt) : "—"}
                </td>
                <td data-label="Thao tác">
                  <UserRowActions user={u} units={units} me={me} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
