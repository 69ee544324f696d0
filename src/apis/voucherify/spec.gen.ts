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
     * Create Campaign (REFERRAL_PROGRAM only)
     * @description Sandbox: only `campaign_type: REFERRAL_PROGRAM` with a DISCOUNT_VOUCHER referral code is emulated (other types
     * are 400 invalid_payload). `vouchers_count` codes (default 0, sandbox maximum 1000) are generated at once;
     * an AUTO_UPDATE campaign (the default type) also generates a code whenever a publication needs one.
     * A missing `voucher.discount` is 400 invalid_campaign; a name already in use is 409 duplicate_found.
     */
    post: operations["createCampaign"];
  };
  "/v1/publications": {
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
    parameters: {
      path: {
        /** @description The voucher code (sandbox also takes its v_ id). */
        code: string;
      };
    };
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
      referrer_id?: string | null;
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
      description?: string | null;
      email: string | null;
      phone?: string | null;
      birthday?: string | null;
      birthdate?: string | null;
      address: components["schemas"]["Address"];
      summary: Record<string, unknown>;
      loyalty: Record<string, unknown>;
      referrals: {
        total: number;
        campaigns: ({
            campaign_id: string;
            referrer_id: string | null;
            related_object_id: string;
            /** @constant */
            related_object_type: "voucher";
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
    /** @description Missing or wrong X-App-Id / X-App-Token. */
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
}
