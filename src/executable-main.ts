// The single-file executable's entry (scripts/build-binary.ts bundles it): the same CLI as bin/referral-sandbox.js.
import { runCli } from './cli.js';

// Inside a single executable application argv[1] is the executable again, as argv[0] is.
runCli(process.argv.slice(2)).catch((error: Error) => {
  console.error(`referral-sandbox: ${error.message}`);
  process.exit(1);
});
