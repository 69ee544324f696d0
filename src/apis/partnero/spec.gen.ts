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
  "/v1/program": {
    /**
     * The API key's newsletter program with live totals
     * @description total_referring counts subscribers with at least one (remaining) referral; total_referred counts referred subscribers.
     */
    get: operations["getProgram"];
  };
}

export type webhooks = Record<string, never>;

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
      links: {
        first: string;
        last: null;
        prev: string | null;
        next: string | null;
      };
      meta: {
        current_page: number;
        from: number | null;
        path: string;
        per_page: number;
        to: number | null;
      };
      /** @constant */
      status: 1;
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
    /** @description Laravel validation failure. */
    ValidationFailed: {
      content: {
        "application/json": components["schemas"]["ValidationError"];
      };
    };
  };
  parameters: never;
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
