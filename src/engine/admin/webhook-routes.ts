import type { Router } from 'express';
import { EngineError } from '../errors/engine-error.js';
import { tenantIdProblem } from '../safe-keys.js';
import type { WebhookDelivery, WebhookEndpoint } from '../webhooks/types.js';
import type { AdminDeps } from './admin-router.js';

const STATUSES = ['pending', 'delivered', 'failed', 'dropped'];

/** /__sandbox/webhooks: the delivery log, redelivery, and receivers for vendors configured in a dashboard. */
export function addWebhookRoutes(router: Router, deps: AdminDeps): void {
  const db = () => deps.store.db.webhooks;

  router.get('/webhooks/deliveries', (req, res) => {
    const { vendor, tenant, type, status } = req.query;
    for (const [name, value] of Object.entries({ vendor, tenant, type, status })) {
      if (value !== undefined && typeof value !== 'string') throw new EngineError('invalid_request', `"${name}" must be a single value.`);
    }
    if (status !== undefined && !STATUSES.includes(status as string)) throw new EngineError('invalid_request', `"status" must be one of: ${STATUSES.join(', ')}.`);
    const list = db().deliveries.filter(
      (d) => (!vendor || d.vendor === vendor) && (!tenant || d.tenant === tenant) && (!type || d.event_type === type) && (!status || d.status === status),
    );
    res.json({ data: list.slice().reverse().map(present) });
  });

  router.get('/webhooks/deliveries/:id', (req, res) => {
    res.json(present(mustFindDelivery(deps, req.params.id)));
  });

  router.post('/webhooks/deliveries/:id/redeliver', async (req, res) => {
    const epoch = deps.store.epoch; // read before the change: a rollback meanwhile means it was not saved
    mustFindDelivery(deps, req.params.id);
    const delivery = deps.webhooks.redeliver(req.params.id)!;
    await deps.store.commit(epoch);
    deps.webhooks.kick();
    res.status(202).json(present(delivery));
  });

  router.get('/webhooks/endpoints', (req, res) => {
    const { vendor, tenant } = req.query;
    res.json({ data: db().endpoints.filter((e) => (!vendor || e.vendor === vendor) && (!tenant || e.tenant === tenant)) });
  });

  router.post('/webhooks/endpoints', async (req, res) => {
    const epoch = deps.store.epoch; // read before the change: a rollback meanwhile means it was not saved
    const body = (req.body ?? {}) as Record<string, unknown>;
    const configurable = deps.vendors.filter((v) => v.webhooks?.adminEndpoints);
    const vendor = configurable.find((v) => v.name === body.vendor);
    if (!vendor) throw new EngineError('invalid_request', `"vendor" must be one whose webhooks are set up in its dashboard: ${configurable.map((v) => v.name).join(', ') || 'none'}.`);
    const tenant = body.tenant ?? 'default';
    const problem = tenantIdProblem(tenant);
    if (problem || !deps.store.tenantsOf(vendor.name).some((t) => t.id === tenant)) throw new EngineError('invalid_request', `"tenant": no ${vendor.name} tenant "${String(tenant)}".`);
    if (typeof body.url !== 'string' || !/^https?:\/\/[^\s]+$/i.test(body.url) || body.url.length > 2048) throw new EngineError('invalid_request', '"url" must be an http(s) URL.');
    const events = body.events ?? [];
    if (!Array.isArray(events) || events.some((e) => typeof e !== 'string') || events.length > 100) throw new EngineError('invalid_request', '"events" must be a list of event types (empty: all).');
    if (body.secret !== undefined && (typeof body.secret !== 'string' || body.secret === '' || body.secret.length > 256)) throw new EngineError('invalid_request', '"secret" must be a non-empty string.');
    const endpoint: WebhookEndpoint = {
      id: `we_${deps.ids.hex(12)}`,
      vendor: vendor.name,
      tenant: tenant as string,
      url: body.url,
      events: events as string[],
      secret: (body.secret as string | undefined) ?? `whsec_${deps.ids.hex(24)}`,
      enabled: true,
      created_at: deps.clock.now().toISOString(),
    };
    db().endpoints.push(endpoint);
    await deps.store.commit(epoch);
    res.status(201).json(endpoint);
  });

  router.delete('/webhooks/endpoints/:id', async (req, res) => {
    const epoch = deps.store.epoch; // read before the change: a rollback meanwhile means it was not saved
    const index = db().endpoints.findIndex((e) => e.id === req.params.id);
    if (index < 0) throw new EngineError('not_found', `No webhook endpoint ${req.params.id}.`);
    db().endpoints.splice(index, 1);
    await deps.store.commit(epoch);
    res.status(204).end();
  });
}

function mustFindDelivery(deps: AdminDeps, id: string): WebhookDelivery {
  const delivery = deps.store.db.webhooks.deliveries.find((d) => d.id === id);
  if (!delivery) throw new EngineError('not_found', `No webhook delivery ${id}.`);
  return delivery;
}

/** The log entry with its body parsed when it is JSON, so it reads as the receiver saw it. */
function present(delivery: WebhookDelivery) {
  let payload: unknown = delivery.body;
  try {
    payload = JSON.parse(delivery.body);
  } catch {
    // not JSON: shown as sent
  }
  return { ...delivery, payload };
}
