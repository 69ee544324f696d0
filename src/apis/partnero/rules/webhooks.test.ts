import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createIdSource } from '../../../engine/ids.js';
import { PartneroError } from '../errors.js';
import type { Webhook } from '../store.js';
import { buildWebhook, deliveryBody, signDelivery, subscribersOf, updatedWebhook } from './webhooks.js';

const hook = (overrides: Partial<Webhook> = {}): Webhook => ({
  key: 'wh_one',
  name: 'One',
  url: 'https://example.com/hooks',
  is_active: true,
  signature: 'Sjn3sNnmh14yk6zb',
  events: ['subscriber.created'],
  ...overrides,
});

const failure = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(PartneroError);
    const { status, errors } = error as PartneroError;
    return { status, errors };
  }
  throw new Error('expected a PartneroError');
};

describe('signDelivery', () => {
  it('is the lower-case hex HMAC-SHA256 of the body keyed with the secret (RFC 4231 test case 2)', () => {
    expect(signDelivery('what do ya want for nothing?', 'Jefe')).toBe('5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843');
  });

  it('agrees with node:crypto over UTF-8 bytes, and any change to the body changes it', () => {
    const body = '{"event":"subscriber.created","data":{"name":"Zoë"}}';
    expect(signDelivery(body, 'uy51DfvoJ7mUm2Ua')).toBe(createHmac('sha256', 'uy51DfvoJ7mUm2Ua').update(Buffer.from(body, 'utf8')).digest('hex'));
    expect(signDelivery(`${body} `, 'uy51DfvoJ7mUm2Ua')).not.toBe(signDelivery(body, 'uy51DfvoJ7mUm2Ua'));
  });
});

describe('deliveryBody', () => {
  it('is the documented envelope, serialised in its field order', () => {
    const subscriber = { id: 'a@example.com', email: 'a@example.com' } as never;
    expect(deliveryBody('subscriber.deleted', hook(), '2026-01-01T00:00:00.000000Z', subscriber)).toBe(
      '{"event":"subscriber.deleted","url":"https://example.com/hooks","webhook_key":"wh_one","created_at":"2026-01-01T00:00:00.000000Z","data":{"id":"a@example.com","email":"a@example.com"}}',
    );
  });
});

describe('subscribersOf', () => {
  it('keeps active webhooks subscribed to the event, in order', () => {
    const list = [hook({ key: 'a' }), hook({ key: 'off', is_active: false }), hook({ key: 'other', events: ['subscriber.deleted'] }), hook({ key: 'b', events: ['subscriber.deleted', 'subscriber.created'] })];
    expect(subscribersOf(list, 'subscriber.created').map((w) => w.key)).toEqual(['a', 'b']);
    expect(subscribersOf(list, 'subscriber.rewarded')).toEqual([]);
  });
});

describe('buildWebhook', () => {
  const made = () => {
    const ids = createIdSource(1);
    return { key: ids.alnum(12), signature: ids.alnum(16) };
  };

  it('uses the generated key and secret, active by default', () => {
    const m = made();
    expect(buildWebhook([], { name: 'N', url: 'http://127.0.0.1:9/x', events: ['subscriber.created'] }, m)).toEqual({
      key: m.key,
      name: 'N',
      url: 'http://127.0.0.1:9/x',
      is_active: true,
      signature: m.signature,
      events: ['subscriber.created'],
    });
    expect(m.key).toMatch(/^[A-Za-z0-9]{12}$/);
    expect(m.signature).toMatch(/^[A-Za-z0-9]{16}$/);
  });

  it('keeps a given key and is_active; null means not given (the PHP SDK sends every field)', () => {
    expect(buildWebhook([], { key: 'mine', name: 'N', url: 'https://x.test', events: ['subscriber.deleted'], is_active: false }, made())).toMatchObject({ key: 'mine', is_active: false });
    expect(buildWebhook([], { key: null, name: 'N', url: 'https://x.test', events: ['subscriber.deleted'], is_active: null }, made())).toMatchObject({ key: made().key, is_active: true });
  });

  it('refuses a key the program has (422 on key) and a URL that is not http(s) (422 on url)', () => {
    expect(failure(() => buildWebhook([hook()], { key: 'wh_one', name: 'N', url: 'https://x.test', events: ['subscriber.created'] }, made()))).toEqual({
      status: 422,
      errors: { key: ['The key has already been taken.'] },
    });
    for (const url of ['ftp://x.test/in', 'mailto:a@example.com', 'not a url']) {
      expect(failure(() => buildWebhook([], { name: 'N', url, events: ['subscriber.created'] }, made()))).toEqual({ status: 422, errors: { url: ['The url field must be a valid URL.'] } });
    }
  });
});

describe('updatedWebhook', () => {
  it('replaces the given fields and keeps absent or null ones, key and signature included', () => {
    const before = hook();
    expect(updatedWebhook(before, { name: 'Renamed', is_active: false })).toEqual({ ...before, name: 'Renamed', is_active: false });
    expect(updatedWebhook(before, { name: null, url: null, events: null, is_active: null })).toEqual(before);
    expect(updatedWebhook(before, { url: 'http://new.test/h', events: ['subscriber.updated', 'subscriber.deleted'] })).toEqual({
      ...before,
      url: 'http://new.test/h',
      events: ['subscriber.updated', 'subscriber.deleted'],
    });
  });

  it('refuses a URL that is not http(s)', () => {
    expect(failure(() => updatedWebhook(hook(), { url: 'ftp://x.test' }))).toEqual({ status: 422, errors: { url: ['The url field must be a valid URL.'] } });
  });
});
