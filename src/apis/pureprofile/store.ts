// Pureprofile's tenant = one partner account: the panels it may register into, each panel's catalogue of profile
// variables, their panelists (with their answers), the access tokens issued to them and the friends they referred.

/** A panel as Pureprofile sets it up for a partner; only the sandbox can change it (fixtures, POST /__sandbox/seed). */
export interface Panel {
  /** The panel GUID partners send as `panel`. */
  id: string;
  name: string;
  /** A panel can hold several locales, e.g. a Belgian panel with Dutch and French. */
  locales: string[];
  /** The most emails one refer-friends request may carry. */
  max_referral_emails: number;
}

export interface PanelActivity {
  type: string;
  status: string;
  created_at: string;
  transaction_id?: string | null;
  transaction_type?: string | null;
  id?: string | number | null;
  reward?: number | Record<string, unknown> | null;
  security_flags?: unknown[];
}

/** The variable types the sandbox understands: free text, a number, an ISO date, one option, several options. */
export const VARIABLE_TYPES = ['text', 'number', 'date', 'radio', 'select', 'checkbox'] as const;
export type VariableType = (typeof VARIABLE_TYPES)[number];

/** One answer of an option-typed variable. */
export interface VariableOption {
  /** Unique within its variable; what a panelist's answer stores. */
  id: number;
  name: string;
  text: string;
  /** A checkbox answer with an exclusive option ("None of these") holds that option alone. */
  exclusive: boolean;
}

/** A profile variable of a panel's catalogue (GET /v1/panel/variables/meta); set up by Pureprofile, seeded here. */
export interface ProfileVariable {
  panel_id: string;
  /** Unique within the panel. */
  id: number;
  /** UPPER_SNAKE, unique within the panel (case-insensitively); the key of a panelist's answer. */
  name: string;
  /** The question put to the panelist. */
  text: string;
  uuid: string;
  type: VariableType;
  /** false: panelists cannot change or remove their answer through the API. */
  writable: boolean;
  /** The allowed answers of radio, select and checkbox variables; empty for the other types. */
  options: VariableOption[];
}

/** An answer: text and dates as strings, numbers as numbers, radio/select an option id, checkbox option ids. */
export type ProfileValue = string | number | number[];

export interface Panelist {
  /** The `user_id` register answers. */
  id: string;
  /** The identifier the partner registered with (an email, a uuid, ...); unique across the partner's panels. */
  user: string;
  panel_id: string;
  /** The user when it is an email address, else null. */
  email: string | null;
  locale: string;
  dob: string;
  first_name: string;
  last_name: string;
  points_balance: number;
  created_at: string;
  activity: PanelActivity[];
  /** Answers keyed by variable name. BIRTH_DATE is never here: it is `dob`. */
  profile: Record<string, ProfileValue>;
}

export interface AccessToken {
  /** The access_token itself. */
  id: string;
  panelist_id: string;
  issued_at: string;
  expires_at: string;
}

/** One invitation sent by refer-friends. */
export interface Referral {
  id: string;
  panel_id: string;
  referrer_id: string;
  /** The address as the referrer sent it. */
  email: string;
  created_at: string;
}

export interface PureprofileState {
  panels: Panel[];
  /** Every panel's catalogue, each variable naming its panel. */
  variables: ProfileVariable[];
  panelists: Panelist[];
  tokens: AccessToken[];
  referrals: Referral[];
}

export const SANDBOX_PANEL_ID = '9d9032bf-205b-44a2-ab00-ae8d0b77f7fa';
export const DEFAULT_MAX_REFERRAL_EMAILS = 10;

/** Every partner account starts with one panel, because panels are set up by Pureprofile, never through the API. */
export function emptyState(): PureprofileState {
  return {
    panels: [
      {
        id: SANDBOX_PANEL_ID,
        name: 'Pureprofile Sandbox Panel',
        locales: ['ENG-AU', 'ENG-NZ'],
        max_referral_emails: DEFAULT_MAX_REFERRAL_EMAILS,
      },
    ],
    variables: [],
    panelists: [],
    tokens: [],
    referrals: [],
  };
}
