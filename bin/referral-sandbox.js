#!/usr/bin/env node
// Runs the compiled CLI (dist/, built by `npm run build`, which `npm ci` / `npm install` run through `prepare`).
const { runCli } = await import('../dist/src/cli.js').catch((error) => {
  console.error(`referral-sandbox: cannot load the compiled CLI (${error.message}); run \`npm run build\` first.`);
  process.exit(1);
});
await runCli(process.argv.slice(2)).catch((error) => {
  console.error(`referral-sandbox: ${error.message}`);
  process.exit(1);
});
