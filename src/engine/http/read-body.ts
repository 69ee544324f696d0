import type { IncomingMessage } from 'node:http';
import qs from 'qs';
import { EngineError } from '../errors/engine-error.js';
import type { BodyParsing } from '../types.js';

export const BODY_LIMIT_BYTES = 1024 * 1024;

export interface ParsedBody {
  body: unknown;
  /** True when the body came form-encoded (its values are strings until coerced by the spec). */
  form: boolean;
}

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Read and parse a request body the way the vendor accepts it; every failure is an EngineError, never a crash. */
export async function readBody(req: IncomingMessage, parsing: BodyParsing = {}, limit = BODY_LIMIT_BYTES): Promise<ParsedBody> {
  const declared = Number(req.headers['content-length'] ?? 0);
  const raw = await readRaw(req, Number.isFinite(declared) && declared > limit ? 0 : limit);
  const text = raw.toString('utf8');
  if (text.trim() === '') return { body: undefined, form: false };

  const type = String(req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
  const isJsonType = type === 'application/json' || type.endsWith('+json');
  if (isJsonType || parsing.json === 'always') return { body: parseJson(text), form: false };
  if (parsing.form && type === 'application/x-www-form-urlencoded') return { body: parseForm(text), form: true };
  throw new EngineError('unsupported_media_type', `Unsupported Content-Type "${type || 'none'}": send the body as application/json${parsing.form ? ' or application/x-www-form-urlencoded' : ''}.`);
}

function readRaw(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = limit === 0 && Number(req.headers['content-length'] ?? 0) > 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      // Keep draining after the limit so the client can read our 413 instead of a reset connection.
      if (size > limit) tooLarge = true;
      else chunks.push(chunk);
    });
    req.on('end', () => (tooLarge ? reject(new EngineError('payload_too_large')) : resolve(Buffer.concat(chunks))));
    req.on('error', () => reject(new EngineError('malformed_body', 'The request body could not be read.')));
  });
}

export function parseJson(text: string): unknown {
  let forbidden: string | undefined;
  let value: unknown;
  try {
    // The reviver only runs when a suspicious key could be present; plain bodies parse at full speed.
    const suspicious = /"(__proto__|constructor|prototype)"/.test(text);
    value = suspicious
      ? JSON.parse(text, (key, v) => {
          if (FORBIDDEN_KEYS.has(key)) forbidden = key;
          return v;
        })
      : JSON.parse(text);
  } catch (error) {
    throw new EngineError('malformed_body', `Malformed JSON in request body: ${(error as Error).message}`);
  }
  if (forbidden) throw new EngineError('malformed_body', `The key "${forbidden}" is not allowed in a request body.`);
  return value;
}

function parseForm(text: string): unknown {
  const forbidden = /(^|&|\[)(__proto__|constructor|prototype)(\]|=|\[|&|$)/.exec(decodeSafely(text));
  if (forbidden) throw new EngineError('malformed_body', `The key "${forbidden[2]}" is not allowed in a request body.`);
  return qs.parse(text, { depth: 5, parameterLimit: 1000, arrayLimit: 100, allowPrototypes: false, plainObjects: true });
}

/** Parse a query string with nested brackets (filters[a][b]=c), rejecting prototype keys. */
export function parseQuery(search: string): Record<string, unknown> {
  const text = search.startsWith('?') ? search.slice(1) : search;
  if (text === '') return {};
  const forbidden = /(^|&|\[)(__proto__|constructor|prototype)(\]|=|\[|&|$)/.exec(decodeSafely(text));
  if (forbidden) throw new EngineError('invalid_request', `The query parameter "${forbidden[2]}" is not allowed.`, [
    { location: 'query', field: forbidden[2], message: `${forbidden[2]} is not allowed`, keyword: 'not' },
  ]);
  return qs.parse(text, { depth: 5, parameterLimit: 1000, arrayLimit: 100, allowPrototypes: false, plainObjects: true }) as Record<string, unknown>;
}

function decodeSafely(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return text;
  }
}
