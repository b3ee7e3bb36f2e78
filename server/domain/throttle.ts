/**
 * Log-in throttling. Failed attempts for one account, and from one address, within a window:
 * after a few the answer is slowed, after more the account (or address) is refused until the
 * window since the last failure has passed. Failures before the last success do not count.
 */
export interface ThrottleSettings {
  windowMinutes: number;
  /** Failures for one account before each answer is slowed. */
  slowAfter: number;
  /** Delay added per failure beyond slowAfter, in milliseconds. */
  delayStepMs: number;
  maxDelayMs: number;
  /** Failures for one account before it is refused. */
  lockAfter: number;
  /** Failures from one address (any account) before it is refused. */
  ipLockAfter: number;
}

export const defaultThrottle: ThrottleSettings = {
  windowMinutes: 15,
  slowAfter: 3,
  delayStepMs: 500,
  maxDelayMs: 2_000,
  lockAfter: 5,
  ipLockAfter: 20,
};

export type ThrottleDecision =
  | { allowed: true; delayMs: number }
  | { allowed: false; reason: "account" | "address"; retryAt: Date };

export function loginThrottle(
  accountFailures: readonly Date[],
  addressFailures: readonly Date[],
  asOf: Date,
  settings: ThrottleSettings = defaultThrottle,
): ThrottleDecision {
  const windowMs = settings.windowMinutes * 60_000;
  const recent = (list: readonly Date[]) =>
    list.filter((d) => asOf.getTime() - d.getTime() < windowMs && d.getTime() <= asOf.getTime());
  const account = recent(accountFailures);
  const address = recent(addressFailures);
  const latest = (list: Date[]) => new Date(Math.max(...list.map((d) => d.getTime())));
  if (account.length >= settings.lockAfter) {
    return { allowed: false, reason: "account", retryAt: new Date(latest(account).getTime() + windowMs) };
  }
  if (address.length >= settings.ipLockAfter) {
    return { allowed: false, reason: "address", retryAt: new Date(latest(address).getTime() + windowMs) };
  }
  const over = account.length - settings.slowAfter + 1;
  const delayMs = over > 0 ? Math.min(settings.maxDelayMs, over * settings.delayStepMs) : 0;
  return { allowed: true, delayMs };
}
