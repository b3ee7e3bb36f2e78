import type { SeedDocument } from "./types";

/**
 * Kế hoạch 5484/KH-UBND ngày 16/8/2023 của UBND tỉnh Quảng Nam: triển khai xác định Chỉ số cải
 * cách hành chính năm 2023 của các cơ quan, đơn vị, địa phương trên địa bàn tỉnh.
 * Source: shared/source-documents/001_160119d2f152cc30.txt. Unit codes: seeds/units-quang-nam.ts.
 *
 * Where a lead cell names a group that the plan itself defines as its evaluated units
 * ("Các cơ quan, đơn vị, địa phương", "Ủy ban nhân dân các huyện, thị xã, thành phố"), `lead`
 * lists those units; coordinating groups stay in `coordinatingPrinted` only.
 */

const SOURCE_FILE = "001_160119d2f152cc30.txt";

/** Các cơ quan chuyên môn thuộc UBND tỉnh và Ban Quản lý các KKT và KCN tỉnh: 20 cơ quan. */
const AGENCIES: string[] = [
  "quang-nam.so-noi-vu",
  "quang-nam.so-tu-phap",
  "quang-nam.so-ke-hoach-va-dau-tu",
  "quang-nam.so-tai-chinh",
  "quang-nam.so-cong-thuong",
  "quang-nam.so-nong-nghiep-va-phat-trien-nong-thon",
  "quang-nam.so-giao-thong-van-tai",
  "quang-nam.so-xay-dung",
  "quang-nam.so-tai-nguyen-va-moi-truong",
  "quang-nam.so-thong-tin-va-truyen-thong",
  "quang-nam.so-lao-dong-thuong-binh-va-xa-hoi",
  "quang-nam.so-van-hoa-the-thao-va-du-lich",
  "quang-nam.so-khoa-hoc-va-cong-nghe",
  "quang-nam.so-giao-duc-va-dao-tao",
  "quang-nam.so-y-te",
  "quang-nam.so-ngoai-vu",
  "quang-nam.thanh-tra-tinh",
  "quang-nam.van-phong-ubnd-tinh",
  "quang-nam.ban-dan-toc",
  "quang-nam.ban-quan-ly-cac-khu-kinh-te-va-khu-cong-nghiep-tinh",
];

/** Ủy ban nhân dân các huyện, thị xã, thành phố: 18 địa phương. */
const LOCALITIES: string[] = [
  "quang-nam.tp-tam-ky",
  "quang-nam.tp-hoi-an",
  "quang-nam.tx-dien-ban",
  "quang-nam.h-dai-loc",
  "quang-nam.h-duy-xuyen",
  "quang-nam.h-que-son",
  "quang-nam.h-nong-son",
  "quang-nam.h-thang-binh",
  "quang-nam.h-hiep-duc",
  "quang-nam.h-tien-phuoc",
  "quang-nam.h-phu-ninh",
  "quang-nam.h-nui-thanh",
  "quang-nam.h-bac-tra-my",
  "quang-nam.h-nam-tra-my",
  "quang-nam.h-phuoc-son",
  "quang-nam.h-nam-giang",
  "quang-nam.h-dong-giang",
  "quang-nam.h-tay-giang",
];

/** Cơ quan ngành dọc cấp tỉnh: 05 cơ quan. */
const VERTICAL_AGENCIES: string[] = [
  "quang-nam.cuc-thue",
  "quang-nam.cuc-hai-quan",
  "quang-nam.cong-an-tinh",
  "quang-nam.bao-hiem-xa-hoi-tinh",
  "quang-nam.kho-bac-nha-nuoc-tinh",
];

/** "Các cơ quan, đơn vị, địa phương" = the 43 evaluated units (mục II.1). */
const EVALUATED: string[] = [...AGENCIES, ...LOCALITIES, ...VERTICAL_AGENCIES];

const SNV = "quang-nam.so-noi-vu";
const ALL_UNITS_PRINTED = "Các cơ quan, đơn vị, địa phương";
const HEADS_PRINTED = "Thủ trưởng các cơ quan, đơn vị, địa phương";

