import Ajv2020, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { OpenAPIV3_1 } from 'openapi-types';
import type { ValidationIssue } from '../errors/engine-error.js';
import { HTTP_METHODS, resolveRef, type OpenApiDocument, type Parameter } from './load-spec.js';

export interface ResponseSpec {
  validateBody?: ValidateFunction;
  requiredHeaders: string[];
}

export interface OperationValidators {
  operationId: string;
  /** Validates and coerces path, query and header parameters in place. */
  checkParams(input: { path: Record<string, unknown>; query: Record<string, unknown>; headers: Record<string, unknown> }): ValidationIssue[];
  /** Validates a parsed body; `form` bodies are coerced from strings first. */
  checkBody(body: unknown, form: boolean): ValidationIssue[];
  bodyRequired: boolean;
  hasBody: boolean;
  /** The JSON request body's schema as the spec writes it ($refs unresolved), for casting (rails-params.ts). */
  bodySchema?: unknown;
  /** Response spec for a status: exact code, then "4XX"-style range, then default. */
  responseFor(status: number): ResponseSpec | undefined;
}

export interface CompiledSpec {
  operations: Map<string, OperationValidators>;
  /** Problems of a webhook payload against the spec's top-level `webhooks` entry of that name (compiled on first use). */
  checkWebhook(name: string, payload: unknown): string[];
}

const compiled = new WeakMap<OpenApiDocument, CompiledSpec>();

/** Compile every operation's validators once per spec document (shared by all servers in a process). */
export function compileSpec(doc: OpenApiDocument, name: string): CompiledSpec {
  let result = compiled.get(doc);
  if (result) return result;
  const base = `https://referral-sandbox.local/specs/${name}`;
  const strictAjv = createAjv(false, true);
  const coercingAjv = createAjv('array', true);
  // First-error twins, compiled on first use: ajv's allErrors mode concatenates error arrays per $ref call, which is
  // quadratic in the number of errors, so a large body is checked only up to its first error.
  let strictFirst: Ajv2020 | undefined;
  let coercingFirst: Ajv2020 | undefined;
  const firstErrorAjv = (form: boolean) => {
    const make = (coerce: false | 'array') => {
      const ajv = createAjv(coerce, false);
      ajv.addSchema({ $id: base, components: doc.components ?? {} }, undefined, undefined, false);
      return ajv;
    };
    return form ? (coercingFirst ??= make('array')) : (strictFirst ??= make(false));
  };
  // Not checked against the meta-schema here: the specs are linted in npm test (Spectral, Redocly), and checking
  // every component at each start cost about half a second.
  for (const ajv of [strictAjv, coercingAjv]) ajv.addSchema({ $id: base, components: doc.components ?? {} }, undefined, undefined, false);
  const rebase = (schema: unknown) => rewriteRefs(schema, base);

  const operations = new Map<string, OperationValidators>();
  for (const item of Object.values(doc.paths ?? {})) {
    if (!item) continue;
    for (const method of HTTP_METHODS) {
      const operation = item[method] as OpenAPIV3_1.OperationObject | undefined;
      if (!operation?.operationId) continue;
      const parameters = [...((item.parameters as unknown[]) ?? []), ...((operation.parameters as unknown[]) ?? [])].map((p) =>
        resolveRef<Parameter>(doc, p as Parameter),
      );
      const paramsSchema = { type: 'object', properties: {} as Record<string, unknown> };
      for (const location of ['path', 'query', 'header'] as const) {
        const own = parameters.filter((p) => p.in === location);
        paramsSchema.properties[location] = {
          type: 'object',
          properties: Object.fromEntries(own.map((p) => [location === 'header' ? p.name.toLowerCase() : p.name, rebase(p.schema ?? {})])),
          required: own.filter((p) => p.required).map((p) => (location === 'header' ? p.name.toLowerCase() : p.name)),
        };
      }
      // Request validators are compiled on an operation's first request too: compiling all of them was most of
      // start-up, and an operation a run never calls should not cost it anything.
      let validateParams: ValidateFunction | undefined;
      const requestBody = operation.requestBody ? resolveRef<OpenAPIV3_1.RequestBodyObject>(doc, operation.requestBody) : undefined;
      const bodySchema = requestBody ? pickJsonSchema(requestBody.content) : undefined;
      let validateBody: ValidateFunction | undefined;
      let validateForm: ValidateFunction | undefined;
      const firstError: { json?: ValidateFunction; form?: ValidateFunction } = {};
      // Response validators are compiled on first use: only tests and --validate-responses need them, and compiling
      // all of them cost about a quarter of start-up.
      const responseObjects = new Map(Object.entries(operation.responses ?? {}).map(([code, response]) => [code.toUpperCase(), response]));
      const responses = new Map<string, ResponseSpec>();
      const responseSpec = (code: string): ResponseSpec | undefined => {
        const cached = responses.get(code);
        if (cached) return cached;
        const response = responseObjects.get(code);
        if (!response) return undefined;
        const resolved = resolveRef<OpenAPIV3_1.ResponseObject>(doc, response);
        const schema = pickJsonSchema(resolved.content);
        const spec: ResponseSpec = {
          validateBody: schema ? strictAjv.compile(rebase(schema) as object) : undefined,
          requiredHeaders: Object.entries(resolved.headers ?? {})
            .filter(([, h]) => resolveRef<OpenAPIV3_1.HeaderObject>(doc, h).required)
            .map(([headerName]) => headerName.toLowerCase()),
        };
        responses.set(code, spec);
        return spec;
      };
      operations.set(operation.operationId, {
        operationId: operation.operationId,
        bodyRequired: Boolean(requestBody?.required),
        hasBody: Boolean(bodySchema),
        bodySchema,
        checkParams(input) {
          validateParams ??= coercingAjv.compile(paramsSchema);
          return validateParams(input) ? [] : toIssues(validateParams.errors, 'path');
        },
        checkBody(body, form) {
          if (!bodySchema) return [];
          validateBody ??= strictAjv.compile(rebase(bodySchema) as object);
          const small = countValues(body, ALL_ERRORS_VALUE_LIMIT) <= ALL_ERRORS_VALUE_LIMIT;
          const validate = small
            ? form
              ? (validateForm ??= coercingAjv.compile(rebase(bodySchema) as object))
              : validateBody
            : (firstError[form ? 'form' : 'json'] ??= firstErrorAjv(form).compile(rebase(bodySchema) as object));
          return validate(body) ? [] : toIssues(validate.errors, 'body');
        },
        responseFor(status) {
          return responseSpec(String(status)) ?? responseSpec(`${String(status)[0]}XX`) ?? responseSpec('DEFAULT');
        },
      });
    }
  }
  const webhookValidators = new Map<string, ValidateFunction>();
  const checkWebhook = (name: string, payload: unknown): string[] => {
    let validate = webhookValidators.get(name);
    if (!validate) {
      const item = (doc.webhooks ?? {})[name] as OpenAPIV3_1.PathItemObject | undefined;
      const requestBody = item?.post?.requestBody ? resolveRef<OpenAPIV3_1.RequestBodyObject>(doc, item.post.requestBody) : undefined;
      const schema = requestBody ? pickJsonSchema(requestBody.content) : undefined;
      if (!schema) return [`the spec has no webhooks.${name} with a POST request body`];
      validate = strictAjv.compile(rebase(schema) as object);
      webhookValidators.set(name, validate);
    }
    return validate(payload) ? [] : toIssues(validate.errors, 'body').map((i) => i.message);
  };
  result = { operations, checkWebhook };
  compiled.set(doc, result);
  return result;
}

