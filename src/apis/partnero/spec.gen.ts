// Generated from specs/partnero.yaml by `npm run specs:types` (openapi-typescript). Do not edit.
/* eslint-disable */
export interface paths {
  "/v1/subscribers": {
    /**
     * Get all subscribers (Laravel simple pagination, no total)
     * @description Sandbox: ordered oldest first (stable while new subscribers arrive); pagination links keep `limit` and `refer_status`.
     */
    get: operations["listSubscribers"];
    /**
     * Update a subscriber named in the body (the PHP SDK's form)
     * @description Sandbox: the body's top-level `id` and/or `email` name the subscriber (both must match the same one; email case-insensitive); no match is 404. `update` then applies as in updateSubscriber.
     */
    put: operations["updateSubscriberByBody"];
    /**
     * Create a subscriber
     * @description Sandbox: without `id` the subscriber's id is its email (as docs.partnero.com shows). `referral` names the
     * referring subscriber by `id` or `email` (the docs type it object[]; the examples and the PHP SDK send an object).
     */
    post: operations["createSubscriber"];
    /**
     * Delete a subscriber named in the body (the PHP SDK's form)
     * @description Sandbox: the body's `id` and/or `email` name the subscriber (both must match the same one; email case-insensitive); no match is 404. Deletes as deleteSubscriber does.
     */
    delete: operations["deleteSubscriberByBody"];
  };
  "/v1/subscribers:search": {
    /**
     * Find subscribers by id and/or email
     * @description Sandbox: answers a list (possibly empty) of the subscribers matching every given parameter; with neither parameter, 422.
     */
    get: operations["searchSubscribers"];
  };
  "/v1/subscribers/{subscriber}": {
    /**
     * Fetch a subscriber by id or email
     * @description Sandbox: the path segment is matched against ids first, then emails (case-insensitive); no match is 404.
     */
    get: operations["getSubscriber"];
    /**
     * Update a subscriber, including its email or id
     * @description Only the fields present in `update` change; an email or id another subscriber already has is 422 on `update.email` / `update.id`. Sandbox: `updated_at` is stamped on every update.
     */
    put: operations["updateSubscriber"];
    /**
     * Delete a subscriber
     * @description Sandbox: the record is removed; subscribers it referred stay `is_referred` and it leaves every total.
     */
    delete: operations["deleteSubscriber"];
    parameters: {
      path: {
        /** @description The subscriber's id or email. */
        subscriber: string;
      };
    };
  };
  "/v1/webhooks": {
    /**
     * Get the program's webhooks (Laravel simple pagination)
     * @description Sandbox: the same page shape as the subscriber list (`links`, `meta`, no total), oldest first.
     */
    get: operations["listWebhooks"];
    /**
     * Create a webhook
     * @description The answer carries the generated `signature`, the secret every delivery is signed with. Sandbox: `key` is
     * generated (12 letters and digits) unless given; a key the program already has is 422 on `key`. `url` must be
     * an http(s) URL. `null` for `key` or `is_active` means "not given" (the PHP SDK's model sends every field).
     */
    post: operations["createWebhook"];
  };
  "/v1/webhooks/{key}": {
    /**
     * Fetch a webhook by key
     * @description The webhook with its signing secret (`signature`); a key the program does not have is 404.
     */
    get: operations["getWebhook"];
    /**
     * Update a webhook's name, URL, events or activity
     * @description Only the fields given change. Sandbox: `null` leaves a field as it is (the PHP SDK's model sends every field); `key` and `signature` cannot change (a `key` in the body is ignored).
     */
    put: operations["updateWebhook"];
    /**
     * Delete a webhook
     * @description Sandbox: answers like a subscriber delete. Deliveries already made for it still finish their retries.
     */
    delete: operations["deleteWebhook"];
    parameters: {
      path: {
        /** @description The webhook's key. */
        key: string;
      };
    };
  };
  "/v1/test": {
    /**
     * Check the API key (the n8n node's credential test)
     * @description Known only from Partnero's n8n credential, which calls it to test a key; not in the docs. Sandbox
     * (interpreted): 200 `{"status": 1}` for a valid key, the usual 401 otherwise.
     */
    get: operations["testCredentials"];
  };
  "/v1/program": {
    /**
     * The API key's newsletter program with live totals
     * @description total_referring counts subscribers with at least one (remaining) referral; total_referred counts referred subscribers.
     */
    get: operations["getProgram"];
  };
}

