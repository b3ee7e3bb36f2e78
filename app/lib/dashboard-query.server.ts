import { z } from "zod";

/** The dashboard's URL query; kept on the server so zod stays out of the browser's bundle. */
export const dashboardQuery = z.object({
  donvi: z.string().max(200).optional(),
  nam: z.coerce.number().int().min(2000).max(2100).optional().catch(undefined),
  ngay: z.string().max(20).optional(),
});