/** Bodies with more JSON values than this are validated up to their first error (see firstErrorAjv). */
export const ALL_ERRORS_VALUE_LIMIT = 2000;

/** The number of JSON values in a parsed body, counting stops just past `stopAfter`. */
export function countValues(value: unknown, stopAfter: number): number {
  let count = 1;
  const stack: unknown[] = [value];
  while (stack.length > 0 && count <= stopAfter) {
    const current = stack.pop();
    if (current === null || typeof current !== 'object') continue;
    const children = Array.isArray(current) ? current : Object.values(current);
    count += children.length;
    for (const child of children) if (child !== null && typeof child === 'object') stack.push(child);
  }
  return count;
}

function createAjv(coerceTypes: false | 'array', allErrors: boolean) {
  // strict: false because OpenAPI schemas carry keywords JSON Schema does not know (example, xml, discriminator).
  const ajv = new Ajv2020({ strict: false, allErrors, coerceTypes, useDefaults: false, validateFormats: true });
  addFormats(ajv);
  return ajv;
}

function pickJsonSchema(content: Record<string, OpenAPIV3_1.MediaTypeObject> | undefined): unknown {
  if (!content) return undefined;
  const json = Object.entries(content).find(([type]) => /json/i.test(type));
  return (json ?? Object.entries(content)[0])?.[1]?.schema;
}

function rewriteRefs(schema: unknown, base: string): unknown {
  if (Array.isArray(schema)) return schema.map((s) => rewriteRefs(s, base));
  if (!schema || typeof schema !== 'object') return schema;
  return Object.fromEntries(
    Object.entries(schema).map(([k, v]) => [k, k === '$ref' && typeof v === 'string' && v.startsWith('#') ? base + v : rewriteRefs(v, base)]),
  );
}

/** An error body lists at most this many issues: enough to fix a request, never a megabyte of echoes. */
export const MAX_ISSUES = 20;

/**
 * Turn ajv errors into issues with a dotted field path (params errors carry their location as the first segment).
 * Linear: a keyed set dedupes, and the walk stops at MAX_ISSUES.
 */
export function toIssues(errors: ErrorObject[] | null | undefined, fallback: ValidationIssue['location']): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const seen = new Set<string>();
  for (const error of errors ?? []) {
    if (issues.length >= MAX_ISSUES) break;
    let segments = error.instancePath.split('/').slice(1).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
    if (error.keyword === 'required') segments.push(String(error.params.missingProperty));
    if (error.keyword === 'additionalProperties') segments.push(String(error.params.additionalProperty));
    let location = fallback;
    if (fallback !== 'body' && ['path', 'query', 'header'].includes(segments[0])) {
      location = segments[0] as ValidationIssue['location'];
      segments = segments.slice(1);
    }
    const field = segments.join('.');
    const key = `${location}\u0000${field}\u0000${error.keyword}`;
    if (error.keyword === 'if' || seen.has(key)) continue;
    seen.add(key);
    issues.push({ location, field, message: `${field || 'body'} ${error.message ?? 'is invalid'}`, keyword: error.keyword, params: error.params });
  }
  return issues;
}
