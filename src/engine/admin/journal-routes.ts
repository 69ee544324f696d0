import type { Router } from 'express';
import { EngineError } from '../errors/engine-error.js';
import type { JournalFilter } from '../journal.js';
import type { AdminDeps } from './admin-router.js';

const FILTERS = ['vendor', 'tenant', 'operation_id', 'status', 'method', 'since', 'until'];
const DEFAULT_LIMIT = 100;

/**
 * /__sandbox/requests: the request journal, newest first, filtered by vendor, tenant, operation_id, status (404 or
 * 4xx), method, since/until (ISO times on the sandbox clock; since inclusive, until exclusive); /requests/count
 * answers {count} for the same filters (verification: "exactly one createItem"); DELETE empties it.
 */
export function addJournalRoutes(router: Router, deps: AdminDeps): void {
  router.get('/requests', async (req, res) => {
    const filter = readFilter(deps, req.query, ['limit']);
    res.json({ data: await deps.journal.list(readLimit(req.query.limit, deps.journal.size), filter) });
  });

  router.get('/requests/count', async (req, res) => {
    res.json({ count: await deps.journal.count(readFilter(deps, req.query, [])) });
  });

  router.delete('/requests', async (_req, res) => {
    await deps.journal.clear();
    res.status(204).end();
  });
}

function readLimit(value: unknown, max: number): number {
  if (value === undefined) return Math.min(DEFAULT_LIMIT, max);
  const limit = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : NaN;
  if (!Number.isInteger(limit) || limit < 1) throw new EngineError('invalid_request', '"limit" must be a positive integer.');
  return Math.min(limit, max);
}

function readFilter(deps: AdminDeps, query: Record<string, unknown>, extra: string[]): JournalFilter {
  const unknown = Object.keys(query).filter((key) => !FILTERS.includes(key) && !extra.includes(key));
  if (unknown.length > 0) throw new EngineError('invalid_request', `Unknown filter "${unknown[0]}"; filters are ${[...FILTERS, ...extra].join(', ')}.`);
  const text = (key: string): string | undefined => {
    const value = query[key];
    if (value === undefined) return undefined;
    if (typeof value !== 'string' || value === '') throw new EngineError('invalid_request', `"${key}" must be given once, not empty.`);
    return value;
  };
  const filter: JournalFilter = {};
  const vendor = text('vendor');
  if (vendor !== undefined) {
    if (!deps.vendors.some((v) => v.name === vendor)) throw new EngineError('invalid_request', `"vendor" must be one of: ${deps.vendors.map((v) => v.name).join(', ')}.`);
    filter.vendor = vendor;
  }
  filter.tenant = text('tenant');
  filter.operation_id = text('operation_id');
  const method = text('method');
  if (method !== undefined) {
    if (!/^[A-Za-z]+$/.test(method)) throw new EngineError('invalid_request', '"method" must be an HTTP method such as GET or POST.');
    filter.method = method.toUpperCase();
  }
  const status = text('status');
  if (status !== undefined) {
    const statusClass = /^([1-5])xx$/i.exec(status);
    if (statusClass) filter.status = { class: Number(statusClass[1]) };
    else if (/^(0|[1-5]\d\d)$/.test(status)) filter.status = { exact: Number(status) };
    else throw new EngineError('invalid_request', '"status" must be a status such as 404, a class such as 4xx, or 0 (no answer).');
  }
  for (const key of ['since', 'until'] as const) {
    const value = text(key);
    if (value === undefined) continue;
    const at = /^\d{4}-\d{2}-\d{2}T/.test(value) ? new Date(value) : undefined;
    if (!at || Number.isNaN(at.getTime())) throw new EngineError('invalid_request', `"${key}" must be an ISO 8601 date-time on the sandbox clock, e.g. 2026-01-01T00:00:00Z.`);
    filter[key] = at;
  }
  for (const key of Object.keys(filter) as Array<keyof JournalFilter>) if (filter[key] === undefined) delete filter[key];
  return filter;
}
