import { vendors } from '../../src/apis/index.js';
import { loadSpec, specPath } from '../../src/engine/openapi/load-spec.js';
import { buildRouteTable, type RouteTable } from '../../src/engine/openapi/route-table.js';
import { compileSpec } from '../../src/engine/openapi/validators.js';
import { describeResponseProblems } from '../../src/engine/openapi/check-response.js';
import { SPEC_DIR } from '../../src/server.js';

const tables = new Map<string, RouteTable>();

function tableFor(vendorName: string): RouteTable {
  let table = tables.get(vendorName);
  if (!table) {
    const vendor = vendors.find((v) => v.name === vendorName);
    if (!vendor) throw new Error(`unknown vendor ${vendorName}`);
    table = buildRouteTable([{ vendor, spec: loadSpec(specPath(SPEC_DIR, vendor.spec)) }]);
    tables.set(vendorName, table);
  }
  return table;
}

/**
 * Everything wrong with a response measured against the vendor's spec: undeclared status, missing
 * required headers, a body that breaks its schema. Unknown paths are checked only for a JSON body.
 */
export function checkConformance(vendorName: string, method: string, path: string, response: { status: number; headers: Record<string, string>; body: unknown; text: string }): string[] {
  const match = tableFor(vendorName).match(method.toUpperCase(), path.split('?')[0]);
  const isJson = /json/.test(response.headers['content-type'] ?? '');
  if (match.kind !== 'found') return response.text === '' || isJson ? [] : ['error body is not JSON'];
  const vendor = match.route.vendor;
  const validators = compileSpec(loadSpec(specPath(SPEC_DIR, vendor.spec)), vendor.name).operations.get(match.route.operationId)!;
  const body = response.text === '' ? undefined : isJson ? response.body : response.text;
  return describeResponseProblems(validators, response.status, response.headers, body).map((p) => `${match.route.operationId} ${response.status}: ${p}`);
}

/** Everything wrong with a delivered webhook payload measured against the vendor spec's `webhooks` section. */
export function checkWebhookConformance(vendorName: string, eventName: string, payload: unknown): string[] {
  const vendor = vendors.find((v) => v.name === vendorName);
  if (!vendor) throw new Error(`unknown vendor ${vendorName}`);
  return compileSpec(loadSpec(specPath(SPEC_DIR, vendor.spec)), vendor.name).checkWebhook(eventName, payload);
}
