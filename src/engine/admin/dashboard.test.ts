// The dashboard at /__sandbox/ in a real browser (Debian's Chromium through playwright-core), against live traffic.
// UPDATE_SCREENSHOTS=1 also writes docs/screenshots/dashboard-*.png.
import { execFile } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer } from '../../server.js';
import { browserAvailable, launchChromium, closeServer, listenOnLoopback, saveScreenshot } from '../test-support/browser.js';
import { startReceiver, type Receiver } from '../test-support/receiver.js';

const SCREENSHOTS = process.env.UPDATE_SCREENSHOTS === '1';
const PREFINERY = { Authorization: `Basic ${Buffer.from('prefinery_sandbox_key:').toString('base64')}`, 'Content-Type': 'application/json' };
const PARTNERO = { Authorization: 'Bearer pn_sandbox_key', 'Content-Type': 'application/json' };

/** The page polls once a second: give it a few rounds. */
const poll = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 5000 });



const screenshot = (page: Page, name: string) => saveScreenshot(page, 'dashboard', name);
const listen = listenOnLoopback;
const close = closeServer;

describe('GET /__sandbox/vendors and the dashboard files', () => {
  it('lists each vendor tenant with credentials, how to send them, and a curl that works', async () => {
    const { server, base } = await listen(createServer());
    try {
      const vendors = (await request(base).get('/__sandbox/vendors').expect(200)).body.data as Array<{ name: string; tenants: Array<{ id: string; credentials: object; usage: string; curl: string }> }>;
      expect(vendors.map((v) => v.name)).toEqual(['partnero', 'prefinery', 'voucherify', 'referralapi', 'pureprofile']);
      for (const vendor of vendors) {
        const [tenant] = vendor.tenants;
        expect(tenant).toMatchObject({ id: 'default', credentials: expect.any(Object), usage: expect.any(String), curl: expect.stringMatching(/^curl -s /) });
        expect(tenant.curl).toContain(base);
        // The curl, run as printed, is answered 200 by the vendor; one with <placeholders> at least authenticates.
        const { stdout: status } = await promisify(execFile)('sh', ['-c', `${tenant.curl} --max-time 5 -o /dev/null -w '%{http_code}'`], { encoding: 'utf8', timeout: 10000 });
        if (tenant.curl.includes('<')) expect(status, `${vendor.name}: ${tenant.curl}`).toMatch(/^40[04]$/);
        else expect(status, `${vendor.name}: ${tenant.curl}`).toBe('200');
      }
      const curl = (name: string) => vendors.find((v) => v.name === name)!.tenants[0].curl;
      expect(curl('prefinery')).toBe(`curl -s -u prefinery_sandbox_key: ${base}/api/v2/betas`);
      expect(curl('voucherify')).toBe(`curl -s -H 'X-App-Id: vf_sandbox_app_id' -H 'X-App-Token: vf_sandbox_app_token' ${base}/v1/campaigns`);
      expect(curl('referralapi')).toBe(`curl -s -H 'api-key: ra_sandbox_key' '${base}/api/v1/campaign?id=<id>'`);
    } finally {
      await close(server);
    }
  });

  it('serves the page and its assets without the token, and its data only with it; / redirects there', async () => {
    const app = createServer({ adminToken: 'dash-secret' });
    const page = await request(app).get('/__sandbox/').expect(200);
    expect(page.headers['content-type']).toMatch(/text\/html/);
    expect(page.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(page.text).toContain('/__sandbox/assets/app.js');
    await request(app).get('/__sandbox/assets/app.js').expect(200).expect('Content-Type', /javascript/);
    await request(app).get('/__sandbox/assets/style.css').expect(200).expect('Content-Type', /css/);
    await request(app).get('/__sandbox/assets/index.html').expect(401); // only the listed assets; the rest is the API
    await request(app).get('/__sandbox').expect(302).expect('Location', '/__sandbox/');
    await request(app).get('/__sandbox/vendors').expect(401);
    await request(app).get('/__sandbox/vendors').set('Authorization', 'Bearer dash-secret').expect(200);
    await request(app).get('/__sandbox/').set('Host', 'evil.example').expect(403);
    await request(app).get('/').expect(302).expect('Location', '/__sandbox/');
    await request(app).get('/v1/program').set('Authorization', 'Bearer pn_sandbox_key').expect(200); // vendors untouched
  });
});

describe.skipIf(!browserAvailable())('the dashboard in Chromium', { timeout: 15000 }, () => {
  let browser: Browser;
  let server: Server;
  let base: string;
  let page: Page;
  let receiver: Receiver;

  beforeAll(async () => {
    [browser, { server, base }, receiver] = await Promise.all([launchChromium(), listen(createServer()), startReceiver()]);
    page = await browser.newPage({ viewport: { width: 1360, height: 820 } });
  }, 20000);

  afterAll(async () => {
    await browser?.close();
    await close(server);
    await receiver?.close();
  });

  const vendor = (path: string, init: RequestInit) => fetch(`${base}${path}`, init);

  it('opens from /, shows a vendor request in the live log, filters it and opens its detail', async () => {
    await page.goto(`${base}/`);
    expect(page.url()).toBe(`${base}/__sandbox/`);
    await page.locator('#app').waitFor();
    const response = await vendor('/v1/subscribers', { headers: PARTNERO });
    expect(response.status).toBe(200);
    const row = page.locator('#requests tbody tr', { hasText: '/v1/subscribers' });
    await row.waitFor(); // appears without a reload
    await poll(() => row.locator('td').nth(5).textContent()).toBe('listSubscribers');

    await page.selectOption('#request-filters select[name=vendor]', 'prefinery');
    await row.waitFor({ state: 'detached' });
    await page.selectOption('#request-filters select[name=vendor]', '');
    await page.selectOption('#request-filters select[name=status]', '2xx');
    await row.click();
    const detail = page.locator('#request-detail');
    await poll(() => detail.textContent()).toContain('GET /v1/subscribers');
    expect(await detail.textContent()).toContain('[redacted]'); // the Authorization header
    expect(await detail.locator('pre').last().textContent()).toContain('"data"'); // the response body
    await page.selectOption('#request-filters select[name=status]', '');
    if (SCREENSHOTS) {
      // Some traffic of every kind for the picture.
      await vendor('/api/v2/betas/1/testers?email_is=leonard@bigbangtheory.com', { headers: PREFINERY });
      await vendor('/v1/campaigns', { headers: { 'X-App-Id': 'vf_sandbox_app_id', 'X-App-Token': 'vf_sandbox_app_token' } });
      await vendor('/v1/subscribers', { method: 'POST', headers: PARTNERO, body: JSON.stringify({ email: 'not-an-email' }) });
      await vendor('/api/v1/campaign?id=nope', { headers: { 'api-key': 'wrong' } });
      await poll(() => page.locator('#requests tbody tr').count()).toBe(5);
      await page.locator('#requests tbody tr', { hasText: 'POST' }).click();
    }
    await screenshot(page, 'requests');
  });

  it('reads a Prefinery friend invitation in the outbox, as a mail client shows it', async () => {
    const response = await vendor('/api/v2/betas/1/friend_invitations', {
      method: 'POST',
      headers: PREFINERY,
      body: JSON.stringify({ friend_invitation: { sender_email: 'leonard@bigbangtheory.com', recipient_email: 'sheldon@bigbangtheory.com', message: 'Hi Sheldon, I really think you will love this site.' } }),
    });
    expect(response.status).toBe(201);
    await page.click('#tabs a[data-tab=outbox]');
    const mail = page.locator('#outbox .mail', { hasText: 'sheldon@bigbangtheory.com' });
    await mail.waitFor();
    expect(await mail.locator('.subject').textContent()).toBe('leonard@bigbangtheory.com invited you to Sandbox Beta');
    expect(await mail.locator('.from').textContent()).toBe('leonard@bigbangtheory.com');
    expect(await mail.locator('.to').textContent()).toBe('sheldon@bigbangtheory.com');
    expect(await mail.locator('.mail-body').textContent()).toContain('Your invitation code:');
    await screenshot(page, 'outbox');
  });

  it('shows webhook deliveries with their attempts and redelivers one', async () => {
    await vendor('/v1/webhooks', { method: 'POST', headers: PARTNERO, body: JSON.stringify({ name: 'dashboard', url: receiver.url, events: ['subscriber.created'] }) });
    await vendor('/v1/subscribers', { method: 'POST', headers: PARTNERO, body: JSON.stringify({ email: 'amy@example.com', name: 'Amy' }) });
    await receiver.waitFor(1);
    await page.click('#tabs a[data-tab=webhooks]');
    const row = page.locator('#deliveries tbody tr', { hasText: 'subscriber.created' });
    await poll(() => row.locator('td').nth(6).textContent()).toBe('1'); // one attempt
    await row.click();
    await poll(() => page.locator('#delivery-detail').textContent()).toContain('amy@example.com');
    await row.locator('button.redeliver').click();
    await receiver.waitFor(2);
    await poll(() => row.locator('td').nth(6).textContent()).toBe('2');
    await poll(() => page.locator('#delivery-detail .attempts tbody tr').count()).toBe(2);
    await screenshot(page, 'webhooks');
  });

  it('browses the state, resets to a scenario and sees the state change', async () => {
    await page.click('#tabs a[data-tab=state]');
    await page.selectOption('#state-filters select[name=vendor]', 'prefinery');
    const invitations = page.locator('#state [data-collection=friend_invitations] h3');
    await poll(() => invitations.textContent()).toBe('friend_invitations (1)');
    await page.locator('#state [data-collection=testers] tbody tr', { hasText: 'leonard@bigbangtheory.com' }).click();
    expect(await page.locator('#record-detail pre').textContent()).toContain('"referral_code": "LeOnArD1"');
    await screenshot(page, 'state');

    await page.click('#tabs a[data-tab=controls]');
    await page.selectOption('#reset-form select[name=scenario]', 'empty');
    await page.click('#reset-form button[type=submit]');
    await poll(() => page.locator('#message').textContent()).toContain('Reset to the "empty" scenario');
    await page.click('#tabs a[data-tab=state]');
    await poll(() => page.locator('#state').textContent()).not.toContain('leonard@bigbangtheory.com');
    expect(await invitations.textContent()).toBe('friend_invitations (0)');
    await page.click('#tabs a[data-tab=requests]');
    await poll(() => page.locator('#requests tbody tr').count()).toBe(0); // the reset emptied the log

    await page.click('#tabs a[data-tab=controls]');
    await page.selectOption('#reset-form select[name=scenario]', 'default');
    await page.click('#reset-form button[type=submit]');
    await poll(() => page.locator('#message').textContent()).toContain('Reset to the "default" scenario');
    await page.fill('#generate-form input[name=collection]', 'partnero.subscribers');
    await page.fill('#generate-form input[name=count]', '25');
    await page.click('#generate-form button[type=submit]');
    await poll(() => page.locator('#message').textContent()).toBe('Generated 25 partnero.subscribers.');
  });

  it('sets, advances and freezes the clock', async () => {
    await page.click('#tabs a[data-tab=controls]');
    await page.click('#clock-form button[value=freeze]');
    await poll(() => page.locator('#clock').textContent()).toContain('(frozen)');
    await page.fill('#clock-form input[name=set]', '2030-01-02T03:04:05Z');
    await page.click('#clock-form button[value=set]');
    await poll(() => page.locator('#clock').textContent()).toBe('sandbox clock 2030-01-02 03:04:05 UTC (frozen)');
    await page.fill('#clock-form input[name=advance]', 'P1D');
    await page.click('#clock-form button[value=advance]');
    await poll(() => page.locator('#clock').textContent()).toBe('sandbox clock 2030-01-03 03:04:05 UTC (frozen)');
    expect(((await (await fetch(`${base}/__sandbox/clock`)).json()) as { now: string }).now).toBe('2030-01-03T03:04:05.000Z');
    await screenshot(page, 'controls');
    await page.click('#clock-form button[value=freeze]'); // unfreeze
    await poll(() => page.locator('#clock').textContent()).not.toContain('(frozen)');
  });

  it('adds, lists and removes a fault rule, creates a tenant and shows its curl', async () => {
    await page.click('#tabs a[data-tab=faults]');
    await page.selectOption('#fault-form select[name=vendor]', 'voucherify');
    await page.fill('#fault-form input[name=times]', '2');
    await page.click('#fault-form button[type=submit]');
    const rule = page.locator('#faults tbody tr', { hasText: 'vendor=voucherify' });
    await poll(() => rule.textContent()).toContain('error 503');
    const campaigns = await vendor('/v1/campaigns', { headers: { 'X-App-Id': 'vf_sandbox_app_id', 'X-App-Token': 'vf_sandbox_app_token' } });
    expect(campaigns.status).toBe(503);
    await poll(() => rule.textContent()).toContain('1 of 2 left');
    await screenshot(page, 'faults');
    await rule.locator('button.remove').click();
    await rule.waitFor({ state: 'detached' });
    expect(((await (await fetch(`${base}/__sandbox/faults`)).json()) as { data: unknown[] }).data).toEqual([]);

    await page.click('#tabs a[data-tab=vendors]');
    await page.selectOption('#tenant-form select[name=vendor]', 'referralapi');
    await page.fill('#tenant-form input[name=id]', 'second-shop');
    await page.click('#tenant-form button[type=submit]');
    const tenant = page.locator('[data-vendor=referralapi] tr[data-tenant=second-shop]');
    await tenant.waitFor();
    expect(await tenant.locator('td.curl code').textContent()).toMatch(/^curl -s -H 'api-key: [0-9a-f]+' 'http:\/\/127\.0\.0\.1:\d+\/api\/v1\/campaign\?id=<id>'$/);
    await screenshot(page, 'vendors');
  });

  it('with an admin token set, loads nothing until the token is entered', async () => {
    const guarded = await listen(createServer({ adminToken: 'dash-secret' }));
    const context = await browser.newContext();
    try {
      const tab = await context.newPage();
      const adminCalls: string[] = [];
      tab.on('response', (response) => {
        const path = new URL(response.url()).pathname;
        if (path.startsWith('/__sandbox/') && !path.startsWith('/__sandbox/assets/') && path !== '/__sandbox/') adminCalls.push(`${response.status()} ${path}`);
      });
      await tab.goto(`${guarded.base}/__sandbox/`);
      await tab.locator('#token-form').waitFor();
      expect(await tab.locator('#app').isHidden()).toBe(true);
      expect(adminCalls).toEqual(['401 /__sandbox/health']);

      await tab.fill('#token-input', 'wrong');
      await tab.click('#token-form button[type=submit]');
      await poll(() => tab.locator('#token-error').textContent()).toBe('The sandbox refused that token.');
      expect(await tab.locator('#app').isHidden()).toBe(true);

      await tab.fill('#token-input', 'dash-secret');
      await tab.click('#token-form button[type=submit]');
      await tab.locator('#app').waitFor();
      await fetch(`${guarded.base}/v1/program`, { headers: PARTNERO });
      await tab.locator('#requests tbody tr', { hasText: '/v1/program' }).waitFor();
      expect(adminCalls.filter((call) => call.startsWith('401'))).toEqual(['401 /__sandbox/health', '401 /__sandbox/health']);
    } finally {
      await context.close();
      await close(guarded.server);
    }
  });
});
