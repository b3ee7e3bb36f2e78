import { groupFlags, tallyTasks } from "../domain/report-tally";
import type { TaskState, TaskStatus } from "../domain/task-state";
import type { ReportComponentRow, ReportData, ReportTaskRow } from "./types";

/**
 * A year-end report as buildReport would fill it for Tam Đường's 2024 improvement plan
 * (source-documents/003): the 2023 figures, targets and responsible units are the plan's own;
 * the 2024 results are a self-assessment, so they carry no ranks. Used by the renderer tests and
 * for looking at the rendered documents.
 */
function row(
  ordinal: number | null,
  name: string,
  previous: [score: number, rank: number],
  target: [printed: string, rank: string],
  result: number | null,
  verdict: ReportComponentRow["verdict"],
  responsible: string,
): ReportComponentRow {
  return {
    ordinal,
    name,
    isTotal: ordinal === null,
    previousYear: 2023,
    previousScore: previous[0],
    previousUnit: "percent",
    previousRank: previous[1],
    targetPrinted: target[0],
    targetRankPrinted: target[1],
    resultScore: result,
    resultRank: null,
    resultSource: result === null ? null : "self-assessed",
    verdict,
    responsible,
  };
}

export const sampleReport: ReportData = {
  issuer: { kind: "government", parentName: null, name: "UBND huyện Tam Đường", government: "UBND huyện Tam Đường", homeAffairs: "Phòng Nội vụ" },
  number: null,
  numberSuffix: "BC-UBND",
  place: "Tam Đường",
  date: "2024-12-16",
  title: "Báo cáo kết quả thực hiện Kế hoạch cải thiện và nâng cao Chỉ số CCHC",
  plan: {
    number: null,
    date: null,
    datePrinted: "Tam Đường, ngày tháng 7 năm 2024",
    issuer: "UBND huyện Tam Đường",
    title: "Cải thiện và nâng cao Chỉ số Cải cách hành chính (PAR INDEX) trên địa bàn huyện năm 2024",
  },
  period: { kind: "nam", label: "Năm", year: 2024, from: "2023-12-15", to: "2024-12-14" },
  components: [
    row(
      1,
      "Công tác chỉ đạo điều hành về cải cách hành chính",
      [70.52, 4],
      ["Trên 75%", "3"],
      78.2,
      "met",
      "Các Phòng: Nội vụ, VP HĐND - UBND, Tư Pháp, Tài chính - Kế hoạch, Văn hóa và Thông tin",
    ),
    row(2, "Cải cách thể chế", [100, 1], ["100%", "1"], 100, "met", "Phòng Tư pháp"),
    row(3, "Cải cách thủ tục hành chính", [99.85, 1], ["Trên 99%", "1"], 99.5, "met", "Văn phòng HĐND - UBND huyện"),
    row(4, "Cải cách tổ chức bộ máy hành chính", [98.8, 4], ["Trên 98%", "2"], 97.6, "not-met", "Phòng Nội vụ"),
    row(5, "Cải cách chế độ công vụ", [68.75, 3], ["Trên 75%", "2"], 72.5, "not-met", "Phòng Nội vụ"),
    row(6, "Cải cách tài chính công", [36.3, 7], ["Trên 50%", "4"], 45.8, "not-met", "Phòng Tài chính"),
    row(
      7,
      "Xây dựng và phát triển Chính quyền điện tử, Chính quyền số",
      [86.96, 5],
      ["Trên 90%", "2"],
      91.3,
      "met",
      "Phòng Văn hóa và Thông tin cùng với Văn phòng HĐND - UBND huyện chủ trì, phối hợp với các cơ quan liên quan thực hiện theo các tiêu chí, tiêu chí thành phần đánh giá",
    ),
    row(8, "Tác động của CCHC đến phát triển kinh tế - xã hội của tỉnh", [50, 2], ["Trên 70%", "2"], null, "no-data", "Phòng Tài chính - Kế hoạch"),
    row(
      9,
      "Chỉ số hài lòng về sự phục vụ hành chính (SIPAS)",
      [74.4, 4],
      ["Trên 80%", "2"],
      null,
      "no-data",
      "Đối tượng điều tra XHH các phòng, ban chuyên môn và UBND các xã, thị trấn (Phòng Nội vụ theo dõi)",
    ),
    row(null, "Chỉ số CCHC", [76.17, 4], ["Trên 80%", "2"], 81.35, "met", ""),
  ],
  flags: groupFlags([
    { component: "Cải cách tài chính công", severity: "high", reason: "Kết quả tự đánh giá 45,8 %, dưới mục tiêu trên 50 %." },
    { component: "Cải cách tài chính công", severity: "medium", reason: "Thấp nhất trong các chỉ số thành phần." },
    { component: "Cải cách tài chính công", severity: "medium", reason: "Có 2 nhiệm vụ quá hạn (tính đến ngày 14/12/2024)." },
    { component: "Cải cách tổ chức bộ máy hành chính", severity: "medium", reason: "Kết quả tự đánh giá 97,6 %, dưới mục tiêu trên 98 % và giảm so với năm 2023 (98,8 %)." },
    { component: "Cải cách chế độ công vụ", severity: "medium", reason: "Kết quả tự đánh giá 72,5 %, dưới mục tiêu trên 75 %." },
    { component: "Cải cách chế độ công vụ", severity: "medium", reason: "Có 1 nhiệm vụ quá hạn (tính đến ngày 14/12/2024)." },
    { component: "Chỉ số hài lòng về sự phục vụ hành chính (SIPAS)", severity: "low", reason: "Chưa có kết quả điều tra xã hội học năm 2024." },
  ]),
  cutoff: { date: "2024-12-14", laterUpdates: 3, laterEvidence: 2 },
  ...tasksPart(),
  evidence: [
    {
      taskOrdinal: "1",
      taskTitle: "Tham mưu thực hiện các nội dung thuộc Chỉ số thành phần chỉ đạo điều hành",
      items: ["Văn bản số 1520/BC-UBND ngày 02/10/2024 của UBND huyện Tam Đường", "Tệp ke-hoach-kiem-tra-cchc-2024.pdf"],
    },
    {
      taskOrdinal: "2",
      taskTitle: "Tham mưu thực hiện các nội dung thuộc Chỉ số thành phần cải cách thể chế",
      items: ["Văn bản số 48/BC-TP ngày 28/10/2024 của Phòng Tư pháp"],
    },
    {
      taskOrdinal: "5",
      taskTitle: "Tham mưu thực hiện các nội dung thuộc Chỉ số thành phần cải cách tài chính công",
      items: ["Văn bản số 125/BC-TCKH ngày 05/11/2024 của Phòng Tài chính - Kế hoạch"],
    },
  ],
  sections: {
    danhGiaChung:
      "Năm 2024, các phòng, ban chuyên môn, UBND các xã, thị trấn đã triển khai các nhiệm vụ cải thiện Chỉ số CCHC theo Kế hoạch; công tác chỉ đạo, điều hành được duy trì thường xuyên, kết quả tự đánh giá Chỉ số CCHC của huyện đạt 81,35 %, vượt mục tiêu đề ra.\n\nCác chỉ số thành phần Cải cách thể chế, Cải cách thủ tục hành chính, Xây dựng và phát triển Chính quyền điện tử, Chính quyền số đạt và vượt mục tiêu.",
    tonTai:
      "Chỉ số Cải cách tài chính công, Cải cách tổ chức bộ máy hành chính và Cải cách chế độ công vụ chưa đạt mục tiêu.\nNguyên nhân: một số nhiệm vụ chậm triển khai; việc cập nhật tài liệu kiểm chứng của một số đơn vị chưa kịp thời.",
    nhiemVuGiaiPhap:
      "- Tập trung khắc phục các tiêu chí bị trừ điểm của Chỉ số Cải cách tài chính công.\n- Hoàn thành nhiệm vụ quá hạn của Phòng Nội vụ trước ngày 31/12/2024.\n- Các đơn vị cập nhật đầy đủ tài liệu kiểm chứng trên hệ thống.",
    deXuat: "Đề nghị Sở Nội vụ tỉnh Lai Châu tiếp tục hướng dẫn, tập huấn nghiệp vụ tự đánh giá, chấm điểm Chỉ số CCHC cho công chức các phòng, ban chuyên môn.",
  },
  recipients: ["Sở Nội vụ tỉnh Lai Châu (b/c)", "Lãnh đạo UBND huyện Tam Đường", "Các cơ quan, đơn vị liên quan", "Lưu: VT, NV"],
  signer: { title: "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH", name: "Sùng Lữ Páo" },
};


