// `npm run sandbox`: starts the Graph server and the OpenID provider on 127.0.0.1, prints what to
// paste into the extension's options page, and stops cleanly on Ctrl-C or SIGTERM.
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { DEFAULT_STATE_DIR, startSandbox, type SandboxOptions } from './index';
import { removeInstanceFile, writeInstanceFile } from './instance-file';
import { DEFAULT_WRITE_BUDGET } from './graph/throttle';
import { optionsLabel, settingsLines, usersText } from './settings-lines';

/** The Chromium build `npm run build` writes, and a profile of its own for trying the sandbox. */
const DIST = resolve(import.meta.dirname, '../dist');
const PROFILE = resolve(import.meta.dirname, '../.sandbox/chromium-profile');

const USAGE = `Usage: npm run sandbox -- [--graph-port N] [--idp-port N] [--budget-per-5min N]
                              [--budget-per-day N] [--token-ttl SECONDS] [--state-dir DIR] [--quiet]
Ports default to 0 (any free port).`;

function intArg(
  value: string | undefined,
  name: string,
  min: number,
  max: number,
): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < min || n > max) {
    throw new Error(`--${name} must be an integer between ${String(min)} and ${String(max)}`);
  }
  return n;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      'graph-port': { type: 'string' },
      'idp-port': { type: 'string' },
      'budget-per-5min': { type: 'string' },
      'budget-per-day': { type: 'string' },
      'token-ttl': { type: 'string' },
      'state-dir': { type: 'string' },
      quiet: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const per5Min = intArg(values['budget-per-5min'], 'budget-per-5min', 0, 1e9);
  const perDay = intArg(values['budget-per-day'], 'budget-per-day', 0, 1e9);
  const ttl = intArg(values['token-ttl'], 'token-ttl', 1, 86_400);
  const stateDir = values['state-dir'] ? resolve(values['state-dir']) : DEFAULT_STATE_DIR;
  const options: SandboxOptions = {
    graphPort: intArg(values['graph-port'], 'graph-port', 0, 65_535) ?? 0,
    idpPort: intArg(values['idp-port'], 'idp-port', 0, 65_535) ?? 0,
    stateDir,
    ...(values.quiet ? { quiet: true } : {}),
    ...(ttl === undefined ? {} : { accessTokenTtlSec: ttl }),
    ...(per5Min === undefined && perDay === undefined
      ? {}
      : {
          writeBudget: {
            // Raising only the 5-minute budget must not leave the daily one as the binding limit.
            per5Min: per5Min ?? DEFAULT_WRITE_BUDGET.per5Min,
            perDay: perDay ?? Math.max(DEFAULT_WRITE_BUDGET.perDay, per5Min ?? 0),
          },
        }),
  };

  const sandbox = await startSandbox(options);
  let stopping = false;
  const stop = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: stopping the sandbox...`);
    void Promise.all([sandbox.stop(), removeInstanceFile(stateDir)]).then(
      () => {
        console.log('Sandbox stopped.');
        process.exit(0);
      },
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => {
    stop('SIGINT');
  });
  process.on('SIGTERM', () => {
    stop('SIGTERM');
  });

  await writeInstanceFile(stateDir, sandbox);
  console.log(`Graph: ${sandbox.graphBaseUrl}`);
  console.log(`Authority: ${sandbox.authority}`);
  console.log('');
  for (const line of settingsLines(sandbox)) console.log(line);
  console.log(`  (then press ${optionsLabel('options_sign_in')} and pick a user)`);
  console.log('');
  console.log(`Users: ${usersText()} (@sandbox.test, no password)`);
  console.log(`Scopes granted: ${sandbox.scopes.join(' ')} (the extension asks for them itself)`);
  console.log(`Admin API: ${sandbox.adminUrl}`);
  const flag = `--ignore-certificate-errors-spki-list=${sandbox.certSpkiSha256}`;
  console.log(`Chromium flag: ${flag}`);
  console.log(
    `Chromium with the extension: chromium --user-data-dir=${PROFILE} ${flag} --load-extension=${DIST}`,
  );
  console.log(`Firefox: open ${sandbox.authority} once and accept the certificate`);
  console.log(`Access token: npm run sandbox:token -- --user alice`);
  console.log('Press Ctrl-C to stop.');
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  console.error(USAGE);
  process.exit(1);
});
