import type { ComponentKey } from "./types";

/** The component catalogue: one stable key per area of the index, in display order. */
export const componentCatalogue: Array<{
  key: ComponentKey;
  name: string;
  shortName: string;
  kind: "appraised" | "survey" | "sipas" | "total";
}> = [
  { key: "chi-dao-dieu-hanh", name: "Công tác chỉ đạo, điều hành cải cách hành chính", shortName: "Chỉ đạo điều hành", kind: "appraised" },
  { key: "the-che", name: "Cải cách thể chế", shortName: "Thể chế", kind: "appraised" },
  { key: "thu-tuc-hanh-chinh", name: "Cải cách thủ tục hành chính", shortName: "Thủ tục hành chính", kind: "appraised" },
  { key: "to-chuc-bo-may", name: "Cải cách tổ chức bộ máy hành chính", shortName: "Tổ chức bộ máy", kind: "appraised" },
  { key: "cong-vu", name: "Cải cách chế độ công vụ", shortName: "Chế độ công vụ", kind: "appraised" },
  { key: "tai-chinh-cong", name: "Cải cách tài chính công", shortName: "Tài chính công", kind: "appraised" },
  { key: "chinh-quyen-so", name: "Xây dựng và phát triển Chính quyền điện tử, Chính quyền số", shortName: "Chính quyền số", kind: "appraised" },
  { key: "mot-cua", name: "Thực hiện cơ chế một cửa, một cửa liên thông", shortName: "Một cửa", kind: "appraised" },
  { key: "tac-dong", name: "Tác động của cải cách hành chính đến phát triển kinh tế - xã hội", shortName: "Tác động của CCHC", kind: "appraised" },
  { key: "dieu-tra-xhh", name: "Điều tra xã hội học", shortName: "Điều tra XHH", kind: "survey" },
  { key: "sipas", name: "Chỉ số hài lòng về sự phục vụ hành chính (SIPAS)", shortName: "SIPAS", kind: "sipas" },
  { key: "tong", name: "Chỉ số cải cách hành chính (tổng)", shortName: "Tổng", kind: "total" },
];
