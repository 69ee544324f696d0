import { describe, expect, it } from 'vitest';
import { hostNameOf, isAllowedHost, isCrossSite } from './host-guard.js';

describe('isAllowedHost', () => {
  it('serves loopback names and IP literals by default, nothing else', () => {
    for (const host of ['localhost', 'localhost:4010', 'app.localhost:1', '127.0.0.1:4010', '[::1]:4010', '10.0.0.5']) expect(isAllowedHost(host, {}), host).toBe(true);
    for (const host of ['evil.example', 'localhost.evil.example', 'evil.example:4010', '', undefined, 'a b']) expect(isAllowedHost(host, {}), String(host)).toBe(false);
  });

  it('adds exact names and leading-dot domains; "all" turns the check off', () => {
    const policy = { allowedHosts: ['sandbox.internal', '.team.test'] };
    expect(isAllowedHost('sandbox.internal:4010', policy)).toBe(true);
    expect(isAllowedHost('team.test', policy)).toBe(true);
    expect(isAllowedHost('ci.team.test', policy)).toBe(true);
    expect(isAllowedHost('evilteam.test', policy)).toBe(false);
    expect(isAllowedHost('anything', { allowedHosts: 'all' })).toBe(true);
  });

  it('reads host names without port or brackets', () => {
    expect(hostNameOf('[::1]:80')).toBe('::1');
    expect(hostNameOf('LOCALHOST:1')).toBe('localhost');
  });
});

describe('isCrossSite', () => {
  it('is true for a foreign or opaque Origin and for cross-site Fetch Metadata, false without browser headers', () => {
    expect(isCrossSite({ origin: 'http://evil.example', host: 'localhost:4010' })).toBe(true);
    expect(isCrossSite({ origin: 'null', host: 'localhost:4010' })).toBe(true);
    expect(isCrossSite({ 'sec-fetch-site': 'same-site', host: 'localhost:4010' })).toBe(true);
    expect(isCrossSite({ origin: 'http://localhost:4010', host: 'localhost:4010', 'sec-fetch-site': 'same-origin' })).toBe(false);
    expect(isCrossSite({ host: 'localhost:4010' })).toBe(false);
  });
});
