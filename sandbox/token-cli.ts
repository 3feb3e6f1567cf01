// `npm run sandbox:token -- --user alice`: prints only a valid access token for that sandbox user,
// minted by the provider of the sandbox that `npm run sandbox` is running (found through
// <stateDir>/instance.json). For scripts and server tests; the extension signs in for real.
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { sandboxAdmin } from './admin/client';
import { DEFAULT_STATE_DIR } from './index';
import { instancePath, readInstanceFile } from './instance-file';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      user: { type: 'string', short: 'u' },
      'state-dir': { type: 'string' },
      'expires-in': { type: 'string' },
      scope: { type: 'string' },
    },
    strict: true,
  });
  const user = values.user;
  if (!user)
    throw new Error('Usage: npm run sandbox:token -- --user <name> [--expires-in SECONDS]');
  const stateDir = values['state-dir'] ? resolve(values['state-dir']) : DEFAULT_STATE_DIR;
  const instance = await readInstanceFile(stateDir);
  if (!instance) {
    throw new Error(
      `No running sandbox found (${instancePath(stateDir)}). Start one with: npm run sandbox`,
    );
  }
  const expires = values['expires-in'];
  if (expires !== undefined && !/^\d+$/.test(expires))
    throw new Error('--expires-in must be seconds');
  let token: string;
  try {
    token = await sandboxAdmin(instance.adminUrl).mintToken(user, {
      ...(expires === undefined ? {} : { expiresInSec: Number(expires) }),
      ...(values.scope === undefined ? {} : { scope: values.scope }),
    });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(
      /fetch failed|ECONNREFUSED/.test(reason)
        ? `The sandbox at ${instance.adminUrl} is not answering (stale ${instancePath(stateDir)}?). Start one with: npm run sandbox`
        : reason,
    );
  }
  process.stdout.write(`${token}\n`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
