/**
 * App-only tokens for Graph with the OAuth 2.0 client-credentials grant (RFC 6749 §4.4) at the
 * tenant's token endpoint, authenticating with a client secret or a certificate (a signed client
 * assertion, RFC 7523; Entra's format:
 * https://learn.microsoft.com/entra/identity-platform/certificate-credentials).
 */
import { createHash, createPrivateKey, randomUUID, X509Certificate } from 'node:crypto';
import { SignJWT } from 'jose';

/** How the relay's app proves itself. Secrets come from the environment, never the config file. */
export type ClientCredential =
  | { kind: 'secret'; secret: string }
  | { kind: 'certificate'; privateKeyPem: string; certificatePem: string };

/** Settings of the client-credentials request. */
export interface AppTokenSettings {
  /** e.g. `https://login.microsoftonline.com/{tenant}/oauth2/v2.0/token`. */
  tokenEndpoint: string;
  clientId: string;
  /** `https://graph.microsoft.com/.default`: the application permissions an admin consented to. */
  scope: string;
  credential: ClientCredential;
}

/** A cached source of app-only access tokens. */
export interface AppTokenSource {
  /** A token valid for at least a few more minutes; fetched when the cached one runs out. */
  get(): Promise<string>;
  /** Drops the cached token (Graph answered 401). */
  invalidate(): void;
}

/** The token endpoint refused or failed; `code` is the OAuth `error` (e.g. `invalid_client`). */
export class AppTokenError extends Error {
  override name = 'AppTokenError';
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

// Renew this long before expiry so a token never expires on the way to Graph.
const RENEW_BEFORE_MS = 5 * 60_000;

/**
 * Creates a token source. Concurrent `get()` calls share one request. Throws
 * {@link AppTokenError} from `get()` when the endpoint answers an error or no token.
 */
export function createAppTokenSource(
  settings: AppTokenSettings,
  fetchImpl: typeof fetch = fetch,
  now: () => number = Date.now,
): AppTokenSource {
  let cached: { token: string; renewAt: number } | undefined;
  let pending: Promise<string> | undefined;

  async function request(): Promise<string> {
    const form = new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: settings.clientId,
      scope: settings.scope,
    });
    if (settings.credential.kind === 'secret') {
      form.set('client_secret', settings.credential.secret);
    } else {
      form.set('client_assertion_type', 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer');
      form.set('client_assertion', await clientAssertion(settings, settings.credential, now()));
    }
    const response = await fetchImpl(settings.tokenEndpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: form,
      // The secret or assertion is never re-sent where a 307/308 points (F-auth-1).
      redirect: 'error',
      signal: AbortSignal.timeout(30_000),
    });
    const body = (await response.json().catch(() => ({}))) as Record<string, unknown>;
    const token = body['access_token'];
    if (!response.ok || typeof token !== 'string') {
      const code = typeof body['error'] === 'string' ? body['error'] : `http${response.status}`;
      // error_description never holds the secret; the secret is never echoed.
      const description =
        typeof body['error_description'] === 'string' ? body['error_description'] : '';
      throw new AppTokenError(
        code,
        `client-credentials token request failed: ${code} ${description}`,
      );
    }
    const lifetimeMs = Number(body['expires_in'] ?? 3600) * 1000;
    cached = { token, renewAt: now() + Math.max(lifetimeMs / 2, lifetimeMs - RENEW_BEFORE_MS) };
    return token;
  }

  return {
    get() {
      if (cached && now() < cached.renewAt) return Promise.resolve(cached.token);
      pending ??= request().finally(() => {
        pending = undefined;
      });
      return pending;
    },
    invalidate() {
      cached = undefined;
    },
  };
}

/** A client assertion: PS256-signed, `x5t#S256` naming the certificate, 10 minutes long. */
async function clientAssertion(
  settings: AppTokenSettings,
  credential: Extract<ClientCredential, { kind: 'certificate' }>,
  nowMs: number,
): Promise<string> {
  const der = new X509Certificate(credential.certificatePem).raw;
  const thumbprint = createHash('sha256').update(der).digest('base64url');
  const seconds = Math.floor(nowMs / 1000);
  return new SignJWT({ jti: randomUUID() })
    .setProtectedHeader({ alg: 'PS256', typ: 'JWT', 'x5t#S256': thumbprint })
    .setIssuer(settings.clientId)
    .setSubject(settings.clientId)
    .setAudience(settings.tokenEndpoint)
    .setIssuedAt(seconds)
    .setNotBefore(seconds)
    .setExpirationTime(seconds + 600)
    .sign(createPrivateKey(credential.privateKeyPem));
}
