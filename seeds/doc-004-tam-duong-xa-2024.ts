import type { SeedDocument } from "./types";

/**
 * 004_7df96bdfa08213ff.txt — Quyết định của UBND huyện (Tam Đường; the text does not print the
 * district's name) ban hành Kế hoạch triển khai xác định Chỉ số cải cách hành chính năm 2024 đối
 * với UBND các xã, thị trấn trên địa bàn huyện. Neither the decision nor the plan prints a number
 * or a date: the plan only says "(Kèm theo Quyết định số /QĐ-UBND ngày / /2024 của UBND huyện)".
 */

const SOURCE = "004_7df96bdfa08213ff.txt";

const HUYEN = "lai-chau.tam-duong";
const NOI_VU = "lai-chau.tam-duong.phong-noi-vu";
const VP = "lai-chau.tam-duong.van-phong-hdnd-ubnd";
const TU_PHAP = "lai-chau.tam-duong.phong-tu-phap";
const TC_KH = "lai-chau.tam-duong.phong-tai-chinh-ke-hoach";
const VH_TT = "lai-chau.tam-duong.phong-van-hoa-thong-tin";
const KT_HT = "lai-chau.tam-duong.phong-kinh-te-ha-tang";

/** "UBND các xã, thị trấn": the 14 communes of units-tam-duong.ts. */
const COMMUNES = [
  "lai-chau.tam-duong.tt-tam-duong",
  "lai-chau.tam-duong.xa-ban-bo",
  "lai-chau.tam-duong.xa-ban-giang",
  "lai-chau.tam-duong.xa-ban-hon",
  "lai-chau.tam-duong.xa-binh-lu",
  "lai-chau.tam-duong.xa-giang-ma",
  "lai-chau.tam-duong.xa-ho-thau",
  "lai-chau.tam-duong.xa-khun-ha",
  "lai-chau.tam-duong.xa-na-tam",
  "lai-chau.tam-duong.xa-nung-nang",
  "lai-chau.tam-duong.xa-son-binh",
  "lai-chau.tam-duong.xa-sung-phai",
  "lai-chau.tam-duong.xa-ta-leng",
  "lai-chau.tam-duong.xa-then-sin",
];

