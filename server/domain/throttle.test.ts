import { describe, expect, it } from "vitest";
import { defaultThrottle, loginThrottle } from "./throttle";

const asOf = new Date("2026-11-22T08:00:00Z");
const minutesAgo = (...m: number[]) => m.map((n) => new Date(asOf.getTime() - n * 60_000));

describe("loginThrottle", () => {
  it.each([
    ["no failures", [], [], { allowed: true, delayMs: 0 }],
    ["two failures: not slowed yet", minutesAgo(1, 2), [], { allowed: true, delayMs: 0 }],
    ["three failures: slowed", minutesAgo(1, 2, 3), [], { allowed: true, delayMs: 500 }],
    ["four failures: slower", minutesAgo(1, 2, 3, 4), [], { allowed: true, delayMs: 1000 }],
    ["old failures do not count", minutesAgo(16, 20, 30, 40, 50), [], { allowed: true, delayMs: 0 }],
  ] as const)("%s", (_n, account, address, expected) => {
    expect(loginThrottle(account, address, asOf)).toEqual(expected);
  });

  it("five failures lock the account until 15 minutes after the last", () => {
    expect(loginThrottle(minutesAgo(1, 2, 3, 4, 5), [], asOf)).toEqual({
      allowed: false,
      reason: "account",
      retryAt: new Date(asOf.getTime() - 60_000 + 15 * 60_000),
    });
  });

  it("twenty failures from one address lock that address", () => {
    const many = minutesAgo(...Array.from({ length: 20 }, (_, i) => i % 14));
    const d = loginThrottle([], many, asOf);
    expect(d.allowed).toBe(false);
    if (!d.allowed) expect(d.reason).toBe("address");
  });

  it("a failure exactly at the window's edge no longer counts", () => {
    const edge = minutesAgo(defaultThrottle.windowMinutes, 1, 2, 3, 4);
    expect(loginThrottle(edge, [], asOf).allowed).toBe(true);
  });
});