export interface webhooks {
  "subscriber.created": {
    /**
     * A subscriber was created
     * @description Sent once POST /v1/subscribers has stored a new subscriber (201). Only active webhooks subscribed to the event receive it; a failed request sends nothing.
     */
    post: {
      parameters: {
        header: {
          Signature: components["parameters"]["WebhookSignature"];
        };
      };
      requestBody: {
        content: {
          "application/json": components["schemas"]["SubscriberCreatedEvent"];
        };
      };
      responses: {
        200: components["responses"]["WebhookAccepted"];
        410: components["responses"]["WebhookGone"];
      };
    };
  };
  "subscriber.updated": {
    /**
     * A subscriber was updated
     * @description Sent after every successful update, by either URL form (PUT /v1/subscribers/{subscriber} or PUT /v1/subscribers), even one that changes no field (`updated_at` moves). Only active webhooks subscribed to the event receive it; a failed request sends nothing.
     */
    post: {
      parameters: {
        header: {
          Signature: components["parameters"]["WebhookSignature"];
        };
      };
      requestBody: {
        content: {
          "application/json": components["schemas"]["SubscriberUpdatedEvent"];
        };
      };
      responses: {
        200: components["responses"]["WebhookAccepted"];
        410: components["responses"]["WebhookGone"];
      };
    };
  };
  "subscriber.deleted": {
    /**
     * A subscriber was deleted
     * @description Sent after a successful delete, by either URL form (DELETE /v1/subscribers/{subscriber} or DELETE /v1/subscribers). Only active webhooks subscribed to the event receive it; a failed request sends nothing.
     */
    post: {
      parameters: {
        header: {
          Signature: components["parameters"]["WebhookSignature"];
        };
      };
      requestBody: {
        content: {
          "application/json": components["schemas"]["SubscriberDeletedEvent"];
        };
      };
      responses: {
        200: components["responses"]["WebhookAccepted"];
        410: components["responses"]["WebhookGone"];
      };
    };
  };
}

