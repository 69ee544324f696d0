import type { IncomingMessage } from 'node:http';
import { brotliDecompressSync, gunzipSync, inflateSync } from 'node:zlib';
import qs from 'qs';
import { EngineError } from '../errors/engine-error.js';
import type { BodyParsing } from '../types.js';
import { findReservedKey, isReservedKey } from '../safe-keys.js';

export const BODY_LIMIT_BYTES = 1024 * 1024;
/** Deeper bodies are refused at parse time: a 10,000-deep value is only 60 KB but overflows JSON.stringify later. */
export const MAX_BODY_DEPTH = 64;

export interface ParsedBody {
  body: unknown;
  /** True when the body came form-encoded (its values are strings until coerced by the spec). */
  form: boolean;
}

const QS_OPTIONS = { depth: 5, parameterLimit: 1000, arrayLimit: 100, allowPrototypes: false, plainObjects: true } as const;

/** Read and parse a request body the way the vendor accepts it; every failure is an EngineError, never a crash. */
export async function readBody(req: IncomingMessage, parsing: BodyParsing = {}, limit = BODY_LIMIT_BYTES): Promise<ParsedBody> {
  const declared = Number(req.headers['content-length'] ?? 0);
  // Without Content-Length or Transfer-Encoding a request has no body (RFC 9112 6.3): skip the stream listeners.
  if (req.headers['transfer-encoding'] === undefined && declared === 0) {
    req.resume();
    return { body: undefined, form: false };
  }
  const raw = decode(await readRaw(req, limit, Number.isFinite(declared) && declared > limit), req.headers['content-encoding'], limit);
  const text = raw.toString('utf8');
  if (text.trim() === '') return { body: undefined, form: false };

  const type = String(req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
  const isJsonType = type === 'application/json' || type.endsWith('+json');
  if (isJsonType || parsing.json === 'always') return { body: parseJson(text), form: false };
  if (parsing.form && type === 'application/x-www-form-urlencoded') return { body: parseForm(text), form: true };
  throw new EngineError('unsupported_media_type', `Unsupported Content-Type "${type || 'none'}": send the body as application/json${parsing.form ? ' or application/x-www-form-urlencoded' : ''}.`);
}

/** The body's bytes; past `limit` (or when the declared length already is) the rest is drained, then a 413. */
function readRaw(req: IncomingMessage, limit: number, declaredTooLarge: boolean): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = declaredTooLarge;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      // Keep draining after the limit so the client can read our 413 instead of a reset connection.
      if (tooLarge || size > limit) tooLarge = true;
      else chunks.push(chunk);
    });
    req.on('end', () => (tooLarge ? reject(tooLargeError(limit)) : resolve(Buffer.concat(chunks))));
    req.on('error', () => reject(new EngineError('malformed_body', 'The request body could not be read.')));
  });
}

const DECODERS: Record<string, (raw: Buffer, options: { maxOutputLength: number }) => Buffer> = {
  gzip: gunzipSync,
  'x-gzip': gunzipSync,
  deflate: inflateSync,
  br: brotliDecompressSync,
};

/** Undo Content-Encoding (gzip, deflate, br); the decoded body obeys the same size limit, so a zip bomb is a 413. */
function decode(raw: Buffer, header: string | string[] | undefined, limit: number): Buffer {
  const codings = String(header ?? '')
    .split(',')
    .map((c) => c.trim().toLowerCase())
    .filter((c) => c !== '' && c !== 'identity');
  let body = raw;
  for (const coding of codings.reverse()) {
    const decoder = DECODERS[coding];
    if (!decoder) throw new EngineError('unsupported_media_type', `Unsupported Content-Encoding "${coding}": send identity, gzip, deflate or br.`);
    if (body.length === 0) continue;
    try {
      body = decoder(body, { maxOutputLength: limit });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' || error instanceof RangeError) throw tooLargeError(limit);
      throw new EngineError('malformed_body', `The request body is not valid ${coding} data.`);
    }
  }
  return body;
}

