import type { ReportComponentRow, ReportData } from "./types";

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
  issuer: { parentName: "UBND tỉnh Lai Châu", name: "UBND huyện Tam Đường" },
  number: null,
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
    row(null, "Tổng cộng", [76.17, 4], ["Trên 80%", "2"], 81.35, "met", ""),
  ],
  flags: [
    { component: "Cải cách tài chính công", severity: "high", reason: "Kết quả tự đánh giá 45,8 %, dưới mục tiêu trên 50 %; thấp nhất trong các chỉ số thành phần." },
    { component: "Cải cách tổ chức bộ máy hành chính", severity: "medium", reason: "Kết quả tự đánh giá 97,6 %, dưới mục tiêu trên 98 % và giảm so với năm 2023 (98,8 %)." },
    { component: "Cải cách chế độ công vụ", severity: "medium", reason: "Kết quả tự đánh giá 72,5 %, dưới mục tiêu trên 75 %; có 1 nhiệm vụ quá hạn." },
    { component: "Chỉ số hài lòng về sự phục vụ hành chính (SIPAS)", severity: "low", reason: "Chưa có kết quả điều tra xã hội học năm 2024." },
  ],
  byLead: [
    { unitName: "Phòng Nội vụ", total: 4, doneOnTime: 2, doneLate: 1, inProgress: 0, overdue: 1, notDone: 0 },
    { unitName: "Văn phòng HĐND và UBND huyện", total: 3, doneOnTime: 2, doneLate: 0, inProgress: 1, overdue: 0, notDone: 0 },
    { unitName: "Phòng Tài chính - Kế hoạch", total: 3, doneOnTime: 1, doneLate: 1, inProgress: 1, overdue: 0, notDone: 0 },
    { unitName: "Phòng Văn hóa và Thông tin", total: 2, doneOnTime: 1, doneLate: 0, inProgress: 1, overdue: 0, notDone: 0 },
    { unitName: "Phòng Tư pháp", total: 2, doneOnTime: 2, doneLate: 0, inProgress: 0, overdue: 0, notDone: 0 },
  ],
  overdue: [
    {
      ordinal: "4",
      title: "Tham mưu thực hiện các nội dung thuộc Chỉ số thành phần cải cách bộ máy, cải cách chế độ công vụ",
      lead: "Phòng Nội vụ",
      due: "2024-12-10",
      status: "Đang thực hiện",
    },
  ],
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
