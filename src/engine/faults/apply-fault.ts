// Acting out a fault on one request (the rules that pick it live in faults.ts).
import type { IncomingMessage } from 'node:http';
import type { SandboxClock } from '../clock.js';
import { EngineError } from '../errors/engine-error.js';
import { rateLimited, type FaultAction } from './faults.js';

/** Thrown for reset and timeout faults: the request gets no answer at all. */
export const NO_ANSWER = Symbol('no answer');
/** A timed-out request is held at most this long, then its connection is closed. */
const TIMEOUT_HOLD_MS = 5 * 60_000;

/** Act out a fault on a request: delay it, fail it in the vendor's format, or drop or hold its connection. */
/**
 * `documentedLimit`: the operation's limit as the vendor documents it, for the limit headers of an injected 429
 * (a client reading X-RateLimit-Limit: 0 would think it may never call again).
 */
export async function applyFault(action: FaultAction, req: IncomingMessage, clock: SandboxClock, documentedLimit = 0): Promise<void> {
  switch (action.type) {
    case 'latency':
      await new Promise((resolve) => setTimeout(resolve, action.min_ms + Math.round(Math.random() * (action.max_ms - action.min_ms))));
      return;
    case 'error':
      throw new EngineError('injected_error', `Injected fault: ${action.status}.`, [], { status: action.status });
    case 'rate_limit': {
      const retryAfterSeconds = action.retry_after_seconds;
      throw rateLimited({ limit: documentedLimit, remaining: 0, retryAfterSeconds, resetAt: new Date(clock.now().getTime() + retryAfterSeconds * 1000) }, 'Injected rate limit.');
    }
    case 'reset':
      req.socket.destroy();
      throw NO_ANSWER;
    case 'timeout': {
      req.resume(); // read and drop the body; never answer
      const hold = setTimeout(() => req.socket.destroy(), TIMEOUT_HOLD_MS);
      hold.unref();
      req.socket.once('close', () => clearTimeout(hold));
      throw NO_ANSWER;
    }
  }
}

/** How the journal names an action. */
export function describeAction(action: FaultAction): string {
  switch (action.type) {
    case 'error':
      return `error ${action.status}`;
    case 'latency':
      return action.min_ms === action.max_ms ? `latency ${action.min_ms} ms` : `latency ${action.min_ms}-${action.max_ms} ms`;
    case 'rate_limit':
      return `rate_limit retry-after ${action.retry_after_seconds} s`;
    default:
      return action.type;
  }
}
