import { findVoucherByCode } from '../rules/lookup.js';
import { presentVoucher } from '../rules/present.js';
import type { H } from './shared.js';

export const getVoucher: H<'getVoucher'> = (req, { state }) => ({ status: 200, body: presentVoucher(state, findVoucherByCode(state, req.params.code)) });
