// Built once: constructing an Intl.DateTimeFormat costs ≈50 µs, and a page asks for today many times.
const VIETNAM_DAY = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Ho_Chi_Minh" });

/** Today in Vietnam (YYYY-MM-DD). APP_TODAY pins it, for demonstrations and tests. */
export function todayInVietnam(): string {
  const pinned = process.env.APP_TODAY;
  if (pinned && /^\d{4}-\d{2}-\d{2}$/.test(pinned)) return pinned;
  return VIETNAM_DAY.format(new Date());
}