export const doc004: SeedDocument = {
  sourceFile: SOURCE,
  plans: [
    {
      code: "tam-duong-xa-cycle-2024",
      number: null,
      numberPrinted: "",
      issuedOn: null,
      datePrinted: "",
      issuer: HUYEN,
      title:
        "Kế hoạch triển khai xác định Chỉ số cải cách hành chính năm 2024 đối với UBND các xã, thị trấn trên địa bàn huyện",
      kind: "scoring-cycle",
      fromYear: 2024,
      toYear: 2025,
      implements: {
        plan: null,
        // Date as printed, although a 2024 plan dated 28/12/2024 looks odd.
        printed:
          "Kế hoạch số 151/KH-UBND ngày 28/12/2024 của Ủy ban nhân dân huyện về việc ban hành Kế hoạch cải cách hành chính năm 2024",
      },
      reportTo: NOI_VU,
      summary:
        "Đánh giá, xác định Chỉ số cải cách hành chính năm 2024 của UBND các xã, thị trấn theo Bộ chỉ số ban hành kèm theo Quyết định 8802/QĐ-UBND ngày 06/10/2023 của Ủy ban nhân dân huyện; kết quả là căn cứ đánh giá, phân loại mức độ hoàn thành nhiệm vụ của người đứng đầu UBND các xã, thị trấn trong thực hiện nhiệm vụ cải cách hành chính năm 2024. UBND các xã, thị trấn tự đánh giá, chấm điểm và gửi báo cáo, tài liệu kiểm chứng, báo cáo giải trình về Phòng Nội vụ trước ngày 15/12/2024; Hội đồng thẩm định thẩm định, kết quả được phê duyệt trước ngày 20/01/2025 và công bố trước ngày 31/01/2025.",
      sourceFile: SOURCE,
      tasks: [
        // II. NỘI DUNG TRIỂN KHAI
        {
          ordinal: "1",
          title:
            "Triển khai kế hoạch xác định Chỉ số cải cách hành chính năm 2024; hướng dẫn UBND các xã, thị trấn tự đánh giá, chấm điểm xác định Chỉ số cải cách hành chính",
          lead: [NOI_VU],
          leadPrinted: "Phòng Nội vụ",
          coordinatingPrinted: "Các phòng, ban chuyên môn có liên quan",
          deadline: "Tháng 11",
          phase: "preparation",
        },
        {
          ordinal: "2",
          title:
            "Tổ chức tự đánh giá của UBND các xã, thị trấn (Gửi nộp báo cáo tự đánh giá, chấm điểm, tài liệu kiểm chứng, báo cáo giải trình về Phòng Nội vụ)",
          lead: [...COMMUNES],
          leadPrinted: "UBND các xã, thị trấn",
          coordinating: [NOI_VU],
          coordinatingPrinted: "Phòng Nội vụ",
          deadline: "Hoàn thành trước ngày 15/12/2024",
          phase: "self-assessment",
        },
        {
          ordinal: "3",
          // "năm 2023" as printed.
          title:
            "Triển khai Kế hoạch khảo sát, đánh giá sự hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước năm 2023",
          lead: [NOI_VU],
          leadPrinted: "Phòng Nội vụ",
          coordinatingPrinted: "- Các phòng, ban chuyên môn có liên quan\n- UBND các xã, thị trấn",
          deadline: "Hoàn thành trước ngày 31/12/2024",
          phase: "survey",
        },
        {
          ordinal: "4",
          title: "Thẩm định kết quả tự đánh giá, chấm điểm của các cơ quan, đơn vị",
          lead: [NOI_VU],
          leadPrinted: "Phòng Nội vụ (thường trực Hội đồng thẩm định)",
          coordinatingPrinted: "Các phòng, ban chuyên môn là thành viên Hội đồng thẩm định",
          deadline: "10/01/2025",
          phase: "appraisal",
        },
        {
          ordinal: "5",
          title: "Tổng hợp kết quả thẩm định của các thành viên Hội đồng.",
          lead: [NOI_VU],
          leadPrinted: "Phòng Nội vụ (thường trực Hội đồng thẩm định)",
          coordinatingPrinted: "Tổ Thư ký giúp việc Hội đồng thẩm định",
          deadline: "15/01/2025",
          phase: "compilation",
        },
        {
          ordinal: "6",
          title:
            "Họp Hội đồng thẩm định thống nhất kết quả và trình Chủ tịch Ủy ban nhân dân huyện phê duyệt kết quả Chỉ số cải cách hành chính năm 2024 của UBND các xã, thị trấn.",
          lead: [NOI_VU],
          leadPrinted: "Phòng Nội vụ",
          coordinatingPrinted: "Hội đồng thẩm định; các cơ quan có liên quan",
          deadline: "Hoàn thành trước ngày 20/01/2025",
          phase: "approval",
        },
        {
          ordinal: "7",
          title:
            "Công bố Chỉ số cải cách hành chính năm 2024 của UBND các xã, thị trấn trên địa bàn huyện.",
          lead: [NOI_VU],
          leadPrinted: "Phòng Nội vụ",
          coordinatingPrinted: "Các cơ quan có liên quan",
          deadline: "Hoàn thành trước ngày 31/01/2025",
          phase: "announcement",
        },
        {
          ordinal: "III",
          title: "TỔ CHỨC THỰC HIỆN",
          lead: [],
          children: [
            // 1. Phòng Nội vụ — three unnumbered bullets.
            {
              ordinal: null,
              title:
                "Chủ trì, phối hợp với các phòng chuyên môn có liên quan hướng dẫn Ủy ban nhân dân các xã, thị trấn tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm 2024 đảm bảo theo quy định và phù hợp với tình hình thực tế hiện nay; theo dõi, đôn đốc việc hoàn thiện hồ sơ tự chấm điểm của các địa phương.",
              lead: [NOI_VU],
              leadPrinted: "Phòng Nội vụ",
              coordinatingPrinted: "các phòng chuyên môn có liên quan",
              phase: "self-assessment",
            },
            {
              ordinal: null,
              title:
                "Trình Chủ tịch Ủy ban nhân dân huyện Quyết định thành lập Hội đồng thẩm định chỉ số cải cách hành chính năm 2024; phê duyệt kết quả Chỉ số cải cách hành chính năm 2024 gắn với phân loại mức độ hoàn thành nhiệm vụ cải cách hành chính của người đứng đầu các địa phương theo quy định.",
              lead: [NOI_VU],
              leadPrinted: "Phòng Nội vụ",
              phase: "approval",
            },
            {
              ordinal: null,
              title:
                "Chủ trì, phối hợp với các cơ quan có liên quan tham mưu Ủy ban nhân dân huyện tổ chức Hội nghị công bố kết quả Chỉ số cải cách hành chính năm 2024 của UBND các xã, thị trấn.",
              lead: [NOI_VU],
              leadPrinted: "Phòng Nội vụ",
              coordinatingPrinted: "các cơ quan có liên quan",
              phase: "announcement",
            },
            {
              ordinal: "2",
              title:
                "Phối hợp với Phòng Nội vụ hướng dẫn các địa phương thực hiện tự đánh giá, chấm điểm kết quả thực hiện cải cách hành chính đối với các tiêu chí, tiêu chí thành phần thuộc lĩnh vực được phân công phụ trách; thẩm định, đánh giá, chấm điểm kết quả cải cách hành chính đối với các nội dung được Ủy ban nhân dân huyện phân công theo dõi.",
              lead: [VP, TU_PHAP, TC_KH, VH_TT, KT_HT],
              leadPrinted:
                "Văn phòng HĐND và UBND huyện, Phòng Tư pháp, Phòng Tài chính - Kế hoạch, Phòng Văn hóa và Thông tin, Phòng Kinh tế và Hạ tầng",
              coordinating: [NOI_VU],
              coordinatingPrinted: "Phòng Nội vụ",
              phase: "appraisal",
            },
            {
              ordinal: "3",
              title:
                "Triển khai công tác tự đánh giá, xác định Chỉ số cải cách hành chính năm 2024, xây dựng báo cáo tự đánh giá, chấm điểm, giải trình, cung cấp tài liệu kiểm chứng theo hướng dẫn của Phòng Nội vụ và theo yêu cầu của Hội đồng thẩm định Chỉ số cải cách hành chính của huyện.",
              lead: [...COMMUNES],
              leadPrinted: "Ủy ban nhân dân các xã, thị trấn",
              phase: "self-assessment",
            },
          ],
        },
      ],
      evaluatedUnits: [...COMMUNES],
      // Phòng Nội vụ is the council's standing member (thường trực); the others are named in III.2.
      councilMembers: [NOI_VU, VP, TU_PHAP, TC_KH, VH_TT, KT_HT],
      // The decision that issues the plan is signed so; the plan itself has no signature block.
      signer: { title: "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", name: "Nguyễn Hùng Tân" },
    },
  ],
  frameworks: [
    {
      // The document cites the framework but does not list its components or points.
      code: "tam-duong-xa-2023",
      name: "Bộ Chỉ số đánh giá kết quả CCHC đối với UBND các xã, thị trấn",
      level: "commune",
      fromYear: 2023,
      decision: "Quyết định số 8802/QĐ-UBND ngày 06/10/2023 của Ủy ban nhân dân huyện",
      issuer: HUYEN,
      maxPoints: null,
      components: [],
    },
  ],
};
