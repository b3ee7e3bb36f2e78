import { diffChanges } from "../../server/domain/audit-diff";
import { roleLabel, type Role } from "../../server/domain/roles";
import { formatDateTime } from "../lib/format";
import { auditActionLabel, auditEntityLabel, auditFieldLabel, taskStatusLabel, taskUpdateKindLabel } from "../lib/strings";

export interface AuditEntry {
  id: number;
  at: Date | string;
  action: string;
  entity: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
  note: string | null;
  fullName: string | null;
  username: string | null;
  unitName: string | null;
}

function show(field: string, value: unknown): string {
  if (value === null || value === undefined || value === "") return "—";
  if (field === "status" && typeof value === "string") return taskStatusLabel[value] ?? value;
  if (field === "kind" && typeof value === "string") return taskUpdateKindLabel[value] ?? value;
  if (field === "roles" && Array.isArray(value)) return value.map((r) => roleLabel[r as Role] ?? String(r)).join(", ");
  if (typeof value === "boolean") return value ? "Có" : "Không";
  if (Array.isArray(value)) return value.join(", ");
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}

/** The audit trail as a table: when, who, what, and the fields that changed. */
export function AuditTable({ rows, showEntity = true }: { rows: AuditEntry[]; showEntity?: boolean }) {
  if (rows.length === 0) return <p className="muted">Chưa có thay đổi nào được ghi nhận.</p>;
  return (
    <div className="table-wrap">
      <table className="data cards audit">
        <thead>
          <tr>
            <th>Thời gian</th>
            <th>Người thực hiện</th>
            <th>Thao tác</th>
            {showEntity ? <th>Đối tượng</th> : null}
            <th>Nội dung thay đổi</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => {
            const changes = diffChanges(r.before, r.after);
            return (
              <tr key={r.id}>
                <td className="nowrap" data-label="Thời gian">
                  {formatDateTime(r.at)}
                </td>
                <td data-label="Người thực hiện">
                  {r.fullName ?? <span className="muted">Hệ thống</span>}
                  {r.username ? <div className="printed">{r.username}</div> : null}
                </td>
                <td data-label="Thao tác">{auditActionLabel[r.action] ?? r.action}</td>
                {showEntity ? (
                  <td data-label="Đối tượng">
                    {auditEntityLabel[r.entity] ?? r.entity}
                    {r.entityId ? <span className="muted small"> #{r.entityId}</span> : null}
                    {r.unitName ? <div className="printed">{r.unitName}</div> : null}
                  </td>
                ) : null}
                <td data-label="Thay đổi">
                  {r.note ? <div>{r.note}</div> : null}
                  {changes.length > 0 ? (
                    <ul className="changes">
                      {changes.map((c) => (
                        <li key={c.field}>
                          <span className="field">{auditFieldLabel[c.field] ?? c.field}:</span>{" "}
                          {r.before ? (
                            <>
                              <del>{show(c.field, c.before)}</del> →{" "}
                            </>
                          ) : null}
                          <ins>{show(c.field, c.after)}</ins>
                        </li>
                      ))}
                    </ul>
                  ) : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
