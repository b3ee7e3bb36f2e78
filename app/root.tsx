import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import {
  Form,
  isRouteErrorResponse,
  Links,
  Meta,
  NavLink,
  Outlet,
  Scripts,
  ScrollRestoration,
  useRouteError,
  useRouteLoaderData,
} from "@remix-run/react";
import type { ReactNode } from "react";
import { isDemoMode } from "../server/auth/demo";
import { roleLabel } from "../server/domain/roles";
import { todayInVietnam } from "../server/clock";
import { countUnreadNotices } from "../server/services/notices";
import { currentActor } from "./lib/session.server";
import { db } from "./lib/db.server";
import { useErrorId } from "./lib/error-id";
import { APP_NAME, errors, nav } from "./lib/strings";
import styles from "./styles/app.css?url";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: styles },
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
];

export const meta: MetaFunction = () => [{ title: APP_NAME }];

/** The shell's user: name, unit, and which menu items the roles open. Pages check access themselves. */
export async function loader({ request }: LoaderFunctionArgs) {
  const database = await db();
  const actor = await currentActor(database, request);
  const demo = isDemoMode();
  if (!actor) return { user: null, demo };
  const notices = await countUnreadNotices(database, actor, todayInVietnam());
  return {
    user: {
      fullName: actor.fullName,
      unitName: actor.unitName,
      roles: actor.roles.map((r) => roleLabel[r]),
      canAudit: actor.roles.includes("quan-tri") || actor.roles.includes("noi-vu"),
      canAdmin: actor.roles.includes("quan-tri"),
      canEnter: actor.roles.includes("noi-vu"),
      notices,
    },
    demo,
  };
}

export function Layout({ children }: { children: ReactNode }) {
  return (
    <html lang="vi">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        <Links />
      </head>
      <body>
        {children}
        <ScrollRestoration />
        <Scripts />
      </body>
    </html>
  );
}

function Shell({ children }: { children: ReactNode }) {
  const data = useRouteLoaderData<typeof loader>("root");
  const user = data?.user ?? null;
  return (
    <div className="shell">
      {data?.demo ? (
        <div className="demo-banner" role="note">
          <strong>Chế độ trình diễn.</strong> Dữ liệu mẫu và tài khoản dùng chung mật khẩu: không nhập dữ liệu thật vào hệ thống này.
        </div>
      ) : null}
      <header className="topbar">
        <a className="brand" href="/" aria-label={APP_NAME} title={APP_NAME}>
          <span className="brand-mark" aria-hidden="true">
            CCHC
          </span>
          <span className="brand-name">{APP_NAME}</span>
        </a>
        {user ? (
          <>
            <nav className="mainnav" aria-label="Điều hướng chính">
              <NavLink to="/" end>
                {nav.home}
              </NavLink>
              <NavLink to="/chi-so-can-cai-thien">{nav.lagging}</NavLink>
              <NavLink to="/xep-hang">{nav.ranking}</NavLink>
              <NavLink to="/nhiem-vu">{nav.tasks}</NavLink>
              <NavLink to="/ke-hoach">{nav.plans}</NavLink>
              <NavLink to="/danh-gia">Kỳ đánh giá</NavLink>
              <NavLink to="/don-vi">{nav.units}</NavLink>
              {user.canEnter ? <NavLink to="/nhap-lieu">{nav.entry}</NavLink> : null}
              {user.canEnter ? <NavLink to="/bao-cao">{nav.reports}</NavLink> : null}
              {user.canAudit ? <NavLink to="/nhat-ky">{nav.audit}</NavLink> : null}
              {user.canAdmin ? <NavLink to="/quan-tri/nguoi-dung">{nav.users}</NavLink> : null}
            </nav>
            <div className="usermenu">
              <NavLink to="/thong-bao" className="bell" aria-label={`Thông báo: ${user.notices}`}>
                <svg aria-hidden="true" width="18" height="18" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
                  <path d="M18 8a6 6 0 1 0-12 0c0 7-3 9-3 9h18s-3-2-3-9" />
                  <path d="M13.7 21a2 2 0 0 1-3.4 0" />
                </svg>
                {user.notices > 0 ? <span className="bell-count">{user.notices}</span> : null}
              </NavLink>
              <NavLink to="/tai-khoan" className="who" title={user.roles.join(", ")}>
                <span className="who-name">{user.fullName}</span>
                <span className="who-unit">{user.unitName}</span>
              </NavLink>
              <Form method="post" action="/dang-xuat">
                <button type="submit" className="linkish">
                  Đăng xuất
                </button>
              </Form>
            </div>
          </>
        ) : null}
      </header>
      <main className="content">{children}</main>
    </div>
  );
}

export default function App() {
  return (
    <Shell>
      <Outlet />
    </Shell>
  );
}

export function ErrorBoundary() {
  const error = useRouteError();
  const errorId = useErrorId();
  const notFound = isRouteErrorResponse(error) && error.status === 404;
  const message = isRouteErrorResponse(error) && typeof error.data === "string" ? error.data : null;
  return (
    <Shell>
      <div className="panel error-panel">
        <h1>{notFound ? "Không tìm thấy" : "Đã có lỗi"}</h1>
        <p>{message ?? (notFound ? errors.notFoundPage : errors.generic)}</p>
        {errorId ? (
          <>
            <p>
              Mã lỗi: <strong>{errorId}</strong>
            </p>
            <script dangerouslySetInnerHTML={{ __html: `window.__errorId=${JSON.stringify(errorId)}` }} />
          </>
        ) : null}
        <p>
          <a href="/">← Về trang tổng quan</a>
        </p>
      </div>
    </Shell>
  );
}
