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

describe('route table: every vendor owns its URLs', () => {
  // Two vendors whose spec paths collide exactly, one with a base path, one with its own host name.
  const paths = { '/v1/things': { get: { operationId: 'listThings', responses: {} } } };
  const doc = { openapi: '3.1.0', info: { title: 't', version: '1' }, paths } as unknown as OpenApiDocument;
  const alpha = { name: 'alpha' } as VendorApi;
  const beta = { name: 'beta', hosts: ['api.beta.test'] } as VendorApi;
  const gamma = { name: 'gamma', basePath: '/gamma-api' } as VendorApi;
  const table = buildRouteTable([
    { vendor: alpha, spec: doc },
    { vendor: beta, spec: doc },
    { vendor: gamma, spec: doc },
  ]);
  const vendorOf = (match: ReturnType<typeof table.match>) => (match.kind === 'found' ? match.route.vendor.name : `${match.kind}:${match.vendor?.name}`);

  it('serves each vendor under /<vendor>/ whatever the others declare', () => {
    expect(vendorOf(table.match('GET', '/alpha/v1/things'))).toBe('alpha');
    expect(vendorOf(table.match('GET', '/beta/v1/things'))).toBe('beta');
    expect(vendorOf(table.match('GET', '/gamma/gamma-api/v1/things'))).toBe('gamma');
    expect(table.match('GET', '/beta/v1/things').path).toBe('/v1/things');
  });

  it('gives a Host named by a vendor only that vendor, and an unknown path there that vendor', () => {
    expect(vendorOf(table.match('GET', '/v1/things', 'api.beta.test:4010'))).toBe('beta');
    expect(vendorOf(table.match('GET', '/v1/nothing', 'API.BETA.TEST'))).toBe('none:beta');
  });

  it('puts a base path in front of every route', () => {
    expect(vendorOf(table.match('GET', '/gamma-api/v1/things'))).toBe('gamma');
    expect(vendorOf(table.match('GET', '/v1/things'))).toBe('alpha'); // unscoped, the first registered wins
  });

  it('scopes an unknown path under /<vendor>/ to that vendor', () => {
    const match = table.match('GET', '/gamma/anything');
    expect(match.kind === 'none' && match.scope?.name).toBe('gamma');
  });
});

describe('route table: a vendor whose own paths begin with its name', () => {
  const doc = { openapi: '3.1.0', info: { title: 't', version: '1' }, paths: { '/toy/items': { get: { operationId: 'listItems', responses: {} } } } } as unknown as OpenApiDocument;
  const table = buildRouteTable([{ vendor: { name: 'toy' } as VendorApi, spec: doc }]);

  it('is served both as sent and under its /<vendor>/ prefix', () => {
    expect(table.match('GET', '/toy/items').kind).toBe('found');
    expect(table.match('GET', '/toy/toy/items').kind).toBe('found');
  });
});
