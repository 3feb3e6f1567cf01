// The offscreen document's life as the worker runs it: opened on demand, once; closed after the
// last read; opened again when it went away; a broken host rejects (the page then falls back).
import { describe, expect, it } from 'vitest';
import type { PageSnapshot } from '../../messaging/snapshot';
import { createOffscreenReader, type OffscreenPort, type Timers } from './offscreen-reader';

const snapshot: PageSnapshot = {
  html: '<title>T</title>',
  url: 'https://news.example/a',
  title: 'T',
  staleHead: false,
};
const capture = { url: snapshot.url, title: 'T', type: 'WebPage', authors: [], keywords: [] };

function fakeTimers() {
  const due: { work: () => void; ms: number; handle: number }[] = [];
  let next = 0;
  const timers: Timers = {
    setTimeout: (work, ms) => {
      due.push({ work, ms, handle: ++next });
      return next;
    },
    clearTimeout: (handle) => {
      const at = due.findIndex((t) => t.handle === handle);
      if (at >= 0) due.splice(at, 1);
    },
  };
  const fire = () => {
    for (const t of due.splice(0)) t.work();
  };
  return { timers, due, fire };
}

function fakePort(reply: (n: number) => unknown = () => capture) {
  const calls = { create: 0, close: 0, send: 0 };
  let open = false;
  const port: OffscreenPort = {
    exists: () => Promise.resolve(open),
    create: () => {
      calls.create++;
      open = true;
      return Promise.resolve();
    },
    close: () => {
      calls.close++;
      open = false;
      return Promise.resolve();
    },
    send: () => {
      calls.send++;
      if (!open) return Promise.reject(new Error('Receiving end does not exist.'));
      return Promise.resolve(reply(calls.send));
    },
  };
  return { port, calls, closeBehindOurBack: () => (open = false) };
}

describe('createOffscreenReader', () => {
  it('opens the document once for reads that arrive together, and closes it after the last', async () => {
    const { port, calls } = fakePort();
    const { timers, due, fire } = fakeTimers();
    const reader = createOffscreenReader(port, timers, 15_000);
    const results = await Promise.all([reader.read(snapshot), reader.read(snapshot)]);
    expect(results).toEqual([capture, capture]);
    expect(calls.create).toBe(1);
    expect(calls.close).toBe(0);
    expect(due.map((t) => t.ms)).toEqual([15_000]);
    fire();
    expect(calls.close).toBe(1);
    // The next read opens it again.
    await reader.read(snapshot);
    expect(calls.create).toBe(2);
  });

  it('opens the document again when it went away between reads', async () => {
    const { port, calls, closeBehindOurBack } = fakePort();
    const reader = createOffscreenReader(port, fakeTimers().timers);
    await reader.read(snapshot);
    closeBehindOurBack();
    await expect(reader.read(snapshot)).resolves.toEqual(capture);
    expect(calls.create).toBe(2);
  });

  it('rejects a reply that is not a capture, and a document that cannot be opened', async () => {
    const garbage = createOffscreenReader(fakePort(() => ({ url: 1 })).port, fakeTimers().timers);
    await expect(garbage.read(snapshot)).rejects.toThrow();
    const { port } = fakePort();
    port.create = () => Promise.reject(new Error('offscreen unavailable'));
    const broken = createOffscreenReader(port, fakeTimers().timers);
    await expect(broken.read(snapshot)).rejects.toThrow('offscreen unavailable');
  });

  it('does not close the document while a read is still on its way', async () => {
    let answer: (value: unknown) => void = () => undefined;
    const slow = new Promise((resolve) => (answer = resolve));
    const { port } = fakePort();
    const { timers, due } = fakeTimers();
    const reader = createOffscreenReader({ ...port, send: () => slow }, timers);
    const pending = reader.read(snapshot);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(due).toEqual([]);
    answer(capture);
    await pending;
    expect(due).toHaveLength(1);
  });
});

// Review 10 F-offx-4: the idle close and the next read's open must not race.
describe('createOffscreenReader, a read while the document is closing', () => {
  it('waits for the close to finish, then opens a new document and reads', async () => {
    // Chromium lists the closing document until its close resolves, and a document being closed
    // answers no message; creating a second one while it is listed fails.
    let state: 'open' | 'closing' | 'closed' = 'closed';
    let finishClose: () => void = () => undefined;
    const calls = { create: 0, send: 0 };
    const port: OffscreenPort = {
      exists: () => Promise.resolve(state !== 'closed'),
      create: () => {
        if (state !== 'closed')
          return Promise.reject(new Error('Only a single offscreen document may be created.'));
        calls.create++;
        state = 'open';
        return Promise.resolve();
      },
      close: () => {
        state = 'closing';
        return new Promise<void>((resolve) => {
          finishClose = () => {
            state = 'closed';
            resolve();
          };
        });
      },
      send: () => {
        calls.send++;
        return state === 'open'
          ? Promise.resolve(capture)
          : Promise.reject(new Error('Receiving end does not exist.'));
      },
    };
    const { timers, fire } = fakeTimers();
    const reader = createOffscreenReader(port, timers, 15_000);
    await reader.read(snapshot);
    fire(); // the idle close starts, and takes a while
    expect(state).toBe('closing');
    const read = reader.read(snapshot);
    await new Promise((resolve) => setTimeout(resolve, 0));
    finishClose();
    await expect(read).resolves.toEqual(capture);
    expect(calls.create).toBe(2);
  });
});
