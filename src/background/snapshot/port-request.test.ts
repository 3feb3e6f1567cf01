// One request over a runtime port: the answer, or a rejection when nobody answers.
import { describe, expect, it } from 'vitest';
import { requestOverPort, type RequestPort } from './port-request';

/** A port whose other end is `answer` (undefined: the port closes without an answer). */
function fakePort(answer?: (message: unknown) => unknown) {
  const onMessage: ((message: unknown) => void)[] = [];
  const onDisconnect: (() => void)[] = [];
  const log = { posted: [] as unknown[], disconnected: 0 };
  const port: RequestPort = {
    postMessage(message) {
      log.posted.push(message);
      queueMicrotask(() => {
        if (answer) for (const listener of onMessage) listener(answer(message));
        else for (const listener of onDisconnect) listener();
      });
    },
    disconnect() {
      log.disconnected++;
    },
    onMessage: { addListener: (listener) => onMessage.push(listener) },
    onDisconnect: { addListener: (listener) => onDisconnect.push(listener) },
  };
  return { port, log };
}

describe('requestOverPort', () => {
  it('posts the request once and resolves with the answer, then closes the port', async () => {
    const { port, log } = fakePort((message) => ({ read: message }));
    await expect(requestOverPort(port, { ask: 1 })).resolves.toEqual({ read: { ask: 1 } });
    expect(log.posted).toEqual([{ ask: 1 }]);
    expect(log.disconnected).toBe(1);
  });

  it('rejects with the browser’s error when the port closes unanswered (no document listening)', async () => {
    const { port } = fakePort();
    await expect(
      requestOverPort(port, { ask: 1 }, () => 'Could not establish connection.'),
    ).rejects.toThrow('Could not establish connection.');
  });

  it('rejects when the port closes unanswered and the browser names no error', async () => {
    const { port } = fakePort();
    await expect(requestOverPort(port, { ask: 1 })).rejects.toThrow(/without an answer/);
  });
});
