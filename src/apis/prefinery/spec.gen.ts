// Generated from specs/prefinery.yaml by `npm run specs:types` (openapi-typescript). Do not edit.
/* eslint-disable */
/** WithRequired type helpers */
type WithRequired<T, K extends keyof T> = T & { [P in K]-?: T[P] };

/** OneOf type helpers */
type Without<T, U> = { [P in Exclude<keyof T, keyof U>]?: never };
type XOR<T, U> = (T | U) extends object ? (Without<T, U> & U) | (Without<U, T> & T) : T | U;
type OneOf<T extends any[]> = T extends [infer Only] ? Only : T extends [infer A, infer B, ...infer Rest] ? OneOf<[XOR<A, B>, ...Rest]> : never;

export interface paths {
  "/api/v2/betas": {
    /**
     * List all betas (projects) of the company
     * @description Counters are computed from the beta's testers, so they stay true as testers change.
     */
    get: operations["listBetas"];
  };
  "/api/v2/betas/{beta_id}": {
    /**
     * Show a beta
     * @description Counters are computed from the beta's testers, as in the list. An unknown beta is 404.
     */
    get: operations["getBeta"];
    parameters: {
      path: {
        beta_id: components["parameters"]["BetaId"];
      };
    };
  };
  "/api/v2/betas/{beta_id}/testers": {
    /**
     * List testers (users) of a beta, optionally filtered
     * @description Filters combine (AND). Sandbox: ordered by id ascending (oldest first), so pages stay stable while testers
     * are added; email filters are case-insensitive.
     */
    get: operations["listTesters"];
    /**
     * Create a tester
     * @description Status `imported` (default), `applied`, `invited` (generates an invitation code and emails an invitation),
     * `active` or `rejected`; the matching timestamp (`imported_at`, `applied_at`, `invited_at`, `joined_at`) is
     * stamped. A missing or invalid email is 2301, an email already in the beta (case-insensitive) is 2310.
     * `referrer_id` names the referring tester (a referral: it counts in the referrer's and the beta's
     * `share_signups_count`). Sandbox: an unknown `referrer_id` is ignored; `invitation_code` (custom codes) is
     * accepted and ignored.
     */
    post: operations["createTester"];
    parameters: {
      path: {
        beta_id: components["parameters"]["BetaId"];
      };
    };
  };
  "/api/v2/betas/{beta_id}/testers/{tester_id}": {
    /**
     * Show a tester
     * @description An unknown beta is 404; so is an unknown tester or a tester of another beta.
     */
    get: operations["getTester"];
    /**
     * Update a tester
     * @description All fields optional. A status change stamps its timestamp (`applied_at`, `invited_at`, `joined_at`,
     * `imported_at`); `invited` also generates an invitation code if the tester has none and emails the invitation;
     * `rejected` emails a rejection. Setting the status the tester already has stamps nothing.
     */
    put: operations["updateTester"];
    /**
     * Delete a tester
     * @description Answers 200 with no body. Sandbox: testers it referred keep their other data; their `referred_by` becomes null.
     */
    delete: operations["deleteTester"];
    parameters: {
      path: {
        beta_id: components["parameters"]["BetaId"];
        tester_id: components["parameters"]["TesterId"];
      };
    };
  };
  "/api/v2/betas/{beta_id}/testers/{tester_id}/checkin": {
    /**
     * Check in a tester by id (sets the status to active)
     * @description Sandbox: `joined_at` is stamped on the first check-in only.
     */
    post: operations["checkinTester"];
    parameters: {
      path: {
        beta_id: components["parameters"]["BetaId"];
        tester_id: components["parameters"]["TesterId"];
      };
    };
  };
  "/api/v2/betas/{beta_id}/checkins": {
    /**
     * Check in a tester by email (sets the status to active)
     * @description Sandbox: an email with no tester in the beta is 404; the email match is case-insensitive.
     */
    post: operations["createCheckin"];
    parameters: {
      path: {
        beta_id: components["parameters"]["BetaId"];
      };
    };
  };
  "/api/v2/betas/{beta_id}/friend_invitations": {
    /**
     * Invite a new person on behalf of an existing tester
     * @description The rules are checked in the order of their codes, the first failure answers 422:
     * 2502 invite-a-friend system disabled for the beta; 2503 sender email missing or blank; 2504 no tester with
     * the sender's email in this beta; 2505 the sender's status is not invited, active or idle; 2506 recipient
     * email missing or blank; 2507 recipient is the sender (case-insensitive); 2508 the sender has no invitations
     * left (`friend_invitations_allowed`, beta default 5); 2509 the sender already invited this email —
     * Sandbox: also when the recipient is already a tester of the beta; 2510 recipient email invalid.
     * A body that breaks the schema (e.g. a number for an email) is 2501.
     *
     * On success the invitee becomes a tester in status `invited` with `invited_at`, an `invitation_code`, its own
     * `referral_code`/`share_link` and `referred_by` pointing at the inviter; the inviter's
     * `friend_invitations_count` goes up by one and `friend_invitations_remaining` down by one. The response shows
     * both testers after the change (the docs' example shows the inviter unchanged; its values are placeholders).
     * Friend invitations are not referrals, so `share_signups_count` does not change. The invitation email
     * (recipient, sender, personal message, invitation code) goes to the sandbox outbox.
     */
    post: operations["createFriendInvitation"];
    parameters: {
      path: {
        beta_id: components["parameters"]["BetaId"];
      };
    };
  };
}

