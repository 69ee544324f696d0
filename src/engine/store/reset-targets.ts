// What a reset returns to. A bare reset goes back to what the process started with (the initial scenario plus the
// start-up document, --scenario FILE); a reset can also name a built-in scenario ('default', 'empty', ...), a document
// registered at start (--scenario NAME=FILE), or send a document of its own. Every target is built aside once and
// kept as JSON, so the next reset to it only parses and installs (a 100k-record scenario in well under a second) and
// gives the same ids every time.
import { EngineError } from '../errors/engine-error.js';
import type { ScenarioDocument } from '../types.js';

export interface ResetTarget {
  /** How the reset reports it: 'startup', a built-in or registered name, or 'document'. */
  name: string;
  /** The built-in scenario underneath ('default' unless the process started from another). */
  base: string;
  /** Merged on top of the base, checked like a seed. */
  doc?: ScenarioDocument;
}

export interface ResetTargets {
  /** A bare reset's target: what the process started with. */
  startup(): ResetTarget;
  /** A target by name; an unknown name is a 400 listing the known ones. */
  named(name: string): ResetTarget;
  names(): string[];
  /** --watch: the start-up document changed; `built` is its state already built, else it is built at the next reset. */
  setStartup(doc: ScenarioDocument | undefined, built?: string): void;
  /** The target's built state as JSON, built once per target (documents sent with a reset are not kept). */
  built(target: ResetTarget, build: () => string): string;
}

export const STARTUP = 'startup';

export function createResetTargets(options: { initial?: string; startup?: ScenarioDocument; registered?: Record<string, ScenarioDocument>; builtIn: () => string[] }): ResetTargets {
  const base = options.initial ?? 'default';
  let startupDoc = options.startup;
  const registered = new Map(Object.entries(options.registered ?? {}));
  const cache = new Map<string, string>();
  const builtIn = () => [...new Set(['default', 'empty', ...options.builtIn()])];
  const startup = (): ResetTarget => (startupDoc ? { name: STARTUP, base, doc: startupDoc } : { name: STARTUP, base });
  return {
    startup,
    named(name) {
      if (name === STARTUP) return startup();
      const doc = registered.get(name);
      if (doc) return { name, base: 'default', doc };
      if (builtIn().includes(name)) return { name, base: name };
      throw new EngineError('invalid_request', `Unknown scenario "${name}"; known: ${[STARTUP, ...builtIn(), ...registered.keys()].join(', ')}.`);
    },
    names: () => [STARTUP, ...builtIn(), ...registered.keys()],
    setStartup(doc, built) {
      startupDoc = doc;
      if (built === undefined) cache.delete(STARTUP);
      else cache.set(STARTUP, built);
    },
    built(target, build) {
      if (target.name === 'document') return build();
      let json = cache.get(target.name);
      if (json === undefined) {
        json = build();
        cache.set(target.name, json);
      }
      return json;
    },
  };
}
