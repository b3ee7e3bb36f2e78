import type { SeedUnit } from "./types";

/**
 * Lai Châu province and the provincial bodies named in
 * 002_3ff13c750e79273a.txt (Kế hoạch 447/KH-UBND ngày 18/04/2017) and
 * 000_e95451bd1bb8ae03.txt (Kế hoạch đánh giá, xếp hạng Chỉ số CCHC năm 2023).
 * Districts and communes are written elsewhere (e.g. "lai-chau.tam-duong").
 * Code = "lai-chau." + slug(official name).
 */
export const laiChauUnits: SeedUnit[] = [
  { code: "lai-chau", name: "UBND tỉnh Lai Châu", shortName: "Lai Châu", kind: "province", parent: null },

  // Sở, ban, ngành tỉnh
  {
    code: "lai-chau.so-noi-vu",
    name: "Sở Nội vụ",
    shortName: "SNV",
    kind: "provincial-agency",
    parent: "lai-chau",
  },
  {
    code: "lai-chau.so-tu-phap",
    name: "Sở Tư pháp",
    shortName: "STP",
    kind: "provincial-agency",
    parent: "lai-chau",
  },
  {
    code: "lai-chau.so-tai-chinh",
    name: "Sở Tài chính",
    shortName: "STC",
    kind: "provincial-agency",
    parent: "lai-chau",
  },
  {
    code: "lai-chau.so-ke-hoach-va-dau-tu",
    name: "Sở Kế hoạch và Đầu tư",
    shortName: "SKHĐT",
    kind: "provincial-agency",
    parent: "lai-chau",
  },
  {
    code: "lai-chau.so-thong-tin-va-truyen-thong",
    name: "Sở Thông tin và Truyền thông",
    shortName: "STTTT",
    kind: "provincial-agency",
    parent: "lai-chau",
    aliases: ["Sở Thông tin - Truyền thông"],
  },
  {
    code: "lai-chau.so-khoa-hoc-va-cong-nghe",
    name: "Sở Khoa học và Công nghệ",
    shortName: "SKHCN",
    kind: "provincial-agency",
    parent: "lai-chau",
  },
  {
    code: "lai-chau.so-tai-nguyen-va-moi-truong",
    name: "Sở Tài nguyên và Môi trường",
    shortName: "STNMT",
    kind: "provincial-agency",
    parent: "lai-chau",
  },
  {
    code: "lai-chau.so-y-te",
    name: "Sở Y tế",
    shortName: "SYT",
    kind: "provincial-agency",
    parent: "lai-chau",
  },
  {
    code: "lai-chau.so-giao-duc-va-dao-tao",
    name: "Sở Giáo dục và Đào tạo",
    shortName: "SGDĐT",
    kind: "provincial-agency",
    parent: "lai-chau",
  },
  {
    code: "lai-chau.van-phong-ubnd-tinh",
    name: "Văn phòng UBND tỉnh",
    shortName: "VP UBND tỉnh",
    kind: "provincial-agency",
    parent: "lai-chau",
  },
  {
    code: "lai-chau.thanh-tra-tinh",
    name: "Thanh tra tỉnh",
    shortName: "TTr tỉnh",
    kind: "provincial-agency",
    parent: "lai-chau",
  },
  {
    code: "lai-chau.van-phong-hdnd-tinh",
    name: "Văn phòng HĐND tỉnh",
    shortName: "VP HĐND tỉnh",
    kind: "provincial-agency",
    parent: "lai-chau",
    note: "Named once, as a coordinating unit of the sociological survey (447/KH-UBND, phụ biểu, mục X).",
  },

  // Inter-agency bodies named as single bodies
  {
    code: "lai-chau.ban-chi-dao-cai-cach-hanh-chinh-tinh",
    name: "Ban Chỉ đạo cải cách hành chính tỉnh",
    shortName: "BCĐ CCHC tỉnh",
    kind: "other",
    parent: "lai-chau",
    aliases: ["Ban Chỉ đạo CCHC tỉnh"],
    note: "Steering committee, not an agency; Sở Nội vụ advises it (447/KH-UBND, II.1.2).",
  },
  {
    code: "lai-chau.hoi-dong-tham-dinh-chi-so-cai-cach-hanh-chinh-tinh",
    name: "Hội đồng thẩm định Chỉ số cải cách hành chính tỉnh",
    shortName: "Hội đồng thẩm định",
    kind: "other",
    parent: "lai-chau",
    aliases: [
      "Hội đồng thẩm định xác định Chỉ số cải cách hành chính tỉnh Lai Châu",
      "Hội đồng thẩm định chỉ số cải cách hành chính tỉnh",
      "Hội đồng thẩm định",
    ],
    note: "Appraisal council, not an agency; Sở Nội vụ is its standing body (cơ quan thường trực). Members: see councilMembers of plan lai-chau-cycle-2023.",
  },
  {
    code: "lai-chau.to-giup-viec-hoi-dong-tham-dinh-chi-so-cai-cach-hanh-chinh-tinh",
    name: "Tổ giúp việc Hội đồng thẩm định Chỉ số cải cách hành chính tỉnh",
    shortName: "Tổ giúp việc HĐTĐ",
    kind: "other",
    parent: "lai-chau",
    aliases: [
      "Tổ giúp việc Hội đồng thẩm định xác định Chỉ số cải cách hành chính của tỉnh",
      "Tổ giúp việc Hội đồng thẩm định",
    ],
    note: "Working group assisting the appraisal council, not an agency.",
  },

  // Other organisations
  {
    code: "lai-chau.bao-lai-chau",
    name: "Báo Lai Châu",
    kind: "other",
    parent: "lai-chau",
  },
  {
    code: "lai-chau.dai-phat-thanh-truyen-hinh-tinh",
    name: "Đài Phát thanh - Truyền hình tỉnh",
    shortName: "Đài PT-TH tỉnh",
    kind: "other",
    parent: "lai-chau",
    aliases: ["Đài Phát thanh - Truyền hình của tỉnh"],
  },
];
