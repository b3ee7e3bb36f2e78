/** Vietnamese UI strings kept together for review. Labels for enum values live here too. */

export const APP_NAME = "Theo dõi Chỉ số CCHC";

export const nav = {
  home: "Theo dõi",
  lagging: "Cần cải thiện",
  ranking: "Xếp hạng",
  units: "Đơn vị",
  plans: "Kế hoạch",
  tasks: "Nhiệm vụ",
  entry: "Nhập liệu",
  reports: "Báo cáo",
  audit: "Nhật ký",
  users: "Người dùng",
} as const;

export const unitKindLabel: Record<string, string> = {
  province: "Tỉnh",
  "provincial-agency": "Sở, ban, ngành tỉnh",
  "vertical-agency": "Cơ quan ngành dọc",
  district: "Huyện, thị xã, thành phố",
  "district-office": "Phòng, ban chuyên môn",
  commune: "Xã, thị trấn",
  other: "Cơ quan, tổ chức khác",
};

export const planKindLabel: Record<string, string> = {
  improvement: "Kế hoạch cải thiện, nâng cao chỉ số",
  "scoring-cycle": "Kế hoạch xác định chỉ số",
};

export const taskStatusLabel: Record<string, string> = {
  "chua-thuc-hien": "Chưa thực hiện",
  "dang-thuc-hien": "Đang thực hiện",
  "hoan-thanh": "Hoàn thành",
  "hoan-thanh-cham": "Hoàn thành chậm",
  "khong-thuc-hien-duoc": "Không thực hiện được",
};

export const phaseLabel: Record<string, string> = {
  preparation: "Chuẩn bị",
  "self-assessment": "Tự đánh giá",
  survey: "Điều tra XHH",
  appraisal: "Thẩm định",
  compilation: "Tổng hợp",
  approval: "Phê duyệt",
  announcement: "Công bố",
  reporting: "Báo cáo",
};

export const resultSourceLabel: Record<string, string> = {
  published: "Đã công bố",
  appraised: "Thẩm định",
  "self-assessed": "Tự đánh giá",
};

export const deadlineKindLabel: Record<string, string> = {
  date: "Ngày cụ thể",
  yearly: "Hằng năm",
  period: "Trong kỳ",
  rule: "Theo quy định",
  none: "Không ghi",
};

export const surveyMethodLabel: Record<string, string> = {
  online: "Trực tuyến",
  direct: "Trực tiếp",
};

export const errors = {
  notFoundUnit: "Không tìm thấy đơn vị này.",
  notFoundPlan: "Không tìm thấy kế hoạch này.",
  generic: "Đã có lỗi xảy ra. Vui lòng thử lại hoặc báo cho quản trị hệ thống.",
  notFoundPage: "Không tìm thấy trang bạn yêu cầu.",
} as const;

export const auditActionLabel: Record<string, string> = {
  create: "Thêm mới",
  update: "Cập nhật",
  delete: "Xóa",
  seed: "Nạp dữ liệu",
  login: "Đăng nhập",
  logout: "Đăng xuất",
};

export const auditEntityLabel: Record<string, string> = {
  unit: "Đơn vị",
  plan: "Kế hoạch",
  task: "Nhiệm vụ",
  user: "Người dùng",
  result: "Kết quả chỉ số",
  target: "Mục tiêu",
  seed: "Dữ liệu văn bản nguồn",
  "unit-succession": "Sáp nhập, đổi tên đơn vị",
};

export const auditFieldLabel: Record<string, string> = {
  name: "Tên",
  shortName: "Tên viết tắt",
  status: "Trạng thái",
  progress: "Tiến độ (%)",
  version: "Phiên bản",
  report: "Báo cáo",
  contribution: "Phần việc phối hợp",
  roles: "Vai trò",
  unitId: "Đơn vị",
  unitCode: "Đơn vị",
  unit: "Đơn vị",
  disabled: "Khóa",
  username: "Tên đăng nhập",
  fullName: "Họ và tên",
  text: "Nội dung",
  kind: "Loại",
  taskId: "Nhiệm vụ",
  units: "Số đơn vị",
  frameworks: "Bộ chỉ số",
  plans: "Kế hoạch",
  tasks: "Nhiệm vụ",
  results: "Kết quả",
  targets: "Mục tiêu",
  code: "Mã",
  parent: "Đơn vị cấp trên",
  closedOn: "Ngày đóng",
  predecessor: "Đơn vị cũ",
  successor: "Đơn vị tiếp nhận",
  effectiveOn: "Ngày hiệu lực",
  decision: "Quyết định",
};

