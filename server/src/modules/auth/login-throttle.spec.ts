import { describe, expect, it } from 'vitest';
import { ACCOUNT_POLICY, waitBeforeNextAttempt } from './login-throttle.js';

const now = new Date('2026-11-27T10:00:00Z');
const secondsAgo = (s: number) => new Date(now.getTime() - s * 1000);

describe('waitBeforeNextAttempt (account policy)', () => {
  it('lets the first three failures retry at once', () => {
    expect(waitBeforeNextAttempt(null, ACCOUNT_POLICY, now)).toBeNull();
    expect(
      waitBeforeNextAttempt({ failures: 2, lastFailureAt: now, lockedUntil: null }, ACCOUNT_POLICY, now),
    ).toBeNull();
  });

  it('then doubles the wait: 2 s after the 3rd failure, 4 s after the 4th, capped at 60 s', () => {
    expect(
      waitBeforeNextAttempt({ failures: 3, lastFailureAt: secondsAgo(0.5), lockedUntil: null }, ACCOUNT_POLICY, now),
    ).toEqual({ retryAfterSeconds: 2, locked: false });
    expect(
      waitBeforeNextAttempt({ failures: 3, lastFailureAt: secondsAgo(2), lockedUntil: null }, ACCOUNT_POLICY, now),
    ).toBeNull();
    expect(
      waitBeforeNextAttempt({ failures: 4, lastFailureAt: secondsAgo(1), lockedUntil: null }, ACCOUNT_POLICY, now),
    ).toEqual({ retryAfterSeconds: 3, locked: false });
    expect(waitBeforeNextAttempt({ failures: 9, lastFailureAt: now, lockedUntil: null }, ACCOUNT_POLICY, now)).toEqual({
      retryAfterSeconds: 60,
      locked: false,
    });
  });

  it('reports a lock with the seconds left, and forgets old failures', () => {
    const lockedUntil = new Date(now.getTime() + 14 * 60_000 + 30_000);
    expect(waitBeforeNextAttempt({ failures: 10, lastFailureAt: now, lockedUntil }, ACCOUNT_POLICY, now)).toEqual({
      retryAfterSeconds: 870,
      locked: true,
    });
    expect(
      waitBeforeNextAttempt(
        { failures: 10, lastFailureAt: secondsAgo(16 * 60), lockedUntil: secondsAgo(60) },
        ACCOUNT_POLICY,
        now,
      ),
    ).toBeNull();
  });
});
