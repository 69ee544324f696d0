import { createHmac, timingSafeEqual } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { signVoucherifyWebhook } from './signature.js';

describe('signVoucherifyWebhook', () => {
  it("matches the vectors in Voucherify's docs (introduction-to-webhooks.mdx, key \"secretKey\")", () => {
    expect(signVoucherifyWebhook('{"a":1}', 'secretKey')).toBe('a17d2ac229d1ebbb5f10e839c7985c4818e5986eab297f7e5979196d4d7d3ed2');
    expect(signVoucherifyWebhook('{"a\\"b":1}', 'secretKey')).toBe('f7cf97814a03146abedb9793f56e1dec34f618f82d10395310d053f749483ffb');
    expect(signVoucherifyWebhook('  message  ', 'secretKey')).toBe('53ff92957e1427ce23ad5bda9d0c5f2f4ff384d0806b83eeacb510c842d3a358');
  });

  it('is hex HMAC-SHA256 over the UTF-8 bytes, as a receiver recomputes it with node:crypto', () => {
    const body = JSON.stringify({ type: 'customer.created', data: { customer: { name: 'Zoë Ünal' } } });
    const expected = createHmac('sha256', Buffer.from('whsec_test', 'utf8')).update(Buffer.from(body, 'utf8')).digest();
    const signature = signVoucherifyWebhook(body, 'whsec_test');
    expect(signature).toMatch(/^[0-9a-f]{64}$/);
    expect(timingSafeEqual(Buffer.from(signature, 'hex'), expected)).toBe(true);
    expect(signVoucherifyWebhook(`${body} `, 'whsec_test')).not.toBe(signature);
    expect(signVoucherifyWebhook(body, 'whsec_other')).not.toBe(signature);
  });
});