export function parseJson(text: string): unknown {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new EngineError('malformed_body', `Malformed JSON in request body: ${(error as Error).message}`);
  }
  checkParsed(value, 'body');
  return value;
}

function parseForm(text: string): unknown {
  const reserved = reservedUrlEncodedKey(text);
  if (reserved !== undefined) throw new EngineError('malformed_body', `The key "${reserved}" is not allowed in a request body.`);
  const value = qs.parse(text, QS_OPTIONS);
  checkParsed(value, 'body');
  return value;
}

/**
 * Parse a query string with nested brackets (filters[a][b]=c). The result has null-prototype objects, so it is safe
 * to read before authentication; `checkQueryKeys` refuses reserved keys once the caller is known.
 */
export function parseQuery(search: string): Record<string, unknown> {
  const text = search.startsWith('?') ? search.slice(1) : search;
  if (text === '') return Object.create(null) as Record<string, unknown>;
  return qs.parse(text, QS_OPTIONS) as Record<string, unknown>;
}

/** Refuse prototype-named query keys, whether qs kept them (constructor) or dropped them (__proto__). */
export function checkQueryKeys(search: string, query: Record<string, unknown>): void {
  const reserved = reservedUrlEncodedKey(search.startsWith('?') ? search.slice(1) : search) ?? findReservedKey(query, 8);
  if (reserved === undefined) return;
  throw new EngineError('invalid_request', `The query parameter "${reserved}" is not allowed.`, [
    { location: 'query', field: reserved, message: `${reserved} is not allowed`, keyword: 'not' },
  ]);
}

/** qs drops a `__proto__` segment silently, so the decoded keys are checked as well as the parsed result. */
function reservedUrlEncodedKey(text: string): string | undefined {
  if (text === '') return undefined;
  for (const pair of text.split('&')) {
    const key = decodeSafely(pair.split('=')[0]);
    const reserved = key.split(/[[\]]+/).find((segment) => isReservedKey(segment));
    if (reserved !== undefined) return reserved;
  }
  return undefined;
}

/** After parsing, whatever the raw text looked like ("\u005f_proto__" included): no reserved key, no deep nesting. */
function checkParsed(value: unknown, what: string): void {
  const problem = inspectValue(value, MAX_BODY_DEPTH);
  if (problem?.kind === 'depth') throw new EngineError('malformed_body', `The request ${what} is nested deeper than ${MAX_BODY_DEPTH} levels.`);
  if (problem?.kind === 'key') throw new EngineError('malformed_body', `The key "${problem.key}" is not allowed in a request ${what}.`);
}

/** Iterative walk (a recursive one would itself overflow on hostile depth). */
export function inspectValue(value: unknown, maxDepth: number): { kind: 'depth' } | { kind: 'key'; key: string } | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  const objects: object[] = [value];
  const depths: number[] = [1];
  while (objects.length > 0) {
    const current = objects.pop()!;
    const depth = depths.pop()!;
    if (depth > maxDepth) return { kind: 'depth' };
    const isArray = Array.isArray(current);
    for (const key of isArray ? [] : Object.keys(current)) if (isReservedKey(key)) return { kind: 'key', key };
    // Only containers are queued: a long array of scalars costs one pass and no allocation per item.
    for (const child of isArray ? (current as unknown[]) : Object.values(current)) {
      if (child !== null && typeof child === 'object') {
        objects.push(child);
        depths.push(depth + 1);
      }
    }
  }
  return undefined;
}

function decodeSafely(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return text;
  }
}

/** The 413 names the limit that applies (1 MiB for vendor bodies, 64 MiB for admin seeds). */
function tooLargeError(limit: number): EngineError {
  return new EngineError('payload_too_large', `The request body is larger than ${limit / (1024 * 1024)} MiB.`);
}
