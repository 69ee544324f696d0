import { describe, expect, it } from 'vitest';
import { loadSpec, specPath } from '../engine/openapi/load-spec.js';
import { buildRouteTable } from '../engine/openapi/route-table.js';
import { compileSpec } from '../engine/openapi/validators.js';
import { SPEC_DIR } from '../server.js';
import { vendors } from './index.js';

// Spec lint: the specs drive routing, auth and validation, so they must be sound before anything runs.
describe.each(vendors.map((v) => [v.name, v] as const))('%s spec', (_name, vendor) => {
  const spec = loadSpec(specPath(SPEC_DIR, vendor.spec));

  it('is OpenAPI 3.1 whose schemas all compile', () => {
    expect(spec.openapi).toMatch(/^3\.1\./);
    expect(() => compileSpec(spec, vendor.name)).not.toThrow();
  });

  it('has a handler for every operation and no handler without an operation', () => {
    const operationIds = buildRouteTable([{ vendor, spec }]).routes.map((r) => r.operationId);
    expect(new Set(operationIds).size).toBe(operationIds.length);
    expect(Object.keys(vendor.handlers).sort()).toEqual([...operationIds].sort());
  });

  it('declares every security scheme its requirements name', () => {
    const schemes = Object.keys(spec.components?.securitySchemes ?? {});
    for (const requirement of spec.security ?? []) for (const name of Object.keys(requirement)) expect(schemes).toContain(name);
    for (const name of Object.keys(vendor.defaultCredentials)) expect(schemes).toContain(name);
  });
});

describe('all vendors on one server', () => {
  it('serve their real paths without collisions', () => {
    const table = buildRouteTable(vendors.map((vendor) => ({ vendor, spec: loadSpec(specPath(SPEC_DIR, vendor.spec)) })));
    const keys = table.routes.map((r) => `${r.method} ${r.template.replace(/\{[^}]+\}/g, '{}')}`);
    expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
  });
});
