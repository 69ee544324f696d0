// The API docs at /__sandbox/docs in a real browser (Debian's Chromium through playwright-core): every vendor's
// operations are listed, "Try it out" reaches the sandbox with the default credentials, the admin API has its page.
// UPDATE_SCREENSHOTS=1 also writes docs/screenshots/docs-*.png.
import { mkdirSync, readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { vendors } from '../../apis/index.js';
import { createServer, SPEC_DIR } from '../../server.js';
import { HTTP_METHODS } from '../openapi/load-spec.js';
import { browserAvailable, launchChromium, closeServer, listenOnLoopback, saveScreenshot } from '../test-support/browser.js';

const SCREENSHOTS = process.env.UPDATE_SCREENSHOTS === '1';

/** The operationIds of a spec's paths and of its (OpenAPI 3.1) webhooks, which Swagger UI lists too. */
function operationIds(file: string): string[] {
  type Items = Record<string, Record<string, { operationId?: string }>>;
  const spec = parse(readFileSync(file, 'utf8')) as { paths: Items; webhooks?: Items };
  return [...Object.values(spec.paths), ...Object.values(spec.webhooks ?? {})].flatMap((item) => HTTP_METHODS.flatMap((method) => item[method]?.operationId ?? [])).sort();
}



const screenshot = (page: Page, name: string) => saveScreenshot(page, 'docs', name);
const listen = listenOnLoopback;
const close = closeServer;

/** The operationIds Swagger UI lists on the page, once it has rendered them. */
async function listedOperations(page: Page): Promise<string[]> {
  await page.locator('.opblock-summary-operation-id').first().waitFor();
  return (await page.locator('.opblock-summary-operation-id').allTextContents()).map((s) => s.trim()).sort();
}

/** Open an operation, "Try it out", "Execute", and read the status Swagger UI shows for the live answer. */
async function tryItOut(operation: Locator): Promise<string> {
  await operation.locator('.opblock-summary-control').click();
  await operation.getByRole('button', { name: 'Try it out' }).click();
  await operation.getByRole('button', { name: 'Execute' }).click();
  const status = operation.locator('.live-responses-table tr.response .response-col_status').first();
  await status.waitFor();
  return (await status.textContent())!.trim();
}

describe.skipIf(!browserAvailable())('API docs in Chromium', () => {
  let browser: Browser;
  let server: Server;
  let base: string;
  let page: Page;
  /** Requests the pages made anywhere but the sandbox (there must be none: no CDN), and script errors. */
  const elsewhere: string[] = [];
  const errors: string[] = [];

  beforeAll(async () => {
    ({ server, base } = await listen(createServer()));
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
    page.on('request', (r) => void (r.url().startsWith(`${base}/`) || r.url().startsWith('data:') || elsewhere.push(r.url())));
    page.on('pageerror', (error) => void errors.push(error.message));
    page.on('console', (message) => void (message.type() === 'error' && errors.push(message.text())));
  }, 20_000);

  afterAll(async () => {
    await browser?.close();
    await close(server);
  });

  it('lists the vendors and the admin API on the index page', async () => {
    await page.goto(`${base}/__sandbox/docs`);
    const links = await page.locator('#docs-apis > li > a:first-child').allTextContents();
    expect(links).toEqual([...vendors.map((v) => v.title), 'Admin API']);
    await screenshot(page, 'index');
  });

  it.each(vendors.map((v) => [v.name, v.spec]))('shows every operation of %s', async (name, file) => {
    await page.goto(`${base}/__sandbox/docs/${name}`);
    expect(await listedOperations(page)).toEqual(operationIds(join(SPEC_DIR, file)));
    expect(await page.locator('.servers select').inputValue()).toBe(base);
  });

  it('runs "Try it out" against the sandbox with the default credentials', async () => {
    await request(base).post('/__sandbox/reset').expect(200);
    await page.goto(`${base}/__sandbox/docs/partnero`);
    await listedOperations(page);
    await screenshot(page, 'partnero');
    const operation = page.locator('#operations-Subscribers-listSubscribers');
    expect(await tryItOut(operation)).toBe('200');
    const [entry] = (await request(base).get('/__sandbox/requests?operation_id=listSubscribers').expect(200)).body.data;
    expect(entry).toMatchObject({ method: 'GET', path: '/v1/subscribers', status: 200, tenant: 'default' });
    await operation.locator('.responses-inner').evaluate((element) => element.scrollIntoView());
    await page.evaluate('window.scrollBy(0, -40)');
    await screenshot(page, 'partnero-try-it');
  });

  it('documents the admin API, and "Try it out" works there too', async () => {
    await page.goto(`${base}/__sandbox/docs/admin`);
    expect(await listedOperations(page)).toEqual(operationIds(new URL('./admin-openapi.yaml', import.meta.url).pathname));
    expect(await page.locator('.servers select').inputValue()).toBe(`${base}/__sandbox`);
    await screenshot(page, 'admin');
    expect(await tryItOut(page.locator('#operations-State-getHealth'))).toBe('200');
  });

  it('asks for the admin token when one is set, then loads and sends it', async () => {
    const guarded = await listen(createServer({ adminToken: 'docs-secret' }));
    const other = await browser.newPage();
    try {
      await other.goto(`${guarded.base}/__sandbox/docs/admin`);
      await other.locator('#token-form').waitFor();
      expect(await other.locator('.opblock').count()).toBe(0);
      await other.fill('#token-input', 'docs-secret');
      await other.getByRole('button', { name: 'Load' }).click();
      await listedOperations(other);
      expect(await tryItOut(other.locator('#operations-State-getHealth'))).toBe('200');
    } finally {
      await other.close();
      await close(guarded.server);
    }
  });

  it('loaded nothing from anywhere else and threw no errors', () => {
    expect(elsewhere).toEqual([]);
    expect(errors).toEqual([]);
  });
});
