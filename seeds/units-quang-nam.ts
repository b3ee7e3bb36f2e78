import type { SeedUnit } from "./types";

/**
 * Units of Quảng Nam province, as evaluated by Kế hoạch 5484/KH-UBND ngày 16/8/2023
 * (shared/source-documents/001_160119d2f152cc30.txt), mục II.1 "Đối tượng đánh giá, xếp hạng":
 * - 20 cơ quan chuyên môn thuộc UBND tỉnh và Ban Quản lý các Khu kinh tế và Khu công nghiệp tỉnh
 *   (the document gives only the count; the list is the province's 2023 organisation, see `note`);
 * - 18 UBND huyện, thị xã, thành phố;
 * - 05 cơ quan ngành dọc cấp tỉnh, named in the document.
 * Plus the other single bodies the plan gives a role to (Bưu điện tỉnh, Hội đồng thẩm định).
 *
 * Codes: "quang-nam." + slug of the name (lowercase, no diacritics, đ→d, non [a-z0-9] runs → "-");
 * localities: "quang-nam." + "tp-" / "tx-" / "h-" + slug of the place name.
 */

const AGENCY_NOTE =
  "Danh sách 20 cơ quan theo tổ chức bộ máy tỉnh Quảng Nam năm 2023; Kế hoạch 5484/KH-UBND chỉ nêu số lượng";