export const doc001: SeedDocument = {
  sourceFile: SOURCE_FILE,
  plans: [
    {
      code: "quang-nam-5484-2023",
      number: "5484/KH-UBND",
      numberPrinted: "Số: 5484/KH-UBND",
      issuedOn: "2023-08-16",
      datePrinted: "Quảng Nam, ngày 16 tháng 8 năm 2023",
      issuer: "quang-nam",
      title:
        "Triển khai xác định Chỉ số cải cách hành chính năm 2023 của các cơ quan, đơn vị, địa phương trên địa bàn tỉnh",
      kind: "scoring-cycle",
      fromYear: 2023,
      toYear: 2023,
      // The plan also cites Quyết định số 442/QĐ-UBND ngày 8 tháng 3 năm 2023 của Ủy ban nhân dân tỉnh
      // về ban hành Quy chế đánh giá, xếp hạng kết quả thực hiện công tác cải cách hành chính.
      implements: {
        plan: null,
        printed:
          "Quyết định số 3532/QĐ-UBND ngày 25 tháng 12 năm 2022 của Ủy ban nhân dân tỉnh về việc ban hành Kế hoạch cải cách hành chính tỉnh Quảng Nam năm 2023",
      },
      // No reporting deadline is printed; problems are reported "Ủy ban nhân dân tỉnh (qua Sở Nội vụ)".
      reportTo: SNV,
      summary:
        "Xác định Chỉ số cải cách hành chính năm 2023 của 20 sở, ban, ngành, 18 huyện, thị xã, thành phố và 05 cơ quan ngành dọc cấp tỉnh theo Bộ chỉ số ban hành tại Quyết định số 1657/QĐ-UBND ngày 07/8/2023. Các cơ quan tự đánh giá, chấm điểm trước ngày 15/10/2023; Sở Nội vụ phối hợp với Bưu điện tỉnh điều tra xã hội học, Hội đồng thẩm định thẩm định kết quả trong tháng 10 và Sở Nội vụ tham mưu UBND tỉnh phê duyệt ngày 15/11/2023. Kết quả là cơ sở đánh giá mức độ hoàn thành nhiệm vụ, trách nhiệm người đứng đầu và bình xét thi đua, khen thưởng năm 2023.",
      sourceFile: SOURCE_FILE,
      tasks: [
        {
          ordinal: "II.2",
          title: "Nội dung triển khai",
          lead: [],
          children: [
            {
              ordinal: "1",
              title:
                "Hướng dẫn triển khai Kế hoạch xác định Chỉ số cải cách hành chính các cơ quan, đơn vị, địa phương năm 2023.",
              lead: [SNV],
              leadPrinted: "Sở Nội vụ",
              coordinating: [],
              coordinatingPrinted: ALL_UNITS_PRINTED,
              deadline: "Trước ngày 01/9/2023",
              phase: "preparation",
            },
            {
              ordinal: "2",
              title:
                "Thành lập Hội đồng thẩm định kết quả tự đánh giá, chấm điểm chỉ số cải cách hành chính năm 2023",
              lead: [SNV],
              leadPrinted: "Sở Nội vụ",
              deadline: "Tháng 9 năm 2023",
              phase: "preparation",
            },
            {
              ordinal: "3",
              title: "Tự đánh giá và chấm điểm Chỉ số cải cách hành chính.",
              lead: EVALUATED,
              leadPrinted: ALL_UNITS_PRINTED,
              coordinating: [SNV],
              coordinatingPrinted: "Sở Nội vụ",
              deadline: "Trước ngày 15/10/2023",
              phase: "self-assessment",
            },
            {
              // Step 4 has no lead, deadline or coordinating cell of its own: a heading.
              ordinal: "4",
              title: "Điều tra xã hội học.",
              lead: [],
              phase: "survey",
              children: [
                {
                  ordinal: "4.1",
                  title:
                    "Xây dựng nội dung phiếu điều tra XHH và triển khai thực hiện điều tra đánh giá công tác cải cách hành chính. (Đối tượng lấy phiếu gồm: Đại biểu Hội đồng nhân dân tỉnh, huyện; Lãnh đạo các cơ quan, đơn vị, địa phương; Lãnh đạo Ủy ban nhân dân cấp xã; Lãnh đạo các phòng ban và CBCC các cơ quan, đơn vị, địa phương)",
                  lead: [SNV],
                  leadPrinted: "Sở Nội vụ phối hợp với Bưu Điện tỉnh Quảng Nam",
                  coordinating: ["quang-nam.buu-dien-tinh-quang-nam"],
                  coordinatingPrinted: "Các cơ quan, đơn vị, địa phương.",
                  deadline: "Trước ngày 15/10/2023",
                  phase: "survey",
                },
                {
                  ordinal: "4.2",
                  title: "Giám sát quá trình lấy phiếu điều tra",
                  lead: [SNV],
                  leadPrinted: "Sở Nội vụ",
                  coordinating: [],
                  coordinatingPrinted: ALL_UNITS_PRINTED,
                  deadline: "Ngày 30/10/2023",
                  phase: "survey",
                },
                {
                  ordinal: "4.3",
                  title: "Tổng hợp, xử lý, phân tích số liệu điều tra.",
                  lead: [SNV],
                  leadPrinted: "Sở Nội vụ",
                  deadline: "Tháng 10 năm 2023",
                  phase: "survey",
                },
              ],
            },
            {
              ordinal: "5",
              title: "Thẩm định kết quả Chỉ số cải cách hành chính.",
              lead: ["quang-nam.hoi-dong-tham-dinh"],
              leadPrinted: "Hội đồng thẩm định",
              coordinating: [],
              coordinatingPrinted: ALL_UNITS_PRINTED,
              deadline: "Tháng 10 năm 2023",
              phase: "appraisal",
            },
            {
              ordinal: "6",
              title: "Tổng hợp, xây dựng Báo cáo xác định Chỉ số cải cách hành chính.",
              lead: [SNV],
              leadPrinted: "Sở Nội vụ",
              deadline: "Tháng 10, 11 năm 2023",
              phase: "compilation",
            },
            {
              ordinal: "7",
              title: "Tham mưu Ủy ban nhân dân tỉnh phê duyệt kết quả Chỉ số cải cách hành chính năm 2023.",
              lead: [SNV],
              leadPrinted: "Sở Nội vụ",
              coordinating: ["quang-nam.van-phong-ubnd-tinh"],
              coordinatingPrinted: "Văn phòng Ủy ban nhân dân tỉnh",
              deadline: "Ngày 15/11/2023",
              phase: "approval",
            },
            // The table has no announcement (công bố) step.
          ],
        },
        {
          ordinal: "III",
          title: "TỔ CHỨC THỰC HIỆN",
          lead: [],
          children: [
            {
              ordinal: "III.1",
              title: "Thủ trưởng các cơ quan, đơn vị, địa phương",
              lead: [],
              children: [
                {
                  ordinal: null,
                  title:
                    "Triển khai thực hiện các nhiệm vụ liên quan đến việc xác định Chỉ số cải cách hành chính trong phạm vi trách nhiệm của cơ quan, đơn vị, địa phương theo hướng dẫn của Sở Nội vụ.",
                  lead: EVALUATED,
                  leadPrinted: HEADS_PRINTED,
                },
                {
                  ordinal: null,
                  title:
                    "Tự theo dõi, đánh giá và chấm điểm kết quả thực hiện nhiệm vụ cải cách hành chính của các cơ quan, đơn vị, địa phương theo các tiêu chí, tiêu chí thành phần được quy định trong Chỉ số cải cách hành chính năm 2023.",
                  lead: EVALUATED,
                  leadPrinted: HEADS_PRINTED,
                  phase: "self-assessment",
                },
                {
                  ordinal: null,
                  title:
                    "Tổng hợp số liệu, xây dựng báo cáo tự đánh giá, chấm điểm xác định Chỉ số cải cách hành chính của cơ quan, đơn vị, địa phương gửi lên Phần mềm quản lý chấm điểm chỉ số cải cách hành chính của tỉnh.",
                  lead: EVALUATED,
                  leadPrinted: HEADS_PRINTED,
                  phase: "self-assessment",
                },
                {
                  ordinal: null,
                  title:
                    "Phối hợp với Sở Nội vụ, Bưu điện tỉnh triển khai thực hiện công tác điều tra xã hội học xác định Chỉ số cải cách hành chính đảm bảo thời gian quy định.",
                  lead: EVALUATED,
                  leadPrinted: HEADS_PRINTED,
                  coordinating: [SNV, "quang-nam.buu-dien-tinh-quang-nam"],
                  coordinatingPrinted: "Sở Nội vụ, Bưu điện tỉnh",
                  phase: "survey",
                },
                {
                  ordinal: null,
                  title:
                    "Tổ chức đánh giá, xếp hạng chỉ số cải cách hành chính đối với Ủy ban nhân dân các xã, phường, thị trấn trực thuộc và báo cáo Ủy ban nhân dân tỉnh (qua Sở Nội vụ).",
                  lead: LOCALITIES,
                  leadPrinted: "Ủy ban nhân dân các huyện, thị xã, thành phố",
                },
              ],
            },
            {
              ordinal: "III.2",
              title: "Sở Nội vụ",
              lead: [],
              children: [
                {
                  ordinal: null,
                  title:
                    "Chủ trì việc triển khai Kế hoạch xác định chỉ số cải cách hành chính các cơ quan, đơn vị, địa phương năm 2023.",
                  lead: [SNV],
                  leadPrinted: "Sở Nội vụ",
                },
                {
                  ordinal: null,
                  title:
                    "Hướng dẫn, theo dõi, đôn đốc các cơ quan, đơn vị, địa phương triển khai thực hiện Kế hoạch đảm bảo thời gian quy định.",
                  lead: [SNV],
                  leadPrinted: "Sở Nội vụ",
                },
                {
                  ordinal: null,
                  title:
                    "Thực hiện thanh quyết toán kinh phí phục vụ cho công tác xác định chỉ số cải cách hành chính năm 2023 theo quy định.",
                  lead: [SNV],
                  leadPrinted: "Sở Nội vụ",
                },
              ],
            },
            {
              ordinal: "III.3",
              title: "Sở Tài chính",
              lead: [],
              children: [
                {
                  ordinal: null,
                  title:
                    "Tham mưu Ủy ban nhân dân tỉnh bố trí kinh phí tổ chức thực hiện Kế hoạch xác định chỉ số cải cách hành chính năm 2023.",
                  lead: ["quang-nam.so-tai-chinh"],
                  leadPrinted: "Sở Tài chính",
                },
              ],
            },
          ],
        },
      ],
      evaluatedUnits: EVALUATED,
      // The plan does not list the members of the Hội đồng thẩm định: councilMembers omitted.
      surveyForms: [
        // a) Trực tuyến: "trả lời phiếu trực tuyến trên cổng thông tin điện tử cải cách hành chính của
        //    tỉnh Quảng Nam tại địa chỉ: cchc.quangnam.gov.vn". No counts are given.
        {
          code: "CC-CT",
          respondents: "Công chức tại các sở, ban, ngành",
          method: "online",
          planned: null,
          returned: null,
        },
        {
          code: "CC-ND",
          respondents: "Công chức các cơ quan ngành dọc",
          method: "online",
          planned: null,
          returned: null,
        },
        {
          code: "CC-CH",
          respondents: "Công chức thuộc Ủy ban nhân dân cấp huyện",
          method: "online",
          planned: null,
          returned: null,
        },
        {
          code: "LĐ-CP",
          respondents: "Lãnh đạo các phòng chuyên môn thuộc Ủy ban nhân dân cấp huyện đánh giá Sở chủ quản",
          method: "online",
          planned: null,
          returned: null,
        },
        {
          code: "LĐX-CH",
          respondents: "Lãnh đạo Ủy ban nhân dân các xã, phường, thị trấn thuộc Ủy ban nhân dân cấp huyện",
          method: "online",
          planned: null,
          returned: null,
        },
        // b) Trực tiếp: "Bưu điện tỉnh Quảng Nam thực hiện thu phát phiếu điều tra trực tiếp".
        //    TỔNG SỐ PHIẾU: 106 (30 + 40 + 36).
        {
          code: "HĐ-CT",
          respondents:
            "Đại biểu Hội đồng nhân dân cấp tỉnh đánh giá công tác cải cách hành chính của sở, huyện và cơ quan ngành dọc",
          method: "direct",
          planned: 30,
          returned: null,
        },
        {
          code: "LĐH-CH",
          respondents:
            "Lãnh đạo Ủy ban nhân dân cấp huyện đánh giá công tác cải cách hành chính cấp sở và cơ quan ngành dọc",
          method: "direct",
          planned: 40,
          returned: null,
          note: "2 phiếu * 20 sở, ngành",
        },
        {
          code: "LĐS-CT",
          respondents: "Lãnh đạo Sở đánh giá công tác cải cách hành chính đối với Ủy ban nhân dân cấp huyện",
          method: "direct",
          planned: 36,
          returned: null,
          note: "2 phiếu*18 huyện, thị xã, thành phố",
        },
      ],
      signer: { title: "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", name: "Hồ Quang Bửu" },
    },
  ],
  frameworks: [
    {
      code: "quang-nam-2023",
      name: "Bộ chỉ số đánh giá, xếp hạng CCHC đối với các Sở, Ban, ngành; UBND cấp huyện và cơ quan ngành dọc cấp tỉnh",
      // One framework scores sở, ban, ngành, UBND cấp huyện and cơ quan ngành dọc alike; UnitLevel has
      // a single value, so it is filed under "provincial-agency".
      level: "provincial-agency",
      fromYear: 2023,
      decision: "Quyết định số 1657/QĐ-UBND ngày 07/8/2023 của UBND tỉnh Quảng Nam",
      issuer: "quang-nam",
      maxPoints: null,
      // Kế hoạch 5484/KH-UBND only cites Quyết định 1657/QĐ-UBND; it does not list the components,
      // criteria or maximum points, so none are transcribed here.
      components: [],
    },
  ],
};
