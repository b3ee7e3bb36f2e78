import { Link } from "@remix-run/react";
import type { PlanTaskUnit } from "../../server/services/plans";

/** Up to this many units are listed by name; beyond it the cell shows the printed group. */
const MAX_LISTED = 4;

/** Lead or coordinating units of a task: linked names, or the group as the plan prints it. */
export function TaskUnits({ units, printed }: { units: PlanTaskUnit[]; printed: string | null }) {
  if (units.length === 0) return printed ? <span>{printed}</span> : <span className="muted">—</span>;
  if (units.length > MAX_LISTED && printed) {
    return (
      <span>
        {printed} <span className="muted small">({units.length} đơn vị)</span>
      </span>
    );
  }
  return (
    <ul className="unit-list">
      {units.map((u) => (
        <li key={u.code}>
          <Link to={`/don-vi/${u.code}`}>{u.name}</Link>
        </li>
      ))}
    </ul>
  );
}
