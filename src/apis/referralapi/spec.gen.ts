// Generated from specs/referralapi.yaml by `npm run specs:types` (openapi-typescript). Do not edit.
/* eslint-disable */
export interface paths {
  "/api/v1/campaign": {
    /**
     * Get a campaign (id in the query string)
     * @description A missing `id` is 400 `INVALID_REQUEST`; an unknown one is 404 `CAMPAIGN_NOT_FOUND`.
     */
    get: operations["getCampaign"];
    /**
     * Create a campaign
     * @description `url` is normalised: without a scheme it gets `https://` (`example.com` -> `https://example.com`).
     * Sandbox: an explicit `http://` or `https://` is kept; any other scheme, spaces or a missing host is a 400.
     * `webhook_url` starts as null (the docs print Python's `None`).
     */
    post: operations["createCampaign"];
    /**
     * Update a campaign's name or webhook_url (id in the query string)
     * @description The url of a campaign cannot change (the docs recommend a new campaign). Sandbox: a body carrying `url`
     * answers 400 `URL_CANNOT_BE_CHANGED` and changes nothing. The optional payload list is cut off in the docs;
     * the sandbox takes `name` and `webhook_url` (a URL, or null to remove it). Other fields are ignored.
     * `webhook_url` is where the campaign's `action` webhook is POSTed (see the `webhooks` section); the dashboard's
     * Settings -> Webhook URL sets the same field. Sandbox: any absolute URI is accepted, as before; one that is not
     * http(s) is stored but every delivery to it is logged as failed (`invalid_url`).
     */
    patch: operations["updateCampaign"];
  };
  "/api/v1/referral_link": {
    /**
     * List a referrer's referral links in a campaign
     * @description The web script and npm SDK document "retrieve all referral links associated with a user ID for your campaign",
     * returning a possibly empty list. Sandbox: the REST form is `GET /api/v1/referral_link?campaign_id=&referrer_id=`
     * answering a bare JSON array, oldest link first.
     */
    get: operations["listReferralLinks"];
    /**
     * Create a referral link in a campaign
     * @description The link gets a unique 8-character upper-case alphanumeric `referral_code`, and `referral_link` is the
     * campaign url + `?rfa=<code>` (`&rfa=` when the url already has a query). The campaign page says
     * `example.com/?rapi_id=123`, every object example says `https://example.com?rfa=ABC623KC`: the sandbox follows the objects.
     * One referrer may own several links. Limits (per tenant = organisation, all campaigns together):
     * 403 `MAXIMUM_CAPACITY` once it holds `settings.max_referral_links` links (default 25,000), then
     * 403 `INSUFFICIENT_PLAN` once it holds `settings.plan_referral_link_quota` links (default null: no plan quota).
     */
    post: operations["createReferralLink"];
  };
  "/api/v1/referred_user": {
    /**
     * Record a user acquired through a referral link
     * @description Sandbox: the REST route is not in the stored docs; it mirrors the SDK's `createReferredUser(referred_user_id)`
     * with the link named by `referral_code` (case-insensitive). Within a campaign a `referred_user_id` belongs to
     * one link only: a second one answers 409 `REFERRED_USER_ALREADY_EXISTS`. Success increments the link's
     * `total_referrals`; the response embeds the link as it is afterwards.
     */
    post: operations["createReferredUser"];
  };
  "/api/v1/action/referred_user": {
    /**
     * Create an action linked to a referred user
     * @description Created only if `referred_user_id` exists for the given campaign (else 404 `REFERRED_USER_NOT_FOUND`).
     * The docs' create-response example prints `referred_user` as a bare string, while the Action Object field list and
     * example make it a Referred User Object: the sandbox returns the object. The docs also spell the field
     * `referreral_link` once; the sandbox sends `referral_link`. An `action_type` of exactly `VISIT` (what the web
     * script logs per visit) increments the link's `total_clicks`; other action types leave the counters alone.
     */
    post: operations["createReferredUserAction"];
  };
  "/api/v1/action/referral_link": {
    /**
     * Create an action on a referral link, with no referred user
     * @description Sandbox: the sibling of the referred-user action, inferred from the Action Object (`referred_user` may be null).
     * The link is named by `referral_code` (case-insensitive) within `campaign_id`. `action_type: VISIT` is a click:
     * it increments `total_clicks`, as the web script's visit logging does.
     */
    post: operations["createReferralLinkAction"];
  };
}

