import { reasonPhrase } from '../../engine/errors/fault-rendering.js';

export type ResourceType = 'voucher' | 'campaign' | 'redeemable_holder' | 'customer' | 'redemption' | 'publication' | 'redemption_rollback';

// Voucherify's own wording, from the error examples in its OpenAPI and api-reference/errors.
export const MESSAGES = {
  unauthorized: 'Unauthorized',
  notFound: 'Resource not found',
  notFoundDetails: (type: ResourceType, id: string) => `Cannot find ${type} with id ${id}`,
  invalidPayload: 'Invalid payload',
  invalidQueryParams: 'Invalid query params',
  notPublished: 'Voucher is not published',
  notPublishedDetails: 'Referral code must be first published to Referrer before assigning it to Referee',
  duplicateFound: 'Duplicated resource found',
  duplicateCustomerDetails: (identifier: string) => `Duplicated customer exists with id ${identifier}`,
  duplicateCampaignDetails: (name: string) => `Duplicated campaign exists with name ${name}`,
  holderDuplication: 'Customer is already assigned to given redeemable',
  forbidden: 'Can not remove assignment',
  forbiddenDetails: 'You can not remove Referrer assignment',
  invalidCampaign: 'Invalid campaign',
  discountRequired: "Property 'discount' is required for REFERRAL_PROGRAM campaign",
  missingVouchers: 'Missing vouchers',
  missingVouchersDetails: (campaignName: string) => `There are no vouchers left to publish in campaign ${campaignName}`,
  alreadyPublished: 'Voucher already published',
  alreadyPublishedDetails: (code: string) => `Voucher ${code} is already published`,
  duplicateSourceId: 'Duplicated source_id',
  duplicateSourceIdDetails: (sourceId: string) => `Publication with source_id ${sourceId} already exists`,
  methodNotAllowed: 'Method not allowed',
  payloadTooLarge: 'Payload too large',
  unsupportedMediaType: 'Unsupported media type',
  notImplemented: 'Not implemented',
  forbiddenHost: 'Forbidden',
  internal: 'Internal server error',
  tooManyRequests: 'Too many requests',
  // Redemption failures: Voucherify's lower-case messages (redemptions.json 400 examples) and its errors.mdx keys.
  referrerNotPermitted: 'referrer not permitted to redeem',
  referrerNotPermittedError: 'A referrer cannot redeem their own referral code.',
  redeemNotPublished: 'voucher is not published',
  redeemNotPublishedError: 'A referral code must be published to a referrer before it can be redeemed.',
  quantityExceeded: 'quantity exceeded',
  quantityExceededError: "The voucher's redemption limit has been reached.",
  voucherExpired: 'voucher expired',
  voucherExpiredError: 'The voucher has expired.',
  invalidGrantType: 'Invalid grant_type',
  invalidScope: (given: string) => `Invalid scope: ${given}`,
  missingParameters: 'Missing parameters',
  voucherDisabled: 'voucher is disabled',
  voucherDisabledError: 'The voucher has been disabled and cannot be used.',
  campaignDisabledError: 'The campaign of this voucher has been disabled.',
  invalidDateRange: 'Property .start_date must be before .expiration_date',
  notOnReferralCode: (field: string) => `Property .${field} of a referral code is its campaign's: update the campaign`,
  voucherNotActive: 'voucher not active',
  voucherNotActiveError: 'The voucher is not active yet.',
  missingCustomer: 'Missing customer',
  missingCustomerDetails: 'A referral code can only be redeemed by an identified customer (customer.id or customer.source_id).',
  referrerMismatch: (given: string) => `Referral code is not held by referrer ${given}`,
  // Rollback failures (redemptions.json, rollback-redemption 400 examples).
  alreadyRolledBack: 'Already rolled back',
  alreadyRolledBackDetails: 'Redemption has been already rolled back.',
  invalidRedemption: 'Invalid redemption',
  invalidRedemptionDetails: 'You can rollback only a single redemption. Use different endpoint for stacked redemption.',
  invalidRedemptionParent: 'Invalid redemption parent',
  invalidRedemptionParentDetails: 'You can rollback only a redemption that does not have parent redemption.',
  tooManyRequestsDetails: 'The API call limit of the project has been reached; see the X-Rate-Limit-* headers.',
} as const;

/**
 * A Voucherify error: the renderer adds `code` (the status) and a fresh `request_id`. The constructor is private:
 * every error the sandbox answers with is named by one of the factories below, so its status, key and wording live
 * here and nowhere else.
 */
export class VoucherifyError extends Error {
  private constructor(
    readonly status: number,
    readonly key: string,
    message: string,
    readonly details?: string,
    readonly resource?: { id: string; type: ResourceType },
    /** Voucherify's `error.message`, the customer-facing text redemption failures carry. */
    readonly errorMessage?: string,
    /** Answered with no body at all (Revoke OAuth Token's 404). */
    readonly bodyless = false,
  ) {
    super(message);
    this.name = 'VoucherifyError';
  }

