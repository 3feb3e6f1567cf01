import { spawn, type ChildProcess } from 'node:child_process';
import type { Readable, Writable } from 'node:stream';
import { CHROMIUM, EXTENSION_ARGS } from '../browser';
import { openDisplay } from './display';

/**
 * How often the extension's service worker is started while nobody uses the browser.
 *
 * Playwright cannot measure this: it attaches to every service worker, and Chromium never stops a
 * worker that DevTools is attached to. So Chromium is launched here without Playwright, with the
 * page as its only tab, and watched through `--remote-debugging-pipe` with target discovery only
 * (nothing attached): every `service_worker` target created is one start of the worker.
 *
 * "Idle" means what it means for a person: the page was opened, then nobody touched anything, so
 * the content script's heartbeats stop, chrome.idle reports idle (headed, under Xvfb) and only
 * alarms can wake the worker.
 */
export interface WakeupReport {
  /** Worker starts during the idle window (not counting the one running when it began). */
  wakeups: number;
  /** Every start and stop of the worker, seconds from the start of the idle window. */
  timeline: { at: number; event: 'started' | 'stopped' }[];
}

interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
}

/**
 * Opens `url` in a headed Chromium without Playwright (WakeupReport says why), waits `settleMs`,
 * then counts the worker's starts during `idleMs` of no input. Needs an X display.
 */
export async function measureIdleWakeups(options: {
  url: string;
  profileDir: string;
  idleMs: number;
  /** Time for the page to load and report before the idle window starts. */
  settleMs?: number;
  log?: (line: string) => void;
}): Promise<WakeupReport> {
  const { url, profileDir, idleMs, settleMs = 3_000, log } = options;
  const x = await openDisplay();
  // The person opens the browser (input), then leaves it alone.
  await x.nudgePointer();
  const browser: ChildProcess = spawn(
    CHROMIUM,
    [
      '--remote-debugging-pipe',
      `--user-data-dir=${profileDir}`,
      ...EXTENSION_ARGS,
      '--no-default-browser-check',
      '--password-store=basic',
      // Chromium refuses to run as root with its sandbox (Playwright adds the same flag).
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
      url,
    ],
    { stdio: ['ignore', 'ignore', 'pipe', 'pipe', 'pipe'] },
  );
  let stderr = '';
  browser.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4_000);
  });
  const exited = new Promise<never>((_, reject) => {
    browser.once('exit', (code) => {
      reject(new Error(`Chromium exited (${String(code)}) during the idle window:\n${stderr}`));
    });
  });
  exited.catch(() => undefined);
  const toBrowser = browser.stdio[3] as Writable;
  const fromBrowser = browser.stdio[4] as Readable;
  toBrowser.on('error', () => undefined);
  fromBrowser.on('error', () => undefined);

  let windowStart = Number.POSITIVE_INFINITY;
  const workers = new Set<string>();
  const timeline: WakeupReport['timeline'] = [];
  let wakeups = 0;
  let extensionOrigin: string | null = null;
  const isOurWorker = (info: TargetInfo) =>
    info.type === 'service_worker' &&
    info.url.startsWith('chrome-extension://') &&
    (extensionOrigin === null || info.url.startsWith(extensionOrigin));

  let nextId = 1;
  const pending = new Map<number, (result: unknown) => void>();
  const send = (method: string, params: object = {}) =>
    new Promise<unknown>((resolve) => {
      const id = nextId++;
      pending.set(id, resolve);
      toBrowser.write(`${JSON.stringify({ id, method, params })}\0`);
    });

  let buffered = '';
  fromBrowser.setEncoding('utf8');
  fromBrowser.on('data', (chunk: string) => {
    buffered += chunk;
    let end: number;
    while ((end = buffered.indexOf('\0')) >= 0) {
      const message = JSON.parse(buffered.slice(0, end)) as {
        id?: number;
        result?: unknown;
        method?: string;
        params?: { targetInfo?: TargetInfo; targetId?: string };
      };
      buffered = buffered.slice(end + 1);
      if (message.id !== undefined) {
        pending.get(message.id)?.(message.result);
        pending.delete(message.id);
        continue;
      }
      const now = Date.now();
      const info = message.params?.targetInfo;
      if (message.method === 'Target.targetCreated' && info && isOurWorker(info)) {
        extensionOrigin ??= new URL(info.url).origin;
        workers.add(info.targetId);
        if (now >= windowStart) {
          wakeups++;
          timeline.push({ at: (now - windowStart) / 1000, event: 'started' });
        }
      } else if (message.method === 'Target.targetDestroyed') {
        const id = message.params?.targetId ?? '';
        if (workers.delete(id) && now >= windowStart) {
          timeline.push({ at: (now - windowStart) / 1000, event: 'stopped' });
        }
      }
    }
  });

  try {
    await Promise.race([send('Target.setDiscoverTargets', { discover: true }), exited]);
    await Promise.race([new Promise((resolve) => setTimeout(resolve, settleMs)), exited]);
    windowStart = Date.now();
    log?.(
      `  idle window: ${String(idleMs / 60_000)} min, worker ${workers.size > 0 ? 'running' : 'stopped'} at its start`,
    );
    await Promise.race([new Promise((resolve) => setTimeout(resolve, idleMs)), exited]);
    return { wakeups, timeline };
  } finally {
    if (browser.exitCode === null) {
      await Promise.race([send('Browser.close'), new Promise((r) => setTimeout(r, 5_000))]);
      // Browser.close may have been answered before the process is gone.
      if (!browser.killed) browser.kill();
    }
    x.close();
  }
}