export interface webhooks {
  "tester_created": {
    /**
     * A tester was created
     * @description Sent when a tester is added to a beta: `POST /testers`, and the invitee a friend invitation creates.
     * `data.tester` is the tester as `GET /testers/{id}` shows it right after the write.
     */
    post: {
      parameters: {
        header: {
          "X-Prefinery-Signature": components["parameters"]["PrefinerySignature"];
        };
      };
      requestBody: {
        content: {
          "application/json": components["schemas"]["TesterCreatedEvent"];
        };
      };
      responses: {
        200: components["responses"]["WebhookAccepted"];
        201: components["responses"]["WebhookAccepted"];
        410: components["responses"]["WebhookGone"];
        429: components["responses"]["WebhookRetry"];
        default: components["responses"]["WebhookRejected"];
      };
    };
  };
  "tester_updated": {
    /**
     * A tester was changed
     * @description Sent when a tester's record changes: `PUT /testers/{id}`, a check-in (either form) that activates the
     * tester, and the inviter of a friend invitation (its invitation counters move). `data.tester` is the tester
     * after the change.
     */
    post: {
      parameters: {
        header: {
          "X-Prefinery-Signature": components["parameters"]["PrefinerySignature"];
        };
      };
      requestBody: {
        content: {
          "application/json": components["schemas"]["TesterUpdatedEvent"];
        };
      };
      responses: {
        200: components["responses"]["WebhookAccepted"];
        201: components["responses"]["WebhookAccepted"];
        410: components["responses"]["WebhookGone"];
        429: components["responses"]["WebhookRetry"];
        default: components["responses"]["WebhookRejected"];
      };
    };
  };
  "tester_deleted": {
    /**
     * A tester was deleted
     * @description Sent on `DELETE /testers/{id}`. Sandbox: `data.tester` is the tester as it was just before the delete
     * (its last waitlist place included); it can no longer be fetched.
     */
    post: {
      parameters: {
        header: {
          "X-Prefinery-Signature": components["parameters"]["PrefinerySignature"];
        };
      };
      requestBody: {
        content: {
          "application/json": components["schemas"]["TesterDeletedEvent"];
        };
      };
      responses: {
        200: components["responses"]["WebhookAccepted"];
        201: components["responses"]["WebhookAccepted"];
        410: components["responses"]["WebhookGone"];
        429: components["responses"]["WebhookRetry"];
        default: components["responses"]["WebhookRejected"];
      };
    };
  };
  "referral_created": {
    /**
     * A tester referred a friend
     * @description Sent when a new tester arrives through another tester: `POST /testers` with a known `referrer_id`
     * (`via: referral`) or a friend invitation creating its invitee (`via: friend_invitation`). It follows the
     * `tester_created` of the same tester; delivery order is not guaranteed (Prefinery says so).
     */
    post: {
      parameters: {
        header: {
          "X-Prefinery-Signature": components["parameters"]["PrefinerySignature"];
        };
      };
      requestBody: {
        content: {
          "application/json": components["schemas"]["ReferralCreatedEvent"];
        };
      };
      responses: {
        200: components["responses"]["WebhookAccepted"];
        201: components["responses"]["WebhookAccepted"];
        410: components["responses"]["WebhookGone"];
        429: components["responses"]["WebhookRetry"];
        default: components["responses"]["WebhookRejected"];
      };
    };
  };
}

