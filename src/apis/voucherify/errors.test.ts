import { describe, expect, it } from 'vitest';
import { EngineError } from '../../engine/errors/engine-error.js';
import { createIdSource } from '../../engine/ids.js';
import { describeIssue, renderVoucherifyError, VoucherifyError } from './errors.js';

const ctx = { ids: createIdSource(5) };

const REQUEST_ID = /^v-[0-9a-f]{18}$/;

describe('renderVoucherifyError', () => {
  it('renders a VoucherifyError with code, key, message, details, request_id and the resource', () => {
    const error = VoucherifyError.notFound('voucher', 'REF-1');
    const expectedId = `v-${createIdSource(9).hex(18)}`;
    expect(renderVoucherifyError(error, { ids: createIdSource(9) })).toEqual({
      status: 404,
      body: { code: 404, key: 'not_found', message: 'Resource not found', details: 'Cannot find voucher with id REF-1', request_id: expectedId, resource_id: 'REF-1', resource_type: 'voucher' },
    });
  });

  it('gives every rendering a fresh request id from the id source', () => {
    const a = renderVoucherifyError(new VoucherifyError(403, 'forbidden', 'x'), ctx).body as { request_id: string };
    const b = renderVoucherifyError(new VoucherifyError(403, 'forbidden', 'x'), ctx).body as { request_id: string };
    expect(a.request_id).toMatch(REQUEST_ID);
    expect(a.request_id).not.toBe(b.request_id);
  });

  it('renders 401 in the documented body', () => {
    const { status, body } = renderVoucherifyError(new EngineError('unauthorized'), ctx);
    expect(status).toBe(401);
    expect(body).toMatchObject({ code: 401, message: 'Unauthorized', key: 'unauthorized' });
  });

  it('maps body issues to invalid_payload and query issues to invalid_query_params', () => {
    const body = new EngineError('invalid_request', 'x', [{ location: 'body', field: 'holders', message: 'holders must NOT have fewer than 1 items', keyword: 'minItems' }]);
    expect(renderVoucherifyError(body, ctx).body).toMatchObject({ code: 400, key: 'invalid_payload', message: 'Invalid payload', details: 'Property .holders must NOT have fewer than 1 items' });
    const query = new EngineError('invalid_request', 'x', [{ location: 'query', field: 'limit', message: 'limit must be <= 100', keyword: 'maximum' }]);
    expect(renderVoucherifyError(query, ctx).body).toMatchObject({ code: 400, key: 'invalid_query_params', details: 'Property .limit must be <= 100' });
  });

  it.each([
    ['malformed_body', 400, 'invalid_payload'],
    ['not_found', 404, 'not_found'],
    ['method_not_allowed', 405, 'method_not_allowed'],
    ['payload_too_large', 413, 'payload_too_large'],
    ['unsupported_media_type', 415, 'unsupported_media_type'],
    ['not_implemented', 501, 'not_implemented'],
  ] as const)('maps engine %s to %i %s', (kind, status, key) => {
    expect(renderVoucherifyError(new EngineError(kind), ctx)).toMatchObject({ status, body: { code: status, key } });
  });

  it('turns anything else into a 500 in the Voucherify envelope', () => {
    expect(renderVoucherifyError(new Error('boom'), ctx)).toMatchObject({ status: 500, body: { code: 500, key: 'internal_error' } });
  });
});

describe('describeIssue', () => {
  it('names nested array items the way Voucherify does', () => {
    expect(describeIssue({ location: 'body', field: 'holders.3.email', message: 'holders.3.email must be string', keyword: 'type' })).toBe('Property .holders[3].email must be string');
    expect(describeIssue({ location: 'body', field: '', message: 'body must be object', keyword: 'type' })).toBe('Property body must be object');
  });
});
