import { describe, expect, it } from 'vitest';
import { captureBody, createJournal, JOURNAL_BODY_CAP_BYTES, redactHeaders, redactQuery, type JournalRecord } from './journal.js';

describe('journal redaction', () => {
  it('redacts credential headers and keeps the rest', () => {
    const headers = redactHeaders({
      authorization: 'Bearer pn_sandbox_key',
      'X-App-Id': 'app-id',
      'x-app-token': 'app-token',
      'api-key': 'ra_key',
      cookie: 'sid=1',
      'set-cookie': ['a=1', 'b=2'],
      'x-prefinery-signature': 't=1,v1=ab',
      'x-prefinery-anything': 'x',
      'x-voucherify-signature': 'ab',
      'x-client-secret': 's',
      'proxy-authorization': 'Basic eA==',
      'content-type': 'application/json',
      'content-length': 12,
      accept: ['a', 'b'],
      absent: undefined,
    });
    expect(headers).toEqual({
      authorization: '[redacted]',
      'x-app-id': 'app-id',
      'x-app-token': '[redacted]',
      'api-key': '[redacted]',
      cookie: '[redacted]',
      'set-cookie': '[redacted]',
      'x-prefinery-signature': '[redacted]',
      'x-prefinery-anything': '[redacted]',
      'x-voucherify-signature': '[redacted]',
      'x-client-secret': '[redacted]',
      'proxy-authorization': '[redacted]',
      'content-type': 'application/json',
      'content-length': '12',
      accept: ['a', 'b'],
    });
  });

  it("redacts credential query parameters (Prefinery's api_key), however they are spelled", () => {
    expect(redactQuery('')).toBe('');
    expect(redactQuery('page=2&api_key=secret123&email=a%40b.test')).toBe('page=2&api_key=[redacted]&email=a%40b.test');
    expect(redactQuery('api%5Fkey=secret123&access_token=t&flag')).toBe('api%5Fkey=[redacted]&access_token=[redacted]&flag');
    expect(redactQuery('auth[key]=s&%E0%A4%A=x')).toBe('auth[key]=[redacted]&%E0%A4%A=x');
  });
});

describe('journal body cap', () => {
  it('keeps a small body whole, as a snapshot', () => {
    const body = { name: 'a', list: [1, 2] };
    const captured = captureBody(body)!;
    body.name = 'changed later';
    expect(captured).toEqual({ text: '{"name":"a","list":[1,2]}', truncated: false, bytes: 25 });
    expect(captureBody(undefined)).toBeUndefined();
  });

  it('keeps only the first 16 KiB of a large body, in bytes, without splitting a character', () => {
    const captured = captureBody({ name: 'x'.repeat(1024 * 1024 - 20) })!;
    expect(captured.truncated).toBe(true);
    expect(captured.bytes).toBe(1024 * 1024 - 20 + 11);
    expect(Buffer.byteLength(captured.text)).toBe(JOURNAL_BODY_CAP_BYTES);
    const wide = captureBody({ name: '€'.repeat(10_000) })!; // 3 bytes each
    expect(wide.truncated).toBe(true);
    expect(Buffer.byteLength(wide.text)).toBeLessThanOrEqual(JOURNAL_BODY_CAP_BYTES);
    expect(wide.text).toMatch(/^\{"name":"€+$/);
  });

  it('answers a truncated body as text with truncated and the full size', () => {
    const journal = createJournal(2);
    const record = (path: string, body: unknown): JournalRecord => ({
      time: '2026-01-01T00:00:00.000Z', method: 'POST', path, query: '', tenant: null, status: 200, vendor: 'toy', operation_id: null, duration_ms: 1,
      request: { headers: {}, body: captureBody(body) }, response: { headers: {} }, webhooks: [],
    });
    journal.record(record('/small', { a: 1 }));
    journal.record(record('/big', 'y'.repeat(40_000)));
    journal.record(record('/newest', undefined));
    const [newest, big, ...rest] = journal.list();
    expect(rest).toEqual([]); // bounded: the oldest fell out
    expect(newest.request).toEqual({ headers: {} });
    expect(big.request).toMatchObject({ truncated: true, body_bytes: 40_002 });
    expect((big.request.body as string).length).toBe(JOURNAL_BODY_CAP_BYTES);
  });
});