  // ---- What handlers and rules throw ----

  static notFound(type: ResourceType, id: string): VoucherifyError {
    return new VoucherifyError(404, 'not_found', MESSAGES.notFound, MESSAGES.notFoundDetails(type, id), { id, type });
  }

  static invalidPayload(details: string): VoucherifyError {
    return new VoucherifyError(400, 'invalid_payload', MESSAGES.invalidPayload, details);
  }

  static duplicateCustomer(identifier: string): VoucherifyError {
    return new VoucherifyError(409, 'duplicate_found', MESSAGES.duplicateFound, MESSAGES.duplicateCustomerDetails(identifier), { id: identifier, type: 'customer' });
  }

  static duplicateCampaign(name: string): VoucherifyError {
    return new VoucherifyError(409, 'duplicate_found', MESSAGES.duplicateFound, MESSAGES.duplicateCampaignDetails(name), { id: name, type: 'campaign' });
  }

  /** A referral campaign without `voucher.discount`. */
  static discountRequired(): VoucherifyError {
    return new VoucherifyError(400, 'invalid_campaign', MESSAGES.invalidCampaign, MESSAGES.discountRequired);
  }

  /** Holders added to a code nobody was published to yet. */
  static notPublished(): VoucherifyError {
    return new VoucherifyError(400, 'not_published', MESSAGES.notPublished, MESSAGES.notPublishedDetails);
  }

  /** A customer added to a code they already hold (Voucherify's spelling of the key). */
  static holderDuplication(): VoucherifyError {
    return new VoucherifyError(409, 'holder_assignement_duplication', MESSAGES.holderDuplication);
  }

  /** Removing a code's REFERRER. */
  static referrerNotRemovable(): VoucherifyError {
    return new VoucherifyError(403, 'forbidden', MESSAGES.forbidden, MESSAGES.forbiddenDetails);
  }

  /** A campaign with no code left to publish (STATIC, or a code_config too small for another code). */
  static missingVouchers(campaignName: string): VoucherifyError {
    return new VoucherifyError(400, 'missing_vouchers', MESSAGES.missingVouchers, MESSAGES.missingVouchersDetails(campaignName));
  }

  static alreadyPublished(code: string): VoucherifyError {
    return new VoucherifyError(400, 'voucher_already_published', MESSAGES.alreadyPublished, MESSAGES.alreadyPublishedDetails(code), { id: code, type: 'voucher' });
  }

  /** A publication source_id already used for another customer. */
  static duplicateSourceId(sourceId: string): VoucherifyError {
    return new VoucherifyError(400, 'duplicate_source_id', MESSAGES.duplicateSourceId, MESSAGES.duplicateSourceIdDetails(sourceId));
  }

  /** A referral code redeemed (or its custom event sent) by its own REFERRER. */
  static referrerNotPermitted(code: string, failureId: string): VoucherifyError {
    return new VoucherifyError(400, 'referrer_not_permitted_to_redeem', MESSAGES.referrerNotPermitted, code, { id: failureId, type: 'redemption' }, MESSAGES.referrerNotPermittedError);
  }

  /** A referral code redeemed before it was published to anyone. */
  static redeemNotPublished(code: string, failureId: string): VoucherifyError {
    return new VoucherifyError(400, 'not_published', MESSAGES.redeemNotPublished, code, { id: failureId, type: 'redemption' }, MESSAGES.redeemNotPublishedError);
  }

  static quantityExceeded(code: string, failureId: string): VoucherifyError {
    return new VoucherifyError(400, 'quantity_exceeded', MESSAGES.quantityExceeded, code, { id: failureId, type: 'redemption' }, MESSAGES.quantityExceededError);
  }

  static voucherExpired(code: string, failureId: string): VoucherifyError {
    return new VoucherifyError(400, 'voucher_expired', MESSAGES.voucherExpired, code, { id: failureId, type: 'redemption' }, MESSAGES.voucherExpiredError);
  }

  /** A disabled code (or a code of a disabled campaign) validated or redeemed. */
  static voucherDisabled(code: string, failureId: string, campaignDisabled: boolean): VoucherifyError {
    return new VoucherifyError(400, 'voucher_disabled', MESSAGES.voucherDisabled, code, { id: failureId, type: 'redemption' }, campaignDisabled ? MESSAGES.campaignDisabledError : MESSAGES.voucherDisabledError);
  }

  /** A campaign update leaving start_date after expiration_date. */
  static invalidDateRange(): VoucherifyError {
    return VoucherifyError.invalidPayload(MESSAGES.invalidDateRange);
  }

  /** Update Voucher with a field a referral code takes from its campaign. */
  static notOnReferralCode(field: string): VoucherifyError {
    return VoucherifyError.invalidPayload(MESSAGES.notOnReferralCode(field));
  }

