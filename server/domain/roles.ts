/** Roles a user may hold, and what each may do. The rules live in permissions.ts. */
export const ROLES = ["quan-tri", "noi-vu", "lanh-dao", "don-vi", "tham-dinh"] as const;
export type Role = (typeof ROLES)[number];

export const roleLabel: Record<Role, string> = {
  "quan-tri": "Quản trị hệ thống",
  "noi-vu": "Cán bộ Nội vụ",
  "lanh-dao": "Lãnh đạo",
  "don-vi": "Cán bộ đơn vị",
  "tham-dinh": "Thành viên Hội đồng thẩm định",
};