export interface components {
  schemas: {
    /** @description Laravel's ISO-8601 with microseconds, e.g. 2024-09-02T09:03:18.000000Z. */
    Timestamp: string;
    /** @enum {string} */
    Status: "active" | "rejected" | "suspended";
    Subscriber: {
      id: string | null;
      name: string | null;
      /** Format: email */
      email: string;
      is_referred: boolean;
      tos: boolean | null;
      marketing_consent: boolean | null;
      /** @enum {string} */
      status: "Active" | "Rejected" | "Suspended";
      approved: boolean;
      /** Format: uri */
      portal_link: string;
      /** Format: uri */
      share_link: string;
      referrals_count: number;
      /** @description Sandbox: rewards are not emulated, so always empty (element shape left open). */
      reward: unknown[];
      created_at: components["schemas"]["Timestamp"];
      updated_at: components["schemas"]["Timestamp"];
      deleted_at: null;
    };
    SubscriberEnvelope: {
      data: components["schemas"]["Subscriber"];
      /** @constant */
      status: 1;
    };
    SubscriberPage: {
      data: components["schemas"]["Subscriber"][];
      links: components["schemas"]["PageLinks"];
      meta: components["schemas"]["PageMeta"];
      /** @constant */
      status: 1;
    };
    PageLinks: {
      first: string;
      last: null;
      prev: string | null;
      next: string | null;
    };
    PageMeta: {
      current_page: number;
      from: number | null;
      path: string;
      per_page: number;
      to: number | null;
    };
    /** @description Unknown fields are ignored, as Laravel validation does. */
    SubscriberCreate: {
      id?: string;
      /** Format: email */
      email: string;
      name?: string | null;
      tos?: boolean | null;
      marketing_consent?: boolean | null;
      status?: components["schemas"]["Status"];
      approved?: boolean;
      referral?: components["schemas"]["SubscriberLookup"];
    };
    /** @description Names a subscriber by id or email (at least one). */
    SubscriberLookup: {
      id?: string;
      email?: string;
    };
    SubscriberUpdateBody: {
      update: {
        id?: string;
        /** Format: email */
        email?: string;
        name?: string | null;
        tos?: boolean | null;
        marketing_consent?: boolean | null;
        status?: components["schemas"]["Status"];
        approved?: boolean;
      };
    };
    Error: {
      message: string;
      /** @constant */
      status: 0;
    };
    ValidationError: {
      message: string;
      errors: {
        [key: string]: string[];
      };
      /** @constant */
      status: 0;
    };
    /**
     * @description The events of a newsletter program. `subscriber.rewarded` can be subscribed to, but the sandbox never sends it:
     * rewards are not emulated.
     *
     * @enum {string}
     */
    WebhookEvent: "subscriber.created" | "subscriber.updated" | "subscriber.deleted" | "subscriber.rewarded";
    /** @description The webhook's unique key in the program (Sandbox: letters, digits, `-` and `_`). */
    WebhookKey: string;
    /**
     * Format: uri
     * @description Where deliveries are POSTed (http or https).
     */
    WebhookUrl: string;
    Webhook: {
      key: components["schemas"]["WebhookKey"];
      name: string;
      url: components["schemas"]["WebhookUrl"];
      /** @description An inactive webhook receives nothing. */
      is_active: boolean;
      /** @description The signing secret: the key of the HMAC-SHA256 in each delivery's `Signature` header. */
      signature: string;
      events: components["schemas"]["WebhookEvent"][];
    };
    WebhookEnvelope: {
      data: components["schemas"]["Webhook"];
      /** @constant */
      status: 1;
    };
    WebhookPage: {
      data: components["schemas"]["Webhook"][];
      links: components["schemas"]["PageLinks"];
      meta: components["schemas"]["PageMeta"];
      /** @constant */
      status: 1;
    };
    /** @description Unknown fields are ignored, as Laravel validation does. */
    WebhookCreate: {
      /** @description Generated when not given (Sandbox: 12 letters and digits). */
      key?: string | null;
      name: string;
      /** Format: uri */
      url: string;
      events: components["schemas"]["WebhookEvent"][];
      /** @description Default true. */
      is_active?: boolean | null;
    };
    /** @description Unknown fields (`key` included) are ignored; `null` leaves a field unchanged. */
    WebhookUpdate: {
      name?: string | null;
      /** Format: uri */
      url?: string | null;
      events?: components["schemas"]["WebhookEvent"][] | null;
      is_active?: boolean | null;
    };
    /** @description The body of a `subscriber.created` delivery; `data` is the subscriber as POST /v1/subscribers answers it. */
    SubscriberCreatedEvent: {
      /** @constant */
      event: "subscriber.created";
      url: components["schemas"]["DeliveryUrl"];
      webhook_key: components["schemas"]["WebhookKey"];
      created_at: components["schemas"]["Timestamp"];
      data: components["schemas"]["Subscriber"];
    };
    /** @description The body of a `subscriber.updated` delivery; `data` is the subscriber after the change, as the update answers it. */
    SubscriberUpdatedEvent: {
      /** @constant */
      event: "subscriber.updated";
      url: components["schemas"]["DeliveryUrl"];
      webhook_key: components["schemas"]["WebhookKey"];
      created_at: components["schemas"]["Timestamp"];
      data: components["schemas"]["Subscriber"];
    };
    /** @description The body of a `subscriber.deleted` delivery; `data` is the subscriber as it was just before the delete. */
    SubscriberDeletedEvent: {
      /** @constant */
      event: "subscriber.deleted";
      url: components["schemas"]["DeliveryUrl"];
      webhook_key: components["schemas"]["WebhookKey"];
      created_at: components["schemas"]["Timestamp"];
      data: components["schemas"]["Subscriber"];
    };
    /** @description The URL the delivery was sent to (the webhook's `url`). */
    DeliveryUrl: string;
  };
  responses: {
    /** @description One subscriber. */
    Subscriber: {
      content: {
        "application/json": components["schemas"]["SubscriberEnvelope"];
      };
    };
    /** @description Deleted. */
    Deleted: {
      content: {
        "application/json": {
          /** @constant */
          status: 1;
        };
      };
    };
    /** @description Missing or unknown API key. */
    Unauthenticated: {
      content: {
        "application/json": {
          /** @constant */
          message: "Unauthenticated.";
        };
      };
    };
    /** @description Any other error (malformed JSON 400, unknown method 405, body over 1 MiB 413, wrong content type 415, not emulated 501). */
    Failure: {
      content: {
        "application/json": components["schemas"]["Error"];
      };
    };
    /** @description No such subscriber. */
    NotFound: {
      content: {
        "application/json": components["schemas"]["Error"];
      };
    };
    /** @description One webhook. */
    Webhook: {
      content: {
        "application/json": components["schemas"]["WebhookEnvelope"];
      };
    };
    /** @description No webhook with that key in the program. Sandbox: `{"message": "Webhook not found.", "status": 0}`. */
    WebhookNotFound: {
      content: {
        "application/json": components["schemas"]["Error"];
      };
    };
    /** @description Any 2xx answered within 5 s acknowledges the delivery; nothing more is sent for it. */
    WebhookAccepted: {
      content: never;
    };
    /** @description Sandbox: the webhook is deactivated (`is_active: false`) and nothing more is sent to it. Any other non-2xx answer, or none within 5 s, is retried. */
    WebhookGone: {
      content: never;
    };
    /** @description Laravel validation failure. */
    ValidationFailed: {
      content: {
        "application/json": components["schemas"]["ValidationError"];
      };
    };
  };
  parameters: {
    /**
     * @description Lower-case hex HMAC-SHA256 of the raw request body, keyed with the webhook's `signature` value. Hash the bytes
     * as received: re-serialising the parsed JSON can change them. Compare in constant time.
     */
    WebhookSignature: string;
  };
  requestBodies: never;
  headers: never;
  pathItems: never;
}

