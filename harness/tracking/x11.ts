import { readFileSync } from 'node:fs';
import { connect, type Socket } from 'node:net';

/**
 * A minimal X11 client, enough to play the person in front of a headed Chromium under Xvfb:
 *
 * - real pointer motion through XTEST. chrome.idle reads the X server's idle timer, which only
 *   real X input resets; Playwright's input goes through CDP straight into the page and never
 *   reaches the X server, so without this chrome.idle would call a busy reader idle.
 * - moving the keyboard focus to another top-level X window, which is what switching to another
 *   application does: Chromium's window is deactivated and the page gets a real `blur`.
 *
 * Written against the X11 wire protocol (a few requests) so the tests need neither xdotool nor X
 * bindings on the machine, only Xvfb.
 */
export interface XDisplay {
  readonly width: number;
  readonly height: number;
  /** Moves the real pointer by one pixel in a corner of the screen: input, as far as X knows. */
  nudgePointer(): Promise<void>;
  /** Gives the keyboard focus to another application's window: every browser window loses it. */
  focusOtherApplication(): Promise<void>;
  close(): void;
}

const X_CREATE_WINDOW = 1;
const X_MAP_WINDOW = 8;
const X_SET_INPUT_FOCUS = 42;
const X_GET_INPUT_FOCUS = 43;
const X_QUERY_EXTENSION = 98;
const XTEST_FAKE_INPUT = 2;
const MOTION_NOTIFY = 6;
const REVERT_TO_PARENT = 2;
const INPUT_OUTPUT = 1;

const pad4 = (n: number) => (4 - (n % 4)) % 4;

/** The MIT-MAGIC-COOKIE-1 for `displayNumber` from the Xauthority file (xvfb-run writes one). */
function readCookie(displayNumber: string): { name: Buffer; data: Buffer } | null {
  const file = process.env.XAUTHORITY;
  if (!file) return null;
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    return null;
  }
  let at = 0;
  const field = (): Buffer => {
    const length = bytes.readUInt16BE(at);
    const value = bytes.subarray(at + 2, at + 2 + length);
    at += 2 + length;
    return value;
  };
  while (at + 2 <= bytes.length) {
    at += 2; // family
    field(); // address (the host name for a local display)
    const number = field().toString('latin1');
    const name = field();
    const data = field();
    if (name.toString('latin1') === 'MIT-MAGIC-COOKIE-1' && number === displayNumber) {
      return { name, data };
    }
  }
  return null;
}

