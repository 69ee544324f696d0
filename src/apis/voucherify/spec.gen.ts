// Generated from specs/voucherify.yaml by `npm run specs:types` (openapi-typescript). Do not edit.
/* eslint-disable */
/** OneOf type helpers */
type Without<T, U> = { [P in Exclude<keyof T, keyof U>]?: never };
type XOR<T, U> = (T | U) extends object ? (Without<T, U> & U) | (Without<U, T> & T) : T | U;
type OneOf<T extends any[]> = T extends [infer Only] ? Only : T extends [infer A, infer B, ...infer Rest] ? OneOf<[XOR<A, B>, ...Rest]> : never;

export interface paths {
  "/v1/referrals/members/{memberId}/holders": {
    /**
     * List Referral Code Holders
     * @description Holders (the REFERRER and its REFEREEs) of one referral code, cursor-paged with `starting_after_id` and
     * `more_starting_after`. Sandbox: without `order` the newest holder comes first (`-id`; holder ids grow with time).
     */
    get: operations["listReferralCodeHolders"];
    /**
     * Add Referral Code Holders
     * @description Adds 1 to 100 customers to a published referral code as REFEREEs. Each holder is identified by `id` and/or
     * `source_id` (if both, `id` wins and `source_id` is written onto that customer); customer data is upserted.
     * All-or-nothing: if any holder fails, nothing is written. Answers 200, not 201.
     * Sandbox: `holders` carries minItems 1 / maxItems 100 (Voucherify's description; its schema omits them). A holder
     * with neither `id` nor `source_id` is 400 invalid_payload; an unknown `id` is 404 customer.
     */
    post: operations["addReferralCodeHolders"];
    parameters: {
      path: {
        memberId: components["parameters"]["memberId"];
      };
    };
  };
  "/v1/referrals/{campaignId}/members/{memberId}/holders": {
    /**
     * List Referral Code Holders with campaign ID
     * @description As listReferralCodeHolders; the campaign must exist (404 campaign) and own the code (404 voucher).
     */
    get: operations["listCampaignReferralCodeHolders"];
    /**
     * Add Referral Code Holders with Campaign ID
     * @description As addReferralCodeHolders; the campaign must exist (404 campaign) and own the code (404 voucher).
     */
    post: operations["addCampaignReferralCodeHolders"];
    parameters: {
      path: {
        campaignId: components["parameters"]["campaignId"];
        memberId: components["parameters"]["memberId"];
      };
    };
  };
  "/v1/referrals/members/{memberId}/holders/{holderId}": {
    /**
     * Remove Referral Card Holder
     * @description Removes a REFEREE (204, empty body). Removing the REFERRER is 403 forbidden; a holder of another code is 404 redeemable_holder.
     */
    delete: operations["removeReferralCodeHolder"];
    parameters: {
      path: {
        memberId: components["parameters"]["memberId"];
        holderId: components["parameters"]["holderId"];
      };
    };
  };
  "/v1/referrals/{campaignId}/members/{memberId}/holders/{holderId}": {
    /**
     * Remove Referral Card Holder with campaign ID
     * @description As removeReferralCodeHolder, checking the campaign first (404 campaign).
     */
    delete: operations["removeCampaignReferralCodeHolder"];
    parameters: {
      path: {
        campaignId: components["parameters"]["campaignId"];
        memberId: components["parameters"]["memberId"];
        holderId: components["parameters"]["holderId"];
      };
    };
  };
  "/v1/campaigns": {
    /**
     * List Campaigns
     * @description The project's campaigns (all REFERRAL_PROGRAM), paged by `page` and `limit`. `order` sorts by created_at or
     * updated_at (default `-created_at`); `campaign_type` other than REFERRAL_PROGRAM gives an empty page.
     */
    get: operations["listCampaigns"];
    /**
     * Create Campaign (REFERRAL_PROGRAM only)
     * @description Sandbox: only `campaign_type: REFERRAL_PROGRAM` with a DISCOUNT_VOUCHER referral code is emulated (other types
     * are 400 invalid_payload). `vouchers_count` codes (default 0, sandbox maximum 1000) are generated at once;
     * an AUTO_UPDATE campaign (the default type) also generates a code whenever a publication needs one.
     * A missing `voucher.discount` is 400 invalid_campaign; a name already in use is 409 duplicate_found.
     */
    post: operations["createCampaign"];
  };
  "/v1/campaigns/{campaignId}": {
    /**
     * Get Campaign
     * @description The path takes the campaign id (Sandbox: or its name, as the SDK's campaigns.get names it); unknown is 404 campaign.
     */
    get: operations["getCampaign"];
    /**
     * Update Campaign
     * @description Updates the fields sent (CampaignsUpdateReferralCampaign): `description`, `category`, `start_date`,
     * `expiration_date` (null clears them), `join_once`, `auto_join`, `type`, `discount` (the codes' discount),
     * `referral_program` (replaced), `metadata` (merged; `unset_metadata_fields` removes keys). The name and
     * campaign_type cannot change. Unknown id is 404 campaign; `start_date` after `expiration_date` is 400
     * invalid_payload. Sandbox: Voucherify's other update fields (validity timeframes, access settings,
     * activity_duration_after_publishing, category_id) are not emulated and are ignored.
     */
    put: operations["updateCampaign"];
    /**
     * Delete Campaign
     * @description Deletes the campaign with its codes, their holders, publications and redemptions (with their rollbacks) and
     * the referrals counted in it; answers 202 with an `async_action_id` (`aa_...`). Sandbox: the deletion is done
     * before the answer (the async action cannot be read back), and there is no bin: with or without `force` the
     * campaign is gone for good and its name can be used again. Unknown id is 404 campaign.
     */
    delete: operations["deleteCampaign"];
    parameters: {
      path: {
        campaignId: components["parameters"]["campaignId"];
      };
    };
  };
  "/v1/campaigns/{campaignId}/enable": {
    /**
     * Enable Campaign
     * @description Enables a campaign; idempotent. Its codes can be validated and redeemed again (unless the code itself is disabled). Answers an empty object. Unknown is 404 campaign.
     */
    post: operations["enableCampaign"];
    parameters: {
      path: {
        campaignId: components["parameters"]["campaignId"];
      };
    };
  };
  "/v1/campaigns/{campaignId}/disable": {
    /**
     * Disable Campaign
     * @description Disables a campaign; idempotent. Validating or redeeming any of its codes fails with 400 voucher_disabled (a redemption sends redemption.failed); publishing and holders still work. Answers an empty object. Unknown is 404 campaign.
     */
    post: operations["disableCampaign"];
    parameters: {
      path: {
        campaignId: components["parameters"]["campaignId"];
      };
    };
  };
  "/v1/vouchers/{code}/enable": {
    /**
     * Enable Voucher
     * @description Enables a voucher; idempotent. The code can be validated and redeemed again (unless its campaign is disabled). Answers the voucher. Unknown is 404 voucher.
     */
    post: operations["enableVoucher"];
    parameters: {
      path: {
        /** @description The voucher code (sandbox also takes its v_ id). */
        code: string;
      };
    };
  };
  "/v1/vouchers/{code}/disable": {
    /**
     * Disable Voucher
     * @description Disables a voucher; idempotent. Validating or redeeming it fails with 400 voucher_disabled (a redemption sends redemption.failed); `active` is false. Answers the voucher. Unknown is 404 voucher.
     */
    post: operations["disableVoucher"];
    parameters: {
      path: {
        /** @description The voucher code (sandbox also takes its v_ id). */
        code: string;
      };
    };
  };
  "/v1/vouchers/publish": {
    /**
     * Publish a code (legacy distributions.publish)
     * @description The legacy SDKs' `distributions.publish`: the same as `POST /v1/publications`, with the campaign also taken
     * from `?campaign=` (the legacy SDK's string form sends it there with an empty body). Sandbox: served by the
     * createPublication rules (interpreted; Voucherify documents this path as deprecated).
     */
    post: operations["publishVoucherLegacy"];
  };
  "/v1/publications": {
    /**
     * List Publications
     * @description Publications, paged by `page` and `limit`, default `-created_at`. Filters: `campaign` (name or id), `customer`
     * (id or source_id), `voucher` (code), `source_id`, `result` (SUCCESS; publications never fail in the sandbox),
     * `is_referral_code` (always true here).
     */
    get: operations["listPublications"];
    /**
     * Create Publication (publishes a referral code to its REFERRER)
     * @description Publishes one code to a customer (upserted by `id` or `source_id`), which becomes the code's holder and its
     * REFERRER holder row. Either `voucher` (a code) or `campaign` (name or id, or `{name, count}`) is required.
     * Sandbox: `campaign.count` must be 1. `join_once=true` (query or body) returns the customer's existing
     * publication from that campaign. Repeating a `source_id` for the same customer returns the first
     * publication; for another customer it is 400 duplicate_source_id.
     */
    post: operations["createPublication"];
  };
  "/v1/customers": {
    /**
     * List Customers
     * @description Customers, paged by `page` and `limit`, default `-created_at`. Filters: `email`, `name` and `city` (exact),
     * `created_at[before|after]`, `updated_at[before|after]`. Sandbox: `segment_id` matches nothing (no segments);
     * `starting_after` (a date) lists customers created after it, oldest first.
     */
    get: operations["listCustomers"];
    /**
     * Create Customer (upsert by source_id)
     * @description A `source_id` that exists updates that customer (200 either way).
     */
    post: operations["createCustomer"];
  };
  "/v1/customers/{customerId}": {
    /**
     * Get Customer
     * @description The path takes the customer's `cust_` id or its `source_id` (id first); an unknown one is 404 customer.
     */
    get: operations["getCustomer"];
    /**
     * Update Customer
     * @description Sandbox: an unknown customer is 404 (no upsert); `id` in the body is ignored, a `source_id` used by another customer is 409 duplicate_found.
     */
    put: operations["updateCustomer"];
    /**
     * Delete Customer
     * @description Sandbox: also removes the customer's holder rows; codes they held keep `holder_id`.
     */
    delete: operations["deleteCustomer"];
    parameters: {
      path: {
        /** @description The customer's id (cust_...) or source_id. */
        customerId: string;
      };
    };
  };
  "/v1/customers/{customerId}/redeemables": {
    /**
     * List Customer's Redeemables
     * @description The customer's holder rows with the voucher under `redeemable`, paged like the holders list.
     */
    get: operations["listCustomerRedeemables"];
    parameters: {
      path: {
        /** @description The customer's id (cust_...) or source_id. */
        customerId: string;
      };
    };
  };
  "/v1/vouchers/{code}": {
    /**
     * Get Voucher
     * @description The path takes the voucher code (Sandbox: or its `v_` id); an unknown one is 404 voucher.
     */
    get: operations["getVoucher"];
    /**
     * Update Voucher
     * @description Updates the fields sent (VoucherUpdateDiscount): `active` (as enable/disable), `metadata` (merged). Sandbox: a
     * referral code's discount, dates and category are its campaign's (update the campaign); `type` other than
     * DISCOUNT_VOUCHER, or `discount`, `start_date`, `expiration_date`, `category` on a code are 400 invalid_payload.
     * Unknown code is 404 voucher.
     */
    put: operations["updateVoucher"];
    /**
     * Delete Voucher
     * @description Deletes the code with its holders, publications and redemptions (with their rollbacks); 204. Sandbox: there is
     * no bin, so with or without `force` the code is gone for good and can be made again; referrals it counted stay
     * on the customers. Unknown code is 404 voucher.
     */
    delete: operations["deleteVoucher"];
    parameters: {
      path: {
        /** @description The voucher code (sandbox also takes its v_ id). */
        code: string;
      };
    };
  };
  "/v1/vouchers": {
    /**
     * List Vouchers
     * @description Referral codes, paged by `page` and `limit`, default `-created_at`. Filters: `campaign` (name) or
     * `campaign_id`, `customer` (holder id or source_id), `code`, `category`, `ids` (list of v_ ids).
     */
    get: operations["listVouchers"];
  };
  "/v1/redemptions": {
    /**
     * List Redemptions
     * @description Redemptions of the project, newest first (`-created_at`), paged by `page` and `limit`. Filters: `result`
     * (SUCCESS; the sandbox stores no failures), `campaign` (name or id), `customer` (id or source_id),
     * `created_at[before]`/`created_at[after]`. Parents and children are both listed, as Voucherify does.
     */
    get: operations["listRedemptions"];
    /**
     * Redeem Stackable Discounts (the referral conversion)
     * @description Redeems 1 to 30 referral codes (`redeemables` of `object: voucher`) for a customer and an optional order.
     * All-or-nothing: every code is checked first; if one fails, nothing is written and the answer is 400 with that
     * code's error (`details` is the code, `resource_type: redemption`, `resource_id` an `rf_` id, `error.message`).
     * Checks per code, in order: it exists (404 voucher); it is published (400 not_published); its campaign's
     * start/expiration dates (400 voucher_not_active / voucher_expired); the redemption quantity (400
     * quantity_exceeded); a customer is given (400 missing_customer); the customer is not the code's REFERRER (400
     * referrer_not_permitted_to_redeem). The customer is upserted as in Add Holders (`id` must exist, 404 customer).
     * On success, when the campaign's `conversion_event_type` is `redemption`, the customer becomes referred:
     * `customer.referrals.campaigns` gains `{related_object_type: redemption, related_object_id: r_...}` once per
     * campaign (a later redemption in the same campaign succeeds but adds no second referral).
     * Sandbox: one parent redemption (`parent_redemption`, related_object_type `redemption`) is always made, with
     * one child per code (`redemption` = the parent id); the order's discount is computed at order level
     * (PERCENT, AMOUNT, FIXED; UNIT gives 0); only `voucher` redeemables exist.
     */
    post: operations["redeemStackedDiscounts"];
  };
  "/v1/redemptions/{redemptionId}": {
    /**
     * Get Redemption
     * @description One redemption (a parent or a child); an unknown id is 404 redemption.
     */
    get: operations["getRedemption"];
    parameters: {
      path: {
        /** @description A redemption id (r_...). */
        redemptionId: string;
      };
    };
  };
  "/v1/redemptions/{redemptionId}/rollback": {
    /**
     * Rollback Redemption
     * @description Undoes a single redemption (a legacy `POST /v1/vouchers/{code}/redemption`): the code gets one redemption back
     * (`redeemed_quantity` goes down by 1), the redemption's `status` becomes `ROLLED_BACK`, and a `redemption_rollback`
     * (`rr_...`, `redemption` = the redemption's id) is answered. `reason` and `tracking_id` come in the query; the body
     * may update the customer (upserted as in a redemption; `id` must exist, 404 customer) and carry `metadata`.
     * Errors (redemptions.json examples): a stacked request's parent is 400 invalid_redemption, one of its children
     * 400 invalid_redemption_parent (Voucherify rolls those back with POST /v1/redemptions/{parentRedemptionId}/rollbacks,
     * not emulated); a second rollback is 400 already_rolled_back (`resource_type: redemption_rollback`, `resource_id`
     * an `rrf_` id); an unknown id is 404 redemption.
     * Sandbox: the referral the redemption counted stays (Voucherify documents no change to `customer.referrals` on
     * rollback, and a referral is counted once per campaign); the 3-month limit is not enforced; sends
     * redemption.rollback.succeeded.
     */
    post: operations["rollbackRedemption"];
    parameters: {
      path: {
        /** @description The id of a single redemption (r_...). */
        redemptionId: string;
      };
    };
  };
  "/v1/vouchers/{code}/redemption": {
    /**
     * Redeem Voucher (legacy; SDK 2.9.0 redemptions.redeem)
     * @description Redeems one code with the same checks, errors and referral rules as redeemStackedDiscounts, and answers the
     * single redemption (no parent: `redemption` is null) with the voucher.
     */
    post: operations["redeemVoucher"];
    parameters: {
      path: {
        /** @description The referral code (sandbox also takes its v_ id). */
        code: string;
      };
    };
  };
  "/v1/validations": {
    /**
     * Validate Stackable Discounts
     * @description Asks whether the codes could be redeemed now by this customer, with the same checks as a redemption, and
     * writes nothing (a new customer's source_id is not stored). A code that would fail is answered 200 with
     * `valid: false`, the code under `inapplicable_redeemables` with its error, and the others under
     * `skipped_redeemables` (stacking is all-or-nothing). An unknown code is inapplicable with 404 not_found.
     * Bad input is 400 invalid_payload.
     */
    post: operations["validateStackedDiscounts"];
  };
  "/v1/events": {
    /**
     * Track Custom Event (custom_event referral conversion)
     * @description Records a custom event for a customer (upserted by `id` or `source_id`; one of them is required, 400
     * invalid_payload). With `referral.code` the event is a conversion when the code's campaign has
     * `conversion_event_type: custom_event` (and, if it names a `custom_event`, that name or id): the code must be
     * published (400 not_published), the customer must not be its REFERRER (400 referrer_not_permitted_to_redeem),
     * a `referral.referrer_id` must be the REFERRER (400 invalid_payload); the customer becomes referred once per
     * campaign (`related_object_type: custom_event`). For a campaign converting on redemption the event is recorded
     * and nothing else happens. Sandbox: events themselves are not stored or listed.
     */
    post: operations["trackCustomEvent"];
  };
  "/v1/oauth/token": {
    /**
     * Generate OAuth 2.0 Token
     * @description Client credentials: form body `grant_type=client_credentials` and `scope`, space-separated values from
     * Voucherify's list (`api`, `campaigns`, `customers`, `redemptions`, `referrals`, ...). Answers the token with
     * `expires_in: 900` and `expires_at` (epoch seconds on the sandbox clock). Another grant_type is 400
     * invalid_grant_type; an unknown scope value (or commas) is 400 invalid_scope. Sandbox: without `scope` the token
     * gets `api`; `client_id` is derived from the X-App-Id; expired tokens are forgotten when a new one is made;
     * the 1000-tokens-per-project limit is not enforced. A JSON body is accepted too; no body is 400
     * invalid_grant_type.
     */
    post: operations["generateOAuthToken"];
  };
  "/v1/oauth/introspect": {
    /**
     * Introspect OAuth 2.0 Token
     * @description A token of this project that is neither expired nor revoked answers its details with `active: true` and the
     * seconds left in `expires_in`; any other (unknown, expired, revoked, another project's) answers `{active: false}`.
     * No `access_token` (or no body) is 400 missing_parameters. Sandbox: the path is oauth.json's `/v1/oauth/introspect`.
     */
    post: operations["introspectOAuthToken"];
  };
  "/v1/oauth/token/revoke": {
    /**
     * Revoke OAuth 2.0 Token
     * @description Revokes an active token of this project (204); from then on it is 401 and introspects as inactive. An
     * unknown, expired or already revoked token is 404 with an empty body, as Voucherify documents. Sandbox: no
     * `access_token` is 400 missing_parameters, as for introspection.
     */
    post: operations["revokeOAuthToken"];
  };
}

