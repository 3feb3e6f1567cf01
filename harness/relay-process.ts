// The organisation relay as a child process, started as `npm run relay` starts it (relay/main.ts
// with a config file and the credential from the environment), for e2e specs: kill it hard, start
// it again on the same queue file, and read what it logged.
import { type ChildProcess, spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import {
  RELAY_API_AUDIENCE,
  RELAY_GRAPH_CLIENT_ID,
  RELAY_GRAPH_CLIENT_SECRET,
  SANDBOX_TENANT_ID,
  type Sandbox,
} from '../sandbox';

const REPO_ROOT = path.resolve(import.meta.dirname, '..');

/** One JSON line the relay logged (relay/log.ts). */
export interface RelayLogLine {
  event: string;
  [field: string]: unknown;
}

/**
 * The organisation relay run as its own Node process (relay/main.ts), started and killed at will.
 */
export interface RelayProcess {
  url: string;
  /** Every line logged by every run so far, in order. */
  log: RelayLogLine[];
  /** Starts the relay (again, on the same queue) and waits until /readyz answers 200. */
  start(): Promise<void>;
  /** SIGKILL: no graceful stop, as a crash or an OOM kill. */
  kill(): Promise<void>;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (address === null || typeof address === 'string') throw new Error('no free port');
  return address.port;
}

/**
 * Prepares a relay for `connections` of the sandbox in `dir` (config, CA file, queue). It accepts
 * extension origins (CORS) and the sandbox's tokens for the relay API; leases are short so an
 * entry a killed relay held comes back within a test.
 */
export async function relayProcess(
  sb: Sandbox,
  dir: string,
  connections: string[],
): Promise<RelayProcess> {
  const port = await freePort();
  const caFile = path.join(dir, 'ca.pem');
  writeFileSync(caFile, sb.caPem);
  const configFile = path.join(dir, 'relay.json');
  writeFileSync(
    configFile,
    JSON.stringify({
      listen: { host: '127.0.0.1', port },
      tenantId: SANDBOX_TENANT_ID,
      authority: sb.authority,
      clientId: RELAY_GRAPH_CLIENT_ID,
      graph: { baseUrl: sb.graphBaseUrl },
      api: {
        audiences: [RELAY_API_AUDIENCE],
        issuerTemplate: sb.authority.replace(SANDBOX_TENANT_ID, '{tenantid}'),
        allowedOrigins: ['chrome-extension://*'],
      },
      connections,
      queue: { path: path.join(dir, 'queue.db') },
      delivery: { leaseSeconds: 5 },
    }),
  );
  const url = `http://127.0.0.1:${String(port)}`;
  const log: RelayLogLine[] = [];
  let child: ChildProcess | undefined;

  const exited = (proc: ChildProcess) =>
    proc.exitCode !== null || proc.signalCode !== null
      ? Promise.resolve()
      : new Promise<void>((resolve) => {
          proc.once('exit', () => {
            resolve();
          });
        });

  return {
    url,
    log,
    async start() {
      const proc = spawn(
        process.execPath,
        ['--import', 'tsx', path.join(REPO_ROOT, 'relay/main.ts'), '--config', configFile],
        {
          cwd: REPO_ROOT,
          env: {
            ...process.env,
            RELAY_CLIENT_SECRET: RELAY_GRAPH_CLIENT_SECRET,
            NODE_EXTRA_CA_CERTS: caFile,
          },
          stdio: ['ignore', 'pipe', 'inherit'],
        },
      );
      child = proc;
      let pending = '';
      proc.stdout.setEncoding('utf8').on('data', (chunk: string) => {
        pending += chunk;
        const lines = pending.split('\n');
        pending = lines.pop() ?? '';
        for (const line of lines) {
          try {
            log.push(JSON.parse(line) as RelayLogLine);
          } catch {
            log.push({ event: 'unparsed', line });
          }
        }
      });
      for (let i = 0; i < 300; i++) {
        const ready = await fetch(`${url}/readyz`).then(
          (r) => r.ok,
          () => false,
        );
        if (ready) return;
        if (proc.exitCode !== null) throw new Error('the relay exited while starting');
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      throw new Error('the relay did not become ready');
    },
    async kill() {
      if (!child) return;
      child.kill('SIGKILL');
      await exited(child);
      child = undefined;
    },
    async stop() {
      if (!child) return;
      child.kill('SIGTERM');
      await exited(child);
      child = undefined;
    },
  };
}
