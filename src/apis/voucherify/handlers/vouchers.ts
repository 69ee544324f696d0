import type { Handler } from '../../../engine/types.js';
import { findVoucherByCode } from '../rules/lookup.js';
import { presentVoucher } from '../rules/present.js';
import type { VoucherifyState } from '../store.js';

export const getVoucher: Handler<VoucherifyState> = (req, { state }) => ({ status: 200, body: presentVoucher(state, findVoucherByCode(state, req.params.code)) });