export interface webhooks {
  "customer.created": {
    /**
     * A customer was created
     * @description Sent when a customer comes into being: `POST /v1/customers` with a new (or no) `source_id`, a holder of
     * `POST .../holders` that no customer had, and the customer of `POST /v1/publications` when new. An upsert that
     * updates an existing customer sends nothing (customer.updated is not emulated). `data.customer` is the customer
     * as Get Customer answers it right after the write.
     *
     * Delivery (every event): `Content-Type: application/json`, compact JSON signed with `x-voucherify-signature`.
     * Any 2xx within 10 s delivers. Anything else (3xx, 4xx, 5xx, no answer, a timeout) is retried 12 times, at 1, 2,
     * 4, 8, 16, 32, 64, 128, 256, 512 and 1024 minutes and 24 hours after the first attempt (sandbox clock), with the
     * same bytes and signature. Sandbox: after the last retry the delivery is marked failed; the webhook itself stays
     * enabled (Voucherify disables it after 12 unsuccessful tries).
     */
    post: {
      parameters: {
        header: {
          "x-voucherify-signature": components["parameters"]["VoucherifySignature"];
        };
      };
      requestBody: {
        content: {
          "application/json": components["schemas"]["CustomerCreatedWebhook"];
        };
      };
      responses: {
        200: components["responses"]["WebhookAccepted"];
        202: components["responses"]["WebhookAccepted"];
      };
    };
  };
  "voucher.published": {
    /**
     * A referral code was published to a customer
     * @description Sent by `POST /v1/publications` when it publishes a code (not when it returns an earlier publication for a
     * repeated `source_id` or `join_once`). `data` has the customer, the campaign, the publication and the code
     * (now held by the customer), and the time of publishing. `event.entity_id` is the voucher id.
     */
    post: {
      parameters: {
        header: {
          "x-voucherify-signature": components["parameters"]["VoucherifySignature"];
        };
      };
      requestBody: {
        content: {
          "application/json": components["schemas"]["VoucherPublishedWebhook"];
        };
      };
      responses: {
        200: components["responses"]["WebhookAccepted"];
        202: components["responses"]["WebhookAccepted"];
      };
    };
  };
  "publication.succeeded": {
    /**
     * A publication succeeded
     * @description Sent together with voucher.published, by the same requests. `data` is the publication's customer, campaign,
     * publication and code (as `voucher` and as the `vouchers` list), and `user: null` (made through the API).
     * `event.entity_id` is the publication id.
     */
    post: {
      parameters: {
        header: {
          "x-voucherify-signature": components["parameters"]["VoucherifySignature"];
        };
      };
      requestBody: {
        content: {
          "application/json": components["schemas"]["PublicationSucceededWebhook"];
        };
      };
      responses: {
        200: components["responses"]["WebhookAccepted"];
        202: components["responses"]["WebhookAccepted"];
      };
    };
  };
  "customer.holder.assignment.created": {
    /**
     * A customer was assigned to a referral code
     * @description Sent once per holder row created: each REFEREE of `POST .../holders` (after that holder's customer.created
     * when the customer is new), and the REFERRER a publication makes (with `holder.publication_id`). Sandbox:
     * Voucherify lists this customer-activity event in reference/OpenAPIWebhooks.json but not among the
     * Project-settings events; the sandbox sends it through project webhooks. `event.entity_id` is the customer id.
     */
    post: {
      parameters: {
        header: {
          "x-voucherify-signature": components["parameters"]["VoucherifySignature"];
        };
      };
      requestBody: {
        content: {
          "application/json": components["schemas"]["HolderAssignmentCreatedWebhook"];
        };
      };
      responses: {
        200: components["responses"]["WebhookAccepted"];
        202: components["responses"]["WebhookAccepted"];
      };
    };
  };
  "customer.holder.assignment.deleted": {
    /**
     * A customer was removed from a referral code
     * @description Sent by `DELETE .../holders/{holderId}` (either URL form) with the removed REFEREE's row as it was. Deleting a
     * customer removes their rows without this event. `event.entity_id` is the customer id.
     */
    post: {
      parameters: {
        header: {
          "x-voucherify-signature": components["parameters"]["VoucherifySignature"];
        };
      };
      requestBody: {
        content: {
          "application/json": components["schemas"]["HolderAssignmentDeletedWebhook"];
        };
      };
      responses: {
        200: components["responses"]["WebhookAccepted"];
        202: components["responses"]["WebhookAccepted"];
      };
    };
  };
  "redemption.succeeded": {
    /**
     * A referral code was redeemed
     * @description Sent once per code a successful redemption redeems (each child of `POST /v1/redemptions`, the single redemption of
     * `POST /v1/vouchers/{code}/redemption`), after the customer's customer.created when the customer is new.
     * `event.entity_id` is the redemption id; `data.holder` is the code's REFERRER.
     */
    post: {
      parameters: {
        header: {
          "x-voucherify-signature": components["parameters"]["VoucherifySignature"];
        };
      };
      requestBody: {
        content: {
          "application/json": components["schemas"]["RedemptionSucceededWebhook"];
        };
      };
      responses: {
        200: components["responses"]["WebhookAccepted"];
        202: components["responses"]["WebhookAccepted"];
      };
    };
  };
  "redemption.failed": {
    /**
     * A referral code redemption failed
     * @description Sent when a redemption of an existing code is refused by the referral rules (`POST /v1/redemptions`, `POST
     * /v1/vouchers/{code}/redemption`): not_published, voucher_not_active, voucher_expired, quantity_exceeded,
     * referrer_not_permitted_to_redeem; the answer is still the 400 error, whose `resource_id` (`rf_...`) is
     * `data.redemption.id` and `event.entity_id`. One event per refused request (the first code that fails).
     * Sandbox: a request failing for other reasons (an unknown code or customer, bad input, no customer for a referral
     * code) sends nothing; the request writes nothing, so a new customer named by it appears as `customer: null`
     * with `customer_id: null`.
     */
    post: {
      parameters: {
        header: {
          "x-voucherify-signature": components["parameters"]["VoucherifySignature"];
        };
      };
      requestBody: {
        content: {
          "application/json": components["schemas"]["RedemptionFailedWebhook"];
        };
      };
      responses: {
        200: components["responses"]["WebhookAccepted"];
        202: components["responses"]["WebhookAccepted"];
      };
    };
  };
  "redemption.rollback.succeeded": {
    /**
     * A redemption was rolled back
     * @description Sent by `POST /v1/redemptions/{redemptionId}/rollback`: `data.redemption` is the redemption (now ROLLED_BACK),
     * `data.redemption_rollback` the rollback (`rr_...`). `event.entity_id` is the rollback id.
     */
    post: {
      parameters: {
        header: {
          "x-voucherify-signature": components["parameters"]["VoucherifySignature"];
        };
      };
      requestBody: {
        content: {
          "application/json": components["schemas"]["RedemptionRollbackSucceededWebhook"];
        };
      };
      responses: {
        200: components["responses"]["WebhookAccepted"];
        202: components["responses"]["WebhookAccepted"];
      };
    };
  };
  "customer.referred": {
    /**
     * A customer was referred
     * @description Sent when a customer becomes referred in a campaign (once per customer and campaign): by a redemption of the
     * campaign's referral code (`conversion_event_type: redemption`, after redemption.succeeded) or by `POST /v1/events`
     * with `referral.code` (`custom_event` campaigns). Sandbox: Voucherify names this trigger ("Customer was referred",
     * `customer.referred`) for distributions, with its payload undocumented; the sandbox sends it through project
     * webhooks. `event.entity_id` is the referred customer's id.
     */
    post: {
      parameters: {
        header: {
          "x-voucherify-signature": components["parameters"]["VoucherifySignature"];
        };
      };
      requestBody: {
        content: {
          "application/json": components["schemas"]["CustomerReferredWebhook"];
        };
      };
      responses: {
        200: components["responses"]["WebhookAccepted"];
        202: components["responses"]["WebhookAccepted"];
      };
    };
  };
}

