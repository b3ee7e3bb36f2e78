import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { roleLabel } from "../../server/domain/roles";
import { currentTokenHash } from "../../server/http/security";
import { changeOwnPassword } from "../../server/services/users";
import { actionError, requireUser, requireUserForMutation } from "../lib/session.server";
import { APP_NAME } from "../lib/strings";
import { readForm } from "../lib/form.server";

export const meta: MetaFunction = () => [{ title: `Tài khoản — ${APP_NAME}` }];

export async function loader({ request }: LoaderFunctionArgs) {
  const { actor } = await requireUser(request);
  return {
    username: actor.username,
    fullName: actor.fullName,
    unitName: actor.unitName,
    roles: actor.roles.map((r) => roleLabel[r]),
    mustChange: actor.mustChangePassword,
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const { db, actor } = await requireUserForMutation(request);
  const form = await readForm(request);
  try {
    await changeOwnPassword(
      db,
      actor,
      { current: String(form.get("current") ?? ""), next: String(form.get("next") ?? ""), confirm: String(form.get("confirm") ?? "") },
      currentTokenHash(request),
    );
    return { ok: true as const, message: "Đã đổi mật khẩu. Các phiên đăng nhập khác của bạn đã được kết thúc." };
  } catch (e) {
    return actionError(e);
  }
}

export default function AccountPage() {
  const me = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const busy = useNavigation().state !== "idle";
  return (
    <>
      <div className="page-head">
        <h1>Tài khoản</h1>
      </div>
      <div className="grid cols-2">
        <section className="panel">
          <h2>Thông tin</h2>
          <dl className="facts">
            <dt>Họ và tên</dt>
            <dd>{me.fullName}</dd>
            <dt>Tên đăng nhập</dt>
            <dd>
              <code>{me.username}</code>
            </dd>
            <dt>Đơn vị</dt>
            <dd>{me.unitName}</dd>
            <dt>Vai trò</dt>
            <dd>{me.roles.join(", ")}</dd>
          </dl>
        </section>
        <section className="panel">
          <h2>Đổi mật khẩu</h2>
          {me.mustChange && !result?.ok ? (
            <p className="notice" role="status">
              Vui lòng đặt mật khẩu mới trước khi tiếp tục sử dụng hệ thống.
            </p>
          ) : null}
          <Form method="post" className="form" replace>
            <label>
              Mật khẩu hiện tại
              <input name="current" type="password" autoComplete="current-password" required />
            </label>
            <label>
              Mật khẩu mới
              <input name="next" type="password" autoComplete="new-password" required minLength={8} aria-describedby="pw-hint" />
            </label>
            <span className="hint" id="pw-hint">
              Ít nhất 8 ký tự, có cả chữ và số.
            </span>
            <label>
              Nhập lại mật khẩu mới
              <input name="confirm" type="password" autoComplete="new-password" required minLength={8} />
            </label>
            {result ? (
              <p className={result.ok ? "form-ok" : "form-error"} role={result.ok ? "status" : "alert"}>
                {result.message}
              </p>
            ) : null}
            <button type="submit" className="primary" disabled={busy}>
              Đổi mật khẩu
            </button>
          </Form>
        </section>
      </div>
    </>
  );
}
