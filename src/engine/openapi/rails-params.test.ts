import { describe, expect, it } from 'vitest';
import type { OpenApiDocument } from './load-spec.js';
import { castRailsStrings, keepLastQueryValues } from './rails-params.js';

describe('Rack query parsing', () => {
  it('a repeated key keeps its last value; key[] stays a list; a key given once is left alone', () => {
    expect(keepLastQueryValues('?api_key=a&api_key=b', { api_key: ['a', 'b'] })).toEqual({ api_key: 'b' });
    expect(keepLastQueryValues('tag[]=a&tag[]=b', { tag: ['a', 'b'] })).toEqual({ tag: ['a', 'b'] });
    expect(keepLastQueryValues('tag%5B%5D=a&tag%5B%5D=b', { tag: ['a', 'b'] })).toEqual({ tag: ['a', 'b'] });
    expect(keepLastQueryValues('page=2', { page: '2' })).toEqual({ page: '2' });
  });
});

describe('Rails attribute casting of JSON strings', () => {
  const doc = {
    openapi: '3.1.0',
    info: { title: 't', version: '1' },
    components: {
      schemas: {
        Fields: { type: 'object', properties: { referrer_id: { type: ['integer', 'null'] }, vip: { type: 'boolean' }, ratio: { type: 'number' }, name: { type: ['string', 'null'] } } },
        Body: { type: 'object', properties: { tester: { allOf: [{ $ref: '#/components/schemas/Fields' }] }, ids: { type: 'array', items: { type: 'integer' } } } },
      },
    },
  } as unknown as OpenApiDocument;
  const body = { $ref: '#/components/schemas/Body' };

  it('casts ids, numbers and booleans through $ref and allOf, and leaves strings and what it cannot cast', () => {
    const input = { tester: { referrer_id: ' 12 ', vip: 'false', ratio: '1.5', name: '12', extra: '7' }, ids: ['1', 'x'] };
    expect(castRailsStrings(doc, body, input)).toEqual({ tester: { referrer_id: 12, vip: false, ratio: 1.5, name: '12', extra: '7' }, ids: [1, 'x'] });
    expect(castRailsStrings(doc, body, { tester: { referrer_id: '', vip: 'yes', ratio: '1e400x' } })).toEqual({ tester: { referrer_id: null, vip: 'yes', ratio: '1e400x' } });
    expect(castRailsStrings(doc, body, { tester: { referrer_id: '99999999999999999999' } })).toEqual({ tester: { referrer_id: '99999999999999999999' } });
    for (const word of ['1', 't', 'true', 'on']) expect(castRailsStrings(doc, body, { tester: { vip: word } })).toEqual({ tester: { vip: true } });
    for (const word of ['0', 'f', 'FALSE', 'off']) expect(castRailsStrings(doc, body, { tester: { vip: word } })).toEqual({ tester: { vip: false } });
  });
});
