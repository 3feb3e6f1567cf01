import { ProviderUnavailableError } from './token-capture';

/** The parts of an OpenID provider's discovery document the extension relies on. */
export interface ProviderMetadata {
  issuer: string;
  authorization_endpoint: string;
  token_endpoint: string;
  jwks_uri: string;
  end_session_endpoint?: string;
  revocation_endpoint?: string;
}

/**
 * An OpenID discovery document that cannot be used (not JSON, or an endpoint that is not https).
 */
export class DiscoveryError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DiscoveryError';
  }
}

const isHttps = (value: unknown): value is string => {
  if (typeof value !== 'string') return false;
  try {
    return new URL(value).protocol === 'https:';
  } catch {
    return false;
  }
};

/** Checks a discovery document: every endpoint tokens or codes travel to must be https. */
export function parseDiscovery(raw: unknown): ProviderMetadata {
  if (typeof raw !== 'object' || raw === null) {
    throw new DiscoveryError('The discovery document is not a JSON object.');
  }
  const doc = raw as Record<string, unknown>;
  const required = ['issuer', 'authorization_endpoint', 'token_endpoint', 'jwks_uri'] as const;
  for (const key of required) {
    if (!isHttps(doc[key])) throw new DiscoveryError(`The discovery document has no https ${key}.`);
  }
  const metadata: ProviderMetadata = {
    issuer: doc.issuer as string,
    authorization_endpoint: doc.authorization_endpoint as string,
    token_endpoint: doc.token_endpoint as string,
    jwks_uri: doc.jwks_uri as string,
  };
  if (isHttps(doc.end_session_endpoint)) metadata.end_session_endpoint = doc.end_session_endpoint;
  if (isHttps(doc.revocation_endpoint)) metadata.revocation_endpoint = doc.revocation_endpoint;
  return metadata;
}

/**
 * Fetches `<authority>/.well-known/openid-configuration`. MSAL is then given it as
 * `authorityMetadata`, so it trusts exactly the provider the user configured.
 */
export async function fetchDiscovery(
  authority: string,
  fetcher: typeof fetch = fetch,
): Promise<ProviderMetadata> {
  const url = `${authority}/.well-known/openid-configuration`;
  let response: Response;
  try {
    response = await fetcher(url, { headers: { Accept: 'application/json' } });
  } catch (error) {
    throw new ProviderUnavailableError(url, undefined, error);
  }
  if (response.status === 404) {
    throw new DiscoveryError(
      `No OpenID provider at ${authority} (its discovery document is missing).`,
    );
  }
  if (!response.ok) throw new ProviderUnavailableError(url, response.status);
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    throw new DiscoveryError(`${authority} did not answer with a discovery document.`);
  }
  return parseDiscovery(body);
}
