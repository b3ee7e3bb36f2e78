/**
 * Why a user may not act on a task, naming who may: a refusal a person can act on ("ask
 * Phòng Tài chính - Kế hoạch"), not a bare "no permission". Used for server refusals and for
 * the note a read-only task page shows.
 */
export interface TaskParticipants {
  lead: readonly string[];
  coordinating: readonly string[];
}

const list = (names: readonly string[]) => names.join(", ");

/** Only the lead units move status and progress; coordinating units report their share. */
export function statusRefusal(p: TaskParticipants): string {
  if (p.lead.length === 0) return "Nhiệm vụ chưa có đơn vị chủ trì: chỉ cơ quan Nội vụ theo dõi kế hoạch được cập nhật trạng thái, tiến độ.";
  const who = p.lead.length === 1 ? `Chỉ ${p.lead[0]} (đơn vị chủ trì)` : `Chỉ các đơn vị chủ trì (${list(p.lead)})`;
  return `${who} được cập nhật trạng thái, tiến độ; đơn vị phối hợp báo cáo phần việc của mình.`;
}

/** A unit with no role on the task reads it; the lead and coordinating units (and Home Affairs) report. */
export function reportRefusal(p: TaskParticipants): string {
  const parts = [
    p.lead.length ? `đơn vị chủ trì (${list(p.lead)})` : null,
    p.coordinating.length ? `đơn vị phối hợp (${list(p.coordinating)})` : null,
  ].filter((x): x is string => x !== null);
  const who = parts.length ? parts.join(" và ") : "cơ quan Nội vụ theo dõi kế hoạch";
  return `Đơn vị của bạn không được giao nhiệm vụ này nên chỉ xem được. Chỉ ${who} được báo cáo tiến độ.`;
}
