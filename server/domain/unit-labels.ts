/** "2025-07-01" → "01/07/2025" (domain messages are built server-side, so no browser formatter here). */
export function formatIsoAsVn(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

export type SuccessionKind = "merge" | "rename" | "split";

/**
 * How a predecessor's figures are labelled on its successor's page:
 * "Tỉnh Quảng Nam (trước sáp nhập vào Thành phố Đà Nẵng, 01/07/2025)".
 */
export function predecessorLabel(predecessorName: string, successorName: string, kind: SuccessionKind, effectiveOn: string): string {
  const on = formatIsoAsVn(effectiveOn);
  switch (kind) {
    case "merge":
      return `${predecessorName} (trước sáp nhập vào ${successorName}, ${on})`;
    case "rename":
      return `${predecessorName} (tên cũ, trước khi đổi thành ${successorName}, ${on})`;
    case "split":
      return `${predecessorName} (trước khi chia tách thành ${successorName}, ${on})`;
  }
}

/** The words a closed unit's page shows about where it went. */
export function successorNote(kind: SuccessionKind, successorName: string, effectiveOn: string): string {
  const on = formatIsoAsVn(effectiveOn);
  switch (kind) {
    case "merge":
      return `Đã sáp nhập vào ${successorName} từ ${on}.`;
    case "rename":
      return `Đã đổi tên thành ${successorName} từ ${on}.`;
    case "split":
      return `Đã chia tách; một phần thuộc ${successorName} từ ${on}.`;
  }
}
