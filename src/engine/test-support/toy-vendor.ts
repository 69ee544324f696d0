// A vendor that exists only to test the engine: every engine behaviour is visible through it.
import { createHmac } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { createFixedClock } from '../clock.js';
import { createApp, type EngineOptions } from '../create-app.js';
import { isEngineError } from '../errors/engine-error.js';
import { standardRateLimitHeaders } from '../errors/fault-rendering.js';
import { createIdSource } from '../ids.js';
import type { VendorApi } from '../types.js';
import type { operations } from './toy.gen.js';

export interface ToyState {
  items: Array<{ id: number; name: string; size?: number }>;
  next_id: number;
}

export class ToyError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

// deleteItem deliberately has no handler (the engine must answer 501), so the toy is typed without it.
export const toy: VendorApi<ToyState, Omit<operations, 'deleteItem'>> = {
  name: 'toy',
  title: 'Toy',
  spec: 'toy.yaml',
  handlers: {
    listItems: (req, { state }) => ({ status: 200, body: { items: state.items.slice(0, req.query.limit ?? 5), filters: req.query.filters ?? null } }),
    createItem: (req, { state, sendEmail, emit }) => {
      // A refusal the toy reports by webhook (as Voucherify does with redemption.failed); nothing else is emitted.
      if (req.body.name === 'refused') {
        emit({ type: 'item.created', payload: { id: 0, name: 'never' } });
        emit({ type: 'item.refused', payload: { name: req.body.name }, onFailure: true });
        throw new ToyError(422, 'refused');
      }
      const item = { id: state.next_id++, ...req.body };
      state.items.push(item);
      emit({ type: 'item.created', payload: item });
      sendEmail({ to: 'owner@toy.test', subject: `created ${item.name}`, body: 'hello' });
      return { status: 201, body: item };
    },
    getSpecial: () => ({ status: 200, body: { id: 0, name: 'special' } }),
    getItem: (req, { state }) => {
      const item = state.items.find((i) => i.id === req.params.id);
      if (!item) throw new ToyError(404, 'no such item');
      return { status: 200, body: item };
    },
    getOpen: (_req, { principal }) => ({ status: 200, body: { tenant: principal.tenantId } }),
  },
  renderError: (error) =>
    error instanceof ToyError
      ? { status: error.status, body: { toy_error: { message: error.message } } }
      : isEngineError(error)
        ? {
            status: error.status,
            body: { toy_error: { kind: error.kind, message: error.message, issues: error.issues } },
            ...(error.kind === 'rate_limited' ? { headers: standardRateLimitHeaders(error.rateLimit) } : {}),
          }
        : { status: 500, body: { toy_error: { message: 'boom' } } },
  emptyState: () => ({ items: [], next_id: 1 }),
  // Items are an indexed collection (the store logs each change); next_id is a small field it compares by value.
  collections: { items: { key: (item) => item.id } },
  defaultCredentials: { keyAuth: 'toy_key', idAuth: 'toy_id', tokenAuth: 'toy_token' },
  newCredentials: (ids) => ({ keyAuth: `toy_${ids.hex(8)}`, idAuth: `id_${ids.hex(4)}`, tokenAuth: `tok_${ids.hex(8)}` }),
  describeCredentials: (c) => `Authorization: Bearer ${c.keyAuth}`,
  // Three item reads or writes a minute, once switched on for a tenant.
  rateLimits: [{ name: 'items per minute', limit: 3, window_seconds: 60, operations: ['listItems', 'createItem', 'getItem'] }],
  // Receivers come from /__sandbox/webhooks/endpoints; 2xx delivers, 410 disables, 429/5xx/no answer retry 3 times.
  webhooks: {
    adminEndpoints: true,
    policy: {
      timeoutMs: 2000,
      classify: (status) => (status >= 200 && status < 300 ? 'delivered' : status === 410 ? 'disable' : status === 429 || status >= 500 ? 'retry' : 'failed'),
      retryDelayMs: (retry) => [1000, 2000, 4000][retry - 1],
    },
    plan: (event, { endpoints, clock }) =>
      endpoints.map((endpoint) => {
        const body = JSON.stringify({ type: event.type, created_at: clock.now().toISOString(), data: event.payload });
        return { endpoint_id: endpoint.id, url: endpoint.url, body, headers: { 'Content-Type': 'application/json', 'X-Toy-Signature': createHmac('sha256', endpoint.secret).update(body).digest('hex') } };
      }),
  },
};

export const TOY_SPEC_DIR = fileURLToPath(new URL('./', import.meta.url));

export function createToyApp(options: Partial<EngineOptions> = {}) {
  return createApp({
    vendors: [toy],
    specDir: TOY_SPEC_DIR,
    buildScenario: (name) => (name === 'default' ? { toy: { tenants: [{ id: 'default', data: { items: [{ id: 100, name: 'seeded' }], next_id: 101 } }] } } : undefined),
    clock: createFixedClock('2026-01-01T00:00:00Z'),
    ids: createIdSource(1),
    validateResponses: true,
    ...options,
  });
}
