// A Voucherify project's data: plain JSON, one array per resource, each record keyed by `id`.

export type HolderRole = 'OWNER' | 'REFERRER' | 'REFEREE';

export interface Address {
  city?: string;
  state?: string;
  line_1?: string;
  line_2?: string;
  country?: string;
  postal_code?: string;
}

export interface Discount {
  type: 'AMOUNT' | 'PERCENT' | 'UNIT' | 'FIXED';
  amount_off?: number;
  percent_off?: number;
  unit_off?: number;
  unit_type?: string;
  fixed_amount?: number;
  amount_limit?: number;
  effect?: string;
}

export interface CodeConfig {
  length?: number;
  charset?: string;
  prefix?: string;
  postfix?: string;
  pattern?: string;
}

export interface Campaign {
  id: string;
  name: string;
  description: string | null;
  campaign_type: 'REFERRAL_PROGRAM';
  type: 'AUTO_UPDATE' | 'STATIC';
  join_once: boolean;
  auto_join: boolean;
  start_date: string | null;
  expiration_date: string | null;
  category: string | null;
  referral_program: Record<string, unknown>;
  voucher: {
    type: 'DISCOUNT_VOUCHER';
    discount: Discount;
    is_referral_code: true;
    code_config: CodeConfig;
    redemption: { quantity: number | null };
  };
  metadata: Record<string, unknown>;
  created_at: string;
  updated_at: string | null;
  /** false once disabled (POST /v1/campaigns/{id}/disable): none of its codes validates or redeems. Absent means true. */
  active?: boolean;
}

export interface Voucher {
  id: string;
  code: string;
  campaign_id: string;
  /** The REFERRER's customer id once the code is published; null before. */
  holder_id: string | null;
  metadata: Record<string, unknown>;
  publish_count: number;
  created_at: string;
  updated_at: string | null;
  /** false once disabled (POST /v1/vouchers/{code}/disable or PUT active: false). Absent means true. */
  active?: boolean;
}

export interface Customer {
  id: string;
  source_id: string | null;
  name: string | null;
  description: string | null;
  email: string | null;
  phone: string | null;
  birthday: string | null;
  birthdate: string | null;
  address: Address | null;
  metadata: Record<string, unknown>;
  created_at: string;
  updated_at: string | null;
}

/** One customer's role on one referral code (Voucherify's redeemable_holder). */
export interface RedeemableHolder {
  id: string;
  created_at: string;
  redeemable_id: string;
  customer_id: string;
  holder_role: HolderRole;
  campaign_id: string;
  metadata: Record<string, unknown>;
}

export interface Publication {
  id: string;
  created_at: string;
  customer_id: string;
  voucher_id: string;
  campaign_id: string;
  source_id: string | null;
  channel: string;
  metadata: Record<string, unknown>;
}

/** The order a redemption was made for, with the discount the sandbox computed (amounts in the smallest unit). */
export interface RedemptionOrder {
  id: string;
  source_id: string | null;
  amount: number | null;
  discount_amount: number;
  items: Array<Record<string, unknown>>;
  metadata: Record<string, unknown>;
  created_at: string;
}

/**
 * One redemption: a code redeemed (`kind: 'voucher'`) or the parent of a stacked request (`kind: 'parent'`, which
 * names no voucher). Only successful redemptions are stored: a failing request writes nothing.
 */
export interface Redemption {
  id: string;
  kind: 'voucher' | 'parent';
  date: string;
  /** The parent redemption of a stacked request's child; null for parents and legacy single redemptions. */
  parent_id: string | null;
  customer_id: string | null;
  tracking_id: string | null;
  metadata: Record<string, unknown>;
  voucher_id: string | null;
  campaign_id: string | null;
  order: RedemptionOrder | null;
  /** The X-App-Id the request came with (Voucherify's channel_id for API redemptions). */
  channel_id: string;
}

/** A customer counted as referred in a campaign: by a redemption of a referral code, or by a custom event. */
export interface Referral {
  customer_id: string;
  campaign_id: string;
  referrer_id: string | null;
  related_object_id: string;
  related_object_type: 'redemption' | 'custom_event';
  date: string;
}

/** A redemption given back (POST /v1/redemptions/{id}/rollback): the code's redeemed quantity goes down by one. */
export interface RedemptionRollback {
  id: string;
  redemption_id: string;
  date: string;
  reason: string | null;
  customer_id: string | null;
  tracking_id: string | null;
  metadata: Record<string, unknown>;
  channel_id: string;
}

/** An OAuth 2.0 token from POST /v1/oauth/token; removed when revoked. */
export interface OAuthToken {
  access_token: string;
  client_id: string;
  /** The X-App-Id it was made with. */
  app_id: string;
  /** Space-separated scope values, as answered. */
  scope: string;
  created_at: string;
  /** When it stops working (sandbox clock); null for a seeded token that never expires. */
  expires_at: string | null;
}

export interface VoucherifyState {
  campaigns: Campaign[];
  vouchers: Voucher[];
  customers: Customer[];
  holders: RedeemableHolder[];
  publications: Publication[];
  redemptions: Redemption[];
  referrals: Referral[];
  rollbacks: RedemptionRollback[];
  oauth_tokens: OAuthToken[];
  /** Tail of holder ids, so ids created in the same millisecond still sort in creation order. */
  holder_sequence: number;
}

export function emptyState(): VoucherifyState {
  return { campaigns: [], vouchers: [], customers: [], holders: [], publications: [], redemptions: [], referrals: [], rollbacks: [], oauth_tokens: [], holder_sequence: 0 };
}
