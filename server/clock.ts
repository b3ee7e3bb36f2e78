// Built once: constructing an Intl.DateTimeFormat costs ≈50 µs, and a page asks for today many times.
const VIETNAM_DAY = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Ho_Chi_Minh" });
const MINUTE = 60_000;

// The day changes on a minute boundary in every time zone Vietnam has used, so the formatted day is
// kept until the next minute starts (formatting costs ≈12 µs, and every request asks).
let known: { day: string; until: number } | null = null;

/** Today in Vietnam (YYYY-MM-DD). APP_TODAY pins it, for demonstrations and tests. */
export function todayInVietnam(): string {
  const pinned = process.env.APP_TODAY;
  if (pinned && /^\d{4}-\d{2}-\d{2}$/.test(pinned)) return pinned;
  const now = Date.now();
  if (!known || now >= known.until || now < known.until - MINUTE) {
    known = { day: VIETNAM_DAY.format(now), until: (Math.floor(now / MINUTE) + 1) * MINUTE };
  }
  return known.day;
}
