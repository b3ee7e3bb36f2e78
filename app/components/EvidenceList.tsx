import { formatDate, formatDateTime } from "../lib/format";

export interface EvidenceItem {
  id: number;
  kind: "file" | "document";
  originalName: string | null;
  sizeBytes: number | null;
  docNumber: string | null;
  docDate: string | null;
  docIssuer: string | null;
  title: string | null;
  unitName: string;
  addedBy: string;
  addedAt: Date | string;
}

function size(bytes: number | null): string {
  if (bytes === null) return "";
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / 1024 / 1024).toLocaleString("vi-VN", { maximumFractionDigits: 1 })} MB`;
}

/** Files link to their download; document references read as an official citation. */
export function EvidenceList({ items, withWho = false }: { items: EvidenceItem[]; withWho?: boolean }) {
  return (
    <ul className="evidence">
      {items.map((e) => (
        <li key={e.id}>
          {e.kind === "file" ? (
            <>
              <span className="ev-kind">Tệp</span> <a href={`/tai-lieu/${e.id}`}>{e.originalName}</a> <span className="muted small">{size(e.sizeBytes)}</span>
            </>
          ) : (
            <>
              Văn bản số <strong>{e.docNumber}</strong>
              {e.docDate ? ` ngày ${formatDate(e.docDate)}` : ""} của {e.docIssuer}
              {e.title ? <span>: {e.title}</span> : null}
            </>
          )}
          {withWho ? (
            <div className="printed">
              {e.unitName} · {e.addedBy} · {formatDateTime(e.addedAt)}
            </div>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
