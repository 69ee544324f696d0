import { PrefineryError } from '../errors.js';
import type { Beta, PrefineryState, Tester } from '../store.js';

export function findBeta(state: PrefineryState, betaId: number): Beta {
  const beta = state.betas.find((b) => b.id === betaId);
  if (!beta) throw PrefineryError.betaNotFound();
  return beta;
}

/** The beta's testers in id order (the order lists and the waitlist use). */
export function testersOf(state: PrefineryState, betaId: number): Tester[] {
  return state.testers.filter((t) => t.beta_id === betaId).sort((a, b) => a.id - b.id);
}

export function findTester(state: PrefineryState, betaId: number, testerId: number): Tester {
  const tester = state.testers.find((t) => t.beta_id === betaId && t.id === testerId);
  if (!tester) throw PrefineryError.testerNotFound();
  return tester;
}
