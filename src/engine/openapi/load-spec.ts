import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { OpenAPIV3_1 } from 'openapi-types';
import { parse } from 'yaml';
import { readShippedText } from '../shipped-files.js';

export type OpenApiDocument = OpenAPIV3_1.Document;
export type Operation = OpenAPIV3_1.OperationObject;
export type Parameter = OpenAPIV3_1.ParameterObject;

export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

const cache = new Map<string, OpenApiDocument>();

/** Parse a spec once per process; every server built in a test run shares the parsed document. */
export function loadSpec(file: string): OpenApiDocument {
  let doc = cache.get(file);
  if (!doc) {
    doc = parseCached(readShippedText(file));
    if (!doc || typeof doc.openapi !== 'string' || !doc.openapi.startsWith('3.1')) {
      throw new Error(`${file}: not an OpenAPI 3.1 document`);
    }
    cache.set(file, doc);
  }
  return doc;
}

/**
 * YAML parsing of the five specs was about 0.6 s of every start: the parsed document is kept as JSON in a cache keyed
 * by the text's hash (a changed spec is parsed again). Any cache problem falls back to parsing.
 */
function parseCached(text: string): OpenApiDocument {
  const dir = join(tmpdir(), 'referral-sandbox-spec-cache');
  const cached = join(dir, `${createHash('sha256').update(text).digest('hex').slice(0, 32)}.json`);
  try {
    return JSON.parse(readFileSync(cached, 'utf8')) as OpenApiDocument;
  } catch {
    // not cached yet, or unreadable
  }
  const doc = parse(text) as OpenApiDocument;
  try {
    mkdirSync(dir, { recursive: true });
    const temp = `${cached}.${process.pid}.tmp`;
    writeFileSync(temp, JSON.stringify(doc));
    renameSync(temp, cached); // whole or not at all, also with several sandboxes starting at once
  } catch {
    // a read-only or full temp dir only costs the parse
  }
  return doc;
}

export function specPath(specDir: string, name: string): string {
  return join(specDir, name);
}

/** Resolve a local "#/components/..." reference (parameters, request bodies, responses). */
export function resolveRef<T>(doc: OpenApiDocument, value: T | OpenAPIV3_1.ReferenceObject): T {
  let current: unknown = value;
  for (let hops = 0; hops < 10 && isRef(current); hops++) {
    const pointer = current.$ref.replace(/^#\//, '').split('/').map(unescapePointer);
    current = pointer.reduce<unknown>((node, key) => (node as Record<string, unknown>)?.[key], doc);
    if (current === undefined) throw new Error(`unresolvable $ref in spec: ${(value as { $ref: string }).$ref}`);
  }
  return current as T;
}

function isRef(value: unknown): value is OpenAPIV3_1.ReferenceObject {
  return typeof value === 'object' && value !== null && typeof (value as { $ref?: unknown }).$ref === 'string';
}

function unescapePointer(segment: string): string {
  return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}
