import { isIP } from 'node:net';

// DNS rebinding: a page on evil.example whose name later resolves to 127.0.0.1 reaches the sandbox with
// `Host: evil.example`. Serving only known names (as webpack-dev-server's allowedHosts and Vite's server.allowedHosts
// do) closes that door. IP literals are always fine: a rebinding page cannot make its Host header an IP address.

export interface HostPolicy {
  /** Extra names beyond loopback; ".example.test" allows the domain and every subdomain. 'all' turns the check off. */
  allowedHosts?: string[] | 'all';
}

/** The host name of a Host or Origin value, lower-cased, without port or IPv6 brackets; undefined if unparsable. */
export function hostNameOf(value: string | undefined): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value.includes('://') ? value : `http://${value}`);
    return url.hostname.replace(/^\[(.*)\]$/, '$1').toLowerCase();
  } catch {
    return undefined;
  }
}

export function isAllowedHost(hostHeader: string | undefined, policy: HostPolicy): boolean {
  if (policy.allowedHosts === 'all') return true;
  const name = hostNameOf(hostHeader);
  if (name === undefined) return false;
  if (isIP(name) !== 0) return true;
  if (name === 'localhost' || name.endsWith('.localhost')) return true;
  return (policy.allowedHosts ?? []).some((allowed) => {
    const wanted = allowed.toLowerCase();
    return wanted.startsWith('.') ? name === wanted.slice(1) || name.endsWith(wanted) : name === wanted;
  });
}

/**
 * A browser request from another site: its Origin names another host than the request's own Host, or Fetch
 * Metadata says cross-site. Requests with neither header (curl, SDKs, tests) are not from a web page.
 */
export function isCrossSite(headers: { origin?: string; host?: string; 'sec-fetch-site'?: string | string[] }): boolean {
  const site = headers['sec-fetch-site'];
  if (typeof site === 'string' && site !== 'same-origin' && site !== 'none') return true;
  if (headers.origin === undefined) return false;
  if (headers.origin === 'null') return true;
  try {
    return new URL(headers.origin).host.toLowerCase() !== String(headers.host ?? '').toLowerCase();
  } catch {
    return true;
  }
}