export interface webhooks {
  "action": {
    /**
     * An action was tracked in the campaign
     * @description POSTed to the campaign's `webhook_url` each time an action is tracked in the campaign: by
     * `POST /api/v1/action/referred_user` and `POST /api/v1/action/referral_link` (the Create Action API, which the
     * script's and package's `createAction` call), `VISIT` included. A campaign whose `webhook_url` is null sends
     * nothing; a failed request (4xx) sends nothing. `Content-Type: application/json`, no signature header (the
     * vendor documents none, so a receiver cannot verify the sender; keep the URL unguessable).
     * Timeouts (docs): 30 s to connect, 90 s for the response; the sandbox applies one 90 s limit to the whole attempt.
     * Sandbox (retries are not documented): any 2xx delivers; no answer, a timeout, 429 or 5xx is retried 3 times,
     * 1, 5 and 25 minutes after the previous attempt (sandbox clock); any other status (3xx redirects are not followed,
     * 4xx) fails the delivery at once. A retry sends the same bytes to the URL the campaign had when the action was tracked.
     */
    post: {
      requestBody: {
        content: {
          "application/json": components["schemas"]["ActionWebhook"];
        };
      };
      responses: {
        /** @description Received. Any 2xx counts as delivered; the body is ignored. */
        200: {
          content: never;
        };
      };
    };
  };
}

export interface components {
  schemas: {
    /** @description UTC, `%Y-%m-%d_%H-%M-%S`. */
    Timestamp: string;
    Error: {
      error_code: string;
      message: string;
    };
    Campaign: {
      /** Format: uuid */
      id: string;
      created_at: components["schemas"]["Timestamp"];
      url: string;
      name: string;
      /** @description Receives the campaign's `action` webhook; null sends nothing. */
      webhook_url: string | null;
    };
    ReferralLink: {
      id: number;
      created_at: components["schemas"]["Timestamp"];
      referral_code: string;
      campaign_id: string;
      referrer_id: string | null;
      /** @description Number of VISIT actions logged on the link. */
      total_clicks: number;
      /** @description Number of referred users of the link. */
      total_referrals: number;
      referral_link: string | null;
    };
    /**
     * @description The field list names the user field `referred_user_id`; one example prints `referred_user`. The sandbox
     * follows the field list.
     */
    ReferredUser: {
      id: number;
      created_at: components["schemas"]["Timestamp"];
      referral_link: components["schemas"]["ReferralLink"];
      referred_user_id: string;
    };
    Action: {
      id: number;
      created_at: components["schemas"]["Timestamp"];
      action_type: string;
      metadata: Record<string, unknown>;
      referral_link: components["schemas"]["ReferralLink"];
      referred_user: components["schemas"]["ReferredUser"] | null;
    };
    CampaignCreate: {
      url: string;
      name: string;
    };
    CampaignUpdate: {
      name?: string;
      /** Format: uri */
      webhook_url?: string | null;
      /** @description Not allowed; answers 400 URL_CANNOT_BE_CHANGED. */
      url?: unknown;
    };
    ReferralLinkCreate: {
      campaign_id: string;
      referrer_id?: string | null;
    };
    ReferredUserCreate: {
      campaign_id: string;
      referral_code: string;
      referred_user_id: string;
    };
    ReferredUserActionCreate: {
      campaign_id: string;
      action_type: string;
      referred_user_id: string;
      /** @description Any JSON object; stored and returned as sent. Defaults to {}. */
      metadata?: Record<string, unknown>;
    };
    ReferralLinkActionCreate: {
      campaign_id: string;
      action_type: string;
      referral_code: string;
      /** @description Any JSON object; stored and returned as sent. Defaults to {}. */
      metadata?: Record<string, unknown>;
    };
    /** @description The body POSTed to a campaign's `webhook_url`: `event` is always `action`. */
    ActionWebhook: {
      /** @constant */
      event: "action";
      payload: components["schemas"]["ActionWebhookPayload"];
    };
    /**
     * @description The tracked action. The docs list `campaign_id` and `referral_link_id` (typed string) and cut off after them.
     * Sandbox: the other fields are taken from the Action object (interpreted): the action's id and type, metadata
     * and created_at; the link's code and referrer; the referred user's id, or null for an action on the link alone.
     * Ids are sent as strings, as the docs type `referral_link_id`.
     */
    ActionWebhookPayload: {
      /** @description The campaign the action was tracked in. */
      campaign_id: string;
      /** @description The referral link's id (the Referral Link object's integer `id`, as a string). */
      referral_link_id: string;
      /** @description The link's referral code. */
      referral_code: string;
      /** @description The link's referrer, or null when the link has none. */
      referrer_id: string | null;
      /** @description The Action object's `id`, as a string: the same on every retry of one delivery, so receivers can drop repeats. */
      action_id: string;
      /** @description As sent when the action was created, e.g. `VISIT` or `PURCHASED_PRODUCT`. */
      action_type: string;
      /** @description As sent when the action was created; `{}` when none was. */
      metadata: Record<string, unknown>;
      /** @description The referred user of `POST /api/v1/action/referred_user`; null for `POST /api/v1/action/referral_link`. */
      referred_user_id: string | null;
      created_at: components["schemas"]["Timestamp"];
    };
  };
  responses: {
    /** @description A Campaign object. */
    Campaign: {
      content: {
        "application/json": components["schemas"]["Campaign"];
      };
    };
    /** @description A Referral Link object. */
    ReferralLink: {
      content: {
        "application/json": components["schemas"]["ReferralLink"];
      };
    };
    /** @description A Referred User object embedding its referral link. */
    ReferredUser: {
      content: {
        "application/json": components["schemas"]["ReferredUser"];
      };
    };
    /** @description An Action object embedding its referral link and referred user (or null). */
    Action: {
      content: {
        "application/json": components["schemas"]["Action"];
      };
    };
    /** @description INVALID_REQUEST (a missing or malformed field), MALFORMED_BODY, or URL_CANNOT_BE_CHANGED. */
    BadRequest: {
      content: {
        "application/json": components["schemas"]["Error"];
      };
    };
    /** @description INVALID_API_KEY: the api-key header is missing or unknown. */
    InvalidApiKey: {
      content: {
        "application/json": components["schemas"]["Error"];
      };
    };
    /** @description MAXIMUM_CAPACITY (organisation link cap) or INSUFFICIENT_PLAN (plan quota). */
    LimitReached: {
      content: {
        "application/json": components["schemas"]["Error"];
      };
    };
    /** @description CAMPAIGN_NOT_FOUND, REFERRAL_LINK_NOT_FOUND or REFERRED_USER_NOT_FOUND. */
    NotFound: {
      content: {
        "application/json": components["schemas"]["Error"];
      };
    };
    /** @description Any other failure: NOT_FOUND (route), METHOD_NOT_ALLOWED, PAYLOAD_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, NOT_IMPLEMENTED, INTERNAL_ERROR. */
    Failure: {
      content: {
        "application/json": components["schemas"]["Error"];
      };
    };
  };
  parameters: {
    /** @description The campaign's UUID as returned on creation. Sandbox: any unknown value is a 404. */
    CampaignIdQuery: string;
  };
  requestBodies: never;
  headers: never;
  pathItems: never;
}

