import { readConfig } from './config.js';
import { start } from './main.js';

const USAGE = `usage: referral-sandbox start [--port 4010] [--host 127.0.0.1] [--db .sandbox/db.json | :memory:] [--validate-responses] [--allowed-hosts name,.domain] [--faults rules.json] [--latency 100-300]

env: PORT, HOST, SANDBOX_DB, SANDBOX_ADMIN_TOKEN, SANDBOX_VALIDATE_RESPONSES=1, SANDBOX_ALLOWED_HOSTS, SANDBOX_FAULTS, SANDBOX_LATENCY`;

/** The `referral-sandbox` command. */
export async function runCli(argv: string[]): Promise<void> {
  const [command = 'start', ...rest] = argv;
  if (command === 'help' || command === '--help' || command === '-h') return void console.log(USAGE);
  if (command !== 'start') {
    console.error(`unknown command "${command}"\n${USAGE}`);
    process.exitCode = 2;
    return;
  }
  await start(readConfig(rest));
}
