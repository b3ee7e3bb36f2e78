import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation, useSearchParams } from "@remix-run/react";
import { DEMO_PASSWORD, demoAccounts, isDemoMode } from "../../server/auth/demo";
import { login } from "../../server/auth/login";
import { landingPath, safeNext } from "../../server/domain/landing";
import { roleLabel } from "../../server/domain/roles";
import { actorFromRequest, clientIp, crossSiteMessage, isCrossSiteMutation, sessionCookie } from "../../server/http/security";
import { loadActor } from "../../server/services/actor";
import { inArray } from "drizzle-orm";
import { units } from "../../db/schema";
import { db } from "../lib/db.server";
import { APP_NAME } from "../lib/strings";
import { readForm } from "../lib/form.server";

export const meta: MetaFunction = () => [{ title: `Đăng nhập — ${APP_NAME}` }];

export async function loader({ request }: LoaderFunctionArgs) {
  const database = await db();
  const actor = await actorFromRequest(database, request);
  if (actor) {
    const next = safeNext(new URL(request.url).searchParams.get("next"));
    throw redirect(next ?? landingPath(actor.roles));
  }
  const demo = isDemoMode();
  const unitNames = demo
    ? new Map(
        (
          await database
            .select({ code: units.code, name: units.name })
            .from(units)
            .where(inArray(units.code, demoAccounts.map((a) => a.unitCode)))
        ).map((u) => [u.code, u.name]),
      )
    : new Map<string, string>();
  return {
    demo,
    accounts: demo
      ? demoAccounts.map((a) => ({
          username: a.username,
          role: a.roles.map((r) => roleLabel[r]).join(", "),
          unit: unitNames.get(a.unitCode) ?? "",
        }))
      : [],
    demoPassword: demo ? DEMO_PASSWORD : null,
  };
}

export async function action({ request, context }: ActionFunctionArgs) {
  if (isCrossSiteMutation(request)) throw new Response(crossSiteMessage, { status: 403 });
  const form = await readForm(request);
  const username = String(form.get("username") ?? "");
  const password = String(form.get("password") ?? "");
  const database = await db();
  const result = await login(
    database,
    { username, password, ip: clientIp(request, context.ip), userAgent: request.headers.get("user-agent") },
    { demoMode: isDemoMode() },
  );
  if (!result.ok) return Response.json({ message: result.message, username }, { status: result.status });
  const actor = await loadActor(database, result.userId);
  const next = safeNext(String(form.get("next") ?? "")) ?? (actor ? landingPath(actor.roles) : "/");
  return redirect(actor?.mustChangePassword ? "/tai-khoan?doi-mat-khau=1" : next, {
    headers: { "Set-Cookie": sessionCookie(result.token, result.expiresAt) },
  });
}

export default function LoginPage() {
  const { demo, accounts, demoPassword } = useLoaderData<typeof loader>();
  const failed = useActionData<{ message: string; username: string }>();
  const [params] = useSearchParams();
  const busy = useNavigation().state !== "idle";
  return (
    <div className="login-wrap">
      <div className="panel login-card">
        <div className="login-brand">
          <span className="brand-mark">CCHC</span>
          <div>
            <h1>{APP_NAME}</h1>
            <p className="muted small">Theo dõi, cải thiện Chỉ số cải cách hành chính và SIPAS</p>
          </div>
        </div>
        <Form method="post" className="form" replace>
          <input type="hidden" name="next" value={params.get("next") ?? ""} />
          <label>
            Tên đăng nhập
            <input name="username" autoComplete="username" required defaultValue={failed?.username ?? ""} autoFocus />
          </label>
          <label>
            Mật khẩu
            <input name="password" type="password" autoComplete="current-password" required />
          </label>
          {failed ? (
            <p className="form-error" role="alert">
              {failed.message}
            </p>
          ) : null}
          <button type="submit" className="primary" disabled={busy}>
            {busy ? "Đang đăng nhập…" : "Đăng nhập"}
          </button>
        </Form>
      </div>
      {demo ? (
        <div className="panel login-demo">
          <h2>Tài khoản trình diễn</h2>
          <p className="small muted">
            Chỉ có trong chế độ trình diễn. Mật khẩu chung: <code>{demoPassword}</code>
          </p>
          <table className="data">
            <thead>
              <tr>
                <th>Tên đăng nhập</th>
                <th>Vai trò</th>
                <th>Đơn vị</th>
              </tr>
            </thead>
            <tbody>
              {accounts.map((a) => (
                <tr key={a.username}>
                  <td>
                    <code>{a.username}</code>
                  </td>
                  <td>{a.role}</td>
                  <td>{a.unit || "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </div>
  );
}
