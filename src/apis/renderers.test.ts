// Every vendor's renderer meets every engine error kind, with field names chosen to collide with prototypes:
// each answer is the kind's status in a JSON envelope, never a crash, and nothing leaks onto Object.prototype.
import { describe, expect, it } from 'vitest';
import { ENGINE_STATUS, EngineError, type EngineErrorKind, type ValidationIssue } from '../engine/errors/engine-error.js';
import { createFixedClock } from '../engine/clock.js';
import { createIdSource } from '../engine/ids.js';
import { vendors } from './index.js';

const HOSTILE_FIELDS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', '__proto__.polluted', 'a.__proto__', ''];
const KINDS = Object.keys(ENGINE_STATUS) as EngineErrorKind[];
const ctx = { ids: createIdSource(3), clock: createFixedClock('2026-01-01T00:00:00Z') };

/** Statuses a vendor deliberately answers instead of the engine's (documented in its errors.ts). */
const REMAPPED: Record<string, Partial<Record<EngineErrorKind, number>>> = {
  prefinery: { method_not_allowed: 404 }, // Rails routes an unknown verb like an unknown path
  pureprofile: { invalid_request: 400 },
  voucherify: { invalid_request: 400 },
  referralapi: { invalid_request: 400 },
};

describe.each(vendors.map((v) => [v.name, v] as const))('%s renderer', (name, vendor) => {
  it.each(KINDS)('renders %s with hostile field names as a JSON envelope with the right status', (kind) => {
    const issues: ValidationIssue[] = HOSTILE_FIELDS.flatMap((field) =>
      (['body', 'query'] as const).map((location) => ({ location, field, message: `${field} is not allowed`, keyword: 'not' })),
    );
    const rendering = vendor.renderError(new EngineError(kind, `a ${kind} with "__proto__" in its message`, issues), ctx);
    const expected = REMAPPED[name]?.[kind] ?? (kind === 'invalid_request' ? [400, 422] : ENGINE_STATUS[kind]);
    if (Array.isArray(expected)) expect(expected).toContain(rendering.status);
    else expect(rendering.status).toBe(expected);
    expect(rendering.body).toBeTypeOf('object');
    expect(() => JSON.stringify(rendering.body)).not.toThrow();
    expect(Object.getOwnPropertyNames(Object.prototype)).not.toContain('polluted');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('renders an unknown error as its own 500', () => {
    const rendering = vendor.renderError(new Error('boom'), ctx);
    expect(rendering.status).toBe(500);
    expect(rendering.body).toBeTypeOf('object');
  });
});
