// The package's public entry: `import { createServer } from 'referral-sandbox'`.
export { createServer, SPEC_DIR, type ServerOptions } from './server.js';
export { start } from './main.js';
export { readConfig, DEFAULTS, type Config } from './config.js';
export { vendors } from './apis/index.js';
export { buildScenario, listScenarios } from '../fixtures/index.js';
export { generateScenario, generatorNames, parseCounts } from '../fixtures/generate.js';
export type { FixtureDocument, PartneroState, PrefineryState, PureprofileState, ReferralApiState, VendorFixtures, VoucherifyState } from '../fixtures/types.js';
export { createIdSource } from './engine/ids.js';
export { createFixedClock, createSystemClock } from './engine/clock.js';
export type { EngineOptions, SandboxApp } from './engine/create-app.js';
export type { SandboxClock } from './engine/clock.js';
export type { FaultRule } from './engine/faults/faults.js';
export type * from './engine/types.js';
