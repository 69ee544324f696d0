// Generated from specs/pureprofile.yaml by `npm run specs:types` (openapi-typescript). Do not edit.
/* eslint-disable */
export interface paths {
  "/v1/partner/panel/register": {
    /**
     * Register a new panelist in one of the partner's panels
     * @description A panelist (identified by `user`, any unique id or an email) exists in exactly one panel; the locale must be one
     * of that panel's locales. Answers the panelist's id and a 30-day access token.
     * Sandbox: `user` is unique across all of the partner's panels, compared case-insensitively; registering it
     * again (in any panel) is a 422. When `user` is an email address it becomes the panelist's EMAIL (used by
     * refer-friends to spot panelists). `dob` must be a past ISO date. The locale is matched case-insensitively and
     * stored as the panel spells it. `user_id` is a new uuid, not the `user` sent.
     */
    post: operations["registerPanelist"];
  };
  "/v1/partner/panel/authenticate": {
    /**
     * Issue a fresh access token for an existing panelist (password-less)
     * @description Answers the bare token object, with no message/data envelope. The token lasts 3600 seconds.
     * Sandbox: earlier tokens of the panelist stay valid until they expire.
     */
    post: operations["authenticatePanelist"];
  };
  "/v1/panel/refer-friends": {
    /**
     * Email invitations to join the panel
     * @description Each address lands in `invited` or `failed`, in request order. The number of addresses per request is capped
     * by a panel setting (set at panel setup); going over it rejects the whole request.
     * Sandbox: the cap is the panel's `max_referral_emails` (default 10) and going over it is a 422 whose message
     * names the limit; nothing is invited. An address fails when it is not a valid email, is already a panelist of
     * this panel, was already invited by anyone in this panel, is the sender's own address, or repeats an earlier
     * address of the same request (all compared case-insensitively); the rest are invited, stored and emailed.
     * `invited`/`failed` echo the addresses as sent.
     */
    post: operations["referFriends"];
  };
  "/v1/panel/account": {
    /**
     * The panelist's account details
     * @description Profile keys are UPPER_SNAKE. Sandbox: INVITED_COUNT is the number of friends this panelist has invited
     * through refer-friends; the survey counters are 0, EMAIL_CONFIRMED/EMAIL_VALID are "Yes" when EMAIL is set,
     * `activity` holds only seeded entries and `devices` is empty.
     */
    get: operations["getAccount"];
  };
}

export type webhooks = Record<string, never>;

