// POST /__sandbox/reset: back to what the process started with, or to a named scenario or a document, all state at
// once (built aside, swapped in whole), with the journal, outbox and clock cleared unless kept.
import { createHash } from 'node:crypto';
import type { Router } from 'express';
import { EngineError } from '../errors/engine-error.js';
import { createIdSource } from '../ids.js';
import type { Database } from '../store/database.js';
import { createResetTargets, type ResetTarget } from '../store/reset-targets.js';
import { applyScenario, ensureDefaultTenants } from '../store/scenario.js';
import { createStore, MEMORY } from '../store/store.js';
import type { ScenarioDocument } from '../types.js';
import type { AdminDeps } from './admin-router.js';

export function addResetRoutes(router: Router, deps: AdminDeps): void {
  router.post('/reset', async (req, res) => {
    const epoch = deps.store.epoch; // read before the change: a rollback meanwhile means it was not saved
    const target = readResetTarget(deps, req.query.scenario, req.body);
    const keep = readKeep(req.query.keep);
    const outbox = deps.store.db.outbox;
    resetTo(deps, target);
    if (keep.has('outbox')) deps.store.db.outbox.push(...outbox); // otherwise the new state's outbox is empty
    if (!keep.has('clock')) deps.clock.reset(); // a reset starts over in time too: wall time, or the fixed start
    if (!keep.has('journal')) await deps.journal.clear();
    deps.faults.reset(); // and without the faults and rate-limit counters it had (startup rules stay)
    await deps.store.commit(epoch);
    res.json({ status: 'reset', scenario: target.name, kept: [...keep] });
  });
}

/**
 * Replace all state with a target: a built-in scenario by name ('empty' = default tenants, no data), or a
 * ResetTarget (a base scenario with a document on top). Built aside and swapped in whole, so a document that fails
 * its checks leaves the current state alone; built once per named target (see reset-targets.ts).
 */
export function resetTo(deps: Pick<AdminDeps, 'vendors' | 'store' | 'buildScenario' | 'targets'>, target: string | ResetTarget): void {
  const db = JSON.parse(buildTarget(deps, target)) as Database;
  db.schema_revision = deps.store.db.schema_revision; // same code, same schemas: no upgrade at the next start
  deps.store.replace(db);
}

/**
 * A target's whole state as JSON, built in a scratch store (a document that fails its checks throws, naming the
 * target in `error.scenario`); kept per named target when the deps have targets.
 */
export function buildTarget(deps: Pick<AdminDeps, 'vendors' | 'buildScenario' | 'targets'>, target: string | ResetTarget): string {
  const wanted = typeof target === 'string' ? { name: target, base: target } : target;
  const build = () => {
    const base = wanted.base === 'empty' ? {} : deps.buildScenario(wanted.base);
    if (!base) throw new EngineError('invalid_request', `Unknown scenario "${wanted.base}".`);
    const scratch = createStore(MEMORY);
    // The ids the scenario's records get are drawn from its own content, so every replica of a team store, every
    // restart and every reset build the same state (the sandbox's own source goes on making the ids of new records).
    const ids = createIdSource(createHash('sha256').update(`${wanted.base}\u0000${JSON.stringify(wanted.doc ?? null)}`).digest().readUInt32BE(0) >>> 1);
    applyScenario(scratch, deps.vendors, base, ids);
    try {
      if (wanted.doc) applyScenario(scratch, deps.vendors, wanted.doc, ids);
    } catch (error) {
      throw Object.assign(error as Error, { scenario: wanted.name });
    }
    ensureDefaultTenants(scratch, deps.vendors);
    return JSON.stringify(scratch.db);
  };
  return deps.targets && typeof target !== 'string' ? deps.targets.built(wanted, build) : build();
}

/**
 * What POST /reset returns to: ?scenario=NAME (built-in, registered at start, or 'startup'), a scenario document as
 * the body (on top of the default scenario), or, with neither, what the process started with.
 */
function readResetTarget(deps: AdminDeps, scenario: unknown, body: unknown): ResetTarget {
  const targets = deps.targets ?? createResetTargets({ builtIn: () => [] });
  // A body sent is a document, even {} (an empty one: the default scenario); no body at all is a bare reset.
  const hasBody = body !== undefined;
  if (hasBody && (typeof body !== 'object' || body === null || Array.isArray(body))) throw new EngineError('invalid_request', 'A reset\'s body is a scenario document: an object keyed by vendor name.');
  if (scenario !== undefined && typeof scenario !== 'string') throw new EngineError('invalid_request', '"scenario" is one name.');
  if (hasBody && scenario !== undefined) throw new EngineError('invalid_request', 'Give either ?scenario=NAME or a scenario document as the body, not both.');
  if (hasBody) return { name: 'document', base: 'default', doc: body as ScenarioDocument };
  if (scenario !== undefined) return deps.targets ? targets.named(scenario) : { name: scenario, base: scenario };
  return deps.targets ? targets.startup() : { name: 'default', base: 'default' };
}

/** ?keep=journal,outbox,clock: what a reset leaves as it is (any subset; by default it clears them all). */
function readKeep(value: unknown): Set<string> {
  if (value === undefined) return new Set();
  const known = ['journal', 'outbox', 'clock'];
  const items = typeof value === 'string' ? value.split(',').map((item) => item.trim()).filter((item) => item !== '') : undefined;
  const unknown = items?.filter((item) => !known.includes(item)) ?? [];
  if (!items || unknown.length > 0) throw new EngineError('invalid_request', `"keep" takes a comma-separated list of: ${known.join(', ')}${unknown.length ? `; unknown: ${unknown.join(', ')}` : ''}.`);
  return new Set(items);
}

