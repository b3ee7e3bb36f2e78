/** Today in Vietnam (YYYY-MM-DD). APP_TODAY pins it, for demonstrations and tests. */
export function todayInVietnam(): string {
  const pinned = process.env.APP_TODAY;
  if (pinned && /^\d{4}-\d{2}-\d{2}$/.test(pinned)) return pinned;
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Ho_Chi_Minh" }).format(new Date());
}