  static voucherNotActive(code: string, failureId: string): VoucherifyError {
    return new VoucherifyError(400, 'voucher_not_active', MESSAGES.voucherNotActive, code, { id: failureId, type: 'redemption' }, MESSAGES.voucherNotActiveError);
  }

  /** A referral code redeemed with no customer to mark as referred. */
  static missingCustomer(): VoucherifyError {
    return new VoucherifyError(400, 'missing_customer', MESSAGES.missingCustomer, MESSAGES.missingCustomerDetails);
  }

  /** A custom event's `referral.referrer_id` that is not the code's REFERRER. */
  static referrerMismatch(referrerId: string): VoucherifyError {
    return new VoucherifyError(400, 'invalid_payload', MESSAGES.invalidPayload, MESSAGES.referrerMismatch(referrerId));
  }

  /** A redemption rolled back a second time; `failureId` is the failed rollback's `rrf_` id. */
  static alreadyRolledBack(failureId: string): VoucherifyError {
    return new VoucherifyError(400, 'already_rolled_back', MESSAGES.alreadyRolledBack, MESSAGES.alreadyRolledBackDetails, { id: failureId, type: 'redemption_rollback' });
  }

  /** Rollback of a stacked request's parent through the single-redemption route. */
  static invalidRedemption(): VoucherifyError {
    return new VoucherifyError(400, 'invalid_redemption', MESSAGES.invalidRedemption, MESSAGES.invalidRedemptionDetails);
  }

  /** Rollback of a child of a stacked redemption. */
  static invalidRedemptionParent(): VoucherifyError {
    return new VoucherifyError(400, 'invalid_redemption_parent', MESSAGES.invalidRedemptionParent, MESSAGES.invalidRedemptionParentDetails);
  }

  /** Generate OAuth Token with a grant_type other than client_credentials. */
  static invalidGrantType(): VoucherifyError {
    return new VoucherifyError(400, 'invalid_grant_type', MESSAGES.invalidGrantType);
  }

  /** Generate OAuth Token with a scope value Voucherify does not know (`given` as sent). */
  static invalidScope(given: string): VoucherifyError {
    return new VoucherifyError(400, 'invalid_scope', MESSAGES.invalidScope(given));
  }

  /** Introspect or revoke without an access_token. */
  static missingParameters(): VoucherifyError {
    return new VoucherifyError(400, 'missing_parameters', MESSAGES.missingParameters);
  }

  /** Revoke of a token that is unknown, expired or already revoked: 404 with an empty body. */
  static tokenNotFound(): VoucherifyError {
    return new VoucherifyError(404, 'not_found', MESSAGES.notFound, undefined, undefined, undefined, true);
  }

  // ---- What the engine's errors become (see translateEngineError) ----

  static unauthorized(): VoucherifyError {
    return new VoucherifyError(401, 'unauthorized', MESSAGES.unauthorized);
  }

  static invalidQueryParams(details: string): VoucherifyError {
    return new VoucherifyError(400, 'invalid_query_params', MESSAGES.invalidQueryParams, details);
  }

  /** An unknown route (no resource named, unlike notFound). */
  static routeNotFound(details: string): VoucherifyError {
    return new VoucherifyError(404, 'not_found', MESSAGES.notFound, details);
  }

  static methodNotAllowed(details: string): VoucherifyError {
    return new VoucherifyError(405, 'method_not_allowed', MESSAGES.methodNotAllowed, details);
  }

  static payloadTooLarge(details: string): VoucherifyError {
    return new VoucherifyError(413, 'payload_too_large', MESSAGES.payloadTooLarge, details);
  }

  static unsupportedMediaType(details: string): VoucherifyError {
    return new VoucherifyError(415, 'unsupported_media_type', MESSAGES.unsupportedMediaType, details);
  }

  static notImplemented(details: string): VoucherifyError {
    return new VoucherifyError(501, 'not_implemented', MESSAGES.notImplemented, details);
  }

  static forbiddenHost(details: string): VoucherifyError {
    return new VoucherifyError(403, 'forbidden', MESSAGES.forbiddenHost, details);
  }

  static internal(): VoucherifyError {
    return new VoucherifyError(500, 'internal_error', MESSAGES.internal);
  }

  /** A fault the sandbox was asked to inject: the status with Voucherify's key for it. */
  static injected(status: number): VoucherifyError {
    const key = status === 500 ? 'internal_error' : reasonPhrase(status).toLowerCase().replace(/[^a-z]+/g, '_');
    return new VoucherifyError(status, key, reasonPhrase(status));
  }

  /** The sandbox could not save the change (its disk failed); nothing was changed. */
  static storageFailed(details: string): VoucherifyError {
    return new VoucherifyError(503, 'service_unavailable', 'Service Unavailable', details);
  }

  /** The project's API calls per hour are used up. */
  static tooManyRequests(): VoucherifyError {
    return new VoucherifyError(429, 'too_many_requests', MESSAGES.tooManyRequests, MESSAGES.tooManyRequestsDetails);
  }
}
