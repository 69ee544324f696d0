import { describe, expect, it } from 'vitest';
import { EngineError } from '../../engine/errors/engine-error.js';
import { createIdSource } from '../../engine/ids.js';
import { VoucherifyError } from './errors.js';
import { describeIssue, renderVoucherifyError } from './render-error.js';

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
    const a = renderVoucherifyError(VoucherifyError.referrerNotRemovable(), ctx).body;
    const b = renderVoucherifyError(VoucherifyError.referrerNotRemovable(), ctx).body;
    expect(a).toMatchObject({ request_id: expect.stringMatching(REQUEST_ID) });
    expect(b).toMatchObject({ request_id: expect.stringMatching(REQUEST_ID) });
    // The same error twice: only the request id can tell the two bodies apart.
    expect(a).not.toEqual(b);
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

describe('VoucherifyError factories', () => {
  // Every error a handler or rule throws, with Voucherify's status, key and wording.
  it.each([
    ['notFound', VoucherifyError.notFound('customer', 'cust_1'), 404, 'not_found', 'Resource not found', 'Cannot find customer with id cust_1', { id: 'cust_1', type: 'customer' }],
    ['invalidPayload', VoucherifyError.invalidPayload('Property .x is bad'), 400, 'invalid_payload', 'Invalid payload', 'Property .x is bad', undefined],
    ['duplicateCustomer', VoucherifyError.duplicateCustomer('alex'), 409, 'duplicate_found', 'Duplicated resource found', 'Duplicated customer exists with id alex', { id: 'alex', type: 'customer' }],
    ['duplicateCampaign', VoucherifyError.duplicateCampaign('Friends'), 409, 'duplicate_found', 'Duplicated resource found', 'Duplicated campaign exists with name Friends', { id: 'Friends', type: 'campaign' }],
    ['discountRequired', VoucherifyError.discountRequired(), 400, 'invalid_campaign', 'Invalid campaign', "Property 'discount' is required for REFERRAL_PROGRAM campaign", undefined],
    ['notPublished', VoucherifyError.notPublished(), 400, 'not_published', 'Voucher is not published', 'Referral code must be first published to Referrer before assigning it to Referee', undefined],
    ['holderDuplication', VoucherifyError.holderDuplication(), 409, 'holder_assignement_duplication', 'Customer is already assigned to given redeemable', undefined, undefined],
    ['referrerNotRemovable', VoucherifyError.referrerNotRemovable(), 403, 'forbidden', 'Can not remove assignment', 'You can not remove Referrer assignment', undefined],
    ['missingVouchers', VoucherifyError.missingVouchers('Friends'), 400, 'missing_vouchers', 'Missing vouchers', 'There are no vouchers left to publish in campaign Friends', undefined],
    ['alreadyPublished', VoucherifyError.alreadyPublished('REF-1'), 400, 'voucher_already_published', 'Voucher already published', 'Voucher REF-1 is already published', { id: 'REF-1', type: 'voucher' }],
    ['duplicateSourceId', VoucherifyError.duplicateSourceId('pub-1'), 400, 'duplicate_source_id', 'Duplicated source_id', 'Publication with source_id pub-1 already exists', undefined],
  ])('%s', (_name, error, status, key, message, details, resource) => {
    expect(error).toBeInstanceOf(VoucherifyError);
    expect({ status: error.status, key: error.key, message: error.message, details: error.details, resource: error.resource }).toEqual({ status, key, message, details, resource });
  });
});

describe('describeIssue', () => {
  it('names nested array items the way Voucherify does', () => {
    expect(describeIssue({ location: 'body', field: 'holders.3.email', message: 'holders.3.email must be string', keyword: 'type' })).toBe('Property .holders[3].email must be string');
    expect(describeIssue({ location: 'body', field: '', message: 'body must be object', keyword: 'type' })).toBe('Property body must be object');
  });
});
