// Reading fault actions and frequencies as users write them: a rule's flat JSON, or the X-Sandbox-Fault header.
import { EngineError } from '../errors/engine-error.js';
import type { FaultAction, FaultFrequency } from './faults.js';

/** The longest delay a latency fault may ask for. */
export const MAX_DELAY_MS = 120_000;

/** The action of a rule as a user writes it (flat JSON); a bad one is a 400 naming the field. */
export function parseAction(body: Record<string, unknown>): FaultAction {
  switch (body.action) {
    case 'error': {
      const status = body.status ?? 500;
      if (!Number.isInteger(status) || (status as number) < 400 || (status as number) > 599) fail('status', 'must be an integer from 400 to 599');
      return { type: 'error', status: status as number };
    }
    case 'latency': {
      const [min, max] = body.ms !== undefined ? [body.ms, body.ms] : [body.min_ms, body.max_ms];
      for (const [field, value] of [['min_ms', min], ['max_ms', max]] as const) {
        if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > MAX_DELAY_MS) fail(body.ms !== undefined ? 'ms' : field, `must be a number of milliseconds from 0 to ${MAX_DELAY_MS}`);
      }
      if ((min as number) > (max as number)) fail('min_ms', 'must not be above max_ms');
      return { type: 'latency', min_ms: min as number, max_ms: max as number };
    }
    case 'rate_limit': {
      const after = body.retry_after ?? 60;
      if (!Number.isInteger(after) || (after as number) < 0 || (after as number) > 86_400) fail('retry_after', 'must be whole seconds from 0 to 86400');
      return { type: 'rate_limit', retry_after_seconds: after as number };
    }
    case 'reset':
      return { type: 'reset' };
    case 'timeout':
      return { type: 'timeout' };
    default:
      return fail('action', 'must be one of error, latency, rate_limit, reset, timeout');
  }
}

export function parseFrequency(body: Record<string, unknown>): FaultFrequency {
  if (body.times !== undefined && body.probability !== undefined) fail('times', 'a rule has either times or probability');
  if (body.times !== undefined) {
    if (!Number.isInteger(body.times) || (body.times as number) < 1) fail('times', 'must be a positive integer');
    return { type: 'times', count: body.times as number };
  }
  if (body.probability !== undefined) {
    if (typeof body.probability !== 'number' || body.probability < 0 || body.probability > 1) fail('probability', 'must be a number from 0 to 1');
    const seed = body.seed ?? 1;
    if (!Number.isInteger(seed)) fail('seed', 'must be an integer');
    return { type: 'probability', probability: body.probability, seed: seed as number };
  }
  if (body.seed !== undefined) fail('seed', 'only goes with probability');
  return { type: 'always' };
}

/** `error=503`, `latency=2000`, `latency=100-300`, `rate_limit`, `rate_limit=30`, `reset`, `timeout`. */
export function parseHeader(value: string): FaultAction {
  const [name, argument] = value.trim().split('=', 2).map((s) => s.trim());
  const range = /^(\d+)(?:-(\d+))?$/.exec(argument ?? '');
  const header = (message: string): never => {
    throw new EngineError('invalid_request', `X-Sandbox-Fault: ${message}`, [{ location: 'header', field: 'x-sandbox-fault', message, keyword: 'format' }]);
  };
  switch (name) {
    case 'error':
      if (argument === undefined) return { type: 'error', status: 500 };
      if (!range || range[2] || Number(range[1]) < 400 || Number(range[1]) > 599) return header('error=<400-599>');
      return { type: 'error', status: Number(range[1]) };
    case 'latency':
      if (!range || Number(range[2] ?? range[1]) > MAX_DELAY_MS || Number(range[1]) > Number(range[2] ?? range[1])) return header(`latency=<ms> or latency=<min>-<max>, at most ${MAX_DELAY_MS}`);
      return { type: 'latency', min_ms: Number(range[1]), max_ms: Number(range[2] ?? range[1]) };
    case 'rate_limit':
      if (argument !== undefined && (!range || range[2])) return header('rate_limit or rate_limit=<retry-after seconds>');
      return { type: 'rate_limit', retry_after_seconds: argument === undefined ? 60 : Number(range![1]) };
    case 'reset':
      return { type: 'reset' };
    case 'timeout':
      return { type: 'timeout' };
    default:
      return header('one of error[=status], latency=<ms>[-<ms>], rate_limit[=seconds], reset, timeout');
  }
}

export function fail(field: string, message: string): never {
  throw new EngineError('invalid_request', field ? `"${field}" ${message}.` : `${message}.`);
}
