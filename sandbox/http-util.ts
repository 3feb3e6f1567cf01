// Small HTTP helpers shared by the sandbox servers: bounded body reading, JSON answers, and a
// listen/close pair that closes every open socket at once (tests start and stop many sandboxes).
import type { IncomingMessage, Server as HttpServer, ServerResponse } from 'node:http';
import type { Server as HttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';

/** The address every sandbox server listens on. */
export const LOOPBACK = '127.0.0.1';

/** A request body read: its bytes, or why not (too large, aborted). */
export type BodyResult =
  { ok: true; data: Buffer } | { ok: false; reason: 'too-large' | 'aborted' };

/**
 * Reads the whole body up to `limit` bytes. Past the limit the rest is drained and discarded (so the
 * client still reads our 413 instead of a reset), up to `drainLimit`, after which the socket is cut.
 */
export function readBody(
  req: IncomingMessage,
  limit: number,
  drainLimit = 64 * 1024 * 1024,
): Promise<BodyResult> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > drainLimit) {
      req.socket.destroy();
      resolve({ ok: false, reason: 'too-large' });
      return;
    }
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > drainLimit) {
        req.socket.destroy();
        return;
      }
      if (size > limit) {
        tooLarge = true;
        chunks.length = 0;
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      resolve(
        tooLarge ? { ok: false, reason: 'too-large' } : { ok: true, data: Buffer.concat(chunks) },
      );
    });
    req.on('error', () => {
      resolve({ ok: false, reason: 'aborted' });
    });
    req.on('close', () => {
      if (!req.complete) resolve({ ok: false, reason: 'aborted' });
    });
  });
}

/** Parses a JSON body; undefined for an empty one, throws SyntaxError for a malformed one. */
export function parseJson(data: Buffer): unknown {
  return data.length === 0 ? undefined : (JSON.parse(data.toString('utf8')) as unknown);
}

/** Writes `body` as JSON with `status` and any extra headers, and ends the response. */
export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  if (res.headersSent || res.destroyed) return;
  const text = body === undefined ? '' : JSON.stringify(body);
  res.writeHead(status, {
    ...headers,
    ...(text
      ? { 'Content-Type': headers['Content-Type'] ?? 'application/json; charset=utf-8' }
      : {}),
    'Content-Length': Buffer.byteLength(text),
  });
  res.end(text);
}

/** Listens on 127.0.0.1 only and returns the port actually bound (port 0 = any free port). */
export function listen(server: HttpServer | HttpsServer, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const onError = (error: Error): void => {
      reject(error);
    };
    server.once('error', onError);
    server.listen(port, LOOPBACK, () => {
      server.off('error', onError);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

/** Stops accepting connections and destroys the open ones, idle or not. */
export function closeServer(server: HttpServer | HttpsServer): Promise<void> {
  return new Promise((resolve) => {
    if (!server.listening) {
      resolve();
      return;
    }
    server.close(() => {
      resolve();
    });
    server.closeAllConnections();
  });
}