export const taskUpdateKindLabel: Record<string, string> = {
  progress: "Báo cáo tiến độ",
  contribution: "Phần việc phối hợp",
  direction: "Ý kiến chỉ đạo",
  comment: "Ý kiến",
};

export const verdictLabel: Record<string, string> = {
  met: "Đạt",
  "not-met": "Chưa đạt",
  "no-data": "Chưa có số liệu",
  "no-target": "Chưa đặt mục tiêu",
};

export const severityLabel: Record<string, string> = {
  high: "Mức cao",
  medium: "Trung bình",
  low: "Thấp",
};

export const flagKindLabel: Record<string, string> = {
  "below-target": "Dưới mục tiêu",
  "short-of-target-latest": "Còn cách mục tiêu",
  fell: "Giảm so với năm trước",
  "rank-fell-score-rose": "Điểm tăng, hạng giảm",
  "below-floor": "Điểm thấp",
  "target-rank-missed": "Chưa đạt thứ hạng",
  "tasks-overdue": "Nhiệm vụ quá hạn",
  "tasks-missing-evidence": "Thiếu tài liệu kiểm chứng",
};

export const taskStateLabel: Record<string, string> = {
  "done-on-time": "Hoàn thành đúng hạn",
  "done-late": "Hoàn thành chậm",
  "not-doable": "Không thực hiện được",
  overdue: "Quá hạn",
  "due-soon": "Sắp đến hạn",
  "on-track": "Đang thực hiện, còn hạn",
  "no-fixed-date": "Không có hạn cụ thể",
};

/** The units management page (quan-tri/don-vi) and the unit page's merger notes. */
export const unitAdminText = {
  title: "Quản lý đơn vị",
  intro:
    "Thêm, đổi tên, chuyển, đóng và sáp nhập đơn vị trong phạm vi bạn quản lý. Khi sáp nhập, kết quả các năm trước của đơn vị cũ vẫn hiển thị trên trang của đơn vị tiếp nhận. Mọi thay đổi được ghi nhật ký.",
  choose: "Chọn đơn vị cần sửa",
  closedNoEdit: "Đơn vị đã đóng: trang, kết quả và kế hoạch của đơn vị vẫn xem được nhưng không sửa được nữa.",
  mergeHelp:
    "Đơn vị này sẽ đóng từ ngày hiệu lực; kết quả các năm trước được nối vào chuỗi số liệu của đơn vị tiếp nhận. Ví dụ: tỉnh theo Nghị quyết số 202/2025/QH15 (hiệu lực 01/07/2025), xã theo Nghị quyết của Ủy ban Thường vụ Quốc hội.",
  provincesTitle: "Tỉnh, thành phố cả nước",
  provincesIntro:
    "Các tỉnh, thành phố là nhóm so sánh của Sở Nội vụ. Nạp danh sách 63 tỉnh, thành phố trước và 34 tỉnh, thành phố từ 01/07/2025 theo Nghị quyết số 202/2025/QH15: thêm tỉnh còn thiếu, đóng tỉnh đã sáp nhập và ghi liên kết sáp nhập. Nạp lại nhiều lần không thay đổi gì thêm.",
  manageLink: "Quản lý đơn vị",
  closedBanner: "Đơn vị đã đóng từ",
  predecessorsTitle: "Kết quả trước sáp nhập",
} as const;

/** "Đã sáp nhập vào <successor> từ 01/07/2025". */
export const successionVerb: Record<string, string> = {
  merge: "Đã sáp nhập vào",
  rename: "Đã đổi tên thành",
  split: "Đã chia tách; một phần thuộc",
};

export const pagerText = {
  label: "Chuyển trang",
  previous: "← Trang trước",
  next: "Trang sau →",
  summary: (page: number, pages: number, total: number) => `Trang ${page}/${pages} · ${total.toLocaleString("vi-VN")} mục`,
};

/** Filters of the unit's task list, as they appear in the URL (?loc=…). */
export const unitTaskFilters = {
  "tat-ca": "Tất cả",
  "dang-lam": "Đang thực hiện",
  "qua-han": "Quá hạn, sắp đến hạn",
  "thieu-tai-lieu": "Chưa có tài liệu kiểm chứng",
  "da-xong": "Đã xong",
} as const;
