import type { Clock } from './types.js';

/** A clock the admin API can move forward, so tests can expire tokens without waiting. */
export interface SandboxClock extends Clock {
  advance(ms: number): void;
}

/** Wall-clock time plus an offset moved by POST /__sandbox/clock. */
export function createSystemClock(): SandboxClock {
  let offsetMs = 0;
  return {
    now: () => new Date(Date.now() + offsetMs),
    advance: (ms) => {
      offsetMs += ms;
    },
  };
}

/** A clock that stands still until advanced: deterministic timestamps for tests and fixtures. */
export function createFixedClock(start: Date | string = '2026-01-01T00:00:00Z'): SandboxClock {
  let current = new Date(start).getTime();
  return {
    now: () => new Date(current),
    advance: (ms) => {
      current += ms;
    },
  };
}
