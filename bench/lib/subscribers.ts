// N Partnero subscribers for the benchmarks, the same records for every store and peer: cloned from the default
// scenario's first subscriber (so fields added to the record later come along), with unique key, id, email and
// codes, and about 10% referred by an earlier one. Deterministic, and generated lazily: a million records are
// written or sent chunk by chunk, never held as one array.
import { mulberry32 } from '../../src/engine/ids.js';

export const PARTNERO_AUTH = { Authorization: 'Bearer pn_sandbox_key' };

export type Subscriber = Record<string, unknown>;

/** The public id of bench record i: what GET /v1/subscribers/{id} asks for. */
export const benchId = (i: number) => `bench-${i}`;
const benchKey = (i: number) => `sub_b${i.toString(16).padStart(11, '0')}`;
const benchCode = (i: number) => `b${i.toString(36).padStart(6, '0')}`;

/** A seeded PRNG in [0, 1), so the referral graph is the same on every run. */
export function seededRandom(seed: number): () => number {
  const next = mulberry32(seed);
  return () => next() / 4294967296;
}

export function* benchSubscribers(template: Subscriber, count: number): Generator<Subscriber> {
  const random = seededRandom(7);
  for (let i = 0; i < count; i++) {
    const referred = i > 0 && random() < 0.1;
    yield {
      ...template,
      key: benchKey(i),
      id: benchId(i),
      name: `Bench Subscriber ${i}`,
      email: `bench-${i}@example.com`,
      status: 'active',
      approved: true,
      referred_by: referred ? benchKey(Math.floor(random() * i)) : null,
      share_code: benchCode(i),
      portal_code: `${benchCode(i)}/bench${i.toString(36).padStart(11, '0')}`,
      created_at: '2026-01-01T00:00:00.000000Z',
      updated_at: '2026-01-01T00:00:00.000000Z',
    };
  }
}

/** Chunks of at most `size` from a generator (admin seed requests, file writes). */
export function* chunked<T>(items: Iterable<T>, size: number): Generator<T[]> {
  let chunk: T[] = [];
  for (const item of items) {
    chunk.push(item);
    if (chunk.length === size) {
      yield chunk;
      chunk = [];
    }
  }
  if (chunk.length) yield chunk;
}

/** Half the admin API's 64 MiB body limit: room for records that grow, and few requests (about 90,000 records each). */
const SEED_REQUEST_BYTES = 32 * 2 ** 20;

/** Seed documents of whole records, each at most SEED_REQUEST_BYTES, built as text so a million never sit in memory. */
function* seedBodies(template: Subscriber, count: number): Generator<{ body: string; records: number }> {
  let parts: string[] = [];
  let bytes = 0;
  const body = () => `{"partnero":{"tenants":[{"id":"default","data":{"subscribers":[${parts.join(',')}]}}]}}`;
  for (const record of benchSubscribers(template, count)) {
    const text = JSON.stringify(record);
    if (bytes + text.length > SEED_REQUEST_BYTES && parts.length) {
      yield { body: body(), records: parts.length };
      parts = [];
      bytes = 0;
    }
    parts.push(text);
    bytes += text.length + 1;
  }
  if (parts.length) yield { body: body(), records: parts.length };
}

/**
 * POSTs the records to /__sandbox/seed, as few requests as the body limit allows (a user seeding a big fixture would
 * do the same). Gives up at the deadline: one request cannot be interrupted, so the caller stops the server.
 * Returns the seconds taken, and how far it got.
 */
export async function seedThroughAdmin(
  base: string,
  template: Subscriber,
  count: number,
  capSeconds: number,
): Promise<{ seconds: number; done: boolean; seeded: number }> {
  const started = performance.now();
  const deadline = started + capSeconds * 1000;
  const elapsed = () => (performance.now() - started) / 1000;
  let seeded = 0;
  for (const { body, records } of seedBodies(template, count)) {
    const left = Math.ceil(deadline - performance.now());
    if (left <= 0) return { seconds: elapsed(), done: false, seeded };
    let res: Response;
    try {
      res = await fetch(`${base}/__sandbox/seed`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body, signal: AbortSignal.timeout(left) });
    } catch (error) {
      if ((error as Error).name === 'TimeoutError') return { seconds: elapsed(), done: false, seeded };
      throw error;
    }
    const text = await res.text();
    if (res.status !== 200) throw new Error(`POST /__sandbox/seed answered ${res.status}: ${text.slice(0, 500)}`);
    seeded += records;
  }
  return { seconds: elapsed(), done: true, seeded };
}
