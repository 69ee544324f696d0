import { describe, expect, it } from 'vitest';
import { classifyWebhookAnswer, webhookRetryDelayMs, WEBHOOK_RETRIES } from './webhook-policy.js';

describe('webhook delivery policy', () => {
  it('accepts 200 and 201 only, retries 429, disables on 410 and rejects everything else', () => {
    expect(classifyWebhookAnswer(200)).toBe('delivered');
    expect(classifyWebhookAnswer(201)).toBe('delivered');
    expect(classifyWebhookAnswer(429)).toBe('retry');
    expect(classifyWebhookAnswer(410)).toBe('disable');
    for (const status of [202, 204, 301, 302, 400, 401, 404, 409, 422, 500, 502, 503, 504]) expect(classifyWebhookAnswer(status)).toBe('failed');
  });

  it('schedules 15 retries 5 s + N^4 s apart', () => {
    expect([1, 2, 3, 4, 5].map(webhookRetryDelayMs)).toEqual([6_000, 21_000, 86_000, 261_000, 630_000]);
    expect(webhookRetryDelayMs(WEBHOOK_RETRIES)).toBe((5 + 15 ** 4) * 1000);
    expect(webhookRetryDelayMs(16)).toBeUndefined();
    expect(webhookRetryDelayMs(0)).toBeUndefined();
    // "over the next few days": about two days from the first attempt to the last retry
    const total = Array.from({ length: WEBHOOK_RETRIES }, (_, i) => webhookRetryDelayMs(i + 1)!).reduce((a, b) => a + b, 0);
    expect(total / 86_400_000).toBeCloseTo(2.06, 2);
  });
});
