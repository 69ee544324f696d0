// --watch: the start-up scenario and fault files are read again when they change, as Prism, Mockoon and json-server
// reload theirs. One log line per reload; a file that no longer reads or checks is reported and changes nothing.
import { unwatchFile, watchFile, type Stats } from 'node:fs';
import { readDocument, readFaultFile, type Config } from './config.js';
import type { ScenarioDocument } from './engine/types.js';
import type { ProblemLog } from './engine/logger.js';

type Reload = (change: { scenario?: ScenarioDocument; faults?: unknown[] }) => Promise<void>;

/** Polls each file (every 300 ms: editors that replace a file, and volumes, defeat fs.watch); returns a stop function. */
export function watchStartupFiles(config: Config, reload: Reload, log: ProblemLog & { info?: (message: string) => void }): () => void {
  const files: [string, () => Promise<void>][] = [];
  const say = (message: string) => (log.info ? log.info(message) : console.log(`[referral-sandbox] ${message}`));
  if (config.scenarioFile) {
    const file = config.scenarioFile;
    files.push([file, async () => reload({ scenario: readDocument(file, '--scenario') as ScenarioDocument }).then(() => say(`reloaded --scenario ${file}: the state is reset to it`))]);
  }
  if (config.faultsFile) {
    const file = config.faultsFile;
    // --latency is a start-up rule too, and not the file's: it stays.
    const kept = config.latencyRule === undefined ? [] : [config.latencyRule];
    files.push([file, async () => reload({ faults: [...readFaultFile(file), ...kept] }).then(() => say(`reloaded --faults ${file}: its rules replace the file's earlier ones`))]);
  }
  let queue = Promise.resolve();
  const listeners = files.map(([file, apply]) => {
    const listener = (now: Stats, before: Stats) => {
      if (now.mtimeMs === before.mtimeMs && now.size === before.size) return;
      if (now.nlink === 0 && now.size === 0) return void log.warn(`--watch: ${file} is gone; the state is unchanged`);
      // One reload at a time, in the order the changes came.
      queue = queue.then(() => apply().catch((error: Error) => log.warn(`--watch: not reloaded, the state is unchanged: ${error.message}`)));
    };
    watchFile(file, { interval: 300 }, listener);
    return [file, listener] as const;
  });
  return () => {
    for (const [file, listener] of listeners) unwatchFile(file, listener);
  };
}
