import type { SeedDocument, SeedResult, SeedTarget } from "./types";

/**
 * 003_a64bfd6d5e1b256c.txt — UBND huyện Tam Đường (Lai Châu), Kế hoạch (số để trống, tháng 7/2024)
 * cải thiện và nâng cao Chỉ số Cải cách hành chính (PAR INDEX) trên địa bàn huyện năm 2024.
 */

const SOURCE = "003_a64bfd6d5e1b256c.txt";

const HUYEN = "lai-chau.tam-duong";
const NOI_VU = "lai-chau.tam-duong.phong-noi-vu";
const VP = "lai-chau.tam-duong.van-phong-hdnd-ubnd";
const TU_PHAP = "lai-chau.tam-duong.phong-tu-phap";
const TC_KH = "lai-chau.tam-duong.phong-tai-chinh-ke-hoach";
const VH_TT = "lai-chau.tam-duong.phong-van-hoa-thong-tin";

/** Lead cell given to the section III solutions, which print no lead unit of their own. */
const SOLUTION_LEAD = "Các cơ quan, đơn vị, địa phương";

/** Coordinating cell shared by appendix tasks 2–7. */
const PHOI_HOP_CHUNG = "Các phòng, ban chuyên môn liên quan, UBND các xã, thị trấn";

/**
 * Ranks are among the districts and the city of Lai Châu, which the plan calls "các huyện, thành
 * phố": 7 huyện and Thành phố Lai Châu until the district level ended on 01/07/2025, so "of 8".
 */
const DISTRICTS_OF_LAI_CHAU = 8;

/** Table "2. Mục tiêu các chỉ số thành phần", column "Năm 2023". */
const results: SeedResult[] = [
  {
    unit: HUYEN,
    year: 2023,
    component: "chi-dao-dieu-hanh",
    points: null,
    maxPoints: null,
    percent: 70.52,
    rank: 4,
    rankOf: DISTRICTS_OF_LAI_CHAU,
    source: "published",
    printed: "Công tác chỉ đạo điều hành về cải cách hành chính: Chỉ số 70,52%, Thứ hạng 4",
  },
  {
    unit: HUYEN,
    year: 2023,
    component: "the-che",
    points: null,
    maxPoints: null,
    percent: 100,
    rank: 1,
    rankOf: DISTRICTS_OF_LAI_CHAU,
    source: "published",
    printed: "Cải cách thể chế: Chỉ số 100%, Thứ hạng 1",
  },
  {
    unit: HUYEN,
    year: 2023,
    component: "thu-tuc-hanh-chinh",
    points: null,
    maxPoints: null,
    percent: 99.85,
    rank: 1,
    rankOf: DISTRICTS_OF_LAI_CHAU,
    source: "published",
    printed: "Cải cách thủ tục hành chính: Chỉ số 99,85%, Thứ hạng 1",
  },
  {
    unit: HUYEN,
    year: 2023,
    component: "to-chuc-bo-may",
    points: null,
    maxPoints: null,
    percent: 98.8,
    rank: 4,
    rankOf: DISTRICTS_OF_LAI_CHAU,
    source: "published",
    printed: "Cải cách tổ chức bộ máy hành chính: Chỉ số 98,8%, Thứ hạng 4",
  },
  {
    unit: HUYEN,
    year: 2023,
    component: "cong-vu",
    points: null,
    maxPoints: null,
    percent: 68.75,
    rank: 3,
    rankOf: DISTRICTS_OF_LAI_CHAU,
    source: "published",
    printed: "Cải cách chế độ công vụ: Chỉ số 68,75%, Thứ hạng 3",
  },
  {
    unit: HUYEN,
    year: 2023,
    component: "tai-chinh-cong",
    points: null,
    maxPoints: null,
    percent: 36.3,
    rank: 7,
    rankOf: DISTRICTS_OF_LAI_CHAU,
    source: "published",
    printed: "Cải cách tài chính công: Chỉ số 36,3%, Thứ hạng 7",
  },
  {
    unit: HUYEN,
    year: 2023,
    component: "chinh-quyen-so",
    points: null,
    maxPoints: null,
    percent: 86.96,
    rank: 5,
    rankOf: DISTRICTS_OF_LAI_CHAU,
    source: "published",
    printed:
      "Xây dựng và phát triển Chính quyền điện tử, Chính quyền số: Chỉ số 86,96%, Thứ hạng 5",
  },
  {
    unit: HUYEN,
    year: 2023,
    component: "tac-dong",
    points: null,
    maxPoints: null,
    percent: 50,
    rank: 2,
    rankOf: DISTRICTS_OF_LAI_CHAU,
    source: "published",
    printed:
      "Tác động của CCHC đến phát triển kinh tế - xã hội của tỉnh: Chỉ số 50%, Thứ hạng 2",
  },
  {
    unit: HUYEN,
    year: 2023,
    component: "sipas",
    points: null,
    maxPoints: null,
    percent: 74.4,
    rank: 4,
    rankOf: DISTRICTS_OF_LAI_CHAU,
    source: "published",
    printed: "Chỉ số hài lòng về sự phục vụ hành chính (SIPAS): Chỉ số 74,4%, Thứ hạng 4",
  },
  {
    unit: HUYEN,
    year: 2023,
    component: "tong",
    points: null,
    maxPoints: null,
    percent: 76.17,
    rank: 4,
    rankOf: DISTRICTS_OF_LAI_CHAU,
    source: "published",
    printed: "Tổng cộng: Chỉ số 76,17%, Thứ hạng 4",
  },
];