export type $defs = Record<string, never>;

export type external = Record<string, never>;

export interface operations {

  /**
   * Get a campaign (id in the query string)
   * @description A missing `id` is 400 `INVALID_REQUEST`; an unknown one is 404 `CAMPAIGN_NOT_FOUND`.
   */
  getCampaign: {
    parameters: {
      query: {
        id: components["parameters"]["CampaignIdQuery"];
      };
    };
    responses: {
      200: components["responses"]["Campaign"];
      400: components["responses"]["BadRequest"];
      401: components["responses"]["InvalidApiKey"];
      404: components["responses"]["NotFound"];
      default: components["responses"]["Failure"];
    };
  };
  /**
   * Create a campaign
   * @description `url` is normalised: without a scheme it gets `https://` (`example.com` -> `https://example.com`).
   * Sandbox: an explicit `http://` or `https://` is kept; any other scheme, spaces or a missing host is a 400.
   * `webhook_url` starts as null (the docs print Python's `None`).
   */
  createCampaign: {
    requestBody: {
      content: {
        "application/json": components["schemas"]["CampaignCreate"];
      };
    };
    responses: {
      200: components["responses"]["Campaign"];
      400: components["responses"]["BadRequest"];
      401: components["responses"]["InvalidApiKey"];
      default: components["responses"]["Failure"];
    };
  };
  /**
   * Update a campaign's name or webhook_url (id in the query string)
   * @description The url of a campaign cannot change (the docs recommend a new campaign). Sandbox: a body carrying `url`
   * answers 400 `URL_CANNOT_BE_CHANGED` and changes nothing. The optional payload list is cut off in the docs;
   * the sandbox takes `name` and `webhook_url` (a URL, or null to remove it). Other fields are ignored.
   * `webhook_url` is where the campaign's `action` webhook is POSTed (see the `webhooks` section); the dashboard's
   * Settings -> Webhook URL sets the same field. Sandbox: any absolute URI is accepted, as before; one that is not
   * http(s) is stored but every delivery to it is logged as failed (`invalid_url`).
   */
  updateCampaign: {
    parameters: {
      query: {
        id: components["parameters"]["CampaignIdQuery"];
      };
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["CampaignUpdate"];
      };
    };
    responses: {
      200: components["responses"]["Campaign"];
      400: components["responses"]["BadRequest"];
      401: components["responses"]["InvalidApiKey"];
      404: components["responses"]["NotFound"];
      default: components["responses"]["Failure"];
    };
  };
  /**
   * List a referrer's referral links in a campaign
   * @description The web script and npm SDK document "retrieve all referral links associated with a user ID for your campaign",
   * returning a possibly empty list. Sandbox: the REST form is `GET /api/v1/referral_link?campaign_id=&referrer_id=`
   * answering a bare JSON array, oldest link first.
   */
  listReferralLinks: {
    parameters: {
      query: {
        campaign_id: string;
        referrer_id: string;
      };
    };
    responses: {
      /** @description The referrer's links (empty when none). */
      200: {
        content: {
          "application/json": components["schemas"]["ReferralLink"][];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["InvalidApiKey"];
      404: components["responses"]["NotFound"];
      default: components["responses"]["Failure"];
    };
  };
  /**
   * Create a referral link in a campaign
   * @description The link gets a unique 8-character upper-case alphanumeric `referral_code`, and `referral_link` is the
   * campaign url + `?rfa=<code>` (`&rfa=` when the url already has a query). The campaign page says
   * `example.com/?rapi_id=123`, every object example says `https://example.com?rfa=ABC623KC`: the sandbox follows the objects.
   * One referrer may own several links. Limits (per tenant = organisation, all campaigns together):
   * 403 `MAXIMUM_CAPACITY` once it holds `settings.max_referral_links` links (default 25,000), then
   * 403 `INSUFFICIENT_PLAN` once it holds `settings.plan_referral_link_quota` links (default null: no plan quota).
   */
  createReferralLink: {
    requestBody: {
      content: {
        "application/json": components["schemas"]["ReferralLinkCreate"];
      };
    };
    responses: {
      200: components["responses"]["ReferralLink"];
      400: components["responses"]["BadRequest"];
      401: components["responses"]["InvalidApiKey"];
      403: components["responses"]["LimitReached"];
      404: components["responses"]["NotFound"];
      default: components["responses"]["Failure"];
    };
  };
  /**
   * Record a user acquired through a referral link
   * @description Sandbox: the REST route is not in the stored docs; it mirrors the SDK's `createReferredUser(referred_user_id)`
   * with the link named by `referral_code` (case-insensitive). Within a campaign a `referred_user_id` belongs to
   * one link only: a second one answers 409 `REFERRED_USER_ALREADY_EXISTS`. Success increments the link's
   * `total_referrals`; the response embeds the link as it is afterwards.
   */
  createReferredUser: {
    requestBody: {
      content: {
        "application/json": components["schemas"]["ReferredUserCreate"];
      };
    };
    responses: {
      200: components["responses"]["ReferredUser"];
      400: components["responses"]["BadRequest"];
      401: components["responses"]["InvalidApiKey"];
      404: components["responses"]["NotFound"];
      /** @description The referred_user_id already belongs to a link of this campaign. */
      409: {
        content: {
          "application/json": components["schemas"]["Error"];
        };
      };
      default: components["responses"]["Failure"];
    };
  };
  /**
   * Create an action linked to a referred user
   * @description Created only if `referred_user_id` exists for the given campaign (else 404 `REFERRED_USER_NOT_FOUND`).
   * The docs' create-response example prints `referred_user` as a bare string, while the Action Object field list and
   * example make it a Referred User Object: the sandbox returns the object. The docs also spell the field
   * `referreral_link` once; the sandbox sends `referral_link`. An `action_type` of exactly `VISIT` (what the web
   * script logs per visit) increments the link's `total_clicks`; other action types leave the counters alone.
   */
  createReferredUserAction: {
    requestBody: {
      content: {
        "application/json": components["schemas"]["ReferredUserActionCreate"];
      };
    };
    responses: {
      200: components["responses"]["Action"];
      400: components["responses"]["BadRequest"];
      401: components["responses"]["InvalidApiKey"];
      404: components["responses"]["NotFound"];
      default: components["responses"]["Failure"];
    };
  };
  /**
   * Create an action on a referral link, with no referred user
   * @description Sandbox: the sibling of the referred-user action, inferred from the Action Object (`referred_user` may be null).
   * The link is named by `referral_code` (case-insensitive) within `campaign_id`. `action_type: VISIT` is a click:
   * it increments `total_clicks`, as the web script's visit logging does.
   */
  createReferralLinkAction: {
    requestBody: {
      content: {
        "application/json": components["schemas"]["ReferralLinkActionCreate"];
      };
    };
    responses: {
      200: components["responses"]["Action"];
      400: components["responses"]["BadRequest"];
      401: components["responses"]["InvalidApiKey"];
      404: components["responses"]["NotFound"];
      default: components["responses"]["Failure"];
    };
  };
}
