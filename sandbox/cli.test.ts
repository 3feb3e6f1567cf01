// `npm run sandbox` and `npm run sandbox:token` as real processes: the printed lines, the state
// file, a token that Graph accepts, the port and budget flags, and a clean exit on SIGTERM.
import { type ChildProcess, type ChildProcessByStdio, execFile, spawn } from 'node:child_process';
import type { Readable } from 'node:stream';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { activityBody, graphClient } from './test-support/graph-client';
import { NAMED_USERS } from './users';

const run = promisify(execFile);
const ROOT = resolve(import.meta.dirname, '..');
const TSX = ['--import', 'tsx'];
const EN = JSON.parse(
  readFileSync(join(ROOT, 'public/_locales/en/messages.json'), 'utf8'),
) as Record<string, { message: string } | undefined>;
const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function freePort(): Promise<number> {
  return new Promise((ok) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => {
        ok(port);
      });
    });
  });
}

/** Starts the CLI and resolves with its output once the Graph and Authority lines are out. */
function startCli(
  args: string[],
): Promise<{ child: ChildProcessByStdio<null, Readable, Readable>; output: () => string }> {
  const child = spawn(process.execPath, [...TSX, 'sandbox/cli.ts', ...args], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const collect = (d: Buffer): void => {
    out += d.toString();
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  return new Promise((ok, fail) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      fail(new Error(`CLI did not start in time:\n${out}`));
    }, 15_000);
    const check = (): void => {
      if (/^Graph: .+$/m.test(out) && /^Authority: .+$/m.test(out) && out.includes('Ctrl-C')) {
        clearTimeout(timer);
        ok({ child, output: () => out });
      }
    };
    child.stdout.on('data', check);
    child.on('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`CLI exited early (${String(code)}):\n${out}`));
    });
  });
}

function exited(child: ChildProcess): Promise<number | null> {
  return new Promise((ok) => {
    child.once('exit', (code) => {
      ok(code);
    });
  });
}

const dirs: string[] = [];
afterAll(async () => {
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
});

describe('npm run sandbox / sandbox:token', () => {
  it('prints the settings, serves tokens to sandbox:token, and stops cleanly on SIGTERM', async () => {
    const stateDir = await mkdtemp(join(tmpdir(), 'sandbox-cli-'));
    dirs.push(stateDir);
    const graphPort = await freePort();
    const { child, output } = await startCli([
      '--graph-port',
      String(graphPort),
      '--idp-port',
      '0',
      '--budget-per-5min',
      '1000',
      '--state-dir',
      stateDir,
      '--quiet',
    ]);
    try {
      const graphBase = /^Graph: (\S+)$/m.exec(output())?.[1] ?? '';
      const authority = /^Authority: (\S+)$/m.exec(output())?.[1] ?? '';
      expect(graphBase).toBe(`http://127.0.0.1:${String(graphPort)}/v1.0`);
      expect(authority).toMatch(/^https:\/\/127\.0\.0\.1:\d+\/[0-9a-f-]{36}\/v2\.0$/);
      // What to enter, under the options page's own heading and labels (the English catalogue's),
      // and every user the login page offers.
      const label = (key: string): string => EN[key]?.message ?? `(no ${key})`;
      const field = (key: string, value: string): RegExp =>
        new RegExp(`^  ${escape(label(key))}: +${escape(value)}$`, 'm');
      expect(output()).toContain(`Options page → ${label('options_setup_heading')}:`);
      expect(output()).toMatch(field('options_client_id', 'reading-timeline-sandbox'));
      expect(output()).toMatch(field('options_tenant', authority));
      expect(output()).toMatch(field('options_graph_url', graphBase));
      expect(output()).toContain(`press ${label('options_sign_in')} and pick a user`);
      expect(output()).toContain(`Users: ${NAMED_USERS.join(', ')} (`);
      expect(output()).toMatch(
        /^Chromium with the extension: chromium .*--load-extension=\S+\/dist$/m,
      );
      expect(output()).toContain('--ignore-certificate-errors-spki-list=');
      expect(existsSync(join(stateDir, 'instance.json'))).toBe(true);

      const { stdout } = await run(
        process.execPath,
        [...TSX, 'sandbox/token-cli.ts', '--user', 'alice', '--state-dir', stateDir],
        { cwd: ROOT },
      );
      // Only the token, so scripts can use $(npm run -s sandbox:token -- --user alice).
      expect(stdout).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+\n$/);
      const graph = graphClient(graphBase, stdout.trim());
      expect((await graph.putActivity('cli', activityBody('cli'))).status).toBe(201);

      const budget = (await (
        await fetch(`http://127.0.0.1:${String(graphPort)}/__sandbox/budget`)
      ).json()) as { writes: { per5Min: number; perDay: number } };
      expect(budget.writes).toEqual({ per5Min: 1000, perDay: 8000 });
    } finally {
      child.kill('SIGTERM');
    }
    expect(await exited(child)).toBe(0);
    expect(output()).toContain('Sandbox stopped.');
    expect(existsSync(join(stateDir, 'instance.json'))).toBe(false);
    await expect(fetch(`http://127.0.0.1:${String(graphPort)}/__sandbox/info`)).rejects.toThrow();
  }, 30_000);

  it('sandbox:token fails clearly when no sandbox is running', async () => {
    const stateDir = await mkdtemp(join(tmpdir(), 'sandbox-cli-'));
    dirs.push(stateDir);
    const failure = await run(
      process.execPath,
      [...TSX, 'sandbox/token-cli.ts', '--user', 'alice', '--state-dir', stateDir],
      { cwd: ROOT },
    ).catch((error: unknown) => error as { code: number; stderr: string; stdout: string });
    expect(failure).toMatchObject({ code: 1, stdout: '' });
    expect((failure as { stderr: string }).stderr).toContain('npm run sandbox');
  });

  it('refuses a bad port', async () => {
    const failure = await run(process.execPath, [...TSX, 'sandbox/cli.ts', '--graph-port', 'x'], {
      cwd: ROOT,
    }).catch((error: unknown) => error as { code: number; stderr: string });
    expect(failure).toMatchObject({ code: 1 });
    expect((failure as { stderr: string }).stderr).toContain('--graph-port');
  });
});
