import { z } from "zod";

/**
 * Thresholds the rules use. Stored in the settings table (Home Affairs may change them); these
 * are the defaults when nothing is stored.
 */
export const settingsSchema = z.object({
  /** A component scoring below this percent is flagged as low. */
  floorPercent: z.number().min(0).max(100).default(50),
  /** A shortfall of at least this many points against the target is a high-severity flag. */
  highGapPoints: z.number().min(0).max(100).default(10),
  /** A fall of at least this many points from the year before is a high-severity flag. */
  highFallPoints: z.number().min(0).max(100).default(5),
  /** "Nhóm đứng đầu": ranks up to this count as the top group. */
  topGroupRank: z.number().int().min(1).max(100).default(3),
  /** A task falls "due soon" this many days before its deadline. */
  dueSoonDays: z.number().int().min(0).max(90).default(7),
  /** Tasks due within this many days without any evidence are flagged. */
  evidenceWarningDays: z.number().int().min(0).max(180).default(30),
});

export type Settings = z.infer<typeof settingsSchema>;
export const defaultSettings: Settings = settingsSchema.parse({});

export const settingLabels: Record<keyof Settings, string> = {
  floorPercent: "Ngưỡng điểm thấp (%)",
  highGapPoints: "Thiếu so với mục tiêu từ (điểm) thì mức cao",
  highFallPoints: "Giảm so với năm trước từ (điểm) thì mức cao",
  topGroupRank: "Nhóm đứng đầu: thứ hạng đến",
  dueSoonDays: "Sắp đến hạn: trước hạn (ngày)",
  evidenceWarningDays: "Cảnh báo thiếu tài liệu kiểm chứng trước hạn (ngày)",
};
