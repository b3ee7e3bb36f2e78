import { Link, useLocation } from "@remix-run/react";
import { pagerText } from "../lib/strings";

/** Page links that keep the rest of the URL (filters) as it is: `?trang=N`. */
export function Pager({ page, pages, total }: { page: number; pages: number; total: number }) {
  const { pathname, search } = useLocation();
  if (pages <= 1) return null;
  const to = (n: number) => {
    const q = new URLSearchParams(search);
    if (n === 1) q.delete("trang");
    else q.set("trang", String(n));
    const s = q.toString();
    return `${pathname}${s ? `?${s}` : ""}`;
  };
  const around = [...new Set([1, page - 2, page - 1, page, page + 1, page + 2, pages])].filter((n) => n >= 1 && n <= pages).sort((a, b) => a - b);
  return (
    <nav className="pager" aria-label={pagerText.label}>
      <span className="muted small">{pagerText.summary(page, pages, total)}</span>
      {page > 1 ? <Link to={to(page - 1)}>{pagerText.previous}</Link> : null}
      {around.map((n, i) => (
        <span key={n}>
          {i > 0 && n - around[i - 1]! > 1 ? <span className="muted">…</span> : null}
          {n === page ? <strong aria-current="page">{n}</strong> : <Link to={to(n)}>{n}</Link>}
        </span>
      ))}
      {page < pages ? <Link to={to(page + 1)}>{pagerText.next}</Link> : null}
    </nav>
  );
}

/** The page number asked for in the URL, kept within 1..pages. */
export function pageFrom(url: URL, total: number, size: number): { page: number; pages: number; from: number; to: number } {
  const pages = Math.max(1, Math.ceil(total / size));
  const asked = Number.parseInt(url.searchParams.get("trang") ?? "1", 10);
  const page = Number.isFinite(asked) ? Math.min(pages, Math.max(1, asked)) : 1;
  return { page, pages, from: (page - 1) * size, to: page * size };
}
