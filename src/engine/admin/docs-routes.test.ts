import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import express from 'express';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { createServer, SPEC_DIR } from '../../server.js';
import { vendors } from '../../apis/index.js';
import { HTTP_METHODS } from '../openapi/load-spec.js';
import { createAdminRouter, type AdminDeps } from './admin-router.js';

const ADMIN_SPEC = fileURLToPath(new URL('./admin-openapi.yaml', import.meta.url));
const readSpec = (file: string) => parse(readFileSync(file, 'utf8')) as Record<string, unknown> & { paths: Record<string, Record<string, unknown>> };

describe('/__sandbox/docs', () => {
  const app = createServer();

  it.each(vendors.map((v) => [v.name, v.spec]))('serves %s\'s spec as JSON and YAML with the sandbox as its only server', async (name, file) => {
    const spec = readSpec(join(SPEC_DIR, file));
    const json = await request(app).get(`/__sandbox/docs/${name}/openapi.json`).set('Host', '127.0.0.1:4010').expect(200);
    expect(json.headers['content-type']).toMatch(/^application\/json/);
    expect(json.body).toEqual({ ...spec, servers: [{ url: 'http://127.0.0.1:4010', description: expect.stringContaining('sandbox') }] });
    const yaml = await request(app).get(`/__sandbox/docs/${name}/openapi.yaml`).set('Host', 'localhost:5000').expect(200);
    expect(yaml.headers['content-type']).toMatch(/^application\/yaml/);
    expect(parse(yaml.text)).toEqual({ ...spec, servers: [{ url: 'http://localhost:5000', description: expect.any(String) }] });
  });

  it('serves the admin API document with the sandbox\'s /__sandbox as its server', async () => {
    const res = await request(app).get('/__sandbox/docs/admin/openapi.json').set('Host', '127.0.0.1:4010').expect(200);
    expect(res.body).toEqual({ ...readSpec(ADMIN_SPEC), servers: [{ url: 'http://127.0.0.1:4010/__sandbox', description: expect.any(String) }] });
  });

  it('describes every /__sandbox route there is, and no other', () => {
    const deps = { vendors: [], hostPolicy: {} } as unknown as AdminDeps;
    const layers = createAdminRouter(deps).stack as Array<{ route?: { path: string; methods: Record<string, boolean> } }>;
    // Express paths with each :param as "x"; documented paths as patterns with each {param} as a segment's text.
    const routes = layers.flatMap(({ route }) => (route ? Object.keys(route.methods).map((method) => ({ method, path: route.path.replace(/:\w+/g, 'x') })) : []));
    const documented = Object.entries(readSpec(ADMIN_SPEC).paths).flatMap(([path, item]) =>
      Object.keys(item)
        .filter((key) => (HTTP_METHODS as readonly string[]).includes(key))
        .map((method) => ({ method, path, pattern: new RegExp(`^${path.replace(/\./g, '\\.').replace(/\{\w+\}/g, '[^/]+')}$`) })),
    );
    const undocumented = routes.filter((r) => !documented.some((d) => d.method === r.method && d.pattern.test(r.path)));
    const phantom = documented.filter((d) => !routes.some((r) => r.method === d.method && d.pattern.test(r.path)));
    expect(undocumented).toEqual([]);
    expect(phantom.map((d) => `${d.method} ${d.path}`)).toEqual([]);
    expect(routes.length).toBeGreaterThan(25);
  });

  it('lists every vendor and the admin API on the index page', async () => {
    const res = await request(app).get('/__sandbox/docs').expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    for (const vendor of vendors) expect(res.text).toContain(`href="/__sandbox/docs/${vendor.name}"`);
    expect(res.text).toContain('href="/__sandbox/docs/admin"');
  });

  it('renders each API with Swagger UI from swagger-ui-dist, served by the sandbox', async () => {
    const page = await request(app).get('/__sandbox/docs/partnero').expect(200);
    expect(page.text).toContain('data-spec="/__sandbox/docs/partnero/openapi.json"');
    expect(page.headers['x-frame-options']).toBe('DENY');
    const bundle = await request(app).get('/__sandbox/docs/assets/swagger-ui/swagger-ui-bundle.js').expect(200);
    expect(bundle.headers['content-type']).toMatch(/^text\/javascript/);
    expect((await request(app).get('/__sandbox/docs/assets/swagger-ui/swagger-ui.css').expect(200)).headers['content-type']).toMatch(/^text\/css/);
    expect((await request(app).get('/__sandbox/docs/docs.js').expect(200)).text).toContain('SwaggerUIBundle');
    await request(app).get('/__sandbox/docs/assets/swagger-ui/package.json').expect(404);
    await request(app).get('/__sandbox/docs/assets/swagger-ui/..%2fpackage.json').expect(404);
    await request(app).get('/__sandbox/docs/nobody').expect(404);
    await request(app).get('/__sandbox/docs/partnero/openapi.xml').expect(404);
  });

  it('hands "Try it out" the default tenant\'s credentials, keyed by security scheme', async () => {
    const res = await request(app).get('/__sandbox/docs/voucherify/credentials').expect(200);
    expect(res.body).toMatchObject({ vendor: 'voucherify', tenant: 'default', credentials: { 'X-App-Id': 'vf_sandbox_app_id', 'X-App-Token': 'vf_sandbox_app_token' } });
  });

  it('with an admin token: the pages load, the documents and credentials need the token', async () => {
    const guarded = createServer({ adminToken: 's3cret' });
    await request(guarded).get('/__sandbox/docs').expect(200);
    await request(guarded).get('/__sandbox/docs/prefinery').expect(200);
    await request(guarded).get('/__sandbox/docs/assets/swagger-ui/swagger-ui.css').expect(200);
    for (const path of ['/__sandbox/docs/prefinery/openapi.json', '/__sandbox/docs/prefinery/credentials', '/__sandbox/docs/admin/openapi.yaml']) {
      await request(guarded).get(path).expect(401);
      await request(guarded).get(path).set('Authorization', 'Bearer s3cret').expect(200);
    }
  });

  it('refuses a foreign Host and cross-site requests like the rest of the admin API', async () => {
    await request(app).get('/__sandbox/docs/partnero').set('Host', 'evil.example').expect(403);
    await request(app).get('/__sandbox/docs/partnero/openapi.json').set('Sec-Fetch-Site', 'cross-site').expect(403);
  });

  it('works mounted anywhere: links follow the mount point', async () => {
    const outer = express().use('/admin', createAdminRouter({ vendors: vendors.slice(0, 1), specDir: SPEC_DIR, hostPolicy: {} } as unknown as AdminDeps));
    const res = await request(outer).get('/admin/docs/partnero').expect(200);
    expect(res.text).toContain('data-spec="/admin/docs/partnero/openapi.json"');
  });
});
