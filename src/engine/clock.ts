import type { Clock } from './types.js';

/**
 * The sandbox's "now": token expiry, rate-limit windows, webhook retries and every timestamp follow it.
 * The admin API sets, advances, freezes and resets it.
 */
export interface SandboxClock extends Clock {
  advance(ms: number): void;
  /** Jump to an absolute time; a running clock keeps running from there, a frozen one stays there. */
  set(to: Date): void;
  /** Stop time where it is (until unfreeze or reset). */
  freeze(): void;
  /** Let time run again from where it stands. */
  unfreeze(): void;
  readonly frozen: boolean;
  /** Back to how the clock was made (wall time, or the fixed start). */
  reset(): void;
  /** Where the clock stands, for replicas to follow (the team store shares it). */
  exportState(): ClockState;
  importState(state: ClockState): void;
}

/** Time is `base` plus, while running, the wall time elapsed since `since` (epoch milliseconds). */
export interface ClockState {
  base: number;
  since: number;
  frozen: boolean;
}

/**
 * One implementation for both kinds: time is `base` plus, while running, the wall time elapsed since `since`.
 * A system clock starts running at wall time; a fixed clock starts frozen at its start.
 */
function createClock(start: () => number, startFrozen: boolean): SandboxClock {
  let base = start();
  let since = Date.now();
  let frozen = startFrozen;
  const now = () => (frozen ? base : base + (Date.now() - since));
  const moveTo = (ms: number) => {
    base = ms;
    since = Date.now();
  };
  return {
    now: () => new Date(now()),
    advance: (ms) => moveTo(now() + ms),
    set: (to) => moveTo(to.getTime()),
    freeze: () => {
      moveTo(now());
      frozen = true;
    },
    unfreeze: () => {
      moveTo(now());
      frozen = false;
    },
    get frozen() {
      return frozen;
    },
    reset: () => {
      moveTo(start());
      frozen = startFrozen;
    },
    exportState: () => ({ base, since, frozen }),
    importState: (state) => {
      if (![state?.base, state?.since].every(Number.isFinite)) return;
      ({ base, since } = state);
      frozen = state.frozen === true;
    },
  };
}

/** Wall-clock time, movable by the admin API. */
export function createSystemClock(): SandboxClock {
  return createClock(() => Date.now(), false);
}

/** A clock that stands still until advanced: deterministic timestamps for tests and fixtures. */
export function createFixedClock(start: Date | string = '2026-01-01T00:00:00Z'): SandboxClock {
  const at = new Date(start).getTime();
  return createClock(() => at, true);
}

const DURATION = /^P(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;

/** Milliseconds of an ISO 8601 duration of days and time (P1D, PT2H30M, P1DT0.5S), or undefined if it is not one. */
export function parseIsoDuration(text: string): number | undefined {
  const match = DURATION.exec(text);
  if (!match || text === 'P' || text.endsWith('T')) return undefined;
  const [, d = '0', h = '0', m = '0', s = '0'] = match;
  return Math.round(((Number(d) * 24 + Number(h)) * 60 + Number(m)) * 60_000 + Number(s) * 1000);
}
