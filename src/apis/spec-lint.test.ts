import { describe, expect, it } from 'vitest';
import { HTTP_METHODS, loadSpec, specPath, type OpenApiDocument } from '../engine/openapi/load-spec.js';
import { buildRouteTable } from '../engine/openapi/route-table.js';
import { SPEC_DIR } from '../server.js';
import { vendors } from './index.js';

// Spectral and Redocly lint every spec in `npm run lint:specs` (part of `npm test`); this file checks only what they
// cannot: the path items marked x-sandbox-alias-of (Prefinery's `.json` forms). They exist so that Prism and other
// tools accept the suffix; the sandbox's route table skips them and strips the vendor's optionalPathSuffix instead,
// so they must say exactly what their originals say.
const ALIAS = 'x-sandbox-alias-of';

type PathItem = NonNullable<NonNullable<OpenApiDocument['paths']>[string]>;
const aliasOf = (item: PathItem) => (item as Record<string, unknown>)[ALIAS] as string | undefined;

describe.each(vendors.map((v) => [v.name, v] as const))('%s spec, x-sandbox-alias-of path items', (_name, vendor) => {
  const spec = loadSpec(specPath(SPEC_DIR, vendor.spec));
  const paths = spec.paths ?? {};
  const aliases = Object.entries(paths).filter(([, item]) => item && aliasOf(item) !== undefined) as Array<[string, PathItem]>;

  it('exist only for a vendor with an optional path suffix, one per path, spelled with that suffix', () => {
    const suffix = vendor.optionalPathSuffix;
    const originals = Object.keys(paths).filter((template) => aliasOf(paths[template]!) === undefined);
    const expected = suffix ? originals.map((template) => [template + suffix, template]) : [];
    expect(aliases.map(([template, item]) => [template, aliasOf(item)]).sort()).toEqual(expected.sort());
  });

  it('repeat their original operation by operation, with the operationId plus "Json"', () => {
    for (const [template, item] of aliases) {
      const original = paths[aliasOf(item)!]!;
      expect(item.parameters, template).toEqual(original.parameters);
      const methods = HTTP_METHODS.filter((method) => original[method]);
      expect(HTTP_METHODS.filter((method) => item[method]), template).toEqual(methods);
      for (const method of methods) {
        const { operationId, summary: _summary, description: _description, ...rest } = item[method]!;
        const { operationId: originalId, summary: _s, description: _d, ...originalRest } = original[method]!;
        expect(operationId, `${method} ${template}`).toBe(`${originalId}Json`);
        expect(rest, `${method} ${template}`).toEqual(originalRest);
      }
    }
  });

  it('are not routes of the sandbox', () => {
    const templates = aliases.map(([template]) => template);
    const routes = buildRouteTable([{ vendor, spec }]).routes;
    expect(routes.filter((route) => templates.some((template) => route.template.endsWith(template)))).toEqual([]);
  });
});
