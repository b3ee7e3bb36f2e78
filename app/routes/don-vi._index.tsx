import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useMemo, useState } from "react";
import { listUnitTree, type UnitNode } from "../../server/services/units";
import { requireUser } from "../lib/session.server";
import { APP_NAME, unitAdminText, unitKindLabel } from "../lib/strings";
import { formatDate } from "../lib/format";
import { foldVietnamese } from "../../server/domain/text";

export const meta: MetaFunction = () => [{ title: `Đơn vị — ${APP_NAME}` }];

export async function loader({ request }: LoaderFunctionArgs) {
  const { db, actor } = await requireUser(request);
  return {
    units: await listUnitTree(db, actor, { includeClosed: true }),
    keepsUnits: actor.roles.includes("noi-vu") || actor.roles.includes("quan-tri"),
  };
}

/** Roots with their subtree, so that each province is one collapsible block. */
function byRoot(units: UnitNode[]): Array<{ root: UnitNode; members: UnitNode[] }> {
  const out: Array<{ root: UnitNode; members: UnitNode[] }> = [];
  for (const u of units) {
    if (u.depth === 0) out.push({ root: u, members: [] });
    else out.at(-1)?.members.push(u);
  }
  return out;
}

export default function UnitsPage() {
  const { units, keepsUnits } = useLoaderData<typeof loader>();
  const [query, setQuery] = useState("");
  const q = foldVietnamese(query.trim());
  const all = useMemo(() => byRoot(units), [units]);
  // Provinces with no units here are the country's peers, kept for their published figures: one list.
  const groups = all.filter((g) => g.members.length > 0 || g.root.kind !== "province");
  const peers = all.filter((g) => g.members.length === 0 && g.root.kind === "province").map((g) => g.root);
  const shownPeers = q ? peers.filter((p) => foldVietnamese(p.name).includes(q)) : peers;

  return (
    <>
      <div className="page-head">
        <h1>Đơn vị</h1>
        <p>Tỉnh, sở, ban, ngành, huyện, phòng chuyên môn và xã, thị trấn theo cây tổ chức.</p>
        {keepsUnits ? (
          <p>
            <Link to="/quan-tri/don-vi" className="button-link">
              {unitAdminText.manageLink}
            </Link>
          </p>
        ) : null}
      </div>
      <div className="filters">
        <label className="sr-only" htmlFor="unit-search">
          Tìm đơn vị
        </label>
        <input
          id="unit-search"
          type="search"
          placeholder="Tìm đơn vị theo tên…"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
        <span className="muted small">{units.length} đơn vị</span>
      </div>
      {groups.map(({ root, members }) => {
        const shown = q ? members.filter((m) => foldVietnamese(m.name).includes(q)) : members;
        return (
          <details className="group" open key={root.id}>
            <summary>
              <span>
                <Link to={`/don-vi/${root.code}`}>{root.name}</Link>
                {root.closedOn ? <span className="badge closed">Đã đóng {formatDate(root.closedOn)}</span> : null}
              </span>
              <span className="count">{members.length} đơn vị trực thuộc</span>
            </summary>
            <div className="body">
              <ul className="tree">
                {shown.map((u) => (
                  <li key={u.id} style={{ paddingLeft: `${(q ? 0 : u.depth - 1) * 1.5}rem` }}>
                    <Link to={`/don-vi/${u.code}`}>{u.name}</Link>
                    <span className="kind">{unitKindLabel[u.kind]}</span>
                    {u.childCount > 0 ? <span className="badge">{u.childCount} trực thuộc</span> : null}
                    {u.closedOn ? <span className="badge closed">Đã đóng {formatDate(u.closedOn)}</span> : null}
                  </li>
                ))}
                {shown.length === 0 ? <li className="muted">Không có đơn vị phù hợp.</li> : null}
              </ul>
            </div>
          </details>
        );
      })}
      {peers.length > 0 ? (
        <details className="group" open>
          <summary>
            <span>Tỉnh, thành phố cả nước (nhóm so sánh)</span>
            <span className="count">{peers.length} tỉnh, thành phố</span>
          </summary>
          <div className="body">
            <ul className="tree peers">
              {shownPeers.map((p) => (
                <li key={p.id}>
                  <Link to={`/don-vi/${p.code}`}>{p.name}</Link>
                  {p.closedOn ? <span className="badge closed">Đã đóng {formatDate(p.closedOn)}</span> : null}
                </li>
              ))}
              {shownPeers.length === 0 ? <li className="muted">Không có tỉnh, thành phố phù hợp.</li> : null}
            </ul>
          </div>
        </details>
      ) : null}
    </>
  );
}
