import type { Handler } from '../../../engine/types.js';
import type { operations } from '../spec.gen.js';
import type { PrefineryState } from '../store.js';

/** A Prefinery handler typed by its operation: its params, query and body in, one of its spec's success results out. */
export type H<K extends keyof operations> = Handler<operations[K], PrefineryState>;
