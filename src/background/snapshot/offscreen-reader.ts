// Chrome/Edge: the worker has no DOM, so snapshots are read in an offscreen document
// (https://developer.chrome.com/docs/extensions/reference/api/offscreen, reason DOM_PARSER),
// created on demand and closed once no read has been asked for a while: no keep-alive.
import type { PageCapture } from '../../activity/page-metadata';
import {
  isCaptureShaped,
  OFFSCREEN_CHANNEL,
  type OffscreenRead,
  type PageSnapshot,
} from '../../messaging/snapshot';
import type { SnapshotReader } from './read-snapshot';

/** The browser's offscreen API and messaging, as the reader uses them (snapshot-host.ts). */
export interface OffscreenPort {
  /** Whether the extension's offscreen document is open now. */
  exists(): Promise<boolean>;
  /** Opens it; resolves once it has loaded (its listener is there). */
  create(): Promise<void>;
  close(): Promise<void>;
  /** Asks it over a port of its own (port-request.ts); its answer (a PageCapture, or null). */
  send(message: OffscreenRead): Promise<unknown>;
}

/** Timers, injectable for tests. */
export interface Timers {
  setTimeout(work: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/**
 * How long the offscreen document stays open after the last read (ms): a page read right after
 * another reuses it; a browser left alone has none open.
 */
export const OFFSCREEN_IDLE_CLOSE_MS = 15_000;

/**
 * A SnapshotReader on an offscreen document: opened on the first read (once, however many reads
 * arrive meanwhile), closed OFFSCREEN_IDLE_CLOSE_MS after the last one ends. A read whose message
 * finds no document (it closed itself, or a worker restarted) opens it again and asks once more.
 * Rejects when it cannot be opened or its answer is not a PageCapture: the page then falls back.
 */
export function createOffscreenReader(
  port: OffscreenPort,
  timers: Timers = globalThis,
  idleCloseMs = OFFSCREEN_IDLE_CLOSE_MS,
): SnapshotReader {
  let opening: Promise<void> | null = null;
  // The idle close under way: the browser lists the closing document until it resolves, and it
  // answers nothing meanwhile, so a read waits for it before asking whether one exists.
  let closing: Promise<void> = Promise.resolve();
  let pending = 0;
  let closeTimer: unknown;

  const open = (): Promise<void> => {
    opening ??= (async () => {
      await closing;
      if (!(await port.exists())) await port.create();
    })().catch((error: unknown) => {
      opening = null;
      throw error;
    });
    return opening;
  };

  const ask = async (snapshot: PageSnapshot): Promise<unknown> => {
    await open();
    return port.send({ channel: OFFSCREEN_CHANNEL, snapshot });
  };

  const closeLater = () => {
    timers.clearTimeout(closeTimer);
    closeTimer = timers.setTimeout(() => {
      if (pending > 0) return;
      opening = null;
      closing = port.close().catch(() => undefined);
    }, idleCloseMs);
  };

  return {
    async read(snapshot: PageSnapshot): Promise<PageCapture> {
      pending++;
      timers.clearTimeout(closeTimer);
      try {
        let reply: unknown;
        try {
          reply = await ask(snapshot);
        } catch {
          // No document listening: it closed itself, or was closed between our check and send.
          opening = null;
          reply = await ask(snapshot);
        }
        if (!isCaptureShaped(reply)) throw new Error('The offscreen document read nothing.');
        return reply;
      } finally {
        pending--;
        if (pending === 0) closeLater();
      }
    },
  };
}
