// The registry: one line per emulated vendor. Adding a vendor touches only this list and its own folders.
import type { VendorApi } from '../engine/types.js';
import { partnero } from './partnero/index.js';
import { prefinery } from './prefinery/index.js';
import { pureprofile } from './pureprofile/index.js';
import { referralapi } from './referralapi/index.js';
import { voucherify } from './voucherify/index.js';

export const vendors: VendorApi[] = [partnero, prefinery, voucherify, referralapi, pureprofile];
