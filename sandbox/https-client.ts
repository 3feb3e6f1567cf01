// A minimal HTTPS client that trusts the sandbox's self-signed certificate (Node's fetch cannot be
// given a CA without extra packages) and, for sign-in tests, keeps cookies like a browser would.
import { request } from 'node:https';
import type { IncomingHttpHeaders } from 'node:http';

/** A response of httpsRequest: status, headers and the body as text. */
export interface HttpsResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

/** An httpsRequest: method, headers, body, and the CA to trust (the sandbox's). */
export interface HttpsRequestOptions {
  method?: string;
  headers?: Record<string, string>;
  body?: string;
  ca: string;
}

/** One HTTPS request trusting `options.ca`; rejects on a network error. */
export function httpsRequest(url: string, options: HttpsRequestOptions): Promise<HttpsResponse> {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method: options.method ?? 'GET',
        headers: options.headers ?? {},
        ca: options.ca,
        // One-off connections: nothing keeps a stopped sandbox's socket alive.
        agent: false,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          });
        });
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

/**
 * GETs `url` trusting `ca` and parses the body as a JSON object (unchecked); throws unless HTTP
 * 200.
 */
export async function httpsGetJson(url: string, ca: string): Promise<Record<string, unknown>> {
  const res = await httpsRequest(url, { ca });
  if (res.status !== 200) throw new Error(`GET ${url}: HTTP ${String(res.status)}`);
  return JSON.parse(res.body) as Record<string, unknown>;
}

/** Follows nothing by itself; remembers cookies across requests to the sandbox provider. */
export class CookieSession {
  readonly #cookies = new Map<string, string>();

  constructor(private readonly ca: string) {}

  /** One request (httpsRequest) with the cookies kept so far; keeps or deletes those it sets. */
  async request(
    url: string,
    options: Omit<HttpsRequestOptions, 'ca'> = {},
  ): Promise<HttpsResponse> {
    const cookie = [...this.#cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const res = await httpsRequest(url, {
      ...options,
      ca: this.ca,
      headers: { ...(options.headers ?? {}), ...(cookie ? { Cookie: cookie } : {}) },
    });
    for (const line of res.headers['set-cookie'] ?? []) {
      const [pair = ''] = line.split(';');
      const eq = pair.indexOf('=');
      if (eq <= 0) continue;
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      // Deleting cookies: an expiry in the past or an empty value.
      if (value === '' || /expires=Thu, 01 Jan 1970/i.test(line)) this.#cookies.delete(name);
      else this.#cookies.set(name, value);
    }
    return res;
  }

  /** Forgets every cookie. */
  clear(): void {
    this.#cookies.clear();
  }
}

/**
 * A `fetch` for Node clients of the sandbox (the relay in tests): https URLs go through
 * {@link httpsRequest} trusting `ca`, anything else through the global fetch. Enough of fetch for
 * GET and form/JSON POSTs with string or URLSearchParams bodies.
 */
export function fetchTrusting(ca: string): typeof fetch {
  const trusting = async (input: string | URL | Request, init: RequestInit = {}) => {
    const url = input instanceof Request ? input.url : String(input);
    if (!url.startsWith('https:')) return fetch(input, init);
    const headers = Object.fromEntries(new Headers(init.headers).entries());
    // Bodies here are strings or URLSearchParams; both stringify to what goes on the wire.
    const body =
      init.body === undefined || init.body === null
        ? undefined
        : (init.body as string | URLSearchParams).toString();
    const res = await httpsRequest(url, {
      method: init.method ?? 'GET',
      headers,
      ...(body === undefined ? {} : { body }),
      ca,
    });
    const responseHeaders = new Headers();
    for (const [k, v] of Object.entries(res.headers)) {
      if (typeof v === 'string') responseHeaders.set(k, v);
    }
    return new Response(res.body, { status: res.status, headers: responseHeaders });
  };
  return trusting;
}
