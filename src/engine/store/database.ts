import type { OutboxMessage, Tenant } from '../types.js';
import type { WebhookDelivery, WebhookEndpoint } from '../webhooks/types.js';
import type { CollectionSpec } from './collection.js';
import type { SpecAt } from './apply-changes.js';

export interface Database {
  version: 1;
  /** The last log entry this snapshot holds: start-up replays only the entries after it. */
  log_sequence?: number;
  /** Fingerprint of the vendors' state schemas the data was last upgraded to (see upgradeStoredStates). */
  schema_revision?: string;
  /** Credential sets per vendor. */
  tenants: Record<string, Tenant[]>;
  /** Vendor state per vendor, per tenant id. */
  data: Record<string, Record<string, unknown>>;
  outbox: OutboxMessage[];
  /** Admin-configured receivers and the delivery log (pending deliveries are state: they survive a restart). */
  webhooks: { endpoints: WebhookEndpoint[]; deliveries: WebhookDelivery[] };
  /** Team store only: settings every replica follows (the clock, admin fault rules), written by admin changes. */
  settings?: Record<string, unknown>;
}

export function emptyDatabase(): Database {
  return { version: 1, tenants: {}, data: {}, outbox: [], webhooks: { endpoints: [], deliveries: [] } };
}

const byId: CollectionSpec<{ id: string }> = { key: (record) => record.id };
/** The outbox also by sender (vendor and tenant): the team store keeps its limit per tenant. */
export const outboxSpec: CollectionSpec<{ id: string; vendor: string; tenant: string }> = { key: (record) => record.id, indexes: { sender: (record) => `${record.vendor}\u0000${record.tenant}` } };

/** Where the collections are: the engine's own (outbox, deliveries) and each vendor's, per tenant. */
/** The vendors' collection specs, as the store needs them (VendorApi.collections). */
export type VendorCollections = ReadonlyArray<{ name: string; collections?: Partial<Record<string, CollectionSpec<any>>> }>;

export function collectionsOf(vendors: VendorCollections): SpecAt {
  const byVendor = new Map(vendors.map((vendor) => [vendor.name, vendor.collections ?? {}]));
  return (path) => {
    if (path.length === 1 && path[0] === 'outbox') return outboxSpec as CollectionSpec<object>;
    if (path.length === 2 && path[0] === 'webhooks' && (path[1] === 'deliveries' || path[1] === 'endpoints')) return byId as CollectionSpec<object>;
    if (path.length === 4 && path[0] === 'data') {
      const specs = byVendor.get(path[1]);
      return specs && Object.hasOwn(specs, path[3]) ? (specs[path[3]] as CollectionSpec<object> | undefined) : undefined;
    }
    return undefined;
  };
}