export interface components {
  schemas: {
    /** @description Voucherify's error object. Sandbox always sends code, key, message and request_id. */
    Error: {
      /** @description The HTTP status. */
      code: number;
      key: string;
      message: string;
      details?: string;
      request_id: string;
      resource_id?: string;
      resource_type?: string;
      error?: {
        message?: string;
      };
    };
    Metadata: {
      [key: string]: unknown;
    };
    Address: {
      city?: string;
      state?: string;
      line_1?: string;
      line_2?: string;
      country?: string;
      postal_code?: string;
    } | null;
    /** @description Customer data as clients send it. Sandbox: extra keys are accepted and ignored, as Voucherify's own example sends a top-level `country`. */
    CustomerBase: {
      source_id?: string;
      name?: string;
      description?: string;
      email?: string;
      phone?: string;
      /**
       * Format: date
       * @description Deprecated.
       */
      birthday?: string;
      /** Format: date */
      birthdate?: string;
      address?: components["schemas"]["Address"];
      metadata?: components["schemas"]["Metadata"];
    };
    /** @description A holder in the request; `id` and/or `source_id` (if both, `id` wins). */
    Customer: {
      /** @description The ID of an existing customer. */
      id?: string;
      source_id?: string;
    } & components["schemas"]["CustomerBase"];
    ReferralsMembersHoldersCreateInBulkRequestBody: {
      holders: components["schemas"]["Customer"][];
      metadata?: components["schemas"]["Metadata"];
    };
    RedeemableHolder: {
      id: string;
      /** Format: date-time */
      created_at: string;
      redeemable_id: string;
      /** @enum {string} */
      redeemable_object: "voucher";
      customer_id: string;
      /** @enum {string} */
      holder_role: "OWNER" | "REFERRER" | "REFEREE";
      campaign_id: string;
      /** @enum {string} */
      campaign_type: "REFERRAL_PROGRAM";
      /** @enum {string} */
      voucher_type: "GIFT_VOUCHER" | "DISCOUNT_VOUCHER" | "LOYALTY_CARD";
      metadata?: components["schemas"]["Metadata"];
      /** @enum {string} */
      object: "redeemable_holder";
    };
    ReferralsMembersHoldersCreateInBulkResponseBody: {
      holders: components["schemas"]["RedeemableHolder"][];
    };
    ReferralsMembersHoldersListResponseBody: {
      /** @constant */
      object: "list";
      /** @constant */
      data_ref: "data";
      data: components["schemas"]["RedeemableHolder"][];
      total: number;
      has_more: boolean;
      /** @description Present only when has_more is true. */
      more_starting_after?: string;
    };
    FilterConditionsString: {
      $in?: string[];
      $not_in?: string[];
      $is?: string;
      $is_not?: string;
      $has_value?: string;
      $is_unknown?: string;
      $starts_with?: string;
      $ends_with?: string;
      $contains?: string;
      $not_contain?: string;
    };
    FilterConditionsDateTime: {
      /** Format: date-time */
      $after?: string;
      /** Format: date-time */
      $before?: string;
      $has_value?: string;
      $is_unknown?: string;
      /** @description More than this many days ago. */
      $more_than?: number;
      /** @description Less than this many days ago. */
      $less_than?: number;
    };
    HolderRoleConditions: {
      $in?: ("REFEREE" | "REFERRER")[];
      $not_in?: ("REFEREE" | "REFERRER")[];
      /** @enum {string} */
      $is?: "REFEREE" | "REFERRER";
      /** @enum {string} */
      $is_not?: "REFEREE" | "REFERRER";
      $has_value?: string;
      $is_unknown?: string;
      $starts_with?: string;
      $ends_with?: string;
    };
    /**
     * @description How conditions of different fields combine; Sandbox default `and`.
     * @enum {string}
     */
    Junction: "and" | "or";
    ParameterFiltersListReferralsRedeemableHolders: {
      id?: {
        conditions?: components["schemas"]["FilterConditionsString"];
      };
      created_at?: {
        conditions?: components["schemas"]["FilterConditionsDateTime"];
      };
      holder_role?: {
        conditions?: components["schemas"]["HolderRoleConditions"];
      };
      customer_id?: {
        conditions?: components["schemas"]["FilterConditionsString"];
      };
      junction?: components["schemas"]["Junction"];
    };
    ParameterFiltersListCustomerRedeemables: {
      id?: {
        conditions?: components["schemas"]["FilterConditionsString"];
      };
      created_at?: {
        conditions?: components["schemas"]["FilterConditionsDateTime"];
      };
      holder_role?: {
        conditions?: components["schemas"]["FilterConditionsString"];
      };
      redeemable_id?: {
        conditions?: components["schemas"]["FilterConditionsString"];
      };
      campaign_id?: {
        conditions?: components["schemas"]["FilterConditionsString"];
      };
      campaign_type?: {
        conditions?: components["schemas"]["FilterConditionsString"];
      };
      voucher_type?: {
        conditions?: components["schemas"]["FilterConditionsString"];
      };
      junction?: components["schemas"]["Junction"];
    };
    Discount: {
      /** @enum {string} */
      type: "AMOUNT" | "PERCENT" | "UNIT" | "FIXED";
      amount_off?: number;
      percent_off?: number;
      unit_off?: number;
      unit_type?: string;
      fixed_amount?: number;
      amount_limit?: number;
      effect?: string;
    };
    CodeConfig: {
      length?: number;
      charset?: string;
      prefix?: string;
      postfix?: string;
      /** @description "#" is replaced by a character of the charset. */
      pattern?: string;
    };
    CampaignCreate: {
      name: string;
      description?: string;
      /** @enum {string} */
      campaign_type: "REFERRAL_PROGRAM";
      /** @enum {string} */
      type?: "AUTO_UPDATE" | "STATIC";
      join_once?: boolean;
      auto_join?: boolean;
      vouchers_count?: number;
      /** Format: date-time */
      start_date?: string;
      /** Format: date-time */
      expiration_date?: string;
      category?: string;
      metadata?: components["schemas"]["Metadata"];
      referral_program?: {
        /** @enum {string} */
        conversion_event_type?: "redemption" | "custom_event";
        custom_event?: {
          id?: string;
          name?: string;
        };
        referee_reward?: Record<string, unknown>;
      };
      voucher?: {
        /** @enum {string} */
        type?: "DISCOUNT_VOUCHER";
        discount?: components["schemas"]["Discount"];
        is_referral_code?: boolean;
        code_config?: components["schemas"]["CodeConfig"];
        redemption?: {
          quantity?: number | null;
        };
      };
    };
    CampaignUpdate: {
      description?: string | null;
      category?: string | null;
      /** Format: date-time */
      start_date?: string | null;
      /** Format: date-time */
      expiration_date?: string | null;
      join_once?: boolean;
      auto_join?: boolean;
      /** @enum {string} */
      type?: "AUTO_UPDATE" | "STATIC";
      discount?: components["schemas"]["Discount"];
      referral_program?: {
        /** @enum {string} */
        conversion_event_type?: "redemption" | "custom_event";
        custom_event?: {
          id?: string;
          name?: string;
        };
        referee_reward?: Record<string, unknown>;
      };
      metadata?: components["schemas"]["Metadata"];
      unset_metadata_fields?: string[];
    };
    VoucherUpdate: {
      active?: boolean;
      metadata?: components["schemas"]["Metadata"];
      /** @enum {string} */
      type?: "DISCOUNT_VOUCHER";
      discount?: components["schemas"]["Discount"];
      category?: string;
      /** Format: date-time */
      start_date?: string | null;
      /** Format: date-time */
      expiration_date?: string | null;
    };
    OAuthTokenRequest: {
      /** @description Must be client_credentials (else 400 invalid_grant_type). */
      grant_type?: string;
      /** @description Space-separated scope values (else 400 invalid_scope); default api. */
      scope?: string;
    };
    OAuthTokenReference: {
      /** @description The token (missing: 400 missing_parameters). */
      access_token?: string;
    };
    OAuthToken: {
      access_token: string;
      client_id: string;
      /** @description Epoch seconds (sandbox clock). */
      expires_at: number;
      /** @description Seconds left. */
      expires_in: number;
      scope: string;
      /** @constant */
      token_type: "Bearer";
    };
    OAuthIntrospection: OneOf<[{
      /** @constant */
      active: false;
    }, {
      access_token: string;
      client_id: string;
      expires_at: number;
      expires_in: number;
      scope: string;
      /** @constant */
      token_type: "Bearer";
      /** @constant */
      active: true;
    }]>;
    AsyncAction: {
      async_action_id: string;
    };
    EmptyObject: Record<string, unknown>;
    Campaign: {
      id: string;
      name: string;
      description?: string | null;
      /** @constant */
      campaign_type: "REFERRAL_PROGRAM";
      /** @enum {string} */
      type: "AUTO_UPDATE" | "STATIC";
      join_once: boolean;
      auto_join: boolean;
      /** Format: date-time */
      start_date?: string | null;
      /** Format: date-time */
      expiration_date?: string | null;
      category?: string | null;
      referral_program?: Record<string, unknown>;
      voucher: {
        /** @constant */
        type: "DISCOUNT_VOUCHER";
        discount: components["schemas"]["Discount"];
        /** @constant */
        is_referral_code: true;
        code_config: components["schemas"]["CodeConfig"];
        redemption: Record<string, unknown>;
      };
      metadata: components["schemas"]["Metadata"];
      /** Format: date-time */
      created_at: string;
      /** Format: date-time */
      updated_at?: string | null;
      /** @enum {string} */
      vouchers_generation_status: "DONE";
      /**
       * @description Sandbox: codes are generated synchronously, so always DONE (Voucherify may answer IN_PROGRESS).
       * @enum {string}
       */
      creation_status: "DONE";
      /** @description Sandbox has no category objects. */
      category_id: null;
      categories: Record<string, unknown>[];
      active: boolean;
      vouchers_count: number;
      use_voucher_metadata_schema?: boolean;
      protected?: boolean;
      /** @constant */
      object: "campaign";
    };
    Voucher: {
      id: string;
      code: string;
      campaign: string;
      campaign_id: string;
      category?: string | null;
      /** @constant */
      type: "DISCOUNT_VOUCHER";
      discount: components["schemas"]["Discount"];
      /** Format: date-time */
      start_date?: string | null;
      /** Format: date-time */
      expiration_date?: string | null;
      active: boolean;
      additional_info?: string | null;
      metadata: components["schemas"]["Metadata"];
      /** @constant */
      is_referral_code: true;
      /** @description The REFERRER's customer id once published. */
      holder_id: string | null;
      /** @description Left out, as Get Voucher examples leave it out (the sandbox never sets it on a code). */
      referrer_id?: string;
      /** @description Gift card balance; always null for a referral code. */
      gift?: Record<string, unknown> | null;
      /** @description Loyalty card points; always null for a referral code. */
      loyalty_card?: Record<string, unknown> | null;
      validity_timeframe?: Record<string, unknown> | null;
      validity_day_of_week?: number[] | null;
      /** Format: date-time */
      created_at: string;
      /** Format: date-time */
      updated_at?: string | null;
      publish: {
        /** @constant */
        object: "list";
        count: number;
        url: string;
      };
      redemption: {
        /** @constant */
        object: "list";
        quantity: number | null;
        redeemed_quantity: number;
        url: string;
      };
      /** @constant */
      object: "voucher";
    };
    PublicationCreate: {
      customer: components["schemas"]["Customer"];
      voucher?: string;
      campaign?: OneOf<[string, {
        name: string;
        count?: number;
      }]>;
      source_id?: string;
      channel?: string;
      join_once?: boolean;
      metadata?: components["schemas"]["Metadata"];
    };
    SimpleCustomer: {
      id: string;
      source_id?: string | null;
      name?: string | null;
      email?: string | null;
      metadata?: components["schemas"]["Metadata"];
      address?: components["schemas"]["Address"];
      /** @description List Publications only: not expanded. */
      summary?: null;
      /** @description List Publications only: not expanded. */
      loyalty?: null;
      /** @description List Publications only: not expanded. */
      referrals?: null;
      /** @constant */
      object: "customer";
    };
    Publication: {
      id: string;
      /** @constant */
      object: "publication";
      /** Format: date-time */
      created_at: string;
      customer_id: string;
      tracking_id?: string | null;
      metadata: components["schemas"]["Metadata"];
      channel: string;
      source_id?: string | null;
      /** @constant */
      result: "SUCCESS";
      customer: components["schemas"]["SimpleCustomer"];
      vouchers_id: string[];
      voucher: components["schemas"]["Voucher"];
    };
    CustomerObject: {
      id: string;
      source_id: string | null;
      name: string | null;
      /** @description Left out when unset, as the published CustomerBase schema and the examples have it. */
      description?: string;
      email: string | null;
      /** @description Left out when unset. */
      phone?: string;
      /** @description Deprecated (use birthdate); left out when unset. */
      birthday?: string;
      /** @description YYYY-MM-DD; left out when unset. */
      birthdate?: string;
      address: components["schemas"]["Address"];
      summary: Record<string, unknown>;
      loyalty: Record<string, unknown>;
      referrals: {
        total: number;
        campaigns: ({
            campaign_id: string;
            referrer_id: string | null;
            related_object_id: string;
            /**
             * @description `redemption` (related_object_id the `r_` id) when the customer converted by redeeming the code;
             * Sandbox: `custom_event` (an `evcus_` id) when converted by POST /v1/events, and `voucher` (the
             * `v_` id) for a REFEREE added with Add Holders who has not converted in that campaign yet. One
             * entry per campaign.
             *
             * @enum {string}
             */
            related_object_type: "redemption" | "custom_event" | "voucher";
            /** Format: date-time */
            date: string;
          })[];
      };
      metadata: components["schemas"]["Metadata"];
      system_metadata?: Record<string, unknown>;
      /** Format: date-time */
      created_at: string;
      /** Format: date-time */
      updated_at?: string | null;
      /** @constant */
      object: "customer";
    };
    CustomerRedeemable: {
      id: string;
      /** Format: date-time */
      created_at: string;
      redeemable_id: string;
      /** @constant */
      redeemable_object: "voucher";
      customer_id: string;
      /** @enum {string} */
      holder_role: "OWNER" | "REFERRER" | "REFEREE";
      campaign_id: string;
      /** @constant */
      campaign_type: "REFERRAL_PROGRAM";
      /** @constant */
      voucher_type: "DISCOUNT_VOUCHER";
      redeemable: {
        /** @constant */
        type: "voucher";
        voucher: components["schemas"]["Voucher"];
        /** @enum {string} */
        status: "ACTIVE" | "USED" | "DISABLED" | "NOT_ACTIVE_YET" | "EXPIRED" | "NO_BALANCE";
      };
      /** @constant */
      object: "customer_redeemable";
    };
    CustomerRedeemablesList: {
      /** @constant */
      object: "list";
      /** @constant */
      data_ref: "data";
      data: components["schemas"]["CustomerRedeemable"][];
      total: number;
      has_more: boolean;
      more_starting_after?: string;
    };
    /** @description The order of a redemption or validation. Sandbox reads amount (or the items' amount / price x quantity), id, source_id and metadata. */
    OrderInput: {
      id?: string;
      source_id?: string;
      amount?: number;
      items?: {
          quantity?: number;
          price?: number;
          amount?: number;
          product_id?: string;
          sku_id?: string;
          source_id?: string;
        }[];
      metadata?: components["schemas"]["Metadata"];
    };
    StackableRedeemable: {
      /**
       * @description Sandbox: only vouchers (referral codes) exist.
       * @enum {string}
       */
      object: "voucher";
      /** @description The code. */
      id: string;
    };
    RedeemStackedRequest: {
      redeemables: components["schemas"]["StackableRedeemable"][];
      customer?: components["schemas"]["Customer"];
      order?: components["schemas"]["OrderInput"];
      tracking_id?: string;
      metadata?: components["schemas"]["Metadata"];
      /** @description Sandbox: accepted and ignored (no session locks). */
      session?: Record<string, unknown>;
      /** @description Sandbox: accepted and ignored. */
      options?: Record<string, unknown>;
    };
    RedeemVoucherRequest: {
      customer?: components["schemas"]["Customer"];
      order?: components["schemas"]["OrderInput"];
      tracking_id?: string;
      metadata?: components["schemas"]["Metadata"];
      /** @description Sandbox: accepted and ignored. */
      session?: Record<string, unknown>;
    };
    /** @description The order with the discount applied (amounts in the smallest currency unit); amounts are absent when the order gave none. */
    OrderCalculated: {
      /** @description Absent for a validation whose order has no id. */
      id?: string;
      source_id: string | null;
      /** @constant */
      status: "PAID";
      amount?: number;
      discount_amount: number;
      total_discount_amount: number;
      total_amount?: number;
      applied_discount_amount: number;
      total_applied_discount_amount: number;
      items: Record<string, unknown>[];
      metadata: components["schemas"]["Metadata"];
      customer_id?: string | null;
      referrer_id?: string | null;
      /** @constant */
      object: "order";
      /** Format: date-time */
      created_at: string;
      updated_at: null;
    };
    Redemption: {
      id: string;
      /** @constant */
      object: "redemption";
      /** Format: date-time */
      date: string;
      customer_id: string | null;
      tracking_id: string | null;
      metadata: components["schemas"]["Metadata"];
      /** @description The parent redemption of a stacked request's child. */
      redemption: string | null;
      /** @enum {string} */
      result: "SUCCESS" | "FAILURE";
      /** @enum {string} */
      status: "SUCCEEDED" | "FAILED" | "ROLLED_BACK";
      order: null | components["schemas"]["OrderCalculated"];
      channel: {
        /** @description The X-App-Id the redemption was made with. */
        channel_id: string;
        /** @enum {string} */
        channel_type: "USER" | "API" | "AUTO_REDEEM";
      };
      customer: null | components["schemas"]["SimpleCustomer"];
      /** @enum {string} */
      related_object_type: "voucher" | "promotion_tier" | "redemption";
      related_object_id: string;
      voucher?: components["schemas"]["Voucher"];
    };
    RedeemStackedResponse: {
      redemptions: components["schemas"]["Redemption"][];
      parent_redemption: components["schemas"]["Redemption"];
      order: null | components["schemas"]["OrderCalculated"];
      inapplicable_redeemables?: Record<string, unknown>[];
      skipped_redeemables?: Record<string, unknown>[];
    };
    RedemptionsList: {
      /** @constant */
      object: "list";
      /** @constant */
      data_ref: "redemptions";
      redemptions: components["schemas"]["Redemption"][];
      total: number;
    };
    ValidationError: {
      code: number;
      key: string;
      message: string;
      details?: string;
      error?: {
        message?: string;
      };
    };
    ValidationRedeemable: {
      /** @enum {string} */
      status: "APPLICABLE" | "INAPPLICABLE" | "SKIPPED";
      id: string;
      /** @constant */
      object: "voucher";
      order?: components["schemas"]["OrderCalculated"];
      applicable_to?: Record<string, unknown>;
      inapplicable_to?: Record<string, unknown>;
      result: {
        discount?: components["schemas"]["Discount"];
        error?: components["schemas"]["ValidationError"];
        details?: Record<string, unknown>;
      };
      metadata?: components["schemas"]["Metadata"];
      categories?: Record<string, unknown>[];
    };
    ValidationResponse: {
      id: string;
      valid: boolean;
      redeemables: components["schemas"]["ValidationRedeemable"][];
      skipped_redeemables: components["schemas"]["ValidationRedeemable"][];
      inapplicable_redeemables: components["schemas"]["ValidationRedeemable"][];
      order?: components["schemas"]["OrderCalculated"];
      tracking_id: string | null;
      stacking_rules: Record<string, unknown>;
    };
    EventCreate: {
      event: string;
      customer: components["schemas"]["Customer"];
      referral?: {
        code: string;
        referrer_id?: string;
      };
      /** @description Sandbox: accepted and ignored (no loyalty). */
      loyalty?: Record<string, unknown>;
      metadata?: components["schemas"]["Metadata"];
    };
    EventResponse: {
      /** @constant */
      object: "event";
      type: string;
      customer: components["schemas"]["SimpleCustomer"];
      /** @description The referral sent (empty when none). */
      referral: {
        code?: string;
        referrer_id?: string | null;
      };
      loyalty: Record<string, unknown>;
      metadata: components["schemas"]["Metadata"];
    };
    CampaignsList: {
      /** @constant */
      object: "list";
      /** @constant */
      data_ref: "campaigns";
      campaigns: components["schemas"]["Campaign"][];
      total: number;
    };
    PublicationsList: {
      /** @constant */
      object: "list";
      /** @constant */
      data_ref: "publications";
      publications: components["schemas"]["Publication"][];
      total: number;
    };
    CustomersList: {
      /** @constant */
      object: "list";
      /** @constant */
      data_ref: "customers";
      customers: components["schemas"]["CustomerObject"][];
      total: number;
      has_more: boolean;
    };
    VouchersList: {
      /** @constant */
      object: "list";
      /** @constant */
      data_ref: "vouchers";
      vouchers: components["schemas"]["Voucher"][];
      total: number;
    };
    /**
     * @description What every project-level webhook carries (documentation/api-reference/project-settings-webhooks.mdx, "Project
     * setting webhook payload"); `type` and `data` depend on the event. Each event below narrows `type`, `data` and
     * `event.type`.
     */
    WebhookEnvelope: {
      /** @description The send-out: one per event and webhook, the same on every retry. */
      id: string;
      /** @description Sandbox: fixed per tenant (a tenant is a project). */
      project_id: string;
      /** Format: date-time */
      created_at: string;
      type: string;
      data: Record<string, unknown>;
      source: components["schemas"]["WebhookSource"];
      event: components["schemas"]["WebhookEvent"];
    };
    /** @description The webhook (the receiver configured in Project Settings) the send-out goes to. */
    WebhookSource: {
      /** @description Sandbox: `wh_` plus the hex of the admin endpoint's `we_` id. */
      id: string;
      /** @constant */
      object: "webhook";
      target_url: string;
    };
    /** @description The event behind the send-out; every webhook subscribed to it gets the same event id. */
    WebhookEvent: {
      /** @description `ev` + the first three letters of the entity's type + `_` + 18 hex (Voucherify's examples: `evred_…`, `evvou_…`). */
      id: string;
      type: string;
      /** Format: date-time */
      created_at: string;
      /** @description Sandbox: the customer (customer.*), the voucher (voucher.published) or the publication (publication.succeeded). */
      entity_id: string;
      /** @description The request that caused the event; events of one request share it. */
      group_id: string;
      event_source: {
        /**
         * @description The sandbox has no dashboard, so always `API`.
         * @enum {string}
         */
        channel: "USER_PORTAL" | "API" | "CLIENT_API" | "INTERNAL";
        user?: {
          id: string;
        };
        api_key?: {
          /** @description The key's name in the project's application keys; Sandbox: `Sandbox API key`. */
          name: string;
          /** @description The X-App-Id the request was made with. */
          app_id: string;
        };
      };
    };
    /** @description Voucherify's SimpleCampaign, as webhooks carry the campaign (reference/OpenAPIWebhooks.json). */
    WebhookCampaign: {
      id: string;
      name: string;
      /** @constant */
      campaign_type: "REFERRAL_PROGRAM";
      /** @enum {string} */
      type: "AUTO_UPDATE" | "STATIC" | "STANDALONE";
      /** @constant */
      is_referral_code: true;
      voucher: {
        /** @constant */
        type: "DISCOUNT_VOUCHER";
        discount: components["schemas"]["Discount"];
        gift: null;
        loyalty_card: null;
        redemption: {
          quantity: number | null;
          redeemed_quantity: number;
        };
        /** @description Voucherify's CodeConfigRequiredLengthCharsetPattern: length, charset and pattern always present (Sandbox: filled with the defaults the codes were generated with). */
        code_config: {
          length: number;
          charset: string;
          pattern: string;
          prefix: string;
          postfix: string;
        };
      };
      referral_program: Record<string, unknown>;
      auto_join: boolean;
      join_once: boolean;
      active: boolean;
      /** @description Sandbox has no category objects, so always null. */
      category_id: string | null;
      category: string | null;
      metadata: components["schemas"]["Metadata"];
      /** Format: date-time */
      start_date: string | null;
      /** Format: date-time */
      expiration_date: string | null;
      description: string | null;
      /** Format: date-time */
      created_at: string;
      /** Format: date-time */
      updated_at: string | null;
      /** @constant */
      object: "campaign";
    };
    /** @description Voucherify's SimpleVoucher, as webhooks carry the referral code; the fields are those of Get Voucher. */
    WebhookVoucher: {
      id: string;
      code: string;
      /** @constant */
      type: "DISCOUNT_VOUCHER";
      campaign: string;
      campaign_id: string;
      discount: components["schemas"]["Discount"];
      /** @constant */
      is_referral_code: true;
      /** @description The REFERRER's customer id once published. */
      holder_id: string | null;
      /** @description As Get Voucher answers it (null in the sandbox). */
      referrer_id: string | null;
      category_id: string | null;
      /** @description Sandbox has no categories; always empty. */
      categories: Record<string, unknown>[];
      active: boolean;
      /** Format: date-time */
      created_at: string;
      /** Format: date-time */
      updated_at: string | null;
      redemption: {
        quantity: number | null;
        redeemed_quantity: number;
      };
      /** Format: date-time */
      start_date: string | null;
      /** Format: date-time */
      expiration_date: string | null;
      metadata: components["schemas"]["Metadata"];
      /** @constant */
      object: "voucher";
    };
    /** @description Voucherify's SimpleRedeemableHolder: the holder row as the holders list shows it, without metadata, with `publication_id`. */
    WebhookRedeemableHolder: {
      id: string;
      /** Format: date-time */
      created_at: string;
      redeemable_id: string;
      /** @enum {string} */
      redeemable_object: "voucher";
      campaign_id: string;
      /** @enum {string} */
      campaign_type: "REFERRAL_PROGRAM";
      /** @enum {string} */
      voucher_type: "GIFT_VOUCHER" | "DISCOUNT_VOUCHER" | "LOYALTY_CARD";
      /** @description Sandbox: the publication that made a REFERRER (on its assignment.created); null for REFEREEs, as in Voucherify's examples. */
      publication_id: string | null;
      customer_id: string;
      /** @enum {string} */
      holder_role: "OWNER" | "REFERRER" | "REFEREE";
      /** @enum {string} */
      object: "redeemable_holder";
    };
    /** @description The customer inside a webhook's publication: summary, loyalty and referrals are not expanded (null), as in Voucherify's examples. */
    WebhookPublicationCustomer: {
      id: string;
      source_id: string | null;
      name: string | null;
      email: string | null;
      address: components["schemas"]["Address"];
      summary: Record<string, unknown> | null;
      loyalty: Record<string, unknown> | null;
      referrals: Record<string, unknown> | null;
      metadata: components["schemas"]["Metadata"];
      /** @constant */
      object: "customer";
    };
    /** @description Voucherify's ListPublicationsItemBase: the publication Create Publication answered, without its `voucher`. */
    WebhookPublication: {
      id: string;
      /** @constant */
      object: "publication";
      /** Format: date-time */
      created_at: string;
      customer_id: string;
      tracking_id: string | null;
      metadata: components["schemas"]["Metadata"];
      channel: string;
      source_id: string | null;
      /** @constant */
      result: "SUCCESS";
      customer: components["schemas"]["WebhookPublicationCustomer"];
      vouchers_id: string[];
    };
    /** @description `data` of customer.created: the customer as Get Customer answers it. */
    EventCustomerCreatedData: {
      customer: components["schemas"]["CustomerObject"];
    };
    /** @description `data` of voucher.published (EventVoucherPublishedData: EventPublicationBase plus created_at). */
    EventVoucherPublishedData: {
      customer: components["schemas"]["SimpleCustomer"];
      campaign: components["schemas"]["WebhookCampaign"];
      publication: components["schemas"]["WebhookPublication"];
      voucher: components["schemas"]["WebhookVoucher"];
      /** Format: date-time */
      created_at: string;
    };
    /**
     * @description `data` of publication.succeeded (EventPublicationSucceededData: EventPublicationBase plus `user`). Voucherify's
     * schema names the code `voucher` while its example sends a `vouchers` list; Sandbox: both are sent. `user` is
     * null, as for every publication made through the API.
     */
    EventPublicationSucceededData: {
      customer: components["schemas"]["SimpleCustomer"];
      campaign: components["schemas"]["WebhookCampaign"];
      publication: components["schemas"]["WebhookPublication"];
      voucher: components["schemas"]["WebhookVoucher"];
      vouchers: components["schemas"]["WebhookVoucher"][];
      user: null;
    };
    /** @description `data` of customer.holder.assignment.created and .deleted: the holder row, its code, the code's campaign and the holder's customer. */
    EventCustomerHolderAssignmentData: {
      holder: components["schemas"]["WebhookRedeemableHolder"];
      voucher: components["schemas"]["WebhookVoucher"];
      campaign: components["schemas"]["WebhookCampaign"];
      customer: components["schemas"]["SimpleCustomer"];
    };
    CustomerCreatedWebhook: components["schemas"]["WebhookEnvelope"] & {
      /** @constant */
      type: "customer.created";
      data: components["schemas"]["EventCustomerCreatedData"];
      event: {
        /** @constant */
        type?: "customer.created";
      };
    };
    VoucherPublishedWebhook: components["schemas"]["WebhookEnvelope"] & {
      /** @constant */
      type: "voucher.published";
      data: components["schemas"]["EventVoucherPublishedData"];
      event: {
        /** @constant */
        type?: "voucher.published";
      };
    };
    PublicationSucceededWebhook: components["schemas"]["WebhookEnvelope"] & {
      /** @constant */
      type: "publication.succeeded";
      data: components["schemas"]["EventPublicationSucceededData"];
      event: {
        /** @constant */
        type?: "publication.succeeded";
      };
    };
    HolderAssignmentCreatedWebhook: components["schemas"]["WebhookEnvelope"] & {
      /** @constant */
      type: "customer.holder.assignment.created";
      data: components["schemas"]["EventCustomerHolderAssignmentData"];
      event: {
        /** @constant */
        type?: "customer.holder.assignment.created";
      };
    };
    HolderAssignmentDeletedWebhook: components["schemas"]["WebhookEnvelope"] & {
      /** @constant */
      type: "customer.holder.assignment.deleted";
      data: components["schemas"]["EventCustomerHolderAssignmentData"];
      event: {
        /** @constant */
        type?: "customer.holder.assignment.deleted";
      };
    };
    /** @description What the original customer and the rollback carry; every field optional. */
    RollbackRequest: {
      customer?: components["schemas"]["Customer"];
      /** @description Sandbox: accepted and not read. */
      order?: Record<string, unknown>;
      metadata?: components["schemas"]["Metadata"];
    };
    /** @description A redemption rollback (redemptions.json RedemptionRollback); `amount` is null for a referral code. */
    RedemptionRollback: {
      id: string;
      /** @constant */
      object: "redemption_rollback";
      /** Format: date-time */
      date: string;
      customer_id: string | null;
      tracking_id: string | null;
      metadata: components["schemas"]["Metadata"];
      amount?: null;
      /** @description The redemption rolled back. */
      redemption: string;
      reason?: string | null;
      /** @constant */
      result: "SUCCESS";
      /** @constant */
      status: "SUCCEEDED";
      order: null | components["schemas"]["OrderCalculated"];
      channel: {
        channel_id: string;
        /** @enum {string} */
        channel_type: "USER" | "API";
      };
      customer: null | components["schemas"]["SimpleCustomer"];
      /** @constant */
      related_object_type: "voucher";
      related_object_id: string;
      voucher?: components["schemas"]["Voucher"];
    };
    /**
     * @description SimpleRedemption (reference/OpenAPIWebhooks.json): the redemption (or rollback) an event is about. A failed
     * redemption (redemption.failed) has the `rf_` id of the error, `result: FAILURE`, `status: FAILED`,
     * `failure_code` (the error's key) and `failure_message` (its `error.message`).
     */
    WebhookRedemption: {
      id: string;
      /** @enum {string} */
      object: "redemption" | "redemption_rollback";
      customer_id: string | null;
      tracking_id: string | null;
      /** Format: date-time */
      date: string;
      order: null | components["schemas"]["OrderCalculated"];
      customer: null | components["schemas"]["SimpleCustomer"];
      /** @enum {string} */
      result: "SUCCESS" | "FAILURE";
      /** @enum {string} */
      status: "SUCCEEDED" | "FAILED" | "ROLLED_BACK";
      /** @description The parent redemption (a stacked child), or for a rollback the redemption rolled back. */
      redemption: string | null;
      metadata: components["schemas"]["Metadata"];
      failure_code?: string;
      failure_message?: string;
      reason?: string | null;
      channel: {
        channel_id: string;
        /** @constant */
        channel_type: "API";
      };
    };
    /**
     * @description `data` of redemption.succeeded (EventCustomerRedemption plus created_at): the redeeming
     * customer, the order, the code's campaign and voucher, its holder (the REFERRER) and the redemption. Promotion
     * tiers and stacks do not exist in the sandbox: null.
     */
    EventRedemptionData: {
      customer: null | components["schemas"]["SimpleCustomer"];
      order: null | components["schemas"]["OrderCalculated"];
      campaign: components["schemas"]["WebhookCampaign"];
      voucher: components["schemas"]["WebhookVoucher"];
      holder: null | components["schemas"]["SimpleCustomer"];
      promotion_tier: null;
      promotion_stack: null;
      redemption: components["schemas"]["WebhookRedemption"];
      /** Format: date-time */
      created_at: string;
    };
    /**
     * @description `data` of redemption.failed (documentation/openapi-events/events-redemption.json, EventRedemptionFailedData:
     * EventCustomerRedemption plus created_at). The code that failed, its campaign and holder (the REFERRER, or null
     * before publishing); the customer as stored before the request (null when the request named a new customer:
     * a failed redemption writes nothing); `order` is null (a failed redemption stores no order).
     */
    EventRedemptionFailedData: {
      customer: null | components["schemas"]["SimpleCustomer"];
      order: null;
      campaign: components["schemas"]["WebhookCampaign"];
      voucher: components["schemas"]["WebhookVoucher"];
      holder: null | components["schemas"]["SimpleCustomer"];
      promotion_tier: null;
      promotion_stack: null;
      redemption: components["schemas"]["WebhookRedemption"];
      /** Format: date-time */
      created_at: string;
    };
    /** @description `data` of redemption.rollback.succeeded: EventCustomerRedemption (the redemption as it is now, ROLLED_BACK) plus `redemption_rollback`. */
    EventRedemptionRollbackData: {
      customer: null | components["schemas"]["SimpleCustomer"];
      order: null | components["schemas"]["OrderCalculated"];
      campaign: components["schemas"]["WebhookCampaign"];
      voucher: components["schemas"]["WebhookVoucher"];
      holder: null | components["schemas"]["SimpleCustomer"];
      promotion_tier: null;
      promotion_stack: null;
      redemption: components["schemas"]["WebhookRedemption"];
      redemption_rollback: components["schemas"]["WebhookRedemption"];
    };
    /**
     * @description `data` of customer.referred. Sandbox: Voucherify lists the event ("Customer was referred") among distribution
     * triggers with its documentation "in progress", so the shape is the sandbox's: the referred customer, the
     * referrer, the campaign, the referral code and the `customer.referrals.campaigns` entry just made.
     */
    EventCustomerReferredData: {
      customer: components["schemas"]["SimpleCustomer"];
      referrer: null | components["schemas"]["SimpleCustomer"];
      campaign: components["schemas"]["WebhookCampaign"];
      voucher: components["schemas"]["WebhookVoucher"];
      referral: {
        campaign_id: string;
        referrer_id: string | null;
        related_object_id: string;
        /** @enum {string} */
        related_object_type: "redemption" | "custom_event";
        /** Format: date-time */
        date: string;
      };
      /** Format: date-time */
      created_at: string;
    };
    RedemptionSucceededWebhook: components["schemas"]["WebhookEnvelope"] & {
      /** @constant */
      type: "redemption.succeeded";
      data: components["schemas"]["EventRedemptionData"];
      event: {
        /** @constant */
        type?: "redemption.succeeded";
      };
    };
    RedemptionFailedWebhook: components["schemas"]["WebhookEnvelope"] & {
      /** @constant */
      type: "redemption.failed";
      data: components["schemas"]["EventRedemptionFailedData"];
      event: {
        /** @constant */
        type?: "redemption.failed";
      };
    };
    RedemptionRollbackSucceededWebhook: components["schemas"]["WebhookEnvelope"] & {
      /** @constant */
      type: "redemption.rollback.succeeded";
      data: components["schemas"]["EventRedemptionRollbackData"];
      event: {
        /** @constant */
        type?: "redemption.rollback.succeeded";
      };
    };
    CustomerReferredWebhook: components["schemas"]["WebhookEnvelope"] & {
      /** @constant */
      type: "customer.referred";
      data: components["schemas"]["EventCustomerReferredData"];
      event: {
        /** @constant */
        type?: "customer.referred";
      };
    };
  };
  responses: {
    /** @description Received. Any 2xx counts as delivered; the body is ignored. Anything else (a 3xx, 4xx or 5xx, no answer within 10 s) is retried. */
    WebhookAccepted: {
      content: never;
    };
    /** @description Voucherify's error object. */
    Error: {
      content: {
        "application/json": components["schemas"]["Error"];
      };
    };
    /** @description Missing or wrong X-App-Id / X-App-Token, or an unknown, expired, revoked or wrongly scoped bearer token. */
    Unauthorized: {
      content: {
        "application/json": components["schemas"]["Error"] & {
          /** @constant */
          code?: 401;
          /** @constant */
          key?: "unauthorized";
          /** @constant */
          message?: "Unauthorized";
        };
      };
    };
    /** @description Returns a list of redeemable holder objects. */
    HoldersAdded: {
      content: {
        "application/json": components["schemas"]["ReferralsMembersHoldersCreateInBulkResponseBody"];
      };
    };
    /** @description Returns the holders of the referral code. */
    HoldersList: {
      content: {
        "application/json": components["schemas"]["ReferralsMembersHoldersListResponseBody"];
      };
    };
  };
  parameters: {
    /**
     * @description HMAC-SHA256 of the raw request body, keyed with the project's webhook secret, as 64 lower-case hex digits
     * (documentation/api-reference/introduction-to-webhooks.mdx). The body is compact JSON (no whitespace outside
     * strings), so recompute it over the bytes received and compare in constant time.
     */
    VoucherifySignature: string;
    /** @description Unique referral code or its identifier (`v_...`). */
    memberId: string;
    /** @description Unique identifier of a referral program campaign (`camp_...`). */
    campaignId: string;
    /** @description Unique identifier of a redeemable holder (`rh_...`). */
    holderId: string;
    /** @description Limits the number of objects to be returned, 1 to 100; 10 when not set. */
    limit?: number;
    /** @description Sorts by id; a leading dash sorts descending. Sandbox default `-id` (newest first). */
    order?: "id" | "-id";
    /** @description A cursor for pagination; the page starts after the holder with this id (in the chosen order). */
    starting_after_id?: string;
    /** @description Filters for listing holders, qs-style (`filters[holder_role][conditions][$in][0]=REFEREE`). */
    holderFilters?: components["schemas"]["ParameterFiltersListReferralsRedeemableHolders"];
  };
  requestBodies: {
    /** @description Specify the customer data to be upserted as redeemable holders. */
    AddHolders: {
      content: {
        "application/json": components["schemas"]["ReferralsMembersHoldersCreateInBulkRequestBody"];
      };
    };
  };
  headers: never;
  pathItems: never;
}

