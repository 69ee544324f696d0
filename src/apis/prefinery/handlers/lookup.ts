import { getByKey } from '../../../engine/store/collection.js';
import { betasSpec, testerById } from '../collections.js';
import { PrefineryError } from '../errors.js';
import type { Beta, PrefineryState, Tester } from '../store.js';

export function findBeta(state: PrefineryState, betaId: number): Beta {
  const beta = getByKey(state.betas, betasSpec, betaId);
  if (!beta) throw PrefineryError.betaNotFound();
  return beta;
}

export function findTester(state: PrefineryState, betaId: number, testerId: number): Tester {
  const tester = testerById(state.testers, testerId);
  if (!tester || tester.beta_id !== betaId) throw PrefineryError.testerNotFound();
  return tester;
}
