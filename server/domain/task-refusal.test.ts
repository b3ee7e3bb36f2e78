import { describe, expect, it } from "vitest";
import { reportRefusal, statusRefusal } from "./task-refusal";

describe("refusals name who may act", () => {
  it.each([
    [{ lead: ["Phòng Tài chính - Kế hoạch"], coordinating: ["Phòng Nội vụ"] }, "Chỉ Phòng Tài chính - Kế hoạch (đơn vị chủ trì) được cập nhật trạng thái, tiến độ; đơn vị phối hợp báo cáo phần việc của mình."],
    [{ lead: ["Phòng Nội vụ", "Văn phòng HĐND và UBND huyện"], coordinating: [] }, "Chỉ các đơn vị chủ trì (Phòng Nội vụ, Văn phòng HĐND và UBND huyện) được cập nhật trạng thái, tiến độ; đơn vị phối hợp báo cáo phần việc của mình."],
    [{ lead: [], coordinating: [] }, "Nhiệm vụ chưa có đơn vị chủ trì: chỉ cơ quan Nội vụ theo dõi kế hoạch được cập nhật trạng thái, tiến độ."],
  ])("status and progress: %o", (p, text) => {
    expect(statusRefusal(p)).toBe(text);
  });

  it.each([
    [
      { lead: ["Phòng Tài chính - Kế hoạch"], coordinating: ["Phòng Nội vụ", "UBND các xã"] },
      "Đơn vị của bạn không được giao nhiệm vụ này nên chỉ xem được. Chỉ đơn vị chủ trì (Phòng Tài chính - Kế hoạch) và đơn vị phối hợp (Phòng Nội vụ, UBND các xã) được báo cáo tiến độ.",
    ],
    [{ lead: ["Sở Nội vụ"], coordinating: [] }, "Đơn vị của bạn không được giao nhiệm vụ này nên chỉ xem được. Chỉ đơn vị chủ trì (Sở Nội vụ) được báo cáo tiến độ."],
    [{ lead: [], coordinating: [] }, "Đơn vị của bạn không được giao nhiệm vụ này nên chỉ xem được. Chỉ cơ quan Nội vụ theo dõi kế hoạch được báo cáo tiến độ."],
  ])("reporting: %o", (p, text) => {
    expect(reportRefusal(p)).toBe(text);
  });
});
