// Stub: replaced by the vendor's own issue. Every path answers 404 until the spec grows.
import type { VendorApi } from '../../engine/types.js';

export const prefinery: VendorApi<Record<string, never>> = {
  name: 'prefinery',
  title: 'prefinery',
  spec: 'prefinery.yaml',
  handlers: {},
  renderError: (error) => ({ status: (error as { status?: number }).status ?? 500, body: { message: String((error as Error).message) } }),
  emptyState: () => ({}),
  defaultCredentials: { stub: 'prefinery_sandbox_key' },
  newCredentials: (ids) => ({ stub: ids.hex(32) }),
  describeCredentials: (c) => `x-stub-key: ${c.stub}`,
};
