import { describe, expect, it } from 'vitest';
import { classifyVoucherifyAnswer, RETRY_AT_MS, voucherifyRetryDelayMs, voucherifyWebhookPolicy } from './webhook-policy.js';

const MIN = 60_000;

describe('Voucherify webhook policy', () => {
  it('waits 10 s for an answer', () => {
    expect(voucherifyWebhookPolicy.timeoutMs).toBe(10_000);
  });

  it('delivers on any 2xx and retries everything else', () => {
    for (const status of [200, 201, 202, 204, 299]) expect(classifyVoucherifyAnswer(status)).toBe('delivered');
    for (const status of [100, 301, 302, 400, 401, 404, 410, 422, 429, 500, 503]) expect(classifyVoucherifyAnswer(status)).toBe('retry');
  });

  it("retries 12 times at the docs' times since the first attempt: 1, 2, 4 ... 1024 min (17 h 4 min), then 24 h", () => {
    expect(RETRY_AT_MS.map((ms) => ms / MIN)).toEqual([1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1024, 1440]);
    const delays = Array.from({ length: 12 }, (_, i) => voucherifyRetryDelayMs(i + 1)!);
    expect(delays.map((ms) => ms / MIN)).toEqual([1, 1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 416]);
    // The dispatcher waits each delay after the previous attempt: the sums are the documented times.
    expect(delays.map((_, i) => delays.slice(0, i + 1).reduce((a, b) => a + b, 0))).toEqual(RETRY_AT_MS);
  });

  it('has no retry after the 12th', () => {
    for (const retry of [0, 13, 14, -1, 1.5]) expect(voucherifyRetryDelayMs(retry)).toBeUndefined();
  });
});
