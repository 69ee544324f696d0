import { Writable } from 'node:stream';
import request from 'supertest';
import { describe, expect, it, vi } from 'vitest';
import { createEngineLogger, type LoggerOptions } from './logger.js';
import { createToyApp, toy } from './test-support/toy-vendor.js';

const auth = { Authorization: 'Bearer toy_key' };

function capture(isTTY = false) {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      chunks.push(String(chunk));
      done();
    },
  });
  Object.assign(stream, { isTTY });
  return { stream, text: () => chunks.join(''), lines: () => chunks.join('').split('\n').filter((l) => l !== '') };
}

const logged = (logger: Omit<LoggerOptions, 'destination'>, more: Parameters<typeof createToyApp>[0] = {}) => {
  const out = capture();
  return { out, app: createToyApp({ ...more, logger: { ...logger, destination: out.stream } }) };
};

describe('request logs', () => {
  it('writes one JSON line per vendor request with its fields, and no credential', async () => {
    const { out, app } = logged({ format: 'json' });
    await request(app).get('/toy/items?limit=2').set(auth).expect(200);
    await request(app).get('/toy/items?api_key=pf_live_secret&limit=1').set('Authorization', 'Basic cGZfbGl2ZV9zZWNyZXQ6').expect(401);
    await request(app).post('/toy/items').set('X-Toy-Id', 'toy_id').set('X-Toy-Token', 'toy_token').send({ name: 'x' }).expect(201);
    await request(app).get('/__sandbox/requests').expect(200); // the admin API logs at debug only
    const lines = out.lines().map((line) => JSON.parse(line));
    expect(lines).toHaveLength(3);
    expect(lines[0]).toEqual({
      level: 'info',
      time: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
      method: 'GET',
      path: '/toy/items',
      query: 'limit=2',
      status: 200,
      vendor: 'toy',
      operationId: 'listItems',
      tenant: 'default',
      ms: expect.any(Number),
      msg: expect.stringMatching(/^GET \/toy\/items\?limit=2 200 [\d.]+ms toy listItems tenant=default$/),
    });
    expect(lines[1]).toMatchObject({ status: 401, tenant: null, query: 'api_key=[redacted]&limit=1' });
    expect(lines[2]).toMatchObject({ method: 'POST', status: 201, operationId: 'createItem' });
    for (const secret of ['toy_key', 'pf_live_secret', 'cGZfbGl2ZV9zZWNyZXQ6', 'toy_token']) expect(out.text()).not.toContain(secret);
  });

  it('logs admin requests at debug, nothing at warn but problems, and nothing when silent', async () => {
    const debug = logged({ format: 'json', level: 'debug' });
    await request(debug.app).get('/toy/items').set(auth);
    await request(debug.app).get('/__sandbox/requests?vendor=toy');
    expect(debug.out.lines().map((l) => JSON.parse(l)).map((l) => [l.level, l.msg.split(' ').slice(0, 3).join(' ')])).toEqual([
      ['info', 'GET /toy/items 200'],
      ['debug', 'GET /__sandbox/requests?vendor=toy 200'],
    ]);
    for (const level of ['warn', 'silent'] as const) {
      const quiet = logged({ format: 'json', level });
      await request(quiet.app).get('/toy/items').set(auth);
      expect(quiet.out.text()).toBe('');
    }
  });

  it('reports sandbox problems through the logger instead of console.error', async () => {
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const broken = { ...toy, renderError: () => { throw new Error('renderer bug'); } };
      const { out, app } = logged({ format: 'json', level: 'warn' }, { vendors: [broken], validateResponses: false });
      await request(app).get('/toy/items').expect(500);
      const [line] = out.lines().map((l) => JSON.parse(l));
      expect(line).toMatchObject({ level: 'error', msg: 'toy error renderer failed', err: { message: 'renderer bug' } });
      expect(consoleError).not.toHaveBeenCalled();
    } finally {
      consoleError.mockRestore();
    }
  });

  it('is pretty on a TTY: one readable line per request', async () => {
    const out = capture(true);
    const app = createToyApp({ logger: { destination: out.stream } });
    await request(app).get('/toy/items?api_key=pf_live_secret').set(auth);
    const lines = out.lines();
    expect(lines).toHaveLength(1);
    // eslint-disable-next-line no-control-regex
    const plain = lines[0].replace(/\u001b\[[0-9;]*m/g, '');
    expect(plain).toMatch(/INFO.*GET \/toy\/items\?api_key=\[redacted\] 200 [\d.]+ms toy listItems tenant=default$/);
    expect(out.text()).not.toContain('pf_live_secret');
  });

  it('creates no logger by default: tests stay quiet', () => {
    const app = createToyApp();
    expect(app.locals.sandbox.logger).toBeUndefined();
    expect(createEngineLogger({ destination: capture().stream, level: 'error' }).isLevelEnabled('info')).toBe(false);
  });
});
