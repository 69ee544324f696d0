import { describe, expect, it } from 'vitest';
import { EngineError } from '../../engine/errors/engine-error.js';
import { ERRORS, ReferralApiError, renderReferralApiError } from './errors.js';

describe('renderReferralApiError', () => {
  it('renders the vendor error as {error_code, message}', () => {
    expect(renderReferralApiError(ReferralApiError.campaignNotFound())).toEqual({
      status: 404,
      body: { error_code: 'CAMPAIGN_NOT_FOUND', message: 'No campaign exists with this id.' },
    });
  });

  it.each([
    [ReferralApiError.campaignNotFound(), 404, 'CAMPAIGN_NOT_FOUND'],
    [ReferralApiError.referralLinkNotFound(), 404, 'REFERRAL_LINK_NOT_FOUND'],
    [ReferralApiError.referredUserNotFound(), 404, 'REFERRED_USER_NOT_FOUND'],
    [ReferralApiError.referredUserAlreadyExists(), 409, 'REFERRED_USER_ALREADY_EXISTS'],
    [ReferralApiError.invalidUrl(), 400, 'INVALID_URL'],
    [ReferralApiError.urlCannotBeChanged(), 400, 'URL_CANNOT_BE_CHANGED'],
    [ReferralApiError.maximumCapacity(), 403, 'MAXIMUM_CAPACITY'],
    [ReferralApiError.insufficientPlan(), 403, 'INSUFFICIENT_PLAN'],
  ])('the named constructor %# gives %i %s with its documented message', (error, status, code) => {
    expect(error).toMatchObject({ status, code, message: ERRORS[error.code].message });
    expect(renderReferralApiError(error)).toEqual({ status, body: { error_code: code, message: ERRORS[error.code].message } });
  });

  it('renders a missing or wrong key as 401 INVALID_API_KEY', () => {
    expect(renderReferralApiError(new EngineError('unauthorized'))).toMatchObject({ status: 401, body: { error_code: 'INVALID_API_KEY' } });
  });

  it('names each invalid field in one message', () => {
    const error = new EngineError('invalid_request', 'x', [
      { location: 'body', field: 'campaign_id', message: '', keyword: 'required', params: { missingProperty: 'campaign_id' } },
      { location: 'body', field: 'action_type', message: '', keyword: 'type', params: { type: 'string' } },
    ]);
    expect(renderReferralApiError(error)).toEqual({
      status: 400,
      body: { error_code: 'INVALID_REQUEST', message: 'campaign_id is required. action_type must be of type string.' },
    });
  });

  it.each([
    ['malformed_body', 400, 'MALFORMED_BODY'],
    ['unsupported_media_type', 415, 'UNSUPPORTED_MEDIA_TYPE'],
    ['payload_too_large', 413, 'PAYLOAD_TOO_LARGE'],
    ['method_not_allowed', 405, 'METHOD_NOT_ALLOWED'],
    ['not_found', 404, 'NOT_FOUND'],
    ['not_implemented', 501, 'NOT_IMPLEMENTED'],
  ] as const)('maps engine %s to %i %s', (kind, status, code) => {
    expect(renderReferralApiError(new EngineError(kind))).toMatchObject({ status, body: { error_code: code } });
  });

  it('turns anything else into a 500 in the same envelope', () => {
    expect(renderReferralApiError(new TypeError('boom'))).toEqual({ status: 500, body: { error_code: 'INTERNAL_ERROR', message: 'Internal server error.' } });
  });
});
