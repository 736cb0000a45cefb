import { vi } from 'vitest';

/**
 * How long a test waits for a condition before it fails: a bound, never a pause (a condition that
 * holds ends the wait at once; a busy machine only makes it longer). Below the test timeout, so a
 * failure reports the condition's last error instead of a bare timeout.
 */
const CONDITION_BOUND_MS = 20_000;

/**
 * Resolves with what `check` returns once it stops throwing (an `expect` inside it), checking it
 * again every `intervalMs` (an asynchronous check is not started again before it has answered).
 */
export function eventually<T>(check: () => T | Promise<T>, { intervalMs = 10 } = {}): Promise<T> {
  return vi.waitFor(check, { timeout: CONDITION_BOUND_MS, interval: intervalMs });
}
