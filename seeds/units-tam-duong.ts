import type { SeedUnit } from "./types";

/**
 * Tam Đường district (Lai Châu): the district committee, the offices named in documents
 * 003 and 004, and its 14 communes. The province root "lai-chau" is seeded elsewhere.
 */

const COMMUNE_NOTE =
  "Danh sách xã, thị trấn của huyện Tam Đường; Quyết định kế hoạch năm 2024 không nêu tên";

export const tamDuongUnits: SeedUnit[] = [
  {
    code: "lai-chau.tam-duong",
    name: "UBND huyện Tam Đường",
    shortName: "Tam Đường",
    kind: "district",
    parent: "lai-chau",
  },

  // Phòng, ban chuyên môn
  {
    code: "lai-chau.tam-duong.phong-noi-vu",
    name: "Phòng Nội vụ",
    kind: "district-office",
    parent: "lai-chau.tam-duong",
  },
  {
    code: "lai-chau.tam-duong.van-phong-hdnd-ubnd",
    name: "Văn phòng HĐND và UBND huyện",
    kind: "district-office",
    parent: "lai-chau.tam-duong",
    aliases: ["Văn phòng HĐND - UBND huyện", "VP HĐND - UBND"],
  },
  {
    code: "lai-chau.tam-duong.phong-tu-phap",
    name: "Phòng Tư pháp",
    kind: "district-office",
    parent: "lai-chau.tam-duong",
  },
  {
    code: "lai-chau.tam-duong.phong-tai-chinh-ke-hoach",
    name: "Phòng Tài chính - Kế hoạch",
    kind: "district-office",
    parent: "lai-chau.tam-duong",
    aliases: ["Phòng Tài chính", "Phòng Tài chính – Kế hoạch"],
  },
  {
    code: "lai-chau.tam-duong.phong-van-hoa-thong-tin",
    name: "Phòng Văn hóa và Thông tin",
    kind: "district-office",
    parent: "lai-chau.tam-duong",
  },
  {
    code: "lai-chau.tam-duong.phong-kinh-te-ha-tang",
    name: "Phòng Kinh tế và Hạ tầng",
    kind: "district-office",
    parent: "lai-chau.tam-duong",
  },

  // Xã, thị trấn
  {
    code: "lai-chau.tam-duong.tt-tam-duong",
    name: "UBND thị trấn Tam Đường",
    shortName: "TT Tam Đường",
    kind: "commune",
    parent: "lai-chau.tam-duong",
    note: COMMUNE_NOTE,
  },
  {
    code: "lai-chau.tam-duong.xa-ban-bo",
    name: "UBND xã Bản Bo",
    shortName: "Bản Bo",
    kind: "commune",
    parent: "lai-chau.tam-duong",
    note: COMMUNE_NOTE,
  },
  {
    code: "lai-chau.tam-duong.xa-ban-giang",
    name: "UBND xã Bản Giang",
    shortName: "Bản Giang",
    kind: "commune",
    parent: "lai-chau.tam-duong",
    note: COMMUNE_NOTE,
  },
  {
    code: "lai-chau.tam-duong.xa-ban-hon",
    name: "UBND xã Bản Hon",
    shortName: "Bản Hon",
    kind: "commune",
    parent: "lai-chau.tam-duong",
    note: COMMUNE_NOTE,
  },
  {
    code: "lai-chau.tam-duong.xa-binh-lu",
    name: "UBND xã Bình Lư",
    shortName: "Bình Lư",
    kind: "commune",
    parent: "lai-chau.tam-duong",
    note: COMMUNE_NOTE,
  },
  {
    code: "lai-chau.tam-duong.xa-giang-ma",
    name: "UBND xã Giang Ma",
    shortName: "Giang Ma",
    kind: "commune",
    parent: "lai-chau.tam-duong",
    note: COMMUNE_NOTE,
  },
  {
    code: "lai-chau.tam-duong.xa-ho-thau",
    name: "UBND xã Hồ Thầu",
    shortName: "Hồ Thầu",
    kind: "commune",
    parent: "lai-chau.tam-duong",
    note: COMMUNE_NOTE,
  },
  {
    code: "lai-chau.tam-duong.xa-khun-ha",
    name: "UBND xã Khun Há",
    shortName: "Khun Há",
    kind: "commune",
    parent: "lai-chau.tam-duong",
    note: COMMUNE_NOTE,
  },
  {
    code: "lai-chau.tam-duong.xa-na-tam",
    name: "UBND xã Nà Tăm",
    shortName: "Nà Tăm",
    kind: "commune",
    parent: "lai-chau.tam-duong",
    note: COMMUNE_NOTE,
  },
  {
    code: "lai-chau.tam-duong.xa-nung-nang",
    name: "UBND xã Nùng Nàng",
    shortName: "Nùng Nàng",
    kind: "commune",
    parent: "lai-chau.tam-duong",
    note: COMMUNE_NOTE,
  },
  {
    code: "lai-chau.tam-duong.xa-son-binh",
    name: "UBND xã Sơn Bình",
    shortName: "Sơn Bình",
    kind: "commune",
    parent: "lai-chau.tam-duong",
    note: COMMUNE_NOTE,
  },
  {
    code: "lai-chau.tam-duong.xa-sung-phai",
    name: "UBND xã Sùng Phài",
    shortName: "Sùng Phài",
    kind: "commune",
    parent: "lai-chau.tam-duong",
    note: COMMUNE_NOTE,
  },
  {
    code: "lai-chau.tam-duong.xa-ta-leng",
    name: "UBND xã Tả Lèng",
    shortName: "Tả Lèng",
    kind: "commune",
    parent: "lai-chau.tam-duong",
    note: COMMUNE_NOTE,
  },
  {
    code: "lai-chau.tam-duong.xa-then-sin",
    name: "UBND xã Thèn Sin",
    shortName: "Thèn Sin",
    kind: "commune",
    parent: "lai-chau.tam-duong",
    note: COMMUNE_NOTE,
  },
];
