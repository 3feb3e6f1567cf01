/**
 * `npm run relay -- --config relay.config.json`: starts the relay until SIGTERM/SIGINT, then stops
 * gracefully (calls in flight finish and are stored). The credential comes from the environment.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { ConfigError, credentialFromEnv, parseRelayConfig } from './config';
import { createJsonLogger } from './log';
import { startRelay } from './relay';

const log = createJsonLogger();

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { config: { type: 'string', short: 'c' } } });
  const path = values.config ?? process.env['RELAY_CONFIG'];
  if (path === undefined) throw new ConfigError(['pass --config <file> (or set RELAY_CONFIG)']);
  const config = parseRelayConfig(JSON.parse(readFileSync(path, 'utf8')));
  const credential = credentialFromEnv(process.env, (file) => readFileSync(file, 'utf8'));
  const relay = await startRelay(config, { credential, log });
  const stop = () => {
    relay.stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) process.stderr.write(`${error.message}\n`);
  else log.error('relay.crashed', { message: error instanceof Error ? error.message : 'unknown' });
  process.exit(1);
});
