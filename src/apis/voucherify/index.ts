// Stub: replaced by the vendor's own issue. Every path answers 404 until the spec grows.
import type { VendorApi } from '../../engine/types.js';

export const voucherify: VendorApi<Record<string, never>> = {
  name: 'voucherify',
  title: 'voucherify',
  spec: 'voucherify.yaml',
  handlers: {},
  renderError: (error) => ({ status: (error as { status?: number }).status ?? 500, body: { message: String((error as Error).message) } }),
  emptyState: () => ({}),
  defaultCredentials: { stub: 'voucherify_sandbox_key' },
  newCredentials: (ids) => ({ stub: ids.hex(32) }),
  describeCredentials: (c) => `x-stub-key: ${c.stub}`,
};
