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
    /**
     * Delete a beta
     * @description Answers 200 with no body; the beta is gone with its testers, friend invitations, rewards and points (then 404).
     * 2204 (Unable to delete beta) when the beta cannot be deleted — Sandbox: a beta seeded with `deletable: false`.
     * 2201 (a general error) is documented but never answered by the sandbox. Sandbox: no webhook is sent (Prefinery
     * documents no beta event, and its testers are not deleted one by one).
     */
    delete: operations["deleteBeta"];
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
     * @description Status `imported` (default), `unconfirmed` (double opt-in: emails the opt-in confirmation, stamps nothing),
     * `applied`, `invited` (generates an invitation code and emails an invitation), `active` or `rejected`; the
     * matching timestamp (`imported_at`, `applied_at`, `invited_at`, `joined_at`) is stamped. A tester cannot be
     * created `suspended` (422). A missing or invalid email is 2301, an email already in the beta (case-insensitive) is 2310.
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
     * The documented status changes of `unconfirmed` and `suspended` apply (422 with code 422 otherwise): an
     * unconfirmed tester only confirms (`applied`) or is suspended; nobody moves back to `unconfirmed`; a tester is
     * suspended from imported, unconfirmed, applied, invited, rejected or active (not idle); a suspended tester must
     * first be `unsuspended`, which restores the status it had (Sandbox: `imported` if unknown) and stamps nothing;
     * `unsuspended` on a tester who is not suspended changes nothing. Suspending revokes the tester's earned rewards
     * and those earned through its referral (`reward_revoked`); a suspended tester's share counters show 0.
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
  "/api/v2/betas/{beta_id}/testers/{tester_id}/verify": {
    /**
     * Check a tester's invitation code
     * @description v1 documents `verify`; a public v2 client calls it with `invitation_code`. Sandbox (interpreted): 200 with the
     * tester when the code is the tester's `invitation_code` (exact match; v1's `invite_code` is read too), 422 with
     * code 422 when it is not, missing, or the tester has no code; an unknown beta or tester is 404.
     */
    get: operations["verifyTester"];
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
     * @description Sandbox: `joined_at` is stamped on the first activation only; an unconfirmed or suspended tester keeps its status (the status rules do not let it become active), the check-in is still 202.
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
     * @description Sandbox: an email with no tester in the beta is 404; the email match is case-insensitive. An unconfirmed or suspended tester keeps its status, as in the check-in by id.
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
  "/api/v2/betas/{beta_id}/rewards": {
    /**
     * List the rewards testers of a beta earned
     * @description Filters combine (AND). Rate limit: 60 requests a minute. Sandbox: ordered by id ascending, 25 a page with
     * `X-Pagination` like every list; `email` matches the tester case-insensitively (an unknown email is an empty
     * list); an unknown `status` is 422.
     */
    get: operations["listRewards"];
    parameters: {
      path: {
        beta_id: components["parameters"]["BetaId"];
      };
    };
  };
  "/api/v2/betas/{beta_id}/points": {
    /**
     * List the points issued to testers of a beta
     * @description Rate limit: 60 requests a minute. Sandbox: ordered by id ascending, 25 a page with `X-Pagination`; `email`
     * matches the tester case-insensitively (an unknown email is an empty list).
     */
    get: operations["listPoints"];
    /**
     * Award bonus points to a tester
     * @description A flat body `{email, quantity, reason?}` (JSON, or form `-d email=... -d quantity=10`) answers 201 with the
     * point (`activity: bonus`) and sends `points_earned`. Rate limit: 60 requests a minute. The rules are checked
     * in the order of their codes, the first failure answers 422: 2802 email missing or blank; 2803 no tester of the
     * beta has the email (case-insensitive); 2804 quantity missing or blank; 2801 (a general error) for a body that
     * breaks the schema or a quantity that is not a whole number of at least 1 (Sandbox: bonus points are awarded,
     * never taken away).
     */
    post: operations["createPoints"];
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
  "reward_earned": {
    /**
     * A tester earned a reward
     * @description Sent when one of the beta's reward rules grants a reward (status `earned`): a referred tester qualifies
     * (double-sided rewards send one event per side) or a referrer reaches a milestone. `data.reward` is the reward
     * as it was earned; `data.tester` is the tester who earned it, after the write.
     */
    post: {
      parameters: {
        header: {
          "X-Prefinery-Signature": components["parameters"]["PrefinerySignature"];
        };
      };
      requestBody: {
        content: {
          "application/json": components["schemas"]["RewardEarnedEvent"];
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
  "reward_delivered": {
    /**
     * A reward was marked delivered
     * @description The event Prefinery's help tells integrators to catch to issue a reward. Sandbox: sent right after
     * `reward_earned` for a rule with automatic delivery (manual delivery happens in Prefinery's UI, which the
     * sandbox does not have; seed `status: delivered` instead, which sends nothing).
     */
    post: {
      parameters: {
        header: {
          "X-Prefinery-Signature": components["parameters"]["PrefinerySignature"];
        };
      };
      requestBody: {
        content: {
          "application/json": components["schemas"]["RewardDeliveredEvent"];
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
  "reward_revoked": {
    /**
     * A reward was revoked
     * @description Sandbox: sent when suspending a tester revokes an earned (not yet delivered) reward: the tester's own, and
     * those earned through its referral by its referrer. Delivered rewards are never revoked.
     */
    post: {
      parameters: {
        header: {
          "X-Prefinery-Signature": components["parameters"]["PrefinerySignature"];
        };
      };
      requestBody: {
        content: {
          "application/json": components["schemas"]["RewardRevokedEvent"];
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
  "points_earned": {
    /**
     * A tester earned points
     * @description Sent for `POST /points` (activity `bonus`) and for the points a reward rule issues with its reward
     * (`reward` to the referrer, `friend_reward` to the friend).
     */
    post: {
      parameters: {
        header: {
          "X-Prefinery-Signature": components["parameters"]["PrefinerySignature"];
        };
      };
      requestBody: {
        content: {
          "application/json": components["schemas"]["PointsEarnedEvent"];
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
  "points_revoked": {
    /**
     * Points were revoked
     * @description Sandbox: sent when a revoked reward takes its points back; the point no longer appears in `GET /points`.
     */
    post: {
      parameters: {
        header: {
          "X-Prefinery-Signature": components["parameters"]["PrefinerySignature"];
        };
      };
      requestBody: {
        content: {
          "application/json": components["schemas"]["PointsRevokedEvent"];
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
     * @description `idle` exists at Prefinery (error 2505 names it) but cannot be set through this API; seed it. `unconfirmed`
     * (double opt-in, not yet confirmed) and `suspended` (emails and sharing off, shares and referrals not
     * counted) come from Prefinery's statuses help page; the beta has no counter for them.
     *
     * @enum {string}
     */
    TesterStatus: "imported" | "unconfirmed" | "applied" | "invited" | "active" | "idle" | "rejected" | "suspended";
    /** @enum {string} */
    CreateStatus: "imported" | "unconfirmed" | "applied" | "invited" | "active" | "rejected";
    /**
     * @description `unsuspended` (as public client code sends it) restores the status the tester had before its suspension.
     * @enum {string}
     */
    UpdateStatus: "imported" | "unconfirmed" | "applied" | "invited" | "active" | "rejected" | "suspended" | "unsuspended";
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
      /** @description The referring tester's id. */
      referrer_id?: number | null;
      /** @description Sandbox: accepted and ignored (custom codes are not emulated). */
      invitation_code?: string | null;
      groups?: string | null;
      profile?: components["schemas"]["ProfileInput"];
    };
    TesterCreateFields: {
      status?: components["schemas"]["CreateStatus"];
    } & components["schemas"]["TesterFields"];
    /** @description `referrer_id` cannot be changed after creation and is ignored here. */
    TesterUpdateFields: {
      status?: components["schemas"]["UpdateStatus"];
    } & components["schemas"]["TesterFields"];
    TesterCreateBody: {
      tester: components["schemas"]["TesterCreateFields"];
    };
    TesterUpdateBody: {
      tester: components["schemas"]["TesterUpdateFields"];
    };
    /**
     * @description `earned`: pending delivery; `delivered`: marked delivered; `revoked`: marked revoked.
     * @enum {string}
     */
    RewardStatus: "earned" | "delivered" | "revoked";
    Reward: {
      id: number;
      /** @description Identifies which reward it is (not meant for display). */
      descriptor: string;
      /** @description The reward as the tester may be shown it. */
      name: string;
      /** @enum {string} */
      type: "SingleSided" | "DoubleSided" | "Milestone";
      /**
       * @description Double-sided: whose side of the reward this is; always `referrer` for single-sided and milestone rewards.
       * @enum {string}
       */
      user_role: "referrer" | "friend";
      /** @description The tester who earned the reward. */
      user_id: number;
      status: components["schemas"]["RewardStatus"];
      earned_at: components["schemas"]["Timestamp"];
      delivered_at: components["schemas"]["NullableTimestamp"];
      revoked_at: components["schemas"]["NullableTimestamp"];
    };
    Point: {
      id: number;
      quantity: number;
      /**
       * @description What issued the points. Sandbox: `bonus` (POST /points) and `reward`/`friend_reward` (reward rules) are issued; the others can be seeded.
       * @enum {string}
       */
      activity: "bonus" | "signup" | "share" | "referral" | "reward" | "friend_reward";
      /** @description Set for bonus points (null when none was given). */
      reason: components["schemas"]["NullableString"];
      /** @description The tester the points were issued to. */
      user_id: number;
      created_at: components["schemas"]["Timestamp"];
    };
    /** @description Unknown keys are ignored. A missing email or quantity is a business-rule error (2802, 2804), not a schema error. */
    PointsBody: {
      /** @description The tester who receives the points. */
      email?: string | null;
      /** @description A whole number of at least 1; form bodies send it as text (`"10"`). */
      quantity?: number | string | null;
      /** @description Shown on the tester's profile page. */
      reason?: string | null;
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
    RewardEventData: {
      /** @description The beta (project) of the reward. */
      beta_id: number;
      reward: components["schemas"]["Reward"];
      tester: components["schemas"]["Tester"];
    };
    PointsEventData: {
      /** @description The beta (project) of the points. */
      beta_id: number;
      point: components["schemas"]["Point"];
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
    RewardEarnedEvent: {
      id: components["schemas"]["WebhookEventId"];
      /** @constant */
      event: "reward_earned";
      created_at: components["schemas"]["Timestamp"];
      data: components["schemas"]["RewardEventData"];
    };
    RewardDeliveredEvent: {
      id: components["schemas"]["WebhookEventId"];
      /** @constant */
      event: "reward_delivered";
      created_at: components["schemas"]["Timestamp"];
      data: components["schemas"]["RewardEventData"];
    };
    RewardRevokedEvent: {
      id: components["schemas"]["WebhookEventId"];
      /** @constant */
      event: "reward_revoked";
      created_at: components["schemas"]["Timestamp"];
      data: components["schemas"]["RewardEventData"];
    };
    PointsEarnedEvent: {
      id: components["schemas"]["WebhookEventId"];
      /** @constant */
      event: "points_earned";
      created_at: components["schemas"]["Timestamp"];
      data: components["schemas"]["PointsEventData"];
    };
    PointsRevokedEvent: {
      id: components["schemas"]["WebhookEventId"];
      /** @constant */
      event: "points_revoked";
      created_at: components["schemas"]["Timestamp"];
      data: components["schemas"]["PointsEventData"];
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
   * Delete a beta
   * @description Answers 200 with no body; the beta is gone with its testers, friend invitations, rewards and points (then 404).
   * 2204 (Unable to delete beta) when the beta cannot be deleted — Sandbox: a beta seeded with `deletable: false`.
   * 2201 (a general error) is documented but never answered by the sandbox. Sandbox: no webhook is sent (Prefinery
   * documents no beta event, and its testers are not deleted one by one).
   */
  deleteBeta: {
    parameters: {
      path: {
        beta_id: components["parameters"]["BetaId"];
      };
    };
    responses: {
      /** @description Deleted. */
      200: {
        content: never;
      };
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      422: components["responses"]["Unprocessable"];
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
        /**
         * @description Exact email match under v1's name (v2 documents `email_is`). Sandbox: honoured as `email_is` (both given:
         * both must match), because public v2 integrations look testers up with it (interpreted).
         */
        email?: string;
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
   * @description Status `imported` (default), `unconfirmed` (double opt-in: emails the opt-in confirmation, stamps nothing),
   * `applied`, `invited` (generates an invitation code and emails an invitation), `active` or `rejected`; the
   * matching timestamp (`imported_at`, `applied_at`, `invited_at`, `joined_at`) is stamped. A tester cannot be
   * created `suspended` (422). A missing or invalid email is 2301, an email already in the beta (case-insensitive) is 2310.
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
   * The documented status changes of `unconfirmed` and `suspended` apply (422 with code 422 otherwise): an
   * unconfirmed tester only confirms (`applied`) or is suspended; nobody moves back to `unconfirmed`; a tester is
   * suspended from imported, unconfirmed, applied, invited, rejected or active (not idle); a suspended tester must
   * first be `unsuspended`, which restores the status it had (Sandbox: `imported` if unknown) and stamps nothing;
   * `unsuspended` on a tester who is not suspended changes nothing. Suspending revokes the tester's earned rewards
   * and those earned through its referral (`reward_revoked`); a suspended tester's share counters show 0.
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
   * Check a tester's invitation code
   * @description v1 documents `verify`; a public v2 client calls it with `invitation_code`. Sandbox (interpreted): 200 with the
   * tester when the code is the tester's `invitation_code` (exact match; v1's `invite_code` is read too), 422 with
   * code 422 when it is not, missing, or the tester has no code; an unknown beta or tester is 404.
   */
  verifyTester: {
    parameters: {
      query?: {
        invitation_code?: string;
        /** @description v1's name for invitation_code. */
        invite_code?: string;
      };
      path: {
        beta_id: components["parameters"]["BetaId"];
        tester_id: components["parameters"]["TesterId"];
      };
    };
    responses: {
      /** @description The code is the tester's. */
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
   * Check in a tester by id (sets the status to active)
   * @description Sandbox: `joined_at` is stamped on the first activation only; an unconfirmed or suspended tester keeps its status (the status rules do not let it become active), the check-in is still 202.
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
   * @description Sandbox: an email with no tester in the beta is 404; the email match is case-insensitive. An unconfirmed or suspended tester keeps its status, as in the check-in by id.
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
  /**
   * List the rewards testers of a beta earned
   * @description Filters combine (AND). Rate limit: 60 requests a minute. Sandbox: ordered by id ascending, 25 a page with
   * `X-Pagination` like every list; `email` matches the tester case-insensitively (an unknown email is an empty
   * list); an unknown `status` is 422.
   */
  listRewards: {
    parameters: {
      query?: {
        page?: components["parameters"]["Page"];
        /** @description Only the rewards of the tester with this email. */
        email?: string;
        /** @description Only the rewards in this status. */
        status?: components["schemas"]["RewardStatus"];
      };
      path: {
        beta_id: components["parameters"]["BetaId"];
      };
    };
    responses: {
      /** @description A page of rewards. */
      200: {
        headers: {
          "X-Pagination": components["headers"]["XPagination"];
        };
        content: {
          "application/json": components["schemas"]["Reward"][];
        };
      };
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      422: components["responses"]["Unprocessable"];
      default: components["responses"]["Error"];
    };
  };
  /**
   * List the points issued to testers of a beta
   * @description Rate limit: 60 requests a minute. Sandbox: ordered by id ascending, 25 a page with `X-Pagination`; `email`
   * matches the tester case-insensitively (an unknown email is an empty list).
   */
  listPoints: {
    parameters: {
      query?: {
        page?: components["parameters"]["Page"];
        /** @description Only the points of the tester with this email. */
        email?: string;
      };
      path: {
        beta_id: components["parameters"]["BetaId"];
      };
    };
    responses: {
      /** @description A page of points. */
      200: {
        headers: {
          "X-Pagination": components["headers"]["XPagination"];
        };
        content: {
          "application/json": components["schemas"]["Point"][];
        };
      };
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      default: components["responses"]["Error"];
    };
  };
  /**
   * Award bonus points to a tester
   * @description A flat body `{email, quantity, reason?}` (JSON, or form `-d email=... -d quantity=10`) answers 201 with the
   * point (`activity: bonus`) and sends `points_earned`. Rate limit: 60 requests a minute. The rules are checked
   * in the order of their codes, the first failure answers 422: 2802 email missing or blank; 2803 no tester of the
   * beta has the email (case-insensitive); 2804 quantity missing or blank; 2801 (a general error) for a body that
   * breaks the schema or a quantity that is not a whole number of at least 1 (Sandbox: bonus points are awarded,
   * never taken away).
   */
  createPoints: {
    parameters: {
      path: {
        beta_id: components["parameters"]["BetaId"];
      };
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["PointsBody"];
        "application/x-www-form-urlencoded": components["schemas"]["PointsBody"];
      };
    };
    responses: {
      /** @description Created. */
      201: {
        content: {
          "application/json": components["schemas"]["Point"];
        };
      };
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      422: components["responses"]["Unprocessable"];
      default: components["responses"]["Error"];
    };
  };
}
