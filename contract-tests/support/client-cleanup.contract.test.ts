// The support client closes the server baseUrl() opens, wherever the client was created. Tests in a file run in
// order, so each "after" test sees what the test before it left behind.
import http, { type Server } from 'node:http';
import { afterAll, beforeEach, describe, expect, vi } from 'vitest';
import { createVendorClient, mockTest, type VendorClient } from './client.js';

/** Open the client's server and hand back the http.Server behind it (caught as it starts listening). */
async function openServer(api: VendorClient): Promise<{ server: Server; url: string }> {
  const listen = vi.spyOn(http.Server.prototype, 'listen');
  try {
    const url = await api.baseUrl();
    expect(listen).toHaveBeenCalledOnce();
    const server = listen.mock.contexts[0] as Server;
    expect(server.listening).toBe(true);
    expect((await fetch(`${url}/v1/program`)).status).toBe(401); // a real listening sandbox
    return { server, url };
  } finally {
    listen.mockRestore();
  }
}

const refused = (url: string) => fetch(url).then(() => false, () => true);

describe('a client created in beforeEach', () => {
  let api: VendorClient;
  let opened: { server: Server; url: string } | undefined;
  beforeEach(() => {
    api = createVendorClient('partnero');
  });

  mockTest('opens a server with baseUrl()', async () => {
    opened = await openServer(api);
  });

  mockTest('has it closed once that test finished', async () => {
    expect(opened!.server.listening).toBe(false);
    expect(await refused(opened!.url)).toBe(true);
  });
});

describe('a client created inside a test', () => {
  let opened: { server: Server; url: string } | undefined;

  mockTest('opens a server with baseUrl()', async () => {
    opened = await openServer(createVendorClient('partnero'));
  });

  mockTest('has it closed once that test finished', () => {
    expect(opened!.server.listening).toBe(false);
  });
});

describe('a client created at describe scope', () => {
  let opened: { server: Server; url: string } | undefined;
  describe('keeps its server for the whole block', () => {
    const api = createVendorClient('partnero');

    mockTest('opens it', async () => {
      opened = await openServer(api);
    });

    mockTest('still has it open in the next test, on the same URL', async () => {
      expect(opened!.server.listening).toBe(true);
      expect(await api.baseUrl()).toBe(opened!.url);
    });
  });

  mockTest('and closes it after the block', () => {
    expect(opened!.server.listening).toBe(false);
  });
});

describe('close()', () => {
  const keepAlive = new http.Agent({ keepAlive: true });
  afterAll(() => keepAlive.destroy());

  mockTest('closes at once even with a keep-alive connection open, and may be called again', async () => {
    const api = createVendorClient('partnero');
    const { server, url } = await openServer(api);
    await new Promise<void>((resolve, reject) => http.get(`${url}/v1/program`, { agent: keepAlive }, (res) => res.resume().on('end', resolve)).on('error', reject));
    expect(await new Promise<number>((resolve) => server.getConnections((_error, count) => resolve(count)))).toBeGreaterThan(0);
    await api.close();
    expect(server.listening).toBe(false);
    await api.close();
  });

  mockTest('closes nothing when baseUrl() was never called', async () => {
    await expect(createVendorClient('partnero').close()).resolves.toBeUndefined();
  });
});
