import type { Router } from 'express';
import { EngineError } from '../errors/engine-error.js';
import type { FaultRule } from '../faults/faults.js';
import type { AdminDeps } from './admin-router.js';

/**
 * /__sandbox/faults: rules that make matching requests fail, slow down or hit a rate limit (one rule, or
 * {"rules": [...]}, all or nothing), and per-tenant settings: X-Sandbox-Fault on or off, documented rate limits on or off.
 */
export function addFaultRoutes(router: Router, deps: AdminDeps): void {
  router.get('/faults', (_req, res) => {
    res.json({ data: deps.faults.list() });
  });

  router.post('/faults', async (req, res) => {
    const body = req.body as { rules?: unknown } | undefined;
    const inputs = body && typeof body === 'object' && !Array.isArray(body) && 'rules' in body ? body.rules : [body];
    if (!Array.isArray(inputs) || inputs.length === 0 || inputs.length > 100) throw new EngineError('invalid_request', '"rules" must be a list of 1 to 100 fault rules.');
    const rules: FaultRule[] = inputs.map((input, index) => {
      try {
        return deps.faults.parseRule(input, 'admin');
      } catch (error) {
        throw inputs.length > 1 ? new EngineError('invalid_request', `rules[${index}]: ${(error as Error).message}`) : error;
      }
    });
    for (const rule of rules) deps.faults.add(rule);
    await deps.store.commit(); // a team store shares the rules with every replica before answering
    res.status(201).json(inputs.length === 1 && !(body && 'rules' in body) ? rules[0] : { data: rules });
  });

  router.delete('/faults', async (_req, res) => {
    deps.faults.clearAdminRules();
    await deps.store.commit();
    res.status(204).end();
  });

  router.delete('/faults/:id', async (req, res) => {
    if (!deps.faults.remove(req.params.id)) throw new EngineError('not_found', `No fault rule ${req.params.id}.`);
    await deps.store.commit();
    res.status(204).end();
  });

  router.get('/faults/settings', (req, res) => {
    const { vendor, tenant } = readScope(deps, req.query);
    res.json({ vendor, tenant, ...deps.faults.settingsOf(vendor, tenant), rate_limits_documented: deps.vendors.find((v) => v.name === vendor)?.rateLimits ?? [] });
  });

  router.post('/faults/settings', async (req, res) => {
    const body = (req.body ?? {}) as Record<string, unknown>;
    const { vendor, tenant } = readScope(deps, body);
    const change: { header_faults?: boolean; rate_limits?: boolean } = {};
    for (const key of ['header_faults', 'rate_limits'] as const) {
      if (body[key] === undefined) continue;
      if (typeof body[key] !== 'boolean') throw new EngineError('invalid_request', `"${key}" must be true or false.`);
      change[key] = body[key] as boolean;
    }
    const unknown = Object.keys(body).filter((k) => !['vendor', 'tenant', 'header_faults', 'rate_limits'].includes(k));
    if (unknown.length > 0) throw new EngineError('invalid_request', `Unknown setting "${unknown[0]}"; settings are header_faults and rate_limits.`);
    const settings = deps.faults.setSettings(vendor, tenant, change);
    await deps.store.commit();
    res.json({ vendor, tenant, ...settings });
  });
}

function readScope(deps: AdminDeps, input: Record<string, unknown>): { vendor: string; tenant: string } {
  const vendor = deps.vendors.find((v) => v.name === input.vendor);
  if (!vendor) throw new EngineError('invalid_request', `"vendor" must be one of: ${deps.vendors.map((v) => v.name).join(', ')}.`);
  const tenant = input.tenant ?? 'default';
  if (typeof tenant !== 'string' || !deps.store.tenantsOf(vendor.name).some((t) => t.id === tenant)) throw new EngineError('invalid_request', `"tenant": no ${vendor.name} tenant "${String(tenant)}".`);
  return { vendor: vendor.name, tenant };
}
