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
  "/v1/partner/panels/list": {
    /**
     * The partner's panels and their locales
     * @description The docs name `partner/panels/list` as the way to find the panels (and each panel's locales) a partner may
     * register panelists into, without giving its method or answer.
     * Sandbox: `GET /v1/partner/panels/list` answers `{"message": "success", "data": [{guid, name, locales}]}`, one
     * entry per panel of the partner, in setup order; `guid` is what register and authenticate take as `panel`.
     */
    get: operations["listPanels"];
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
     * @description Profile keys are UPPER_SNAKE. EMAIL is `<panel guid>_<email>`, the form of the docs' only example (an
     * assumption drawn from one example); it is null when the panelist registered with a user that is not an
     * email address. Sandbox: INVITED_COUNT is the number of friends this panelist has invited
     * through refer-friends; the survey counters are 0, EMAIL_CONFIRMED/EMAIL_VALID are "Yes" when EMAIL is set,
     * `activity` holds only seeded entries and `devices` is empty.
     */
    get: operations["getAccount"];
  };
  "/v1/panel/account/data": {
    /**
     * The panelist's collected profile data
     * @description Sandbox: `data.profile` holds BIRTH_DATE (the date of birth given at registration, or a later update of the
     * BIRTH_DATE variable) and every profile variable the panelist has answered, keyed by variable name and sorted
     * by name. Answers are shown as stored: text and dates as strings, numbers as numbers, radio and select
     * answers as the option id, checkbox answers as a list of option ids (see GET /v1/panel/variables/meta).
     */
    get: operations["getAccountData"];
  };
  "/v1/panel/variables/meta": {
    /**
     * The profile variables of the panelist's panel
     * @description Every profile variable panelists of this panel can hold: id, name, question text, uuid, type, whether the
     * panelist may write it, and the options of option-typed variables.
     * Sandbox: the catalogue is per panel (set up by seeding `variables`), sorted by name. Types are `text`,
     * `number`, `date`, `radio` and `select` (one option) and `checkbox` (several options; an `exclusive` option
     * must be chosen alone).
     */
    get: operations["listVariablesMeta"];
  };
  "/v1/panel/variables": {
    /**
     * The panelist's answered profile variables
     * @description The docs list "view panelists profile variables" without its route or answer.
     * Sandbox: `GET /v1/panel/variables` answers one entry per variable of the panel's catalogue the panelist has
     * answered, sorted by name: `{id, name, uuid, type, writable, value}`, `value` as in GET /v1/panel/account/data.
     * A BIRTH_DATE variable is always answered (by the registration date of birth). Nothing answered is `data: []`.
     */
    get: operations["listProfileVariables"];
  };
  "/v1/panel/variables/{variable}": {
    /**
     * Set the panelist's answer to one profile variable
     * @description The docs list "update a profile variable" without its route or body.
     * Sandbox: `PUT /v1/panel/variables/{variable}` with `{"value": ...}` stores the answer and answers the entry as
     * GET /v1/panel/variables shows it. A variable outside the panel's catalogue is 404; one with `writable: false` is
     * 403 and keeps its answer. The value must fit the type, else 422 naming `value`: `text` a non-blank string of
     * at most 255 characters (stored trimmed), `number` a JSON number, `date` a real `YYYY-MM-DD` date,
     * `radio`/`select` one option id, `checkbox` a non-empty list of distinct option ids where an `exclusive`
     * option stands alone. BIRTH_DATE is the panelist's date of birth: it must lie in the past, and GET
     * /v1/panel/account shows the new date.
     */
    put: operations["updateProfileVariable"];
    /**
     * Remove the panelist's answer to one profile variable
     * @description The docs list "delete a profile variable" without its route or answer.
     * Sandbox: answers 204 with no body (the docs' errors page says a request with no data to return answers 204),
     * also when the panelist had no answer. A variable outside the catalogue is 404, one with `writable: false` is
     * 403, and BIRTH_DATE (the date of birth every panelist has) is 422.
     */
    delete: operations["deleteProfileVariable"];
    parameters: {
      path: {
        /** @description The variable's numeric id, its name (any case) or its uuid, as GET /v1/panel/variables/meta shows them. */
        variable: string;
      };
    };
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
    PanelListEnvelope: {
      /** @constant */
      message: "success";
      data: {
          /** @description The panel GUID register and authenticate take as `panel`. */
          guid: string;
          name: string;
          /** @description The locales a panelist of this panel may register with. */
          locales: string[];
        }[];
    };
    /** @description An answer: text and dates (YYYY-MM-DD) as strings, numbers as numbers, a radio/select answer as an option id, a checkbox answer as option ids. */
    ProfileValue: string | number | number[];
    AccountDataEnvelope: {
      /** @constant */
      message: "success";
      data: {
        profile: {
          BIRTH_DATE: components["schemas"]["IsoDate"];
          [key: string]: components["schemas"]["ProfileValue"];
        };
      };
    };
    VariableOption: {
      id: number;
      name: string;
      text: string;
      /** @description A checkbox answer holding this option holds it alone. */
      exclusive: boolean;
    };
    VariableMeta: {
      id: number;
      name: string;
      text: string;
      uuid: string;
      /** @description Sandbox: one of text, number, date, radio, select, checkbox. */
      type: string;
      writable: boolean;
      options: components["schemas"]["VariableOption"][];
    };
    VariablesMetaEnvelope: {
      /** @constant */
      message: "success";
      data: components["schemas"]["VariableMeta"][];
    };
    ProfileVariable: {
      id: number;
      name: string;
      uuid: string;
      type: string;
      writable: boolean;
      value: components["schemas"]["ProfileValue"];
    };
    ProfileVariablesEnvelope: {
      /** @constant */
      message: "success";
      data: components["schemas"]["ProfileVariable"][];
    };
    ProfileVariableEnvelope: {
      /** @constant */
      message: "success";
      data: components["schemas"]["ProfileVariable"];
    };
    UpdateProfileVariableRequest: {
      value: components["schemas"]["ProfileValue"];
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
    /** @description The profile variable is not writable by the panelist. */
    Forbidden: {
      content: {
        "application/json": components["schemas"]["Error"];
      };
    };
    /** @description Unknown panel, panelist or profile variable. */
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
   * The partner's panels and their locales
   * @description The docs name `partner/panels/list` as the way to find the panels (and each panel's locales) a partner may
   * register panelists into, without giving its method or answer.
   * Sandbox: `GET /v1/partner/panels/list` answers `{"message": "success", "data": [{guid, name, locales}]}`, one
   * entry per panel of the partner, in setup order; `guid` is what register and authenticate take as `panel`.
   */
  listPanels: {
    responses: {
      /** @description The partner's panels. */
      200: {
        content: {
          "application/json": components["schemas"]["PanelListEnvelope"];
        };
      };
      401: components["responses"]["Unauthorized"];
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
   * @description Profile keys are UPPER_SNAKE. EMAIL is `<panel guid>_<email>`, the form of the docs' only example (an
   * assumption drawn from one example); it is null when the panelist registered with a user that is not an
   * email address. Sandbox: INVITED_COUNT is the number of friends this panelist has invited
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
  /**
   * The panelist's collected profile data
   * @description Sandbox: `data.profile` holds BIRTH_DATE (the date of birth given at registration, or a later update of the
   * BIRTH_DATE variable) and every profile variable the panelist has answered, keyed by variable name and sorted
   * by name. Answers are shown as stored: text and dates as strings, numbers as numbers, radio and select
   * answers as the option id, checkbox answers as a list of option ids (see GET /v1/panel/variables/meta).
   */
  getAccountData: {
    responses: {
      /** @description The collected data. */
      200: {
        content: {
          "application/json": components["schemas"]["AccountDataEnvelope"];
        };
      };
      401: components["responses"]["Unauthorized"];
      default: components["responses"]["Failure"];
    };
  };
  /**
   * The profile variables of the panelist's panel
   * @description Every profile variable panelists of this panel can hold: id, name, question text, uuid, type, whether the
   * panelist may write it, and the options of option-typed variables.
   * Sandbox: the catalogue is per panel (set up by seeding `variables`), sorted by name. Types are `text`,
   * `number`, `date`, `radio` and `select` (one option) and `checkbox` (several options; an `exclusive` option
   * must be chosen alone).
   */
  listVariablesMeta: {
    responses: {
      /** @description The panel's profile variables. */
      200: {
        content: {
          "application/json": components["schemas"]["VariablesMetaEnvelope"];
        };
      };
      401: components["responses"]["Unauthorized"];
      default: components["responses"]["Failure"];
    };
  };
  /**
   * The panelist's answered profile variables
   * @description The docs list "view panelists profile variables" without its route or answer.
   * Sandbox: `GET /v1/panel/variables` answers one entry per variable of the panel's catalogue the panelist has
   * answered, sorted by name: `{id, name, uuid, type, writable, value}`, `value` as in GET /v1/panel/account/data.
   * A BIRTH_DATE variable is always answered (by the registration date of birth). Nothing answered is `data: []`.
   */
  listProfileVariables: {
    responses: {
      /** @description The panelist's answers. */
      200: {
        content: {
          "application/json": components["schemas"]["ProfileVariablesEnvelope"];
        };
      };
      401: components["responses"]["Unauthorized"];
      default: components["responses"]["Failure"];
    };
  };
  /**
   * Set the panelist's answer to one profile variable
   * @description The docs list "update a profile variable" without its route or body.
   * Sandbox: `PUT /v1/panel/variables/{variable}` with `{"value": ...}` stores the answer and answers the entry as
   * GET /v1/panel/variables shows it. A variable outside the panel's catalogue is 404; one with `writable: false` is
   * 403 and keeps its answer. The value must fit the type, else 422 naming `value`: `text` a non-blank string of
   * at most 255 characters (stored trimmed), `number` a JSON number, `date` a real `YYYY-MM-DD` date,
   * `radio`/`select` one option id, `checkbox` a non-empty list of distinct option ids where an `exclusive`
   * option stands alone. BIRTH_DATE is the panelist's date of birth: it must lie in the past, and GET
   * /v1/panel/account shows the new date.
   */
  updateProfileVariable: {
    parameters: {
      path: {
        /** @description The variable's numeric id, its name (any case) or its uuid, as GET /v1/panel/variables/meta shows them. */
        variable: string;
      };
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["UpdateProfileVariableRequest"];
      };
    };
    responses: {
      /** @description The stored answer. */
      200: {
        content: {
          "application/json": components["schemas"]["ProfileVariableEnvelope"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      422: components["responses"]["Unprocessable"];
      default: components["responses"]["Failure"];
    };
  };
  /**
   * Remove the panelist's answer to one profile variable
   * @description The docs list "delete a profile variable" without its route or answer.
   * Sandbox: answers 204 with no body (the docs' errors page says a request with no data to return answers 204),
   * also when the panelist had no answer. A variable outside the catalogue is 404, one with `writable: false` is
   * 403, and BIRTH_DATE (the date of birth every panelist has) is 422.
   */
  deleteProfileVariable: {
    parameters: {
      path: {
        /** @description The variable's numeric id, its name (any case) or its uuid, as GET /v1/panel/variables/meta shows them. */
        variable: string;
      };
    };
    responses: {
      /** @description The answer is gone. */
      204: {
        content: never;
      };
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      422: components["responses"]["Unprocessable"];
      default: components["responses"]["Failure"];
    };
  };
}