export type $defs = Record<string, never>;

export type external = Record<string, never>;

export interface operations {

  /**
   * List Referral Code Holders
   * @description Holders (the REFERRER and its REFEREEs) of one referral code, cursor-paged with `starting_after_id` and
   * `more_starting_after`. Sandbox: without `order` the newest holder comes first (`-id`; holder ids grow with time).
   */
  listReferralCodeHolders: {
    parameters: {
      query?: {
        limit?: components["parameters"]["limit"];
        order?: components["parameters"]["order"];
        starting_after_id?: components["parameters"]["starting_after_id"];
        filters?: components["parameters"]["holderFilters"];
      };
      path: {
        memberId: components["parameters"]["memberId"];
      };
    };
    responses: {
      200: components["responses"]["HoldersList"];
      400: components["responses"]["Error"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["Error"];
      default: components["responses"]["Error"];
    };
  };
  /**
   * Add Referral Code Holders
   * @description Adds 1 to 100 customers to a published referral code as REFEREEs. Each holder is identified by `id` and/or
   * `source_id` (if both, `id` wins and `source_id` is written onto that customer); customer data is upserted.
   * All-or-nothing: if any holder fails, nothing is written. Answers 200, not 201.
   * Sandbox: `holders` carries minItems 1 / maxItems 100 (Voucherify's description; its schema omits them). A holder
   * with neither `id` nor `source_id` is 400 invalid_payload; an unknown `id` is 404 customer.
   */
  addReferralCodeHolders: {
    parameters: {
      path: {
        memberId: components["parameters"]["memberId"];
      };
    };
    requestBody: components["requestBodies"]["AddHolders"];
    responses: {
      200: components["responses"]["HoldersAdded"];
      400: components["responses"]["Error"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Error"];
      404: components["responses"]["Error"];
      409: components["responses"]["Error"];
      default: components["responses"]["Error"];
    };
  };
  /**
   * List Referral Code Holders with campaign ID
   * @description As listReferralCodeHolders; the campaign must exist (404 campaign) and own the code (404 voucher).
   */
  listCampaignReferralCodeHolders: {
    parameters: {
      query?: {
        limit?: components["parameters"]["limit"];
        order?: components["parameters"]["order"];
        starting_after_id?: components["parameters"]["starting_after_id"];
        filters?: components["parameters"]["holderFilters"];
      };
      path: {
        campaignId: components["parameters"]["campaignId"];
        memberId: components["parameters"]["memberId"];
      };
    };
    responses: {
      200: components["responses"]["HoldersList"];
      400: components["responses"]["Error"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["Error"];
      default: components["responses"]["Error"];
    };
  };
  /**
   * Add Referral Code Holders with Campaign ID
   * @description As addReferralCodeHolders; the campaign must exist (404 campaign) and own the code (404 voucher).
   */
  addCampaignReferralCodeHolders: {
    parameters: {
      path: {
        campaignId: components["parameters"]["campaignId"];
        memberId: components["parameters"]["memberId"];
      };
    };
    requestBody: components["requestBodies"]["AddHolders"];
    responses: {
      200: components["responses"]["HoldersAdded"];
      400: components["responses"]["Error"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Error"];
      404: components["responses"]["Error"];
      409: components["responses"]["Error"];
      default: components["responses"]["Error"];
    };
  };
  /**
   * Remove Referral Card Holder
   * @description Removes a REFEREE (204, empty body). Removing the REFERRER is 403 forbidden; a holder of another code is 404 redeemable_holder.
   */
  removeReferralCodeHolder: {
    parameters: {
      path: {
        memberId: components["parameters"]["memberId"];
        holderId: components["parameters"]["holderId"];
      };
    };
    responses: {
      /** @description Returns no content if removal is successful. */
      204: {
        content: never;
      };
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Error"];
      404: components["responses"]["Error"];
      default: components["responses"]["Error"];
    };
  };
  /**
   * Remove Referral Card Holder with campaign ID
   * @description As removeReferralCodeHolder, checking the campaign first (404 campaign).
   */
  removeCampaignReferralCodeHolder: {
    parameters: {
      path: {
        campaignId: components["parameters"]["campaignId"];
        memberId: components["parameters"]["memberId"];
        holderId: components["parameters"]["holderId"];
      };
    };
    responses: {
      /** @description Returns no content if removal is successful. */
      204: {
        content: never;
      };
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Error"];
      404: components["responses"]["Error"];
      default: components["responses"]["Error"];
    };
  };
  /**
   * List Campaigns
   * @description The project's campaigns (all REFERRAL_PROGRAM), paged by `page` and `limit`. `order` sorts by created_at or
   * updated_at (default `-created_at`); `campaign_type` other than REFERRAL_PROGRAM gives an empty page.
   */
  listCampaigns: {
    parameters: {
      query?: {
        limit?: components["parameters"]["limit"];
        /** @description Page number. */
        page?: number;
        /** @description Only campaigns of this type. */
        campaign_type?: string;
        /** @description Sort order; default -created_at. */
        order?: "created_at" | "-created_at" | "updated_at" | "-updated_at";
      };
    };
    responses: {
      /** @description A page of campaigns. */
      200: {
        content: {
          "application/json": components["schemas"]["CampaignsList"];
        };
      };
      400: components["responses"]["Error"];
      401: components["responses"]["Unauthorized"];
      default: components["responses"]["Error"];
    };
  };
  /**
   * Create Campaign (REFERRAL_PROGRAM only)
   * @description Sandbox: only `campaign_type: REFERRAL_PROGRAM` with a DISCOUNT_VOUCHER referral code is emulated (other types
   * are 400 invalid_payload). `vouchers_count` codes (default 0, sandbox maximum 1000) are generated at once;
   * an AUTO_UPDATE campaign (the default type) also generates a code whenever a publication needs one.
   * A missing `voucher.discount` is 400 invalid_campaign; a name already in use is 409 duplicate_found.
   */
  createCampaign: {
    requestBody: {
      content: {
        "application/json": components["schemas"]["CampaignCreate"];
      };
    };
    responses: {
      /** @description The created campaign. */
      200: {
        content: {
          "application/json": components["schemas"]["Campaign"];
        };
      };
      400: components["responses"]["Error"];
      401: components["responses"]["Unauthorized"];
      409: components["responses"]["Error"];
      default: components["responses"]["Error"];
    };
  };
  /**
   * Get Campaign
   * @description The path takes the campaign id (Sandbox: or its name, as the SDK's campaigns.get names it); unknown is 404 campaign.
   */
  getCampaign: {
    parameters: {
      path: {
        campaignId: components["parameters"]["campaignId"];
      };
    };
    responses: {
      /** @description The campaign. */
      200: {
        content: {
          "application/json": components["schemas"]["Campaign"];
        };
      };
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["Error"];
      default: components["responses"]["Error"];
    };
  };
  /**
   * Update Campaign
   * @description Updates the fields sent (CampaignsUpdateReferralCampaign): `description`, `category`, `start_date`,
   * `expiration_date` (null clears them), `join_once`, `auto_join`, `type`, `discount` (the codes' discount),
   * `referral_program` (replaced), `metadata` (merged; `unset_metadata_fields` removes keys). The name and
   * campaign_type cannot change. Unknown id is 404 campaign; `start_date` after `expiration_date` is 400
   * invalid_payload. Sandbox: Voucherify's other update fields (validity timeframes, access settings,
   * activity_duration_after_publishing, category_id) are not emulated and are ignored.
   */
  updateCampaign: {
    parameters: {
      path: {
        campaignId: components["parameters"]["campaignId"];
      };
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["CampaignUpdate"];
      };
    };
    responses: {
      /** @description The updated campaign. */
      200: {
        content: {
          "application/json": components["schemas"]["Campaign"];
        };
      };
      400: components["responses"]["Error"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["Error"];
      default: components["responses"]["Error"];
    };
  };
  /**
   * Delete Campaign
   * @description Deletes the campaign with its codes, their holders, publications and redemptions (with their rollbacks) and
   * the referrals counted in it; answers 202 with an `async_action_id` (`aa_...`). Sandbox: the deletion is done
   * before the answer (the async action cannot be read back), and there is no bin: with or without `force` the
   * campaign is gone for good and its name can be used again. Unknown id is 404 campaign.
   */
  deleteCampaign: {
    parameters: {
      query?: {
        /** @description Sandbox: accepted and ignored (there is no bin). */
        force?: boolean;
      };
      path: {
        campaignId: components["parameters"]["campaignId"];
      };
    };
    responses: {
      /** @description The deletion was done; its async action id. */
      202: {
        content: {
          "application/json": components["schemas"]["AsyncAction"];
        };
      };
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["Error"];
      default: components["responses"]["Error"];
    };
  };
  /**
   * Enable Campaign
   * @description Enables a campaign; idempotent. Its codes can be validated and redeemed again (unless the code itself is disabled). Answers an empty object. Unknown is 404 campaign.
   */
  enableCampaign: {
    parameters: {
      path: {
        campaignId: components["parameters"]["campaignId"];
      };
    };
    responses: {
      /** @description Done. */
      200: {
        content: {
          "application/json": components["schemas"]["EmptyObject"];
        };
      };
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["Error"];
      default: components["responses"]["Error"];
    };
  };
  /**
   * Disable Campaign
   * @description Disables a campaign; idempotent. Validating or redeeming any of its codes fails with 400 voucher_disabled (a redemption sends redemption.failed); publishing and holders still work. Answers an empty object. Unknown is 404 campaign.
   */
  disableCampaign: {
    parameters: {
      path: {
        campaignId: components["parameters"]["campaignId"];
      };
    };
    responses: {
      /** @description Done. */
      200: {
        content: {
          "application/json": components["schemas"]["EmptyObject"];
        };
      };
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["Error"];
      default: components["responses"]["Error"];
    };
  };
  /**
   * Enable Voucher
   * @description Enables a voucher; idempotent. The code can be validated and redeemed again (unless its campaign is disabled). Answers the voucher. Unknown is 404 voucher.
   */
  enableVoucher: {
    parameters: {
      path: {
        /** @description The voucher code (sandbox also takes its v_ id). */
        code: string;
      };
    };
    responses: {
      /** @description Done. */
      200: {
        content: {
          "application/json": components["schemas"]["Voucher"];
        };
      };
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["Error"];
      default: components["responses"]["Error"];
    };
  };
  /**
   * Disable Voucher
   * @description Disables a voucher; idempotent. Validating or redeeming it fails with 400 voucher_disabled (a redemption sends redemption.failed); `active` is false. Answers the voucher. Unknown is 404 voucher.
   */
  disableVoucher: {
    parameters: {
      path: {
        /** @description The voucher code (sandbox also takes its v_ id). */
        code: string;
      };
    };
    responses: {
      /** @description Done. */
      200: {
        content: {
          "application/json": components["schemas"]["Voucher"];
        };
      };
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["Error"];
      default: components["responses"]["Error"];
    };
  };
  /**
   * Publish a code (legacy distributions.publish)
   * @description The legacy SDKs' `distributions.publish`: the same as `POST /v1/publications`, with the campaign also taken
   * from `?campaign=` (the legacy SDK's string form sends it there with an empty body). Sandbox: served by the
   * createPublication rules (interpreted; Voucherify documents this path as deprecated).
   */
  publishVoucherLegacy: {
    parameters: {
      query?: {
        /** @description A campaign name or id. */
        campaign?: string;
        join_once?: boolean;
      };
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["PublicationCreate"];
      };
    };
    responses: {
      /** @description The publication. */
      200: {
        content: {
          "application/json": components["schemas"]["Publication"];
        };
      };
      400: components["responses"]["Error"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["Error"];
      default: components["responses"]["Error"];
    };
  };
  /**
   * List Publications
   * @description Publications, paged by `page` and `limit`, default `-created_at`. Filters: `campaign` (name or id), `customer`
   * (id or source_id), `voucher` (code), `source_id`, `result` (SUCCESS; publications never fail in the sandbox),
   * `is_referral_code` (always true here).
   */
  listPublications: {
    parameters: {
      query?: {
        limit?: components["parameters"]["limit"];
        /** @description Page number. */
        page?: number;
        /** @description Sort order; default -created_at. */
        order?: "id" | "-id" | "created_at" | "-created_at" | "voucher_code" | "-voucher_code" | "tracking_id" | "-tracking_id" | "customer_id" | "-customer_id";
        /** @description A campaign name or id. */
        campaign?: string;
        /** @description A customer id or source_id. */
        customer?: string;
        /** @description A voucher code. */
        voucher?: string;
        /** @description SUCCESS or FAILURE. */
        result?: "SUCCESS" | "FAILURE";
        /** @description Only referral codes (true) or only other codes (false). */
        is_referral_code?: boolean;
        /** @description The publication's source_id. */
        source_id?: string;
      };
    };
    responses: {
      /** @description A page of publications. */
      200: {
        content: {
          "application/json": components["schemas"]["PublicationsList"];
        };
      };
      400: components["responses"]["Error"];
      401: components["responses"]["Unauthorized"];
      default: components["responses"]["Error"];
    };
  };
  /**
   * Create Publication (publishes a referral code to its REFERRER)
   * @description Publishes one code to a customer (upserted by `id` or `source_id`), which becomes the code's holder and its
   * REFERRER holder row. Either `voucher` (a code) or `campaign` (name or id, or `{name, count}`) is required.
   * Sandbox: `campaign.count` must be 1. `join_once=true` (query or body) returns the customer's existing
   * publication from that campaign. Repeating a `source_id` for the same customer returns the first
   * publication; for another customer it is 400 duplicate_source_id.
   */
  createPublication: {
    parameters: {
      query?: {
        join_once?: boolean;
      };
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["PublicationCreate"];
      };
    };
    responses: {
      /** @description The publication. */
      200: {
        content: {
          "application/json": components["schemas"]["Publication"];
        };
      };
      400: components["responses"]["Error"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["Error"];
      default: components["responses"]["Error"];
    };
  };
  /**
   * List Customers
   * @description Customers, paged by `page` and `limit`, default `-created_at`. Filters: `email`, `name` and `city` (exact),
   * `created_at[before|after]`, `updated_at[before|after]`. Sandbox: `segment_id` matches nothing (no segments);
   * `starting_after` (a date) lists customers created after it, oldest first.
   */
  listCustomers: {
    parameters: {
      query?: {
        limit?: components["parameters"]["limit"];
        /** @description Page number, 1 to 99. */
        page?: number;
        /** @description Exact email. */
        email?: string;
        /** @description Exact address city. */
        city?: string;
        /** @description Exact name. */
        name?: string;
        /** @description Sandbox: no segments exist, so this gives an empty page. */
        segment_id?: string;
        /** @description created_at[before] / created_at[after]. */
        created_at?: {
          /** Format: date-time */
          before?: string;
          /** Format: date-time */
          after?: string;
        };
        /** @description updated_at[before] / updated_at[after]. */
        updated_at?: {
          /** Format: date-time */
          before?: string;
          /** Format: date-time */
          after?: string;
        };
        /** @description Sort order; default -created_at. */
        order?: "created_at" | "-created_at" | "updated_at" | "-updated_at" | "source_id" | "-source_id";
        /** @description Customers created after this date, oldest first (overrides order). */
        starting_after?: string;
      };
    };
    responses: {
      /** @description A page of customers. */
      200: {
        content: {
          "application/json": components["schemas"]["CustomersList"];
        };
      };
      400: components["responses"]["Error"];
      401: components["responses"]["Unauthorized"];
      default: components["responses"]["Error"];
    };
  };
  /**
   * Create Customer (upsert by source_id)
   * @description A `source_id` that exists updates that customer (200 either way).
   */
  createCustomer: {
    requestBody: {
      content: {
        "application/json": components["schemas"]["CustomerBase"];
      };
    };
    responses: {
      /** @description The customer. */
      200: {
        content: {
          "application/json": components["schemas"]["CustomerObject"];
        };
      };
      400: components["responses"]["Error"];
      401: components["responses"]["Unauthorized"];
      default: components["responses"]["Error"];
    };
  };
  /**
   * Get Customer
   * @description The path takes the customer's `cust_` id or its `source_id` (id first); an unknown one is 404 customer.
   */
  getCustomer: {
    parameters: {
      path: {
        /** @description The customer's id (cust_...) or source_id. */
        customerId: string;
      };
    };
    responses: {
      /** @description The customer. */
      200: {
        content: {
          "application/json": components["schemas"]["CustomerObject"];
        };
      };
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["Error"];
      default: components["responses"]["Error"];
    };
  };
  /**
   * Update Customer
   * @description Sandbox: an unknown customer is 404 (no upsert); `id` in the body is ignored, a `source_id` used by another customer is 409 duplicate_found.
   */
  updateCustomer: {
    parameters: {
      path: {
        /** @description The customer's id (cust_...) or source_id. */
        customerId: string;
      };
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["CustomerBase"];
      };
    };
    responses: {
      /** @description The customer. */
      200: {
        content: {
          "application/json": components["schemas"]["CustomerObject"];
        };
      };
      400: components["responses"]["Error"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["Error"];
      409: components["responses"]["Error"];
      default: components["responses"]["Error"];
    };
  };
  /**
   * Delete Customer
   * @description Sandbox: also removes the customer's holder rows; codes they held keep `holder_id`.
   */
  deleteCustomer: {
    parameters: {
      path: {
        /** @description The customer's id (cust_...) or source_id. */
        customerId: string;
      };
    };
    responses: {
      /** @description Deleted; no body. */
      204: {
        content: never;
      };
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["Error"];
      default: components["responses"]["Error"];
    };
  };
  /**
   * List Customer's Redeemables
   * @description The customer's holder rows with the voucher under `redeemable`, paged like the holders list.
   */
  listCustomerRedeemables: {
    parameters: {
      query?: {
        limit?: components["parameters"]["limit"];
        order?: "id" | "-id" | "created_at" | "-created_at";
        starting_after_id?: components["parameters"]["starting_after_id"];
        filters?: components["schemas"]["ParameterFiltersListCustomerRedeemables"];
      };
      path: {
        /** @description The customer's id (cust_...) or source_id. */
        customerId: string;
      };
    };
    responses: {
      /** @description A page of the customer's redeemables. */
      200: {
        content: {
          "application/json": components["schemas"]["CustomerRedeemablesList"];
        };
      };
      400: components["responses"]["Error"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["Error"];
      default: components["responses"]["Error"];
    };
  };
  /**
   * Get Voucher
   * @description The path takes the voucher code (Sandbox: or its `v_` id); an unknown one is 404 voucher.
   */
  getVoucher: {
    parameters: {
      path: {
        /** @description The voucher code (sandbox also takes its v_ id). */
        code: string;
      };
    };
    responses: {
      /** @description The voucher. */
      200: {
        content: {
          "application/json": components["schemas"]["Voucher"];
        };
      };
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["Error"];
      default: components["responses"]["Error"];
    };
  };
  /**
   * Update Voucher
   * @description Updates the fields sent (VoucherUpdateDiscount): `active` (as enable/disable), `metadata` (merged). Sandbox: a
   * referral code's discount, dates and category are its campaign's (update the campaign); `type` other than
   * DISCOUNT_VOUCHER, or `discount`, `start_date`, `expiration_date`, `category` on a code are 400 invalid_payload.
   * Unknown code is 404 voucher.
   */
  updateVoucher: {
    parameters: {
      path: {
        /** @description The voucher code (sandbox also takes its v_ id). */
        code: string;
      };
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["VoucherUpdate"];
      };
    };
    responses: {
      /** @description The updated voucher. */
      200: {
        content: {
          "application/json": components["schemas"]["Voucher"];
        };
      };
      400: components["responses"]["Error"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["Error"];
      default: components["responses"]["Error"];
    };
  };
  /**
   * Delete Voucher
   * @description Deletes the code with its holders, publications and redemptions (with their rollbacks); 204. Sandbox: there is
   * no bin, so with or without `force` the code is gone for good and can be made again; referrals it counted stay
   * on the customers. Unknown code is 404 voucher.
   */
  deleteVoucher: {
    parameters: {
      query?: {
        /** @description Sandbox: accepted and ignored (there is no bin). */
        force?: boolean;
      };
      path: {
        /** @description The voucher code (sandbox also takes its v_ id). */
        code: string;
      };
    };
    responses: {
      /** @description Deleted. */
      204: {
        content: never;
      };
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["Error"];
      default: components["responses"]["Error"];
    };
  };
  /**
   * List Vouchers
   * @description Referral codes, paged by `page` and `limit`, default `-created_at`. Filters: `campaign` (name) or
   * `campaign_id`, `customer` (holder id or source_id), `code`, `category`, `ids` (list of v_ ids).
   */
  listVouchers: {
    parameters: {
      query?: {
        limit?: components["parameters"]["limit"];
        /** @description Page number, 1 to 99. */
        page?: number;
        /** @description The campaign's category. */
        category?: string;
        /** @description A campaign id. */
        campaign_id?: string;
        /** @description The holder's customer id or source_id. */
        customer?: string;
        /** @description A campaign name (or id). */
        campaign?: string;
        /** @description A voucher code. */
        code?: string;
        /** @description Voucher ids. */
        ids?: string[];
        /** @description Sort order; default -created_at. */
        order?: "created_at" | "-created_at" | "updated_at" | "-updated_at" | "type" | "-type" | "code" | "-code" | "campaign" | "-campaign" | "category" | "-category";
      };
    };
    responses: {
      /** @description A page of vouchers. */
      200: {
        content: {
          "application/json": components["schemas"]["VouchersList"];
        };
      };
      400: components["responses"]["Error"];
      401: components["responses"]["Unauthorized"];
      default: components["responses"]["Error"];
    };
  };
  /**
   * List Redemptions
   * @description Redemptions of the project, newest first (`-created_at`), paged by `page` and `limit`. Filters: `result`
   * (SUCCESS; the sandbox stores no failures), `campaign` (name or id), `customer` (id or source_id),
   * `created_at[before]`/`created_at[after]`. Parents and children are both listed, as Voucherify does.
   */
  listRedemptions: {
    parameters: {
      query?: {
        limit?: components["parameters"]["limit"];
        /** @description Page number, 1 to 99. */
        page?: number;
        /** @description SUCCESS or FAILURE. */
        result?: string;
        /** @description A campaign name or id. */
        campaign?: string;
        /** @description A customer id or source_id. */
        customer?: string;
        /** @description Sort order; default -created_at. */
        order?: "created_at" | "-created_at";
        /** @description created_at[before] / created_at[after] (ISO 8601). */
        created_at?: {
          /** Format: date-time */
          before?: string;
          /** Format: date-time */
          after?: string;
        };
      };
    };
    responses: {
      /** @description A page of redemptions. */
      200: {
        content: {
          "application/json": components["schemas"]["RedemptionsList"];
        };
      };
      400: components["responses"]["Error"];
      401: components["responses"]["Unauthorized"];
      default: components["responses"]["Error"];
    };
  };
  /**
   * Redeem Stackable Discounts (the referral conversion)
   * @description Redeems 1 to 30 referral codes (`redeemables` of `object: voucher`) for a customer and an optional order.
   * All-or-nothing: every code is checked first; if one fails, nothing is written and the answer is 400 with that
   * code's error (`details` is the code, `resource_type: redemption`, `resource_id` an `rf_` id, `error.message`).
   * Checks per code, in order: it exists (404 voucher); it is published (400 not_published); its campaign's
   * start/expiration dates (400 voucher_not_active / voucher_expired); the redemption quantity (400
   * quantity_exceeded); a customer is given (400 missing_customer); the customer is not the code's REFERRER (400
   * referrer_not_permitted_to_redeem). The customer is upserted as in Add Holders (`id` must exist, 404 customer).
   * On success, when the campaign's `conversion_event_type` is `redemption`, the customer becomes referred:
   * `customer.referrals.campaigns` gains `{related_object_type: redemption, related_object_id: r_...}` once per
   * campaign (a later redemption in the same campaign succeeds but adds no second referral).
   * Sandbox: one parent redemption (`parent_redemption`, related_object_type `redemption`) is always made, with
   * one child per code (`redemption` = the parent id); the order's discount is computed at order level
   * (PERCENT, AMOUNT, FIXED; UNIT gives 0); only `voucher` redeemables exist.
   */
  redeemStackedDiscounts: {
    requestBody: {
      content: {
        "application/json": components["schemas"]["RedeemStackedRequest"];
      };
    };
    responses: {
      /** @description The redemptions made. */
      200: {
        content: {
          "application/json": components["schemas"]["RedeemStackedResponse"];
        };
      };
      400: components["responses"]["Error"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["Error"];
      default: components["responses"]["Error"];
    };
  };
  /**
   * Get Redemption
   * @description One redemption (a parent or a child); an unknown id is 404 redemption.
   */
  getRedemption: {
    parameters: {
      path: {
        /** @description A redemption id (r_...). */
        redemptionId: string;
      };
    };
    responses: {
      /** @description The redemption. */
      200: {
        content: {
          "application/json": components["schemas"]["Redemption"];
        };
      };
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["Error"];
      default: components["responses"]["Error"];
    };
  };
  /**
   * Rollback Redemption
   * @description Undoes a single redemption (a legacy `POST /v1/vouchers/{code}/redemption`): the code gets one redemption back
   * (`redeemed_quantity` goes down by 1), the redemption's `status` becomes `ROLLED_BACK`, and a `redemption_rollback`
   * (`rr_...`, `redemption` = the redemption's id) is answered. `reason` and `tracking_id` come in the query; the body
   * may update the customer (upserted as in a redemption; `id` must exist, 404 customer) and carry `metadata`.
   * Errors (redemptions.json examples): a stacked request's parent is 400 invalid_redemption, one of its children
   * 400 invalid_redemption_parent (Voucherify rolls those back with POST /v1/redemptions/{parentRedemptionId}/rollbacks,
   * not emulated); a second rollback is 400 already_rolled_back (`resource_type: redemption_rollback`, `resource_id`
   * an `rrf_` id); an unknown id is 404 redemption.
   * Sandbox: the referral the redemption counted stays (Voucherify documents no change to `customer.referrals` on
   * rollback, and a referral is counted once per campaign); the 3-month limit is not enforced; sends
   * redemption.rollback.succeeded.
   */
  rollbackRedemption: {
    parameters: {
      query?: {
        /** @description Reason for the rollback. */
        reason?: string;
        /** @description Customer's source_id. */
        tracking_id?: string;
      };
      path: {
        /** @description The id of a single redemption (r_...). */
        redemptionId: string;
      };
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["RollbackRequest"];
      };
    };
    responses: {
      /** @description The rollback. */
      200: {
        content: {
          "application/json": components["schemas"]["RedemptionRollback"];
        };
      };
      400: components["responses"]["Error"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["Error"];
      default: components["responses"]["Error"];
    };
  };
  /**
   * Redeem Voucher (legacy; SDK 2.9.0 redemptions.redeem)
   * @description Redeems one code with the same checks, errors and referral rules as redeemStackedDiscounts, and answers the
   * single redemption (no parent: `redemption` is null) with the voucher.
   */
  redeemVoucher: {
    parameters: {
      path: {
        /** @description The referral code (sandbox also takes its v_ id). */
        code: string;
      };
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["RedeemVoucherRequest"];
      };
    };
    responses: {
      /** @description The redemption. */
      200: {
        content: {
          "application/json": components["schemas"]["Redemption"];
        };
      };
      400: components["responses"]["Error"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["Error"];
      default: components["responses"]["Error"];
    };
  };
  /**
   * Validate Stackable Discounts
   * @description Asks whether the codes could be redeemed now by this customer, with the same checks as a redemption, and
   * writes nothing (a new customer's source_id is not stored). A code that would fail is answered 200 with
   * `valid: false`, the code under `inapplicable_redeemables` with its error, and the others under
   * `skipped_redeemables` (stacking is all-or-nothing). An unknown code is inapplicable with 404 not_found.
   * Bad input is 400 invalid_payload.
   */
  validateStackedDiscounts: {
    requestBody: {
      content: {
        "application/json": components["schemas"]["RedeemStackedRequest"];
      };
    };
    responses: {
      /** @description The validation. */
      200: {
        content: {
          "application/json": components["schemas"]["ValidationResponse"];
        };
      };
      400: components["responses"]["Error"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["Error"];
      default: components["responses"]["Error"];
    };
  };
  /**
   * Track Custom Event (custom_event referral conversion)
   * @description Records a custom event for a customer (upserted by `id` or `source_id`; one of them is required, 400
   * invalid_payload). With `referral.code` the event is a conversion when the code's campaign has
   * `conversion_event_type: custom_event` (and, if it names a `custom_event`, that name or id): the code must be
   * published (400 not_published), the customer must not be its REFERRER (400 referrer_not_permitted_to_redeem),
   * a `referral.referrer_id` must be the REFERRER (400 invalid_payload); the customer becomes referred once per
   * campaign (`related_object_type: custom_event`). For a campaign converting on redemption the event is recorded
   * and nothing else happens. Sandbox: events themselves are not stored or listed.
   */
  trackCustomEvent: {
    requestBody: {
      content: {
        "application/json": components["schemas"]["EventCreate"];
      };
    };
    responses: {
      /** @description The event. */
      200: {
        content: {
          "application/json": components["schemas"]["EventResponse"];
        };
      };
      400: components["responses"]["Error"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["Error"];
      default: components["responses"]["Error"];
    };
  };
  /**
   * Generate OAuth 2.0 Token
   * @description Client credentials: form body `grant_type=client_credentials` and `scope`, space-separated values from
   * Voucherify's list (`api`, `campaigns`, `customers`, `redemptions`, `referrals`, ...). Answers the token with
   * `expires_in: 900` and `expires_at` (epoch seconds on the sandbox clock). Another grant_type is 400
   * invalid_grant_type; an unknown scope value (or commas) is 400 invalid_scope. Sandbox: without `scope` the token
   * gets `api`; `client_id` is derived from the X-App-Id; expired tokens are forgotten when a new one is made;
   * the 1000-tokens-per-project limit is not enforced. A JSON body is accepted too; no body is 400
   * invalid_grant_type.
   */
  generateOAuthToken: {
    requestBody?: {
      content: {
        "application/x-www-form-urlencoded": components["schemas"]["OAuthTokenRequest"];
        "application/json": components["schemas"]["OAuthTokenRequest"];
      };
    };
    responses: {
      /** @description The token. */
      200: {
        content: {
          "application/json": components["schemas"]["OAuthToken"];
        };
      };
      400: components["responses"]["Error"];
      401: components["responses"]["Unauthorized"];
      default: components["responses"]["Error"];
    };
  };
  /**
   * Introspect OAuth 2.0 Token
   * @description A token of this project that is neither expired nor revoked answers its details with `active: true` and the
   * seconds left in `expires_in`; any other (unknown, expired, revoked, another project's) answers `{active: false}`.
   * No `access_token` (or no body) is 400 missing_parameters. Sandbox: the path is oauth.json's `/v1/oauth/introspect`.
   */
  introspectOAuthToken: {
    requestBody?: {
      content: {
        "application/x-www-form-urlencoded": components["schemas"]["OAuthTokenReference"];
        "application/json": components["schemas"]["OAuthTokenReference"];
      };
    };
    responses: {
      /** @description The token's details, or {active: false}. */
      200: {
        content: {
          "application/json": components["schemas"]["OAuthIntrospection"];
        };
      };
      400: components["responses"]["Error"];
      401: components["responses"]["Unauthorized"];
      default: components["responses"]["Error"];
    };
  };
  /**
   * Revoke OAuth 2.0 Token
   * @description Revokes an active token of this project (204); from then on it is 401 and introspects as inactive. An
   * unknown, expired or already revoked token is 404 with an empty body, as Voucherify documents. Sandbox: no
   * `access_token` is 400 missing_parameters, as for introspection.
   */
  revokeOAuthToken: {
    requestBody?: {
      content: {
        "application/x-www-form-urlencoded": components["schemas"]["OAuthTokenReference"];
        "application/json": components["schemas"]["OAuthTokenReference"];
      };
    };
    responses: {
      /** @description Revoked. */
      204: {
        content: never;
      };
      400: components["responses"]["Error"];
      401: components["responses"]["Unauthorized"];
      /** @description No active token with this value; the body is empty. */
      404: {
        content: never;
      };
      default: components["responses"]["Error"];
    };
  };
}