/** Connects to the local X server named by DISPLAY (`:N`, as xvfb-run sets it). */
export async function openXDisplay(display = process.env.DISPLAY): Promise<XDisplay> {
  const match = /^(?:unix)?:(\d+)(?:\.\d+)?$/.exec(display ?? '');
  const number = match?.[1];
  if (number === undefined)
    throw new Error(`Need a local X display, DISPLAY is "${display ?? ''}"`);
  const socket: Socket = connect(`/tmp/.X11-unix/X${number}`);
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', resolve);
    socket.once('error', reject);
  });

  // Incoming bytes are handed to waiters in order; each says how long its message is.
  let buffered = Buffer.alloc(0);
  let closed: Error | null = null;
  const waiters: {
    size: (b: Buffer) => number | null;
    resolve: (b: Buffer) => void;
    reject: (error: Error) => void;
  }[] = [];
  const drain = () => {
    for (;;) {
      const waiter = waiters[0];
      const size = waiter?.size(buffered) ?? null;
      if (!waiter || size === null || buffered.length < size) return;
      waiters.shift();
      waiter.resolve(buffered.subarray(0, size));
      buffered = buffered.subarray(size);
    }
  };
  socket.on('data', (chunk: Buffer) => {
    buffered = Buffer.concat([buffered, chunk]);
    drain();
  });
  // A connection the server drops (e.g. while it resets) fails every wait instead of hanging it.
  const fail = (error: Error) => {
    closed ??= error;
    for (const waiter of waiters.splice(0)) waiter.reject(closed);
  };
  socket.on('error', fail);
  socket.on('close', () => {
    fail(new Error(`The X server closed the connection to ${display ?? ''}`));
  });
  const next = (size: (b: Buffer) => number | null) =>
    new Promise<Buffer>((resolve, reject) => {
      if (closed) {
        reject(closed);
        return;
      }
      const timer = setTimeout(() => {
        fail(new Error(`The X server on ${display ?? ''} did not answer within 10 s`));
        socket.destroy();
      }, 10_000);
      const done = () => {
        clearTimeout(timer);
      };
      waiters.push({
        size,
        resolve: (b) => {
          done();
          resolve(b);
        },
        reject: (error) => {
          done();
          reject(error);
        },
      });
      drain();
    });
  // After set-up every server message is 32 bytes, plus 4 × its length field for replies.
  const message = () =>
    next((b) => (b.length < 8 ? null : 32 + (b[0] === 1 ? 4 * b.readUInt32LE(4) : 0)));

  const cookie = readCookie(number);
  const name = cookie?.name ?? Buffer.alloc(0);
  const data = cookie?.data ?? Buffer.alloc(0);
  const setup = Buffer.alloc(
    12 + name.length + pad4(name.length) + data.length + pad4(data.length),
  );
  setup.write('l', 0, 'latin1'); // little-endian
  setup.writeUInt16LE(11, 2);
  setup.writeUInt16LE(name.length, 6);
  setup.writeUInt16LE(data.length, 8);
  name.copy(setup, 12);
  data.copy(setup, 12 + name.length + pad4(name.length));
  socket.write(setup);
  const reply = await next((b) => (b.length < 8 ? null : 8 + 4 * b.readUInt16LE(6)));
  if (reply[0] !== 1) {
    socket.destroy();
    const reason = reply.subarray(8, 8 + (reply[1] ?? 0)).toString('latin1');
    throw new Error(`The X server refused the connection: ${reason}`);
  }
  const idBase = reply.readUInt32LE(12);
  const vendorLength = reply.readUInt16LE(24);
  const screen = 40 + vendorLength + pad4(vendorLength) + 8 * (reply[29] ?? 0);
  const root = reply.readUInt32LE(screen);
  const width = reply.readUInt16LE(screen + 20);
  const height = reply.readUInt16LE(screen + 22);

  /** A round trip: everything sent before it has been processed when it resolves. */
  const sync = async () => {
    const request = Buffer.alloc(4);
    request[0] = X_GET_INPUT_FOCUS;
    request.writeUInt16LE(1, 2);
    socket.write(request);
    const answer = await message();
    if (answer[0] === 0) throw new Error(`X error ${String(answer[1])}`);
  };

  const extension = Buffer.from('XTEST', 'latin1');
  const query = Buffer.alloc(8 + extension.length + pad4(extension.length));
  query[0] = X_QUERY_EXTENSION;
  query.writeUInt16LE(query.length / 4, 2);
  query.writeUInt16LE(extension.length, 4);
  extension.copy(query, 8);
  socket.write(query);
  const xtestReply = await message();
  if (xtestReply[0] !== 1 || xtestReply[8] !== 1) throw new Error('The X server lacks XTEST');
  const xtest = xtestReply[9] ?? 0;

  // Another application's window: a small mapped top-level window in the top-left corner.
  const other = idBase | 1;
  const create = Buffer.alloc(32);
  create[0] = X_CREATE_WINDOW;
  create.writeUInt16LE(8, 2);
  create.writeUInt32LE(other, 4);
  create.writeUInt32LE(root, 8);
  create.writeUInt16LE(8, 16); // width
  create.writeUInt16LE(8, 18); // height
  create.writeUInt16LE(INPUT_OUTPUT, 22);
  socket.write(create);
  const map = Buffer.alloc(8);
  map[0] = X_MAP_WINDOW;
  map.writeUInt16LE(2, 2);
  map.writeUInt32LE(other, 4);
  socket.write(map);
  await sync();

  let flip = false;
  return {
    width,
    height,
    async nudgePointer() {
      flip = !flip;
      const request = Buffer.alloc(36);
      request[0] = xtest;
      request[1] = XTEST_FAKE_INPUT;
      request.writeUInt16LE(9, 2);
      request[4] = MOTION_NOTIFY;
      request[5] = 0; // absolute position
      request.writeUInt32LE(root, 12);
      // The bottom-right corner: outside the browser windows the scenarios lay out.
      request.writeInt16LE(width - (flip ? 2 : 3), 24);
      request.writeInt16LE(height - 2, 26);
      socket.write(request);
      await sync();
    },
    async focusOtherApplication() {
      const request = Buffer.alloc(12);
      request[0] = X_SET_INPUT_FOCUS;
      request[1] = REVERT_TO_PARENT;
      request.writeUInt16LE(3, 2);
      request.writeUInt32LE(other, 4);
      socket.write(request);
      await sync();
    },
    close() {
      socket.destroy();
    },
  };
}
