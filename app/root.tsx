import type { LinksFunction, MetaFunction } from "@remix-run/node";
import {
  isRouteErrorResponse,
  Links,
  Meta,
  NavLink,
  Outlet,
  Scripts,
  ScrollRestoration,
  useRouteError,
} from "@remix-run/react";
import type { ReactNode } from "react";
import { APP_NAME, errors, nav } from "./lib/strings";
import styles from "./styles/app.css?url";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: styles },
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
];

export const meta: MetaFunction = () => [{ title: APP_NAME }];

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
  return (
    <div className="shell">
      <header className="topbar">
        <a className="brand" href="/">
          <span className="brand-mark" aria-hidden="true">
            CCHC
          </span>
          <span className="brand-name">{APP_NAME}</span>
        </a>
        <nav className="mainnav" aria-label="Điều hướng chính">
          <NavLink to="/" end>
            {nav.home}
          </NavLink>
          <NavLink to="/don-vi">{nav.units}</NavLink>
          <NavLink to="/ke-hoach">{nav.plans}</NavLink>
        </nav>
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
  const notFound = isRouteErrorResponse(error) && error.status === 404;
  const message = isRouteErrorResponse(error) && typeof error.data === "string" ? error.data : null;
  return (
    <Shell>
      <div className="panel error-panel">
        <h1>{notFound ? "Không tìm thấy" : "Đã có lỗi"}</h1>
        <p>{message ?? (notFound ? errors.notFoundPage : errors.generic)}</p>
        <p>
          <a href="/">← Về trang tổng quan</a>
        </p>
      </div>
    </Shell>
  );
}
