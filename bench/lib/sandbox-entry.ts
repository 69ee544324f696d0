// `referral-sandbox start` from the TypeScript sources, so the benchmarks measure the working tree rather than a dist/
// that may be stale. src/main.ts only exports start() now (the CLI lives in src/cli.ts), so the harnesses spawn this:
//   node --import tsx bench/lib/sandbox-entry.ts --port 0 --db FILE
// It runs in the spawned process itself, so that process's PID is the server whose CPU and memory are read.
import { runCli } from '../../src/cli.js';

await runCli(['start', ...process.argv.slice(2)]).catch((error: Error) => {
  console.error(`referral-sandbox (bench): failed to start: ${error.message}`);
  process.exit(1);
});
