/** Vietnamese strings of the scoring-cycle pages, kept together. */
export const cycleText = {
  nav: "Kỳ đánh giá",
  stage: { self: "Tự chấm", appraised: "Có ý kiến thẩm định", explained: "Đã giải trình", settled: "Đã chốt điểm" } as Record<string, string>,
  state: { draft: "Đang soạn", submitted: "Đã gửi" } as Record<string, string>,
  status: { open: "Đang đánh giá", approved: "Đã phê duyệt", published: "Đã công bố" } as Record<string, string>,
  scoring: { steps: "Theo mức", range: "Trong khoảng", survey: "Điều tra XHH" } as Record<string, string>,
  phase: {
    "self-assessment": "Tự đánh giá, chấm điểm",
    survey: "Điều tra xã hội học",
    appraisal: "Thẩm định",
    explanation: "Giải trình",
    compilation: "Tổng hợp kết quả",
    approval: "Phê duyệt",
    announcement: "Công bố",
  } as Record<string, string>,
  phaseState: { "not-yet": "Chưa mở", open: "Đang mở", late: "Quá hạn (gia hạn)", closed: "Đã đóng" } as Record<string, string>,
  saving: "Đang lưu…",
  saved: "Đã lưu nháp",
  fixture: "Bộ chỉ số thử nghiệm",
};
