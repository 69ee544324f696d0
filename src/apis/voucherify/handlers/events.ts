import { createHash } from 'node:crypto';
import {
  customerCreatedData,
  customerReferredData,
  holderAssignmentData,
  publicationSucceededData,
  redemptionFailedData,
  redemptionRollbackData,
  type FailedRedemption,
  redemptionSucceededData,
  voucherPublishedData,
} from '../rules/events.js';
import type { Customer, Publication, RedeemableHolder, Redemption, RedemptionRollback, Referral, Voucher } from '../store.js';
import type { VoucherifyEmitted, VoucherifyEventData, VoucherifyEventType } from '../webhooks.js';
import { nowIso, type Ctx } from './shared.js';

/** The webhook events one request may send; each is called at the write it reports, after every check passed. */
export interface Events {
  customerCreated(customer: Customer): void;
  /** A code published: voucher.published, publication.succeeded and the REFERRER's holder assignment. */
  published(publication: Publication, referrerRow: RedeemableHolder): void;
  holderAssigned(row: RedeemableHolder): void;
  /** Call before the row is removed from the state. */
  holderRemoved(row: RedeemableHolder): void;
  /** A code redeemed (a child or a single redemption, already stored). */
  redemptionSucceeded(redemption: Redemption): void;
  /** A code's redemption refused by the referral rules: sent although the request fails (it must write nothing). */
  redemptionFailed(failed: FailedRedemption): void;
  rolledBack(redemption: Redemption, rollback: RedemptionRollback): void;
  /** A customer counted as referred (the referral already stored). */
  referred(referral: Referral, voucher: Voucher): void;
}

/**
 * The events of one request. Its `group_id` (Voucherify: the id of the request behind the event) is derived from
 * the request's first event rather than drawn from the id source, so the API's own ids are the same with or
 * without webhooks.
 */
export function eventsFor(headers: Record<string, string | string[] | undefined>, ctx: Ctx): Events {
  const appIdHeader = headers['x-app-id'];
  const appId = (Array.isArray(appIdHeader) ? appIdHeader[0] : appIdHeader) ?? '';
  let groupId: string | undefined;
  const emit = <E extends VoucherifyEventType>(type: E, entityId: string, data: VoucherifyEventData<E>, onFailure = false) => {
    groupId ??= `v-${createHash('sha256').update(`${ctx.principal.tenantId}|${entityId}|${nowIso(ctx)}`).digest('hex').slice(0, 18)}`;
    // A copy: the data describes the record at this write, whatever the request does next.
    const payload: VoucherifyEmitted<E> = { data: structuredClone(data), entity_id: entityId, group_id: groupId, app_id: appId };
    ctx.emit(onFailure ? { type, payload, onFailure } : { type, payload });
  };
  const state = () => ctx.state;
  return {
    customerCreated: (customer) => emit('customer.created', customer.id, customerCreatedData(state(), customer)),
    published: (publication, referrerRow) => {
      emit('voucher.published', publication.voucher_id, voucherPublishedData(state(), publication));
      emit('publication.succeeded', publication.id, publicationSucceededData(state(), publication));
      emit('customer.holder.assignment.created', referrerRow.customer_id, holderAssignmentData(state(), referrerRow, publication.id));
    },
    holderAssigned: (row) => emit('customer.holder.assignment.created', row.customer_id, holderAssignmentData(state(), row, null)),
    holderRemoved: (row) => emit('customer.holder.assignment.deleted', row.customer_id, holderAssignmentData(state(), row, null)),
    redemptionSucceeded: (redemption) => emit('redemption.succeeded', redemption.id, redemptionSucceededData(state(), redemption)),
    redemptionFailed: (failed) => emit('redemption.failed', failed.id, redemptionFailedData(state(), failed), true),
    rolledBack: (redemption, rollback) => emit('redemption.rollback.succeeded', rollback.id, redemptionRollbackData(state(), redemption, rollback)),
    referred: (referral, voucher) => emit('customer.referred', referral.customer_id, customerReferredData(state(), referral, voucher)),
  };
}
