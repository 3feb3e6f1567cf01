// The X display the tracking scenarios' headed Chromium and the person share (Xvfb).
import { spawn } from 'node:child_process';
import type { Readable } from 'node:stream';
import { openXDisplay, type XDisplay } from './x11';

/** Why a scenario cannot run without an X display, and how to give it one. */
export const NEEDS_DISPLAY =
  'The tracking scenarios drive a headed Chromium (chrome.idle and window focus do not exist ' +
  'headless), so they need an X display: install Xvfb (`apt-get install -y xvfb`) and they ' +
  'start their own, or run them under one (`xvfb-run -a npx playwright test`).';

/**
 * Gives this process's headed browsers an X display of their own: a private Xvfb, stopped by the
 * returned function. Each process playing scenarios has its own (the e2e spec runs them in two
 * Playwright workers), since what a scenario measures is per X server: chrome.idle reads the idle
 * time of the server the browser draws on (its screen-saver extension), and the keyboard focus
 * belongs to one server's windows. Measured with two Xvfb and two browsers side by side: input on
 * one never made the other's chrome.idle active, and another application focused on one left the
 * other's page focused.
 *
 * Without Xvfb: DISPLAY, held for the whole run, if `mayShare` (one process playing scenarios at a
 * time, as `npm run bench:tracking` does); otherwise it fails with NEEDS_DISPLAY. Never skips.
 */
export async function ensureDisplay({ mayShare = true } = {}): Promise<() => Promise<void>> {
  const xvfb = await startXvfb().catch((error: unknown) => {
    if (process.env.DISPLAY && mayShare) return undefined;
    throw error instanceof Error ? error : new Error(String(error));
  });
  if (!xvfb) return holdDisplay();
  const saved = { DISPLAY: process.env.DISPLAY, XAUTHORITY: process.env.XAUTHORITY };
  // Launched browsers take the environment as it is at launch (Playwright's default).
  process.env.DISPLAY = `:${xvfb.number}`;
  // Our Xvfb has no access control: no cookie to find or send.
  delete process.env.XAUTHORITY;
  return async () => {
    await xvfb.stop();
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) Reflect.deleteProperty(process.env, key);
      else process.env[key] = value;
    }
  };
}

/**
 * Starts an Xvfb on the first free display number (it says which on fd 3), never reset between
 * clients. Rejects with NEEDS_DISPLAY when there is no Xvfb.
 */
async function startXvfb(): Promise<{ number: string; stop: () => Promise<void> }> {
  const xvfb = spawn(
    'Xvfb',
    ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp', '-noreset'],
    { stdio: ['ignore', 'ignore', 'pipe', 'pipe'] },
  );
  const number = await new Promise<string>((resolve, reject) => {
    let output = '';
    let errors = '';
    xvfb.once('error', (error) => {
      reject(new Error(`${NEEDS_DISPLAY} (${error.message})`));
    });
    xvfb.once('exit', (code) => {
      reject(new Error(`Xvfb exited with ${String(code)}: ${errors.trim()}`));
    });
    xvfb.stderr?.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    (xvfb.stdio[3] as Readable | null)?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('\n')) resolve(output.trim());
    });
  });
  return {
    number,
    async stop() {
      const exited = new Promise((resolve) => xvfb.once('exit', resolve));
      xvfb.kill();
      await exited;
    },
  };
}

/**
 * An X server resets when its last client leaves (unless started with -noreset, as xvfb-run does
 * not), and a client connecting during the reset is dropped. Between two scenarios the browser and
 * the person both leave: hold one connection for the whole run so the server never resets.
 */
async function holdDisplay(): Promise<() => Promise<void>> {
  const keeper = await openXDisplay();
  return () => {
    keeper.close();
    return Promise.resolve();
  };
}

/** Connects to the display the person and the browser share. */
export async function openDisplay(): Promise<XDisplay> {
  if (!process.env.DISPLAY) throw new Error(NEEDS_DISPLAY);
  return openXDisplay();
}
