import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { signWebhook, unixSeconds } from './signature.js';

describe('webhook signature', () => {
  it('matches a vector computed outside the sandbox (openssl dgst -sha256 -hmac)', () => {
    // printf '%s' '1612540400.{"event":"tester_created"}' | openssl dgst -sha256 -hmac whsec_test
    expect(signWebhook('whsec_test', 1612540400, '{"event":"tester_created"}')).toBe(
      't=1612540400,v1=a17f87b4260325ac78508ac018df2bdd1ad616fa2cbd3ec99e4a2b0f224c060d',
    );
  });

  it('is the HMAC-SHA256 of "<t>.<body>" as a receiver recomputes it', () => {
    const body = JSON.stringify({ event: 'tester_updated', data: { note: 'ünïcödé' } });
    const header = signWebhook('another secret', 1700000000, body);
    const parts = Object.fromEntries(header.split(',').map((kv) => kv.split('=') as [string, string]));
    expect(parts.t).toBe('1700000000');
    expect(parts.v1).toBe(createHmac('sha256', 'another secret').update(`${parts.t}.${body}`).digest('hex'));
    expect(signWebhook('other', 1700000000, body)).not.toBe(header);
    expect(signWebhook('another secret', 1700000001, body)).not.toBe(header);
  });

  it('counts whole unix seconds', () => {
    expect(unixSeconds(new Date('2021-02-05T15:53:20.999Z'))).toBe(1612540400);
  });
});