export interface components {
  schemas: {
    Errors: {
      errors: {
          code: number;
          message: string;
        }[];
    };
    Timestamp: string;
    NullableTimestamp: components["schemas"]["Timestamp"] | null;
    /**
     * @description `idle` exists at Prefinery (error 2505 names it) but cannot be set through this API; seed it.
     * @enum {string}
     */
    TesterStatus: "imported" | "applied" | "invited" | "active" | "idle" | "rejected";
    /** @enum {string} */
    WritableStatus: "imported" | "applied" | "invited" | "active" | "rejected";
    NullableString: string | null;
    Beta: {
      id: number;
      name: string;
      homepage_url: components["schemas"]["NullableString"];
      testers_count: number;
      impressions_count: number;
      /** @description Sandbox: the sum of its testers' share_clicks_count. */
      share_clicks_count: number;
      /** @description Count of referrals (testers created with a referrer). */
      share_signups_count: number;
      imported_testers_count: number;
      applied_testers_count: number;
      invited_testers_count: number;
      active_testers_count: number;
      rejected_testers_count: number;
      created_at: components["schemas"]["Timestamp"];
      updated_at: components["schemas"]["Timestamp"];
    };
    /** @description Sandbox: the referring or inviting tester as `{id, email}`; null when none (the docs only show null). */
    ReferredBy: OneOf<[null, {
      id: number;
      email: string;
    }]>;
    ProfileFields: {
      first_name?: components["schemas"]["NullableString"];
      last_name?: components["schemas"]["NullableString"];
      employer?: components["schemas"]["NullableString"];
      jobtitle?: components["schemas"]["NullableString"];
      address_line1?: components["schemas"]["NullableString"];
      address_line2?: components["schemas"]["NullableString"];
      city?: components["schemas"]["NullableString"];
      state?: components["schemas"]["NullableString"];
      postal_code?: components["schemas"]["NullableString"];
      country?: components["schemas"]["NullableString"];
      telephone?: components["schemas"]["NullableString"];
      gender?: components["schemas"]["NullableString"];
      age?: number | string | null;
      facebook_username?: components["schemas"]["NullableString"];
      twitter_username?: components["schemas"]["NullableString"];
      linkedin_username?: components["schemas"]["NullableString"];
      browser_name?: components["schemas"]["NullableString"];
      browser_version?: components["schemas"]["NullableString"];
      os_name?: components["schemas"]["NullableString"];
      os_version?: components["schemas"]["NullableString"];
      ip?: components["schemas"]["NullableString"];
    };
    /** @description The profile exactly as the friend-invitation example shows it. */
    InvitationProfile: WithRequired<components["schemas"]["ProfileFields"], "first_name" | "last_name" | "employer" | "jobtitle" | "address_line1" | "address_line2" | "city" | "state" | "postal_code" | "country" | "telephone" | "gender" | "age" | "facebook_username" | "twitter_username" | "linkedin_username" | "browser_name" | "browser_version" | "os_name" | "os_version" | "ip">;
    /** @description The invitation profile plus custom_var1..3 (the list filter `custom_vars` searches them). */
    Profile: WithRequired<{
      custom_var1: components["schemas"]["NullableString"];
      custom_var2: components["schemas"]["NullableString"];
      custom_var3: components["schemas"]["NullableString"];
    } & components["schemas"]["ProfileFields"], "first_name" | "last_name" | "employer" | "jobtitle" | "address_line1" | "address_line2" | "city" | "state" | "postal_code" | "country" | "telephone" | "gender" | "age" | "facebook_username" | "twitter_username" | "linkedin_username" | "browser_name" | "browser_version" | "os_name" | "os_version" | "ip" | "custom_var1" | "custom_var2" | "custom_var3">;
    TesterCore: {
      id: number;
      email: string;
      status: components["schemas"]["TesterStatus"];
      invitation_code: components["schemas"]["NullableString"];
      imported_at: components["schemas"]["NullableTimestamp"];
      applied_at: components["schemas"]["NullableTimestamp"];
      invited_at: components["schemas"]["NullableTimestamp"];
      joined_at: components["schemas"]["NullableTimestamp"];
      unsubscribed_at: components["schemas"]["NullableTimestamp"];
      share_clicks_count: number;
      /** @description Testers who signed up through this tester's referral (not friend invitations). */
      share_signups_count: number;
      friend_invitations_count: number;
      friend_invitations_remaining: number;
      referral_code: string;
      share_link: string;
      referred_by: components["schemas"]["ReferredBy"];
      created_at: components["schemas"]["Timestamp"];
      updated_at: components["schemas"]["Timestamp"];
    };
    /** @description A tester exactly as the friend-invitation example shows it (no waitlist, groups or allowance fields). */
    InvitationTester: {
      profile?: components["schemas"]["InvitationProfile"];
    } & components["schemas"]["TesterCore"];
    /**
     * @description A tester as list, show, create and update answer. Sandbox: the waitlist is the beta's testers in id order
     * (referral boosts are not emulated); `share_status_link` is `share_link` plus `?check=<uuid>`.
     */
    Tester: WithRequired<({
      friend_invitations_allowed: number;
      share_status_link: string;
      waitlist_position: number;
      waitlist_ahead: number;
      waitlist_behind: number;
      waitlist_length: number;
      /** @description Comma-separated, e.g. "Investors,Friends". */
      groups: string | null;
      profile?: components["schemas"]["Profile"];
    }) & components["schemas"]["TesterCore"], "friend_invitations_allowed" | "share_status_link" | "waitlist_position" | "waitlist_ahead" | "waitlist_behind" | "waitlist_length" | "groups">;
    FriendInvitation: {
      id: number;
      created_at: components["schemas"]["Timestamp"];
      inviter: components["schemas"]["InvitationTester"];
      invitee: components["schemas"]["InvitationTester"];
    };
    /** @description Unknown keys are ignored. Missing emails are business-rule errors (2503, 2506), not schema errors. */
    FriendInvitationBody: {
      friend_invitation?: {
        /** @description The existing tester sending the invitation (inviter). */
        sender_email?: string | null;
        /** @description The person receiving the invitation (invitee). */
        recipient_email?: string | null;
        /** @description A personal message from the sender. */
        message?: string | null;
      };
    };
    /** @description Unknown profile keys are ignored. */
    ProfileInput: {
      custom_var1?: components["schemas"]["NullableString"];
      custom_var2?: components["schemas"]["NullableString"];
      custom_var3?: components["schemas"]["NullableString"];
    } & components["schemas"]["ProfileFields"];
    /** @description Unknown keys (e.g. `responses`) are accepted and ignored. */
    TesterFields: {
      /** @description Missing or invalid: 2301. Taken in this beta: 2310. */
      email?: string | null;
      status?: components["schemas"]["WritableStatus"];
      /** @description The referring tester's id. */
      referrer_id?: number | null;
      /** @description Sandbox: accepted and ignored (custom codes are not emulated). */
      invitation_code?: string | null;
      groups?: string | null;
      profile?: components["schemas"]["ProfileInput"];
    };
    TesterCreateBody: {
      tester: components["schemas"]["TesterFields"];
    };
    TesterUpdateBody: {
      /** @description `referrer_id` cannot be changed after creation and is ignored here. */
      tester: components["schemas"]["TesterFields"];
    };
    CheckinBody: {
      checkin: {
        email: string;
      };
    };
    /**
     * Format: uuid
     * @description Sandbox: one id per event, the same for every endpoint and retry (for deduplication).
     */
    WebhookEventId: string;
    TesterEventData: {
      /** @description The beta (project) the tester belongs to. */
      beta_id: number;
      tester: components["schemas"]["Tester"];
    };
    ReferralEventData: {
      /** @description The beta (project) both testers belong to. */
      beta_id: number;
      /**
       * @description `referral`: created with `referrer_id` (counts as a share signup); `friend_invitation`: the invitee of a friend invitation.
       * @enum {string}
       */
      via: "referral" | "friend_invitation";
      /** @description The friend invitation that created the tester (null for a referral). */
      friend_invitation_id: number | null;
      referrer: components["schemas"]["Tester"];
      tester: components["schemas"]["Tester"];
    };
    TesterCreatedEvent: {
      id: components["schemas"]["WebhookEventId"];
      /** @constant */
      event: "tester_created";
      created_at: components["schemas"]["Timestamp"];
      data: components["schemas"]["TesterEventData"];
    };
    TesterUpdatedEvent: {
      id: components["schemas"]["WebhookEventId"];
      /** @constant */
      event: "tester_updated";
      created_at: components["schemas"]["Timestamp"];
      data: components["schemas"]["TesterEventData"];
    };
    TesterDeletedEvent: {
      id: components["schemas"]["WebhookEventId"];
      /** @constant */
      event: "tester_deleted";
      created_at: components["schemas"]["Timestamp"];
      data: components["schemas"]["TesterEventData"];
    };
    ReferralCreatedEvent: {
      id: components["schemas"]["WebhookEventId"];
      /** @constant */
      event: "referral_created";
      created_at: components["schemas"]["Timestamp"];
      data: components["schemas"]["ReferralEventData"];
    };
  };
  responses: {
    /** @description Missing or unknown API key. */
    Unauthorized: {
      headers: {
        /** @description Basic realm="Prefinery API" */
        "WWW-Authenticate": string;
      };
      content: {
        "application/json": components["schemas"]["Errors"];
      };
    };
    /** @description Unknown beta, tester, route or page. */
    NotFound: {
      content: {
        "application/json": components["schemas"]["Errors"];
      };
    };
    /** @description A business rule or the request schema failed. */
    Unprocessable: {
      content: {
        "application/json": components["schemas"]["Errors"];
      };
    };
    /** @description Any other failure (400 malformed body, 413, 415, 500, 501), same envelope. */
    Error: {
      content: {
        "application/json": components["schemas"]["Errors"];
      };
    };
    /** @description Accepted (200 or 201); the body and headers of the answer are ignored. */
    WebhookAccepted: {
      content: never;
    };
    /** @description The delivery fails and the endpoint is removed from the project (the sandbox disables it), so nothing more is sent to it. */
    WebhookGone: {
      content: never;
    };
    /** @description Retried on the schedule (retry N after 5 + N^4 seconds, 15 retries). */
    WebhookRetry: {
      content: never;
    };
    /** @description Any other status (202 included): Prefinery marks the delivery rejected. Sandbox: failed, not retried. */
    WebhookRejected: {
      content: never;
    };
  };
  parameters: {
    BetaId: number;
    TesterId: number;
    /**
     * @description `t=<unix seconds>,v1=<signature>`: the signature is the hex HMAC-SHA256 of `<t>.<raw request body>` keyed
     * with the signing secret (in the sandbox: the endpoint's `secret`). Ignore schemes other than v1. Sandbox: `t`
     * is the time the event was created; retries repeat the same header and body.
     */
    PrefinerySignature: string;
    /** @description 1-based page of 25 items. A page past the end is an empty array. */
    Page?: number;
  };
  requestBodies: never;
  headers: {
    /** @description JSON paging facts (see the info description). */
    XPagination: string;
  };
  pathItems: never;
}

