// The Graph + OpenID sandbox for a benchmark: in its own process as `npm run sandbox` runs it, or
// inside the benchmark's process; either way on free ports with a state folder of its own.
import { spawn } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { startSandbox } from '../../sandbox';

const REPO_ROOT = path.resolve(import.meta.dirname, '..', '..');
const stateDir = path.join(os.tmpdir(), 'reading-timeline-bench-sandbox');

/** Where a started sandbox answers, and how to stop it. */
export interface RunningSandbox {
  graphBaseUrl: string;
  adminUrl: string;
  stop: () => Promise<void>;
}

/**
 * `npm run sandbox` in a child process (so a load generator does not share its event loop), with
 * its own state folder (never the user's .sandbox) and write budgets of `budget` per window.
 */
export async function startSandboxProcess(budget: number): Promise<RunningSandbox> {
  const child = spawn(
    process.execPath,
    [
      ...process.execArgv,
      path.join(REPO_ROOT, 'sandbox', 'cli.ts'),
      '--graph-port=0',
      '--idp-port=0',
      `--budget-per-5min=${String(budget)}`,
      `--budget-per-day=${String(budget)}`,
      `--state-dir=${stateDir}`,
      '--quiet',
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const exited = new Promise<void>((done) => {
    child.once('exit', () => {
      done();
    });
  });
  let out = '';
  const ready = await new Promise<{ graph: string; admin: string }>((ok, fail) => {
    const timer = setTimeout(() => {
      fail(new Error(`sandbox did not start:\n${out}`));
    }, 20_000);
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const graph = /^Graph: (\S+)$/m.exec(out)?.[1];
      const admin = /^Admin API: (\S+)$/m.exec(out)?.[1];
      if (graph && admin) {
        clearTimeout(timer);
        ok({ graph, admin });
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`sandbox exited (${String(code)}):\n${out}`));
    });
  });
  return {
    graphBaseUrl: ready.graph,
    adminUrl: ready.admin,
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/** The same sandbox inside this process. */
export async function startSandboxInProcess(budget: number): Promise<RunningSandbox> {
  const sandbox = await startSandbox({
    quiet: true,
    stateDir,
    writeBudget: { per5Min: budget, perDay: budget },
  });
  return {
    graphBaseUrl: sandbox.graphBaseUrl,
    adminUrl: sandbox.adminUrl,
    stop: () => sandbox.stop(),
  };
}
