import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { createToyApp, toy } from './test-support/toy-vendor.js';

const auth = { Authorization: 'Bearer toy_key' };

describe('routing', () => {
  const app = createToyApp();

  it('matches literal segments before {params}', async () => {
    const res = await request(app).get('/toy/items/special').set(auth);
    expect(res.status).toBe(200);
    expect(res.body.name).toBe('special');
  });

  it('coerces path params to the spec type and rejects ones that do not fit', async () => {
    expect((await request(app).get('/toy/items/100').set(auth)).body).toEqual({ id: 100, name: 'seeded' });
    const bad = await request(app).get('/toy/items/abc').set(auth);
    expect(bad.status).toBe(422);
    expect(bad.body.toy_error.issues[0]).toMatchObject({ location: 'path', field: 'id', keyword: 'type' });
  });

  it('answers an unknown path in the owning vendor envelope, and a path nobody owns in plain JSON', async () => {
    const owned = await request(app).get('/toy/items/100/extra').set(auth);
    expect(owned.status).toBe(404);
    expect(owned.body.toy_error.kind).toBe('not_found');
    const unowned = await request(app).get('/elsewhere');
    expect(unowned.status).toBe(404);
    expect(unowned.body.message).toMatch(/No route/);
  });

  it('answers a wrong method with 405 and an Allow header', async () => {
    const res = await request(app).patch('/toy/items').set(auth);
    expect(res.status).toBe(405);
    expect(res.headers.allow).toBe('GET, POST');
    expect(res.body.toy_error.kind).toBe('method_not_allowed');
  });

  it("answers a spec'd operation without a handler with 501 in the vendor's envelope", async () => {
    const res = await request(app).delete('/toy/items/100').set(auth);
    expect(res.status).toBe(501);
    expect(res.body.toy_error.kind).toBe('not_implemented');
  });
});

describe('authentication from the spec security schemes', () => {
  const app = createToyApp();

  it('refuses a missing or unknown credential with 401 in the vendor envelope', async () => {
    for (const headers of [{}, { Authorization: 'Bearer nope' }, { Authorization: 'Basic dG95X2tleTo=' }]) {
      const res = await request(app).get('/toy/items').set(headers);
      expect(res.status).toBe(401);
      expect(res.body.toy_error.kind).toBe('unauthorized');
    }
  });

  it('accepts any one alternative requirement, and needs every scheme of an AND pair', async () => {
    expect((await request(app).get('/toy/items').set({ 'X-Toy-Id': 'toy_id', 'X-Toy-Token': 'toy_token' })).status).toBe(200);
    expect((await request(app).get('/toy/items').set({ 'X-Toy-Id': 'toy_id' })).status).toBe(401);
    expect((await request(app).get('/toy/items').set({ 'X-Toy-Id': 'toy_id', 'X-Toy-Token': 'wrong' })).status).toBe(401);
  });

  it('lets an operation with security: [] through without credentials', async () => {
    expect((await request(app).get('/toy/open')).status).toBe(200);
  });

  it('keeps tenants apart: a second credential set sees none of the first one’s data', async () => {
    const tenant = await request(app).post('/__sandbox/tenants').send({ vendor: 'toy' });
    expect(tenant.status).toBe(201);
    const other = { Authorization: `Bearer ${tenant.body.credentials.keyAuth}` };
    await request(app).post('/toy/items').set(other).send({ name: 'private' }).expect(201);
    const mine = await request(app).get('/toy/items').set(auth);
    const theirs = await request(app).get('/toy/items').set(other);
    expect(mine.body.items.map((i: { name: string }) => i.name)).toEqual(['seeded']);
    expect(theirs.body.items.map((i: { name: string }) => i.name)).toEqual(['private']);
  });
});

