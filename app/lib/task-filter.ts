import type { PlanTaskRow } from "../../server/services/plans";

export interface TaskFilter {
  unit: string | null;
  component: string | null;
  status: string | null;
  /** A task state; "done" matches done on time and done late. */
  state: string | null;
}

function matches(t: PlanTaskRow, f: TaskFilter): boolean {
  if (t.isHeading) return false;
  if (f.unit && !t.units.some((u) => u.code === f.unit)) return false;
  if (f.component && !t.components.includes(f.component)) return false;
  if (f.status && t.status !== f.status) return false;
  if (f.state && t.state !== f.state) return false;
  return true;
}

/** Rows that match, with the headings above them kept so the document's structure still reads. */
export function filterTaskRows(rows: PlanTaskRow[], f: TaskFilter): PlanTaskRow[] {
  if (!f.unit && !f.component && !f.status && !f.state) return rows;
  const byId = new Map(rows.map((r) => [r.id, r]));
  const keep = new Set<number>();
  for (const r of rows) {
    if (!matches(r, f)) continue;
    keep.add(r.id);
    for (let p = r.parentId; p !== null; p = byId.get(p)?.parentId ?? null) keep.add(p);
  }
  return rows.filter((r) => keep.has(r.id));
}

/** Tasks grouped under each lead unit (a task with two leads appears under both); unnamed leads by their printed text. */
export function groupByLead(rows: PlanTaskRow[]): Array<{ name: string; code: string | null; tasks: PlanTaskRow[] }> {
  const groups = new Map<string, { name: string; code: string | null; tasks: PlanTaskRow[] }>();
  for (const t of rows) {
    const leads = t.units.filter((u) => u.role === "lead");
    const keys = leads.length ? leads.map((u) => ({ key: u.code, name: u.name, code: u.code as string | null })) : [{ key: `~${t.leadPrinted ?? ""}`, name: t.leadPrinted ?? "Chưa rõ đơn vị chủ trì", code: null }];
    for (const k of keys) {
      const g = groups.get(k.key) ?? { name: k.name, code: k.code, tasks: [] };
      g.tasks.push(t);
      groups.set(k.key, g);
    }
  }
  return [...groups.values()].sort((a, b) => b.tasks.length - a.tasks.length || a.name.localeCompare(b.name, "vi"));
}
