import { describe, expect, it } from 'vitest';
import type { VendorApi } from '../types.js';
import type { OpenApiDocument } from './load-spec.js';
import { buildRouteTable } from './route-table.js';

const vendor = { name: 'toy', optionalPathSuffix: '.json' } as VendorApi;
const spec = {
  openapi: '3.1.0',
  info: { title: 'toy', version: '1' },
  paths: {
    '/v/items': { get: { operationId: 'listItems', responses: {} } },
    '/v/items/{id}': { get: { operationId: 'getItem', responses: {} } },
  },
} as unknown as OpenApiDocument;

describe('route table: optional path suffix', () => {
  const table = buildRouteTable([{ vendor, spec }]);

  it('strips the suffix from a trailing path parameter', () => {
    const match = table.match('GET', '/v/items/7.json');
    expect(match.kind === 'found' && [match.route.operationId, match.params]).toEqual(['getItem', { id: '7' }]);
  });

  it('matches a literal last segment with or without the suffix', () => {
    for (const path of ['/v/items', '/v/items.json']) {
      const match = table.match('GET', path);
      expect(match.kind === 'found' && match.route.operationId).toBe('listItems');
    }
  });
});