export interface components {
  schemas: {
    Error: {
      message: string;
      errors: {
          field?: string;
          message: string;
        }[];
    };
    RegisterRequest: {
      /** @description A unique id (email, uuid, ...) for the panelist. */
      user: string;
      /** @description The panel GUID. */
      panel: string;
      /** @description One of the panel's locales, e.g. ENG-AU. */
      locale: string;
      /**
       * Format: date
       * @description Date of birth, ISO date.
       */
      dob: string;
      first_name: string;
      last_name: string;
    };
    AuthenticateRequest: {
      user: string;
      panel: string;
    };
    ReferFriendsRequest: {
      emails: string[];
    };
    Token: {
      access_token: string;
      expires_in: number;
      /** @constant */
      token_type: "Bearer";
    };
    RegisterEnvelope: {
      /** @constant */
      message: "success";
      data: {
        user_id: string;
        token: {
          /** @constant */
          token_type: "Bearer";
          /** @constant */
          expires_in: 2592000;
          access_token: string;
        };
      };
    };
    ReferFriendsEnvelope: {
      /** @constant */
      message: "success";
      data: {
        invited_count: number;
        invited: string[];
        failed_count: number;
        failed: string[];
      };
    };
    IsoDate: string;
    Counter: number;
    Profile: {
      BIRTH_DATE: components["schemas"]["IsoDate"];
      COMPLETED_COUNT: components["schemas"]["Counter"];
      CREATED_DATE: components["schemas"]["IsoDate"];
      DUPLICATE_COUNT: components["schemas"]["Counter"];
      EMAIL: string | null;
      /** @enum {string} */
      EMAIL_CONFIRMED: "Yes" | "No";
      /** @enum {string} */
      EMAIL_VALID: "Yes" | "No";
      FIRST_NAME: string;
      INVITED_COUNT: components["schemas"]["Counter"];
      LAST_NAME: string;
      LOCALE: string;
      OPENED_COUNT: components["schemas"]["Counter"];
      POINTS_BALANCE: number;
      POINTS_REDEEMED: number;
      POINTS_REWARDED: number;
      PROFILE_COUNT: components["schemas"]["Counter"];
      QUALITY_COUNT: components["schemas"]["Counter"];
      QUOTA_COUNT: components["schemas"]["Counter"];
      RECRUITMENT_SOURCE: number;
      REMINDED_COUNT: components["schemas"]["Counter"];
      RESPONSE_RATE: number;
      SECURITY_COUNT: components["schemas"]["Counter"];
      STARTED_COUNT: components["schemas"]["Counter"];
      SUBSCRIBED_DATE: components["schemas"]["IsoDate"];
    };
    Activity: {
      type: string;
      status: string;
      /** @description Local time without zone, e.g. 2022-06-23T17:58:16. */
      created_at: string;
      transaction_id?: string | null;
      transaction_type?: string | null;
      id?: string | number | null;
      reward?: number | Record<string, unknown> | null;
      /** @description Sandbox: as seeded (element shape left open). */
      security_flags?: unknown[];
    };
    AccountEnvelope: {
      /** @constant */
      message: "success";
      data: {
        profile: components["schemas"]["Profile"];
        activity: components["schemas"]["Activity"][];
        /** @description Sandbox: devices are not emulated, so always empty (element shape left open). */
        devices: unknown[];
      };
    };
  };
  responses: {
    /** @description Missing or malformed input (schema validation, unparseable JSON). */
    BadRequest: {
      content: {
        "application/json": components["schemas"]["Error"];
      };
    };
    /** @description Missing, unknown or expired credentials. */
    Unauthorized: {
      content: {
        "application/json": components["schemas"]["Error"];
      };
    };
    /** @description Unknown panel or panelist. */
    NotFound: {
      content: {
        "application/json": components["schemas"]["Error"];
      };
    };
    /** @description A business rule refused the request. */
    Unprocessable: {
      content: {
        "application/json": components["schemas"]["Error"];
      };
    };
    /** @description Any other error (unknown method 405, body over 1 MiB 413, not emulated 501, server error 500). */
    Failure: {
      content: {
        "application/json": components["schemas"]["Error"];
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
   * Register a new panelist in one of the partner's panels
   * @description A panelist (identified by `user`, any unique id or an email) exists in exactly one panel; the locale must be one
   * of that panel's locales. Answers the panelist's id and a 30-day access token.
   * Sandbox: `user` is unique across all of the partner's panels, compared case-insensitively; registering it
   * again (in any panel) is a 422. When `user` is an email address it becomes the panelist's EMAIL (used by
   * refer-friends to spot panelists). `dob` must be a past ISO date. The locale is matched case-insensitively and
   * stored as the panel spells it. `user_id` is a new uuid, not the `user` sent.
   */
  registerPanelist: {
    requestBody: {
      content: {
        "application/json": components["schemas"]["RegisterRequest"];
      };
    };
    responses: {
      /** @description Registered. */
      200: {
        content: {
          "application/json": components["schemas"]["RegisterEnvelope"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      422: components["responses"]["Unprocessable"];
      default: components["responses"]["Failure"];
    };
  };
  /**
   * Issue a fresh access token for an existing panelist (password-less)
   * @description Answers the bare token object, with no message/data envelope. The token lasts 3600 seconds.
   * Sandbox: earlier tokens of the panelist stay valid until they expire.
   */
  authenticatePanelist: {
    requestBody: {
      content: {
        "application/json": components["schemas"]["AuthenticateRequest"];
      };
    };
    responses: {
      /** @description A new access token. */
      200: {
        content: {
          "application/json": components["schemas"]["Token"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      default: components["responses"]["Failure"];
    };
  };
  /**
   * Email invitations to join the panel
   * @description Each address lands in `invited` or `failed`, in request order. The number of addresses per request is capped
   * by a panel setting (set at panel setup); going over it rejects the whole request.
   * Sandbox: the cap is the panel's `max_referral_emails` (default 10) and going over it is a 422 whose message
   * names the limit; nothing is invited. An address fails when it is not a valid email, is already a panelist of
   * this panel, was already invited by anyone in this panel, is the sender's own address, or repeats an earlier
   * address of the same request (all compared case-insensitively); the rest are invited, stored and emailed.
   * `invited`/`failed` echo the addresses as sent.
   */
  referFriends: {
    requestBody: {
      content: {
        "application/json": components["schemas"]["ReferFriendsRequest"];
      };
    };
    responses: {
      /** @description Who was invited and who was not. */
      200: {
        content: {
          "application/json": components["schemas"]["ReferFriendsEnvelope"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      422: components["responses"]["Unprocessable"];
      default: components["responses"]["Failure"];
    };
  };
  /**
   * The panelist's account details
   * @description Profile keys are UPPER_SNAKE. Sandbox: INVITED_COUNT is the number of friends this panelist has invited
   * through refer-friends; the survey counters are 0, EMAIL_CONFIRMED/EMAIL_VALID are "Yes" when EMAIL is set,
   * `activity` holds only seeded entries and `devices` is empty.
   */
  getAccount: {
    responses: {
      /** @description The account. */
      200: {
        content: {
          "application/json": components["schemas"]["AccountEnvelope"];
        };
      };
      401: components["responses"]["Unauthorized"];
      default: components["responses"]["Failure"];
    };
  };
}