export type $defs = Record<string, never>;

export type external = Record<string, never>;

export interface operations {

  /**
   * List all betas (projects) of the company
   * @description Counters are computed from the beta's testers, so they stay true as testers change.
   */
  listBetas: {
    parameters: {
      query?: {
        page?: components["parameters"]["Page"];
      };
    };
    responses: {
      /** @description A page of betas. */
      200: {
        headers: {
          "X-Pagination": components["headers"]["XPagination"];
        };
        content: {
          "application/json": components["schemas"]["Beta"][];
        };
      };
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      default: components["responses"]["Error"];
    };
  };
  /**
   * Show a beta
   * @description Counters are computed from the beta's testers, as in the list. An unknown beta is 404.
   */
  getBeta: {
    parameters: {
      path: {
        beta_id: components["parameters"]["BetaId"];
      };
    };
    responses: {
      /** @description The beta. */
      200: {
        content: {
          "application/json": components["schemas"]["Beta"];
        };
      };
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      default: components["responses"]["Error"];
    };
  };
  /**
   * List testers (users) of a beta, optionally filtered
   * @description Filters combine (AND). Sandbox: ordered by id ascending (oldest first), so pages stay stable while testers
   * are added; email filters are case-insensitive.
   */
  listTesters: {
    parameters: {
      query?: {
        page?: components["parameters"]["Page"];
        /** @description Exact email match. */
        email_is?: string;
        /** @description Fuzzy email match, e.g. "@gmail.com". */
        email_contains?: string;
        /** @description Sandbox: case-insensitive substring of first_name, last_name or "first last". */
        name?: string;
        /** @description Exact referral code match. */
        referral_code?: string;
        /** @description Exact match of custom_var1, custom_var2 or custom_var3. */
        custom_vars?: string;
      };
      path: {
        beta_id: components["parameters"]["BetaId"];
      };
    };
    responses: {
      /** @description A page of testers. */
      200: {
        headers: {
          "X-Pagination": components["headers"]["XPagination"];
        };
        content: {
          "application/json": components["schemas"]["Tester"][];
        };
      };
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      default: components["responses"]["Error"];
    };
  };
  /**
   * Create a tester
   * @description Status `imported` (default), `applied`, `invited` (generates an invitation code and emails an invitation),
   * `active` or `rejected`; the matching timestamp (`imported_at`, `applied_at`, `invited_at`, `joined_at`) is
   * stamped. A missing or invalid email is 2301, an email already in the beta (case-insensitive) is 2310.
   * `referrer_id` names the referring tester (a referral: it counts in the referrer's and the beta's
   * `share_signups_count`). Sandbox: an unknown `referrer_id` is ignored; `invitation_code` (custom codes) is
   * accepted and ignored.
   */
  createTester: {
    parameters: {
      path: {
        beta_id: components["parameters"]["BetaId"];
      };
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["TesterCreateBody"];
        "application/x-www-form-urlencoded": components["schemas"]["TesterCreateBody"];
      };
    };
    responses: {
      /** @description Created. */
      201: {
        content: {
          "application/json": components["schemas"]["Tester"];
        };
      };
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      422: components["responses"]["Unprocessable"];
      default: components["responses"]["Error"];
    };
  };
  /**
   * Show a tester
   * @description An unknown beta is 404; so is an unknown tester or a tester of another beta.
   */
  getTester: {
    parameters: {
      path: {
        beta_id: components["parameters"]["BetaId"];
        tester_id: components["parameters"]["TesterId"];
      };
    };
    responses: {
      /** @description The tester. */
      200: {
        content: {
          "application/json": components["schemas"]["Tester"];
        };
      };
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      default: components["responses"]["Error"];
    };
  };
  /**
   * Update a tester
   * @description All fields optional. A status change stamps its timestamp (`applied_at`, `invited_at`, `joined_at`,
   * `imported_at`); `invited` also generates an invitation code if the tester has none and emails the invitation;
   * `rejected` emails a rejection. Setting the status the tester already has stamps nothing.
   */
  updateTester: {
    parameters: {
      path: {
        beta_id: components["parameters"]["BetaId"];
        tester_id: components["parameters"]["TesterId"];
      };
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["TesterUpdateBody"];
        "application/x-www-form-urlencoded": components["schemas"]["TesterUpdateBody"];
      };
    };
    responses: {
      /** @description The updated tester. */
      200: {
        content: {
          "application/json": components["schemas"]["Tester"];
        };
      };
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      422: components["responses"]["Unprocessable"];
      default: components["responses"]["Error"];
    };
  };
  /**
   * Delete a tester
   * @description Answers 200 with no body. Sandbox: testers it referred keep their other data; their `referred_by` becomes null.
   */
  deleteTester: {
    parameters: {
      path: {
        beta_id: components["parameters"]["BetaId"];
        tester_id: components["parameters"]["TesterId"];
      };
    };
    responses: {
      /** @description Deleted. */
      200: {
        content: never;
      };
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      default: components["responses"]["Error"];
    };
  };
  /**
   * Check in a tester by id (sets the status to active)
   * @description Sandbox: `joined_at` is stamped on the first check-in only.
   */
  checkinTester: {
    parameters: {
      path: {
        beta_id: components["parameters"]["BetaId"];
        tester_id: components["parameters"]["TesterId"];
      };
    };
    responses: {
      /** @description Accepted, no body. */
      202: {
        content: never;
      };
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      default: components["responses"]["Error"];
    };
  };
  /**
   * Check in a tester by email (sets the status to active)
   * @description Sandbox: an email with no tester in the beta is 404; the email match is case-insensitive.
   */
  createCheckin: {
    parameters: {
      path: {
        beta_id: components["parameters"]["BetaId"];
      };
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["CheckinBody"];
        "application/x-www-form-urlencoded": components["schemas"]["CheckinBody"];
      };
    };
    responses: {
      /** @description Accepted, no body. */
      202: {
        content: never;
      };
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      422: components["responses"]["Unprocessable"];
      default: components["responses"]["Error"];
    };
  };
  /**
   * Invite a new person on behalf of an existing tester
   * @description The rules are checked in the order of their codes, the first failure answers 422:
   * 2502 invite-a-friend system disabled for the beta; 2503 sender email missing or blank; 2504 no tester with
   * the sender's email in this beta; 2505 the sender's status is not invited, active or idle; 2506 recipient
   * email missing or blank; 2507 recipient is the sender (case-insensitive); 2508 the sender has no invitations
   * left (`friend_invitations_allowed`, beta default 5); 2509 the sender already invited this email —
   * Sandbox: also when the recipient is already a tester of the beta; 2510 recipient email invalid.
   * A body that breaks the schema (e.g. a number for an email) is 2501.
   *
   * On success the invitee becomes a tester in status `invited` with `invited_at`, an `invitation_code`, its own
   * `referral_code`/`share_link` and `referred_by` pointing at the inviter; the inviter's
   * `friend_invitations_count` goes up by one and `friend_invitations_remaining` down by one. The response shows
   * both testers after the change (the docs' example shows the inviter unchanged; its values are placeholders).
   * Friend invitations are not referrals, so `share_signups_count` does not change. The invitation email
   * (recipient, sender, personal message, invitation code) goes to the sandbox outbox.
   */
  createFriendInvitation: {
    parameters: {
      path: {
        beta_id: components["parameters"]["BetaId"];
      };
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["FriendInvitationBody"];
        "application/x-www-form-urlencoded": components["schemas"]["FriendInvitationBody"];
      };
    };
    responses: {
      /** @description Created. */
      201: {
        content: {
          "application/json": components["schemas"]["FriendInvitation"];
        };
      };
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      422: components["responses"]["Unprocessable"];
      default: components["responses"]["Error"];
    };
  };
}
