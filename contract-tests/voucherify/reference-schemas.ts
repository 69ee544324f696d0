// Voucherify's own OpenAPI 3.0 schemas for the six holder operations (copied from
// voucherifyio/voucherify-openapi, see x-extracted-from inside), compiled with ajv so every holder response
// the sandbox gives is checked against the vendor's schemas as well as against specs/voucherify.yaml.
import { readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

const FILE = new URL('./reference/voucherify-referrals-openapi.json', import.meta.url);

interface ReferenceOperation {
  operationId: string;
  parameters?: Array<{ name: string; in: string; schema?: unknown; $ref?: string }>;
  requestBody?: { content: Record<string, { schema: unknown }> };
  responses: Record<string, { content?: Record<string, { schema: unknown; examples?: Record<string, { value?: unknown }> }> }>;
}

export const referenceDoc = JSON.parse(readFileSync(FILE, 'utf8')) as {
  paths: Record<string, Record<string, ReferenceOperation | unknown[]>>;
  components: { schemas: Record<string, any>; parameters: Record<string, any>; securitySchemes: Record<string, any> };
};

/**
 * Two readings of the reference, both forced by Voucherify's own examples: (1) `nullable: true` beside `allOf` (no
 * `type`, which ajv's `nullable` needs) means "this or null"; (2) an optional property may be null: the per-tag
 * files the conversion and list operations come from leave out `nullable` where the same file's examples send null
 * (List Vouchers' example has `gift`, `start_date`, `validity_timeframe` and `additional_info` null, typed string or
 * object); (3) `oneOf` reads as `anyOf`: its branches are not mutually exclusive (Redeem Voucher's discount,
 * gift-card and loyalty-card redemption objects all accept a discount redemption, so its own example matches more
 * than one). Required properties stay as strict as written.
 */
function loosen(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(loosen);
  if (!node || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) out[key === 'oneOf' ? 'anyOf' : key] = key === 'example' || key === 'examples' ? value : loosen(value);
  if (out.properties && typeof out.properties === 'object') {
    const required = new Set(Array.isArray(out.required) ? (out.required as string[]) : []);
    const props = out.properties as Record<string, unknown>;
    for (const [name, schema] of Object.entries(props)) if (!required.has(name)) props[name] = { anyOf: [{ type: 'null' }, schema] };
  }
  if (out.nullable === true && out.type === undefined) {
    const { nullable: _nullable, ...rest } = out;
    return { anyOf: [{ type: 'null' }, rest] };
  }
  return out;
}

// OpenAPI 3.0 is draft-04-ish with `nullable`, which ajv understands; `example` needs strict off.
const ajv = new Ajv({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addSchema({ $id: 'voucherify-reference', components: loosen(referenceDoc.components) });

const compiled = new Map<string, ValidateFunction>();
function validatorFor(schema: unknown): ValidateFunction {
  const ref = (schema as { $ref?: string }).$ref;
  const key = ref ?? JSON.stringify(schema);
  let validate = compiled.get(key);
  if (!validate) {
    validate = ref ? ajv.compile({ $ref: `voucherify-reference${ref}` }) : ajv.compile(loosen(schema) as object);
    compiled.set(key, validate);
  }
  return validate;
}

export const referenceErrorSchema = validatorFor({ $ref: '#/components/schemas/Error' });

const routes = Object.entries(referenceDoc.paths).flatMap(([template, item]) =>
  Object.entries(item)
    .filter(([method]) => method !== 'parameters')
    .map(([method, operation]) => ({
      method: method.toUpperCase(),
      pattern: new RegExp(`^${template.replace(/\{[^}]+\}/g, '[^/]+')}$`),
      operation: operation as ReferenceOperation,
    })),
);

/** The reference operation for a request, or undefined when the path is not one of the six. */
export function findReferenceOperation(method: string, path: string): ReferenceOperation | undefined {
  const bare = path.split('?')[0];
  return routes.find((r) => r.method === method.toUpperCase() && r.pattern.test(bare))?.operation;
}

/**
 * Problems of a response measured against Voucherify's own schemas. Statuses the reference does not list
 * (401, a 400 on the list) are errors all the same, so they are held to its Error schema.
 */
export function checkAgainstReference(method: string, path: string, status: number, body: unknown, text: string): string[] {
  const operation = findReferenceOperation(method, path);
  if (!operation) return [];
  const declared = operation.responses[String(status)];
  const schema = declared?.content?.['application/json']?.schema;
  if (declared && !schema) return text === '' ? [] : [`${operation.operationId} ${status}: reference declares no body`];
  const validate = schema ? validatorFor(schema) : status >= 400 ? referenceErrorSchema : undefined;
  if (!validate) return [`${operation.operationId} ${status}: status not in the reference`];
  if (validate(body)) return [];
  // (4) A body that is one of the reference's own examples for this status passes: Introspect OAuth Token's
  // `{active: false}` example breaks its schema's required list.
  const examples = Object.values(declared?.content?.['application/json']?.examples ?? {}).map((e) => e.value);
  if (examples.some((example) => isDeepStrictEqual(example, body))) return [];
  return (validate.errors ?? []).map((e) => `${operation.operationId} ${status} (reference): body${e.instancePath} ${e.message}`);
}