const COMPONENT_LABEL = "Mục tiêu các chỉ số thành phần";

const targets: SeedTarget[] = [
  // II.1
  {
    label: "Mục tiêu chung",
    unit: HUYEN,
    year: 2024,
    component: "tong",
    score: { op: "gte", value: 80, unit: "percent" },
    rank: { op: "top-group" },
    printed: "Chỉ số PAR INDEX đạt từ 80% điểm trở lên",
    rankPrinted: "duy trì trong nhóm đứng đầu các huyện, thành phố",
    responsible: [HUYEN],
    responsiblePrinted: null,
  },
  // II.2 — table, column "Mục tiêu năm 2024"
  {
    label: COMPONENT_LABEL,
    unit: HUYEN,
    year: 2024,
    component: "chi-dao-dieu-hanh",
    score: { op: "gt", value: 75, unit: "percent" },
    rank: { op: "at-most", value: 3 },
    printed: "Trên 75%",
    rankPrinted: "3",
    responsible: [NOI_VU, VP, TU_PHAP, TC_KH, VH_TT],
    responsiblePrinted:
      "Các Phòng: Nội vụ, VP HĐND - UBND, Tư Pháp, Tài chính - Kế hoạch, Văn hóa và Thông tin",
  },
  {
    label: COMPONENT_LABEL,
    unit: HUYEN,
    year: 2024,
    component: "the-che",
    score: { op: "eq", value: 100, unit: "percent" },
    rank: { op: "at-most", value: 1 },
    printed: "100%",
    rankPrinted: "1",
    responsible: [TU_PHAP],
    responsiblePrinted: "Phòng Tư pháp",
  },
  {
    label: COMPONENT_LABEL,
    unit: HUYEN,
    year: 2024,
    component: "thu-tuc-hanh-chinh",
    score: { op: "gt", value: 99, unit: "percent" },
    rank: { op: "at-most", value: 1 },
    printed: "Trên 99%",
    rankPrinted: "1",
    responsible: [VP],
    responsiblePrinted: "Văn phòng HĐND - UBND huyện",
  },
  {
    label: COMPONENT_LABEL,
    unit: HUYEN,
    year: 2024,
    component: "to-chuc-bo-may",
    score: { op: "gt", value: 98, unit: "percent" },
    rank: { op: "at-most", value: 2 },
    printed: "Trên 98%",
    rankPrinted: "2",
    responsible: [NOI_VU],
    responsiblePrinted: "Phòng Nội vụ",
  },
  {
    label: COMPONENT_LABEL,
    unit: HUYEN,
    year: 2024,
    component: "cong-vu",
    score: { op: "gt", value: 75, unit: "percent" },
    rank: { op: "at-most", value: 2 },
    printed: "Trên 75%",
    rankPrinted: "2",
    responsible: [NOI_VU],
    responsiblePrinted: "Phòng Nội vụ",
  },
  {
    label: COMPONENT_LABEL,
    unit: HUYEN,
    year: 2024,
    component: "tai-chinh-cong",
    score: { op: "gt", value: 50, unit: "percent" },
    rank: { op: "at-most", value: 4 },
    printed: "Trên 50%",
    rankPrinted: "4",
    responsible: [TC_KH],
    responsiblePrinted: "Phòng Tài chính",
  },
  {
    label: COMPONENT_LABEL,
    unit: HUYEN,
    year: 2024,
    component: "chinh-quyen-so",
    score: { op: "gt", value: 90, unit: "percent" },
    rank: { op: "at-most", value: 2 },
    printed: "Trên 90%",
    rankPrinted: "2",
    responsible: [VH_TT, VP],
    responsiblePrinted:
      "Phòng Văn hóa và Thông tin cùng với Văn phòng HĐND - UBND huyện chủ trì, phối hợp với các cơ quan liên quan thực hiện theo các tiêu chí, tiêu chí thành phần đánh giá",
  },
  {
    label: COMPONENT_LABEL,
    unit: HUYEN,
    year: 2024,
    component: "tac-dong",
    score: { op: "gt", value: 70, unit: "percent" },
    rank: { op: "at-most", value: 2 },
    printed: "Trên 70%",
    rankPrinted: "2",
    responsible: [TC_KH],
    responsiblePrinted: "Phòng Tài chính - Kế hoạch",
  },
  {
    label: COMPONENT_LABEL,
    unit: HUYEN,
    year: 2024,
    component: "sipas",
    score: { op: "gt", value: 80, unit: "percent" },
    rank: { op: "at-most", value: 2 },
    printed: "Trên 80%",
    rankPrinted: "2",
    responsible: [NOI_VU],
    responsiblePrinted:
      "Đối tượng điều tra XHH các phòng, ban chuyên môn và UBND các xã, thị trấn (Phòng Nội vụ theo dõi)",
  },
  {
    // The responsibility cell of the "Tổng cộng" row is empty.
    label: COMPONENT_LABEL,
    unit: HUYEN,
    year: 2024,
    component: "tong",
    score: { op: "gt", value: 80, unit: "percent" },
    rank: { op: "at-most", value: 2 },
    printed: "Trên 80%",
    rankPrinted: "2",
    responsible: [],
    responsiblePrinted: null,
  },
];