export type $defs = Record<string, never>;

export type external = Record<string, never>;

export interface operations {

  /**
   * Get all subscribers (Laravel simple pagination, no total)
   * @description Sandbox: ordered oldest first (stable while new subscribers arrive); pagination links keep `limit` and `refer_status`.
   */
  listSubscribers: {
    parameters: {
      query?: {
        limit?: number;
        page?: number;
        refer_status?: "referred" | "non_referred";
      };
    };
    responses: {
      /** @description A page of subscribers. */
      200: {
        content: {
          "application/json": components["schemas"]["SubscriberPage"];
        };
      };
      401: components["responses"]["Unauthenticated"];
      422: components["responses"]["ValidationFailed"];
      default: components["responses"]["Failure"];
    };
  };
  /**
   * Update a subscriber named in the body (the PHP SDK's form)
   * @description Sandbox: the body's top-level `id` and/or `email` name the subscriber (both must match the same one; email case-insensitive); no match is 404. `update` then applies as in updateSubscriber.
   */
  updateSubscriberByBody: {
    requestBody: {
      content: {
        "application/json": components["schemas"]["SubscriberLookup"] & components["schemas"]["SubscriberUpdateBody"];
      };
    };
    responses: {
      200: components["responses"]["Subscriber"];
      401: components["responses"]["Unauthenticated"];
      404: components["responses"]["NotFound"];
      422: components["responses"]["ValidationFailed"];
      default: components["responses"]["Failure"];
    };
  };
  /**
   * Create a subscriber
   * @description Sandbox: without `id` the subscriber's id is its email (as docs.partnero.com shows). `referral` names the
   * referring subscriber by `id` or `email` (the docs type it object[]; the examples and the PHP SDK send an object).
   */
  createSubscriber: {
    requestBody: {
      content: {
        "application/json": components["schemas"]["SubscriberCreate"];
      };
    };
    responses: {
      /** @description Created. */
      201: {
        content: {
          "application/json": components["schemas"]["SubscriberEnvelope"];
        };
      };
      401: components["responses"]["Unauthenticated"];
      422: components["responses"]["ValidationFailed"];
      default: components["responses"]["Failure"];
    };
  };
  /**
   * Delete a subscriber named in the body (the PHP SDK's form)
   * @description Sandbox: the body's `id` and/or `email` name the subscriber (both must match the same one; email case-insensitive); no match is 404. Deletes as deleteSubscriber does.
   */
  deleteSubscriberByBody: {
    requestBody: {
      content: {
        "application/json": components["schemas"]["SubscriberLookup"];
      };
    };
    responses: {
      200: components["responses"]["Deleted"];
      401: components["responses"]["Unauthenticated"];
      404: components["responses"]["NotFound"];
      422: components["responses"]["ValidationFailed"];
      default: components["responses"]["Failure"];
    };
  };
  /**
   * Find subscribers by id and/or email
   * @description Sandbox: answers a list (possibly empty) of the subscribers matching every given parameter; with neither parameter, 422.
   */
  searchSubscribers: {
    parameters: {
      query?: {
        id?: string;
        email?: string;
      };
    };
    responses: {
      /** @description Matching subscribers. */
      200: {
        content: {
          "application/json": {
            data: components["schemas"]["Subscriber"][];
            /** @constant */
            status: 1;
          };
        };
      };
      401: components["responses"]["Unauthenticated"];
      422: components["responses"]["ValidationFailed"];
      default: components["responses"]["Failure"];
    };
  };
  /**
   * Fetch a subscriber by id or email
   * @description Sandbox: the path segment is matched against ids first, then emails (case-insensitive); no match is 404.
   */
  getSubscriber: {
    parameters: {
      path: {
        /** @description The subscriber's id or email. */
        subscriber: string;
      };
    };
    responses: {
      200: components["responses"]["Subscriber"];
      401: components["responses"]["Unauthenticated"];
      404: components["responses"]["NotFound"];
      default: components["responses"]["Failure"];
    };
  };
  /**
   * Update a subscriber, including its email or id
   * @description Only the fields present in `update` change; an email or id another subscriber already has is 422 on `update.email` / `update.id`. Sandbox: `updated_at` is stamped on every update.
   */
  updateSubscriber: {
    parameters: {
      path: {
        /** @description The subscriber's id or email. */
        subscriber: string;
      };
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["SubscriberUpdateBody"];
      };
    };
    responses: {
      200: components["responses"]["Subscriber"];
      401: components["responses"]["Unauthenticated"];
      404: components["responses"]["NotFound"];
      422: components["responses"]["ValidationFailed"];
      default: components["responses"]["Failure"];
    };
  };
  /**
   * Delete a subscriber
   * @description Sandbox: the record is removed; subscribers it referred stay `is_referred` and it leaves every total.
   */
  deleteSubscriber: {
    parameters: {
      path: {
        /** @description The subscriber's id or email. */
        subscriber: string;
      };
    };
    responses: {
      200: components["responses"]["Deleted"];
      401: components["responses"]["Unauthenticated"];
      404: components["responses"]["NotFound"];
      default: components["responses"]["Failure"];
    };
  };
  /**
   * Get the program's webhooks (Laravel simple pagination)
   * @description Sandbox: the same page shape as the subscriber list (`links`, `meta`, no total), oldest first.
   */
  listWebhooks: {
    parameters: {
      query?: {
        limit?: number;
        page?: number;
      };
    };
    responses: {
      /** @description A page of webhooks. */
      200: {
        content: {
          "application/json": components["schemas"]["WebhookPage"];
        };
      };
      401: components["responses"]["Unauthenticated"];
      422: components["responses"]["ValidationFailed"];
      default: components["responses"]["Failure"];
    };
  };
  /**
   * Create a webhook
   * @description The answer carries the generated `signature`, the secret every delivery is signed with. Sandbox: `key` is
   * generated (12 letters and digits) unless given; a key the program already has is 422 on `key`. `url` must be
   * an http(s) URL. `null` for `key` or `is_active` means "not given" (the PHP SDK's model sends every field).
   */
  createWebhook: {
    requestBody: {
      content: {
        "application/json": components["schemas"]["WebhookCreate"];
      };
    };
    responses: {
      /** @description Created. */
      201: {
        content: {
          "application/json": components["schemas"]["WebhookEnvelope"];
        };
      };
      401: components["responses"]["Unauthenticated"];
      422: components["responses"]["ValidationFailed"];
      default: components["responses"]["Failure"];
    };
  };
  /**
   * Fetch a webhook by key
   * @description The webhook with its signing secret (`signature`); a key the program does not have is 404.
   */
  getWebhook: {
    parameters: {
      path: {
        /** @description The webhook's key. */
        key: string;
      };
    };
    responses: {
      200: components["responses"]["Webhook"];
      401: components["responses"]["Unauthenticated"];
      404: components["responses"]["WebhookNotFound"];
      default: components["responses"]["Failure"];
    };
  };
  /**
   * Update a webhook's name, URL, events or activity
   * @description Only the fields given change. Sandbox: `null` leaves a field as it is (the PHP SDK's model sends every field); `key` and `signature` cannot change (a `key` in the body is ignored).
   */
  updateWebhook: {
    parameters: {
      path: {
        /** @description The webhook's key. */
        key: string;
      };
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["WebhookUpdate"];
      };
    };
    responses: {
      200: components["responses"]["Webhook"];
      401: components["responses"]["Unauthenticated"];
      404: components["responses"]["WebhookNotFound"];
      422: components["responses"]["ValidationFailed"];
      default: components["responses"]["Failure"];
    };
  };
  /**
   * Delete a webhook
   * @description Sandbox: answers like a subscriber delete. Deliveries already made for it still finish their retries.
   */
  deleteWebhook: {
    parameters: {
      path: {
        /** @description The webhook's key. */
        key: string;
      };
    };
    responses: {
      200: components["responses"]["Deleted"];
      401: components["responses"]["Unauthenticated"];
      404: components["responses"]["WebhookNotFound"];
      default: components["responses"]["Failure"];
    };
  };
  /**
   * Check the API key (the n8n node's credential test)
   * @description Known only from Partnero's n8n credential, which calls it to test a key; not in the docs. Sandbox
   * (interpreted): 200 `{"status": 1}` for a valid key, the usual 401 otherwise.
   */
  testCredentials: {
    responses: {
      /** @description The key is valid. */
      200: {
        content: {
          "application/json": {
            /** @constant */
            status: 1;
          };
        };
      };
      401: components["responses"]["Unauthenticated"];
      default: components["responses"]["Failure"];
    };
  };
  /**
   * The API key's newsletter program with live totals
   * @description total_referring counts subscribers with at least one (remaining) referral; total_referred counts referred subscribers.
   */
  getProgram: {
    responses: {
      /** @description The program. */
      200: {
        content: {
          "application/json": {
            /** @constant */
            status: 1;
            data: {
              id: string;
              name: string;
              esp_type: string | null;
              esp_type_name: string | null;
              total_subscribers: number;
              total_referring: number;
              total_referred: number;
              created_at: components["schemas"]["Timestamp"];
            };
          };
        };
      };
      401: components["responses"]["Unauthenticated"];
      default: components["responses"]["Failure"];
    };
  };
}