export const quangNamUnits: SeedUnit[] = [
  { code: "quang-nam", name: "UBND tỉnh Quảng Nam", shortName: "Quảng Nam", kind: "province", parent: null },

  // Các cơ quan chuyên môn thuộc UBND tỉnh và Ban Quản lý các Khu kinh tế và Khu công nghiệp tỉnh: 20 cơ quan
  { code: "quang-nam.so-noi-vu", name: "Sở Nội vụ", kind: "provincial-agency", parent: "quang-nam", note: AGENCY_NOTE },
  { code: "quang-nam.so-tu-phap", name: "Sở Tư pháp", kind: "provincial-agency", parent: "quang-nam", note: AGENCY_NOTE },
  {
    code: "quang-nam.so-ke-hoach-va-dau-tu",
    name: "Sở Kế hoạch và Đầu tư",
    kind: "provincial-agency",
    parent: "quang-nam",
    note: AGENCY_NOTE,
  },
  { code: "quang-nam.so-tai-chinh", name: "Sở Tài chính", kind: "provincial-agency", parent: "quang-nam", note: AGENCY_NOTE },
  { code: "quang-nam.so-cong-thuong", name: "Sở Công Thương", kind: "provincial-agency", parent: "quang-nam", note: AGENCY_NOTE },
  {
    code: "quang-nam.so-nong-nghiep-va-phat-trien-nong-thon",
    name: "Sở Nông nghiệp và Phát triển nông thôn",
    kind: "provincial-agency",
    parent: "quang-nam",
    note: AGENCY_NOTE,
  },
  {
    code: "quang-nam.so-giao-thong-van-tai",
    name: "Sở Giao thông vận tải",
    kind: "provincial-agency",
    parent: "quang-nam",
    note: AGENCY_NOTE,
  },
  { code: "quang-nam.so-xay-dung", name: "Sở Xây dựng", kind: "provincial-agency", parent: "quang-nam", note: AGENCY_NOTE },
  {
    code: "quang-nam.so-tai-nguyen-va-moi-truong",
    name: "Sở Tài nguyên và Môi trường",
    kind: "provincial-agency",
    parent: "quang-nam",
    note: AGENCY_NOTE,
  },
  {
    code: "quang-nam.so-thong-tin-va-truyen-thong",
    name: "Sở Thông tin và Truyền thông",
    kind: "provincial-agency",
    parent: "quang-nam",
    note: AGENCY_NOTE,
  },
  {
    code: "quang-nam.so-lao-dong-thuong-binh-va-xa-hoi",
    name: "Sở Lao động - Thương binh và Xã hội",
    kind: "provincial-agency",
    parent: "quang-nam",
    note: AGENCY_NOTE,
  },
  {
    code: "quang-nam.so-van-hoa-the-thao-va-du-lich",
    name: "Sở Văn hóa, Thể thao và Du lịch",
    kind: "provincial-agency",
    parent: "quang-nam",
    note: AGENCY_NOTE,
  },
  {
    code: "quang-nam.so-khoa-hoc-va-cong-nghe",
    name: "Sở Khoa học và Công nghệ",
    kind: "provincial-agency",
    parent: "quang-nam",
    note: AGENCY_NOTE,
  },
  {
    code: "quang-nam.so-giao-duc-va-dao-tao",
    name: "Sở Giáo dục và Đào tạo",
    kind: "provincial-agency",
    parent: "quang-nam",
    note: AGENCY_NOTE,
  },
  { code: "quang-nam.so-y-te", name: "Sở Y tế", kind: "provincial-agency", parent: "quang-nam", note: AGENCY_NOTE },
  { code: "quang-nam.so-ngoai-vu", name: "Sở Ngoại vụ", kind: "provincial-agency", parent: "quang-nam", note: AGENCY_NOTE },
  { code: "quang-nam.thanh-tra-tinh", name: "Thanh tra tỉnh", kind: "provincial-agency", parent: "quang-nam", note: AGENCY_NOTE },
  {
    code: "quang-nam.van-phong-ubnd-tinh",
    name: "Văn phòng UBND tỉnh",
    kind: "provincial-agency",
    parent: "quang-nam",
    aliases: ["Văn phòng Ủy ban nhân dân tỉnh"],
    note: AGENCY_NOTE,
  },
  { code: "quang-nam.ban-dan-toc", name: "Ban Dân tộc", kind: "provincial-agency", parent: "quang-nam", note: AGENCY_NOTE },
  {
    code: "quang-nam.ban-quan-ly-cac-khu-kinh-te-va-khu-cong-nghiep-tinh",
    name: "Ban Quản lý các Khu kinh tế và Khu công nghiệp tỉnh",
    kind: "provincial-agency",
    parent: "quang-nam",
    aliases: ["Ban KKT&KCN tỉnh"],
    note: AGENCY_NOTE,
  },

  // Ủy ban nhân dân các huyện, thị xã, thành phố: 18 địa phương
  { code: "quang-nam.tp-tam-ky", name: "UBND thành phố Tam Kỳ", shortName: "Tam Kỳ", kind: "district", parent: "quang-nam" },
  { code: "quang-nam.tp-hoi-an", name: "UBND thành phố Hội An", shortName: "Hội An", kind: "district", parent: "quang-nam" },
  { code: "quang-nam.tx-dien-ban", name: "UBND thị xã Điện Bàn", shortName: "Điện Bàn", kind: "district", parent: "quang-nam" },
  { code: "quang-nam.h-dai-loc", name: "UBND huyện Đại Lộc", shortName: "Đại Lộc", kind: "district", parent: "quang-nam" },
  { code: "quang-nam.h-duy-xuyen", name: "UBND huyện Duy Xuyên", shortName: "Duy Xuyên", kind: "district", parent: "quang-nam" },
  { code: "quang-nam.h-que-son", name: "UBND huyện Quế Sơn", shortName: "Quế Sơn", kind: "district", parent: "quang-nam" },
  { code: "quang-nam.h-nong-son", name: "UBND huyện Nông Sơn", shortName: "Nông Sơn", kind: "district", parent: "quang-nam" },
  { code: "quang-nam.h-thang-binh", name: "UBND huyện Thăng Bình", shortName: "Thăng Bình", kind: "district", parent: "quang-nam" },
  { code: "quang-nam.h-hiep-duc", name: "UBND huyện Hiệp Đức", shortName: "Hiệp Đức", kind: "district", parent: "quang-nam" },
  { code: "quang-nam.h-tien-phuoc", name: "UBND huyện Tiên Phước", shortName: "Tiên Phước", kind: "district", parent: "quang-nam" },
  { code: "quang-nam.h-phu-ninh", name: "UBND huyện Phú Ninh", shortName: "Phú Ninh", kind: "district", parent: "quang-nam" },
  { code: "quang-nam.h-nui-thanh", name: "UBND huyện Núi Thành", shortName: "Núi Thành", kind: "district", parent: "quang-nam" },
  { code: "quang-nam.h-bac-tra-my", name: "UBND huyện Bắc Trà My", shortName: "Bắc Trà My", kind: "district", parent: "quang-nam" },
  { code: "quang-nam.h-nam-tra-my", name: "UBND huyện Nam Trà My", shortName: "Nam Trà My", kind: "district", parent: "quang-nam" },
  { code: "quang-nam.h-phuoc-son", name: "UBND huyện Phước Sơn", shortName: "Phước Sơn", kind: "district", parent: "quang-nam" },
  { code: "quang-nam.h-nam-giang", name: "UBND huyện Nam Giang", shortName: "Nam Giang", kind: "district", parent: "quang-nam" },
  { code: "quang-nam.h-dong-giang", name: "UBND huyện Đông Giang", shortName: "Đông Giang", kind: "district", parent: "quang-nam" },
  { code: "quang-nam.h-tay-giang", name: "UBND huyện Tây Giang", shortName: "Tây Giang", kind: "district", parent: "quang-nam" },

  // Cơ quan ngành dọc cấp tỉnh: 05 cơ quan, names as printed in the plan
  { code: "quang-nam.cuc-thue", name: "Cục Thuế", kind: "vertical-agency", parent: "quang-nam" },
  { code: "quang-nam.cuc-hai-quan", name: "Cục Hải quan", kind: "vertical-agency", parent: "quang-nam" },
  { code: "quang-nam.cong-an-tinh", name: "Công an tỉnh", kind: "vertical-agency", parent: "quang-nam" },
  { code: "quang-nam.bao-hiem-xa-hoi-tinh", name: "Bảo hiểm Xã hội tỉnh", kind: "vertical-agency", parent: "quang-nam" },
  { code: "quang-nam.kho-bac-nha-nuoc-tinh", name: "Kho bạc Nhà nước tỉnh", kind: "vertical-agency", parent: "quang-nam" },

  // Other single bodies the plan gives a role to
  {
    code: "quang-nam.buu-dien-tinh-quang-nam",
    name: "Bưu điện tỉnh Quảng Nam",
    kind: "other",
    parent: "quang-nam",
    aliases: ["Bưu Điện tỉnh Quảng Nam", "Bưu điện tỉnh"],
  },
  {
    code: "quang-nam.hoi-dong-tham-dinh",
    name: "Hội đồng thẩm định",
    kind: "other",
    parent: "quang-nam",
    aliases: ["Hội đồng thẩm định kết quả tự đánh giá, chấm điểm chỉ số cải cách hành chính năm 2023"],
    note: "Thành lập theo bước 2 của Kế hoạch 5484/KH-UBND (tháng 9 năm 2023, Sở Nội vụ chủ trì); chủ trì bước 5, thẩm định kết quả Chỉ số cải cách hành chính",
  },
];