export const doc003: SeedDocument = {
  sourceFile: SOURCE,
  plans: [
    {
      code: "tam-duong-par-2024",
      number: null,
      numberPrinted: "Số: /KH-UBND",
      issuedOn: null,
      datePrinted: "Tam Đường, ngày tháng 7 năm 2024",
      issuer: HUYEN,
      title:
        "Cải thiện và nâng cao Chỉ số Cải cách hành chính (PAR INDEX) trên địa bàn huyện năm 2024",
      kind: "improvement",
      fromYear: 2024,
      toYear: 2024,
      implements: {
        plan: null,
        printed:
          "Kế hoạch số 2205/KH-UBND ngày 11/6/2024 của UBND tỉnh Lai Châu về cải thiện và nâng cao Chỉ số Cải cách hành chính (PAR INDEX), Chỉ số hài lòng của người dân đối với sự phục vụ của cơ quan hành chính nhà nước (SIPAS) tỉnh Lai Châu năm 2024",
      },
      reportingDeadline: "trước ngày 10/12/2024",
      reportTo: NOI_VU,
      summary:
        "Kế hoạch của UBND huyện Tam Đường nhằm duy trì các chỉ số thành phần có điểm số cao, khắc phục các tiêu chí bị trừ điểm hoặc có điểm số thấp, phấn đấu năm 2024 Chỉ số PAR INDEX đạt từ 80% điểm trở lên, duy trì trong nhóm đứng đầu các huyện, thành phố. Kế hoạch đặt mục tiêu điểm số, thứ hạng cho từng chỉ số thành phần và SIPAS, phân công phòng chuyên môn chủ trì theo dõi; các phòng, ban chuyên môn, UBND các xã, thị trấn báo cáo kết quả về UBND huyện (qua Phòng Nội vụ) trước ngày 10/12/2024.",
      sourceFile: SOURCE,
      tasks: [
        {
          ordinal: "III",
          title: "NHIỆM VỤ, GIẢI PHÁP THỰC HIỆN NĂM 2024",
          lead: [],
          children: [
            {
              ordinal: "1",
              title:
                "Phát huy hơn nữa vai trò và nâng cao trách nhiệm của người đứng đầu các cơ quan, đơn vị, địa phương trong lãnh đạo, chỉ đạo triển khai nhiệm vụ cải cách hành chính; chủ động nghiên cứu các chủ trương, đường lối của Đảng, chính sách pháp luật của Nhà nước, của tỉnh, của huyện về cải cách hành chính.",
              lead: [],
              leadPrinted: SOLUTION_LEAD,
              components: ["chi-dao-dieu-hanh"],
            },
            {
              ordinal: "2",
              title:
                "Nâng cao chất lượng công tác tham mưu xây dựng văn bản quy phạm pháp luật của các phòng, ban chuyên môn và UBND các xã, thị trấn. Có giải pháp nâng cao hiệu quả công tác phổ biến, giáo dục pháp luật và tổ chức thực thi pháp luật trên địa bàn huyện.",
              lead: [],
              leadPrinted: SOLUTION_LEAD,
              components: ["the-che"],
            },
            {
              ordinal: "3",
              title:
                "Các cơ quan, đơn vị chủ động rà soát và đề xuất phương án đơn giản hóa thủ tục hành chính một cách hiệu quả, thực chất, nhất là thủ tục hành chính liên quan tới người dân và doanh nghiệp, nâng cao hiệu quả, hiệu lực điều hành của các cơ quan hành chính nhà nước trên địa bàn huyện.",
              lead: [],
              leadPrinted: SOLUTION_LEAD,
              components: ["thu-tuc-hanh-chinh"],
            },
            {
              ordinal: "4",
              title:
                "Tiếp tục triển khai thực hiện có hiệu quả việc đổi mới cơ chế một cửa, một cửa liên thông trong giải quyết TTHC, trong đó tập trung đẩy mạnh việc số hóa hồ sơ, kết quả giải quyết TTHC, tái sử dụng dữ liệu đã được số hóa thông qua việc kết nối, chia sẻ dữ liệu; gắn việc số hóa, tái sử dụng dữ liệu với thực hiện nhiệm vụ của cán bộ, công chức, viên chức trong quá trình tiếp nhận, giải quyết TTHC. Sử dụng Bộ chỉ số Chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp trong thực hiện thủ tục hành chính, dịch vụ công theo thời gian thực trên môi trường điện tử (Theo Quyết định số 766/QĐ-TTg ngày 23/6/2022 của Thủ tướng Chính phủ) làm công cụ để chỉ đạo, điều hành việc giải quyết TTHC, cung cấp dịch vụ công tại cơ quan, đơn vị, địa phương.",
              lead: [],
              leadPrinted: SOLUTION_LEAD,
              // One-stop shop and digitised TTHC records belong to the TTHC component of the current framework.
              components: ["thu-tuc-hanh-chinh"],
            },
            {
              ordinal: "5",
              title:
                "Cơ cấu, sắp xếp lại đội ngũ cán bộ, công chức, viên chức theo vị trí việc làm, khung năng lực, bảo đảm đúng người, đúng việc, nâng cao chất lượng, hợp lý về cơ cấu. Tiếp tục nâng cao kỷ luật, kỷ cương hành chính trong các hoạt động công vụ; phát huy tinh thần trách nhiệm, nhất là người đứng đầu, cấp phó của người đứng đầu. Tổ chức thực hiện công tác đào tạo, bồi dưỡng, cập nhật kiến thức cho cán bộ, công chức, viên chức theo kế hoạch được UBND tỉnh phê duyệt.",
              lead: [],
              leadPrinted: SOLUTION_LEAD,
              components: ["cong-vu"],
            },
            {
              ordinal: "6",
              title:
                "Tiếp tục thực hiện cơ chế tự chủ, tự chịu trách nhiệm về sử dụng kinh phí đối với các cơ quan hành chính nhà nước, các đơn vị sự nghiệp công lập. Thực hiện đồng bộ các giải pháp đẩy nhanh tiến độ thực hiện và giải ngân hoàn thành kế hoạch vốn đầu tư. Theo dõi, đôn đốc việc thực hiện kiến nghị của các cơ quan thanh tra, kiểm tra, kiểm toán về tài chính - ngân sách; báo cáo kết quả thực hiện các kiến nghị gửi cơ quan tài chính đảm bảo nội dung, thời gian theo quy định.",
              lead: [],
              leadPrinted: SOLUTION_LEAD,
              components: ["tai-chinh-cong"],
            },
            {
              ordinal: "7",
              title:
                "Xây dựng và hoàn thiện và nâng cấp hạ tầng công nghệ thông tin, các hệ thống thông tin, cơ sở dữ liệu. Đẩy mạnh việc ứng dụng công nghệ thông tin vào hoạt động quản lý, điều hành để trao đổi, gửi, nhận thông tin bằng thư điện tử.",
              lead: [],
              leadPrinted: SOLUTION_LEAD,
              components: ["chinh-quyen-so"],
            },
            {
              ordinal: "8",
              title:
                "Đẩy mạnh việc sử dụng dịch vụ công trực tuyến, nâng cao tỷ lệ xử lý hồ sơ trực tuyến toàn trình, tỷ lệ thanh toán trực tuyến trên địa bàn huyện. Trong đó tập trung triển khai các nhóm dịch vụ công trực tuyến liên thông ưu tiên rà soát tái cấu trúc quy trình tích hợp, cung cấp trên Cổng Dịch vụ công quốc gia năm 2024 theo Quyết định số 206/QĐ-TTg ngày 28/02/2024 của Thủ tướng Chính phủ.",
              lead: [],
              leadPrinted: SOLUTION_LEAD,
              // Online public services are scored under Chính quyền điện tử, Chính quyền số.
              components: ["chinh-quyen-so"],
            },
          ],
        },
        {
          ordinal: null,
          title: "PHÂN CÔNG NHIỆM VỤ CẢI THIỆN VÀ NÂNG CAO CHỈ SỐ PAR INDEX HUYỆN TAM ĐƯỜNG NĂM 2024",
          lead: [],
          children: [
            {
              ordinal: "I",
              title: "CHỈ SỐ PAR INDEX",
              lead: [],
              children: [
                {
                  ordinal: "1",
                  title:
                    "Tham mưu thực hiện các nội dung thuộc Chỉ số thành phần chỉ đạo điều hành",
                  lead: [NOI_VU],
                  leadPrinted: "Phòng Nội vụ",
                  // Printed as is: Phòng Nội vụ is both the lead and in the coordinating cell.
                  coordinating: [VP, NOI_VU, TU_PHAP, TC_KH, VH_TT],
                  coordinatingPrinted:
                    "Văn phòng HĐND và UBND huyện, Phòng Nội vụ, Phòng Tư Pháp, Phòng Tài chính - Kế hoạch; Phòng Văn hóa và Thông tin",
                  deadline: "Cả năm",
                  components: ["chi-dao-dieu-hanh"],
                },
                {
                  ordinal: "2",
                  title:
                    "Tham mưu thực hiện các nội dung thuộc Chỉ số thành phần cải cách thể chế",
                  lead: [TU_PHAP],
                  leadPrinted: "Phòng Tư pháp",
                  coordinatingPrinted: PHOI_HOP_CHUNG,
                  deadline: "Cả năm",
                  components: ["the-che"],
                },
                {
                  ordinal: "3",
                  title:
                    "Tham mưu thực hiện các nội dung thuộc Chỉ số thành phần cải cách thủ tục hành chính",
                  lead: [VP],
                  leadPrinted: "Văn phòng HĐND - UBND huyện",
                  coordinatingPrinted: PHOI_HOP_CHUNG,
                  deadline: "Cả năm",
                  components: ["thu-tuc-hanh-chinh"],
                },
                {
                  ordinal: "4",
                  title:
                    "Tham mưu thực hiện các nội dung thuộc Chỉ số thành phần cải cách bộ máy, cải cách chế độ công vụ",
                  lead: [NOI_VU],
                  leadPrinted: "Phòng Nội vụ",
                  coordinatingPrinted: PHOI_HOP_CHUNG,
                  deadline: "Cả năm",
                  components: ["to-chuc-bo-may", "cong-vu"],
                },
                {
                  ordinal: "5",
                  title:
                    "Tham mưu thực hiện các nội dung thuộc Chỉ số thành phần cải cách tài chính công",
                  lead: [TC_KH],
                  leadPrinted: "Phòng Tài chính – Kế hoạch",
                  coordinatingPrinted: PHOI_HOP_CHUNG,
                  deadline: "Cả năm",
                  components: ["tai-chinh-cong"],
                },
                {
                  ordinal: "6",
                  title:
                    "Tham mưu thực hiện các nội dung thuộc Chỉ số thành phần xây dựng Chính quyền điện tử, Chính quyền số",
                  lead: [VH_TT, VP],
                  leadPrinted: "Phòng Văn hóa và Thông tin; Văn phòng HĐND và UBND huyện",
                  coordinatingPrinted: PHOI_HOP_CHUNG,
                  deadline: "Cả năm",
                  components: ["chinh-quyen-so"],
                },
                {
                  ordinal: "7",
                  title:
                    "Tham mưu thực hiện các nội dung thuộc Chỉ số thành phần tác động của cải cách hành chính đến phát triển kinh tế - xã hội của huyện",
                  lead: [TC_KH],
                  leadPrinted: "Phòng Tài chính – Kế hoạch",
                  coordinatingPrinted: PHOI_HOP_CHUNG,
                  deadline: "Cả năm",
                  components: ["tac-dong"],
                },
              ],
            },
          ],
        },
      ],
      signer: { title: "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH", name: "Sùng Lữ Páo" },
    },
  ],
  results,
  targets,
  frameworks: [
    {
      // The document names no decision for the district-level framework; components as its table prints them.
      code: "lai-chau-huyen-2023",
      name: "Bộ chỉ số CCHC cấp huyện tỉnh Lai Châu",
      level: "district",
      fromYear: 2023,
      decision: null,
      issuer: "lai-chau",
      maxPoints: null,
      components: [
        {
          key: "chi-dao-dieu-hanh",
          name: "Công tác chỉ đạo điều hành về cải cách hành chính",
          maxPoints: null,
          kind: "appraised",
        },
        { key: "the-che", name: "Cải cách thể chế", maxPoints: null, kind: "appraised" },
        {
          key: "thu-tuc-hanh-chinh",
          name: "Cải cách thủ tục hành chính",
          maxPoints: null,
          kind: "appraised",
        },
        {
          key: "to-chuc-bo-may",
          name: "Cải cách tổ chức bộ máy hành chính",
          maxPoints: null,
          kind: "appraised",
        },
        { key: "cong-vu", name: "Cải cách chế độ công vụ", maxPoints: null, kind: "appraised" },
        {
          key: "tai-chinh-cong",
          name: "Cải cách tài chính công",
          maxPoints: null,
          kind: "appraised",
        },
        {
          key: "chinh-quyen-so",
          name: "Xây dựng và phát triển Chính quyền điện tử, Chính quyền số",
          maxPoints: null,
          kind: "appraised",
        },
        {
          key: "tac-dong",
          name: "Tác động của CCHC đến phát triển kinh tế - xã hội của tỉnh",
          maxPoints: null,
          kind: "appraised",
        },
        {
          key: "sipas",
          name: "Chỉ số hài lòng về sự phục vụ hành chính (SIPAS)",
          maxPoints: null,
          kind: "sipas",
        },
      ],
    },
  ],
};
