// CORS for the Graph server: any origin may call (the extension's chrome-extension:// or
// moz-extension:// pages and worker), with the response headers a client must be able to read.
import type { IncomingMessage } from 'node:http';

const EXPOSED_HEADERS = 'Retry-After, request-id, client-request-id, WWW-Authenticate, Location';
const ALLOWED_HEADERS =
  'Authorization, Content-Type, Accept, client-request-id, return-client-request-id, Prefer, ConsistencyLevel';

/** One request header's value (the first, when repeated). */
export function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** Any origin may call (the extension's chrome-extension:// or moz-extension:// pages and worker). */
export function corsHeaders(req: IncomingMessage): Record<string, string> {
  const origin = header(req, 'origin');
  if (!origin) return {};
  return {
    'Access-Control-Allow-Origin': origin,
    'Access-Control-Expose-Headers': EXPOSED_HEADERS,
    Vary: 'Origin',
  };
}

/** The answer to a CORS preflight (and Chrome's Private Network Access preflight). */
export function preflightHeaders(req: IncomingMessage): Record<string, string> {
  const requested = header(req, 'access-control-request-headers');
  return {
    'Access-Control-Allow-Methods': 'GET, PUT, POST, PATCH, DELETE, OPTIONS',
    'Access-Control-Allow-Headers': requested ?? ALLOWED_HEADERS,
    'Access-Control-Max-Age': '600',
    // Chrome's Private Network Access preflight for pages reaching 127.0.0.1.
    ...(header(req, 'access-control-request-private-network') === 'true'
      ? { 'Access-Control-Allow-Private-Network': 'true' }
      : {}),
    'Content-Length': '0',
  };
}