describe('bad input gets a clear 4xx and never touches state', () => {
  const app = createToyApp();
  const post = () => request(app).post('/toy/items').set(auth);
  const itemCount = async () => (await request(app).get('/__sandbox/state?vendor=toy')).body.data.toy.default.items.length;

  it.each([
    ['malformed JSON', '{"name": "x"', 'application/json', 400, 'malformed_body'],
    ['a __proto__ key', '{"name": "x", "__proto__": {"admin": true}}', 'application/json', 400, 'malformed_body'],
    ['a nested constructor key', '{"name": "x", "size": 1, "a": {"constructor": {"prototype": 1}}}', 'application/json', 400, 'malformed_body'],
    ['a wrong content type', 'name=x', 'application/x-www-form-urlencoded', 415, 'unsupported_media_type'],
    ['a wrong type', '{"name": 42}', 'application/json', 422, 'invalid_request'],
    ['an unknown field the spec forbids', '{"name": "x", "colour": "red"}', 'application/json', 422, 'invalid_request'],
    ['a missing required body', '', 'application/json', 422, 'invalid_request'],
  ])('%s', async (_label, body, type, status, kind) => {
    const before = await itemCount();
    const res = await post().set('Content-Type', type).send(body);
    expect(res.status).toBe(status);
    expect(res.body.toy_error.kind).toBe(kind);
    expect(await itemCount()).toBe(before);
  });

  it('a body over 1 MiB is 413', async () => {
    const res = await post().set('Content-Type', 'application/json').send(JSON.stringify({ name: 'x'.repeat(1024 * 1024 + 10) }));
    expect(res.status).toBe(413);
    expect(res.body.toy_error).toMatchObject({ kind: 'payload_too_large', message: 'The request body is larger than 1 MiB.' });
  });

  it('names the failing field for validation errors', async () => {
    const res = await post().send({ size: 'big' });
    expect(res.body.toy_error.issues.map((i: { field: string; keyword: string }) => `${i.field}:${i.keyword}`).sort()).toEqual(['name:required', 'size:type']);
  });
});

describe('query strings', () => {
  const app = createToyApp();

  it('parses qs-style nested brackets and coerces scalars', async () => {
    const res = await request(app).get('/toy/items?limit=1&filters[holder_role][conditions][$in][0]=REFEREE').set(auth);
    expect(res.status).toBe(200);
    expect(res.body.filters).toEqual({ holder_role: { conditions: { $in: ['REFEREE'] } } });
  });

  it('rejects out-of-range values and prototype keys', async () => {
    expect((await request(app).get('/toy/items?limit=9').set(auth)).status).toBe(422);
    expect((await request(app).get('/toy/items?__proto__[x]=1').set(auth)).status).toBe(422);
  });
});

describe('response validation', () => {
  it('turns a response that breaks its spec into a loud 500 naming the problem', async () => {
    const liar = { ...toy, handlers: { ...toy.handlers, getSpecial: () => ({ status: 200, body: { name: 7 } }) } };
    const app = createToyApp({ vendors: [liar] });
    const res = await request(app).get('/toy/items/special').set(auth);
    expect(res.status).toBe(500);
    expect(res.body.sandbox_error).toBe('response does not match the spec');
    expect(res.body.problems.join(' ')).toMatch(/required|must be/);
  });
});

describe('error rendering', () => {
  it('gives renderers the seeded id source, so ids in error bodies repeat across runs', async () => {
    const stamped = { ...toy, renderError: (_e: unknown, ctx: { ids: { hex(n: number): string } }) => ({ status: 401, body: { toy_error: { id: ctx.ids.hex(8) } } }) };
    const ids = async () => (await request(createToyApp({ vendors: [stamped] })).get('/toy/items')).body.toy_error.id;
    expect(await ids()).toMatch(/^[0-9a-f]{8}$/);
    expect(await ids()).toBe(await ids());
  });

  it('answers a renderer that crashes with a plain JSON 500, not a hang', async () => {
    const broken = { ...toy, renderError: () => { throw new Error('renderer bug'); } };
    // Response validation off: the fallback body is by nature outside the vendor's spec.
    const res = await request(createToyApp({ vendors: [broken], validateResponses: false })).get('/toy/items');
    expect(res.status).toBe(500);
    expect(res.body).toEqual({ message: 'Internal sandbox error.' });
  });
});