/**
 * The plan's 15 tasks (8 solutions with no date, 7 assignments due with the report on 10/12/2024;
 * task 6 is led by two units) as they stood on 14/12/2024, and the counts derived from them by the
 * same rule the service uses, so that the fixture never contradicts itself.
 */
function tasksPart(): Pick<ReportData, "byLead" | "totals" | "tasks" | "overdue"> {
  // Inside the function: sampleReport calls it while the module is still being evaluated.
  const SOLUTIONS = "Các cơ quan, đơn vị, địa phương";
  const NOI_VU = "Phòng Nội vụ";
  const VP = "Văn phòng HĐND và UBND huyện";
  const TC = "Phòng Tài chính - Kế hoạch";
  const STATUS: Record<TaskStatus, string> = {
    "chua-thuc-hien": "Chưa thực hiện",
    "dang-thuc-hien": "Đang thực hiện",
    "hoan-thanh": "Hoàn thành",
    "hoan-thanh-cham": "Hoàn thành chậm",
    "khong-thuc-hien-duoc": "Không thực hiện được",
  };
  type Spec = [ordinal: string, title: string, leads: string[], status: TaskStatus, progress: number, state: TaskState, evidence: number, last: string | null];
  const specs: Spec[] = [
    ["1", "Phát huy vai trò, trách nhiệm của người đứng đầu trong lãnh đạo, chỉ đạo cải cách hành chính", [SOLUTIONS], "dang-thuc-hien", 60, "no-fixed-date", 0, "2024-10-02"],
    ["2", "Nâng cao chất lượng tham mưu xây dựng văn bản quy phạm pháp luật; phổ biến, giáo dục pháp luật", [SOLUTIONS], "dang-thuc-hien", 50, "no-fixed-date", 0, "2024-10-28"],
    ["3", "Rà soát, đề xuất phương án đơn giản hóa thủ tục hành chính", [SOLUTIONS], "chua-thuc-hien", 0, "no-fixed-date", 0, null],
    ["4", "Đổi mới cơ chế một cửa, một cửa liên thông trong giải quyết TTHC", [SOLUTIONS], "dang-thuc-hien", 40, "no-fixed-date", 0, "2024-09-15"],
    ["5", "Cơ cấu, sắp xếp đội ngũ cán bộ, công chức, viên chức theo vị trí việc làm", [SOLUTIONS], "chua-thuc-hien", 0, "no-fixed-date", 0, null],
    ["6", "Thực hiện cơ chế tự chủ, tự chịu trách nhiệm về sử dụng kinh phí", [SOLUTIONS], "chua-thuc-hien", 0, "no-fixed-date", 0, null],
    ["7", "Hoàn thiện, nâng cấp hạ tầng công nghệ thông tin, hệ thống thông tin, cơ sở dữ liệu", [SOLUTIONS], "dang-thuc-hien", 30, "no-fixed-date", 0, "2024-08-20"],
    ["8", "Đẩy mạnh sử dụng dịch vụ công trực tuyến, thanh toán trực tuyến", [SOLUTIONS], "chua-thuc-hien", 0, "no-fixed-date", 0, null],
    ["1", "Tham mưu thực hiện các nội dung thuộc Chỉ số thành phần chỉ đạo điều hành", [NOI_VU], "hoan-thanh", 100, "done-on-time", 2, "2024-11-30"],
    ["2", "Tham mưu thực hiện các nội dung thuộc Chỉ số thành phần cải cách thể chế", ["Phòng Tư pháp"], "hoan-thanh", 100, "done-on-time", 1, "2024-12-02"],
    ["3", "Tham mưu thực hiện các nội dung thuộc Chỉ số thành phần cải cách thủ tục hành chính", [VP], "hoan-thanh-cham", 100, "done-late", 0, "2024-12-12"],
    ["4", "Tham mưu thực hiện các nội dung thuộc Chỉ số thành phần cải cách bộ máy, cải cách chế độ công vụ", [NOI_VU], "dang-thuc-hien", 80, "overdue", 0, "2024-11-05"],
    ["5", "Tham mưu thực hiện các nội dung thuộc Chỉ số thành phần cải cách tài chính công", [TC], "dang-thuc-hien", 70, "overdue", 1, "2024-11-05"],
    ["6", "Tham mưu thực hiện các nội dung thuộc Chỉ số thành phần xây dựng Chính quyền điện tử, Chính quyền số", ["Phòng Văn hóa và Thông tin", VP], "hoan-thanh", 100, "done-on-time", 0, "2024-12-09"],
    ["7", "Tham mưu thực hiện các nội dung thuộc Chỉ số thành phần tác động của cải cách hành chính đến phát triển kinh tế - xã hội của huyện", [TC], "chua-thuc-hien", 0, "overdue", 0, null],
  ];
  const tally = tallyTasks(specs.map(([, , leads, status, , state], id) => ({ id, leads, status, state })));
  const overdue = new Set(tally.overdueIds);
  const tasks: ReportTaskRow[] = specs.map(([ordinal, title, leads, status, progress, state, evidenceCount, lastUpdate], id) => ({
    ordinal,
    title,
    lead: leads.join("; "),
    status: STATUS[status],
    progress,
    evidenceCount,
    lastUpdate,
    due: state === "no-fixed-date" ? null : "2024-12-10",
    overdue: overdue.has(id),
  }));
  return {
    byLead: tally.byLead,
    totals: { unitName: "Tổng cộng", ...tally.total },
    tasks,
    overdue: tasks.filter((t) => t.overdue).map((t) => ({ ordinal: t.ordinal, title: t.title, lead: t.lead, due: t.due, status: t.status })),
  };
}
