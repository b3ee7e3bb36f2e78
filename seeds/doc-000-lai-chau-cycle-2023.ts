import type { SeedDocument } from "./types";

/**
 * 000_e95451bd1bb8ae03.txt — Kế hoạch (số để trống) của UBND tỉnh Lai Châu năm 2023
 * "Triển khai đánh giá, xếp hạng Chỉ số cải cách hành chính năm 2023 của các sở, ban, ngành tỉnh;
 * UBND các huyện, thành phố trên địa bàn tỉnh Lai Châu".
 *
 * The phases are printed as text (section II "NỘI DUNG TRIỂN KHAI"), one row per phase.
 * Evaluated units are named only as groups ("các sở", "các huyện"), so evaluatedUnits is left out.
 */

const SOURCE = "000_e95451bd1bb8ae03.txt";

const SNV = "lai-chau.so-noi-vu";
const STP = "lai-chau.so-tu-phap";
const STC = "lai-chau.so-tai-chinh";
const SKHDT = "lai-chau.so-ke-hoach-va-dau-tu";
const STTTT = "lai-chau.so-thong-tin-va-truyen-thong";
const SKHCN = "lai-chau.so-khoa-hoc-va-cong-nghe";
const VP_UBND = "lai-chau.van-phong-ubnd-tinh";
const HDTD = "lai-chau.hoi-dong-tham-dinh-chi-so-cai-cach-hanh-chinh-tinh";
const TGV = "lai-chau.to-giup-viec-hoi-dong-tham-dinh-chi-so-cai-cach-hanh-chinh-tinh";

export const doc000: SeedDocument = {
  sourceFile: SOURCE,
  plans: [
    {
      code: "lai-chau-cycle-2023",
      number: null,
      numberPrinted: "Số: /KH-UBND",
      issuedOn: null,
      datePrinted: "Lai Châu, ngày tháng năm 2023",
      issuer: "lai-chau",
      title:
        "Triển khai đánh giá, xếp hạng Chỉ số cải cách hành chính năm 2023 của các sở, ban, ngành tỉnh; UBND các huyện, thành phố trên địa bàn tỉnh Lai Châu",
      kind: "scoring-cycle",
      fromYear: 2023,
      toYear: 2024,
      summary:
        "Xếp hạng Chỉ số cải cách hành chính để đánh giá kết quả thực hiện công tác cải cách hành chính năm 2023 của các sở, ban, ngành tỉnh và UBND các huyện, thành phố. Các sở, các huyện tự đánh giá, chấm điểm trên phần mềm có tài liệu minh chứng, Hội đồng thẩm định thẩm định kết quả, kết hợp điều tra xã hội học; hoàn thành thẩm định và công bố trong Quý II năm 2024.",
      sourceFile: SOURCE,
      tasks: [
        {
          ordinal: "1",
          title: "Xây dựng các văn bản triển khai thực hiện",
          lead: [SNV],
          leadPrinted: "Sở Nội vụ",
          coordinating: [STP, STC, STTTT, SKHDT, VP_UBND],
          coordinatingPrinted:
            "Các Sở: Tư pháp, Tài chính, Thông tin và Truyền thông, Kế hoạch và Đầu tư và Văn phòng UBND tỉnh",
          deadline: "Tháng 12 năm 2023",
          phase: "preparation",
        },
        {
          ordinal: "2",
          title: "Tổ chức tự đánh giá của các sở, các huyện và thẩm định của Hội đồng thẩm định",
          lead: [],
          children: [
            {
              ordinal: "2.1",
              title: "Tự đánh giá, chấm điểm",
              lead: [],
              leadPrinted: "Các sở, các huyện",
              coordinating: [SNV],
              coordinatingPrinted:
                "Sở Nội vụ và các cơ quan thành viên Hội đồng thẩm định xác định Chỉ số cải cách hành chính tỉnh Lai Châu",
              deadline: "Từ ngày 19/02/2024 đến hết ngày 29/02/2024",
              evidence:
                "Các sở, các huyện thực hiện tự chấm điểm trên hệ thống phần mềm chấm điểm chỉ số cải cách hành chính của tỉnh (www.laichau.cqdt.vn) theo tài khoản đã được Sở Nội vụ cung cấp. Các đơn vị gửi báo cáo tự chấm điểm qua hệ thống phần mềm quản lý văn bản và đính kèm trên phần mềm chấm điểm chỉ số cải cách hành chính của tỉnh. Đối với các tài liệu là bảng, biểu thống kê phải được ký và có dấu xác nhận của đơn vị.",
              phase: "self-assessment",
            },
            {
              ordinal: "2.2",
              title: "Thẩm định kết quả tự đánh giá, chấm điểm",
              lead: [SNV],
              leadPrinted: "Sở Nội vụ, Cơ quan thường trực Hội đồng thẩm định",
              coordinating: [VP_UBND, STTTT, STC, STP, SKHDT, SKHCN],
              coordinatingPrinted:
                "Các thành viên Hội đồng thẩm định chỉ số cải cách hành chính tỉnh (Văn phòng UBND tỉnh, Sở Thông tin và Truyền thông, Sở Tài chính, Sở Tư pháp, Sở Kế hoạch và Đầu tư, Sở Khoa học và Công nghệ)",
              deadline: "Tháng 3, 4 năm 2024",
              phase: "appraisal",
            },
          ],
        },
        {
          ordinal: "3",
          title: "Điều tra xã hội học",
          lead: [SNV],
          leadPrinted: "Sở Nội vụ",
          coordinatingPrinted: "Các sở, các huyện và các cơ quan, đơn vị có liên quan",
          deadline: "Tháng 01 năm 2024",
          phase: "survey",
        },
        {
          ordinal: "4",
          title:
            "Tổng hợp số liệu, xây dựng Quyết định công bố, Báo cáo kết quả Chỉ số cải cách hành chính năm 2023 của các sở, các huyện",
          lead: [SNV],
          leadPrinted: "Sở Nội vụ, cơ quan thường trực của Hội đồng thẩm định",
          coordinating: [HDTD, TGV],
          coordinatingPrinted:
            "Hội đồng thẩm định, Tổ giúp việc Hội đồng thẩm định xác định Chỉ số cải cách hành chính của tỉnh và các cơ quan, đơn vị liên quan",
          deadline: "Tháng 5 năm 2024",
          phase: "compilation",
        },
        {
          ordinal: "5",
          title: "Công bố kết quả chỉ số cải cách hành chính năm 2023",
          lead: [SNV],
          leadPrinted:
            "Sở Nội vụ (cơ quan thường trực của Hội đồng thẩm định) tham mưu cho UBND tỉnh tổ chức Hội nghị công bố",
          coordinating: [HDTD, TGV],
          coordinatingPrinted:
            "Hội đồng thẩm định và Tổ giúp việc Hội đồng thẩm định xác định chỉ số cải cách hành chính của tỉnh và các cơ quan có liên quan",
          deadline:
            "Ngay sau khi Bộ Nội vụ công bố Chỉ số PAR INDEX năm 2023 của tỉnh, Sở Nội vụ tham mưu UBND tỉnh tổ chức hội nghị công bố Chỉ số CCHC năm 2023 của các sở, các huyện.",
          phase: "announcement",
        },
      ],
      // Sở Nội vụ is the council's standing body; the other six are listed in II.2.2 and III.2.
      councilMembers: [SNV, VP_UBND, STTTT, STC, STP, SKHDT, SKHCN],
      signer: { title: "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", name: "Tổng Thanh Hải" },
    },
  ],
};
