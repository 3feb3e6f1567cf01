// Interactive sign-in, run by the options page (it stays open for the whole flow; the popup would
// be destroyed when the provider's window takes focus). MSAL builds the authorize request (PKCE,
// state, nonce) and redeems the code; chrome.identity.launchWebAuthFlow shows the provider's page,
// since an extension page cannot be redirected to the provider and back.
import {
  ProtocolMode,
  PublicClientApplication,
  type AuthenticationResult,
  type Configuration,
} from '@azure/msal-browser';
import { SCOPES, tenantKindOf, type ResolvedAuthority } from './config';
import { fetchDiscovery, type ProviderMetadata } from './discovery';
import type { SignInGrant } from './grant';
import { beginSignInFlow, endSignInFlow } from './sign-in-flow';
import {
  createCapturingNetworkModule,
  ProviderUnavailableError,
  type CapturedTokenResponse,
} from './token-capture';

/**
 * An interactive sign-in that ended without a grant. `code`: `no-authorize-url`, `no-response` (the
 * window returned nothing, or an answer to another request) or `no-refresh-token` (offline_access
 * was not granted).
 */
export class SignInError extends Error {
  constructor(
    readonly code: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'SignInError';
  }
}

/** Whom to ask: the app registration's client id and the resolved authority (config.ts). */
export interface InteractiveSignInOptions {
  clientId: string;
  authority: ResolvedAuthority;
  /** Pre-fills the provider's account picker ("Sign in again" as the same person). */
  loginHint?: string;
}

/** The provider answered the sign-in request with an error page instead of its login page. */
export class ProviderRefusedError extends Error {
  constructor(
    readonly status: number,
    /** The start of the provider's page, where its error code (AADSTS…, invalid_client) is. */
    readonly page: string,
  ) {
    super(`The provider refused the sign-in request (HTTP ${String(status)}).`);
    this.name = 'ProviderRefusedError';
  }
}

/**
 * Shows the provider's page. Chromium reports any page that did not load — provider down, but
 * also an error page such as Entra's for an unknown client id or unregistered redirect URI — as
 * "Authorization page could not be loaded", so that case is diagnosed by asking for the page once
 * more (the extension may read http(s) pages: its content script covers them).
 */
async function launchWebAuthFlow(url: string): Promise<string | undefined> {
  try {
    return await chrome.identity.launchWebAuthFlow({ url, interactive: true });
  } catch (error) {
    if (!(error instanceof Error) || !/could not be loaded/i.test(error.message)) throw error;
    let response: Response;
    try {
      response = await fetch(url, { credentials: 'omit', redirect: 'manual' });
    } catch (cause) {
      throw new ProviderUnavailableError(url, undefined, cause);
    }
    if (response.status >= 400 && response.status < 500) {
      throw new ProviderRefusedError(response.status, (await response.text()).slice(0, 20_000));
    }
    throw new ProviderUnavailableError(url, response.status, error);
  }
}

/**
 * The redirect URI the browser gives this extension (`identity.getRedirectURL()`): the app
 * registration must list it.
 */
export function redirectUri(): string {
  return chrome.identity.getRedirectURL();
}

/**
 * Runs the whole interactive sign-in (authorization code with PKCE through
 * `chrome.identity.launchWebAuthFlow`) and returns the grant the worker keeps (grant.ts); nothing
 * of MSAL's stays in this page's storage afterwards. Throws SignInError (see its codes),
 * DiscoveryError or ProviderUnavailableError for an OpenID provider whose discovery fails, and the
 * browser's or MSAL's own errors (the window closed, the provider refused); errors.ts
 * `describeSignInError` words each for the user.
 */
export async function signInInteractively(options: InteractiveSignInOptions): Promise<SignInGrant> {
  const { clientId, authority } = options;
  const metadata: ProviderMetadata | undefined =
    authority.kind === 'oidc' ? await fetchDiscovery(authority.url) : undefined;
  let captured: CapturedTokenResponse | undefined;
  let authorizeUrl: string | undefined;
  const configuration: Configuration = {
    auth: {
      clientId,
      authority: authority.url,
      redirectUri: redirectUri(),
      ...(metadata
        ? { knownAuthorities: [authority.url], authorityMetadata: JSON.stringify(metadata) }
        : {}),
      onRedirectNavigate: (url) => {
        authorizeUrl = url;
        return false; // launchWebAuthFlow navigates instead of this page.
      },
    },
    // Redirect flows need a storage cache (memoryStorage is refused for them); sessionStorage dies
    // with this tab, and forgetMsalState empties it as soon as the flow ends. The worker keeps the
    // tokens, never MSAL's cache.
    cache: { cacheLocation: 'sessionStorage' },
    system: {
      protocolMode: metadata ? ProtocolMode.OIDC : ProtocolMode.AAD,
      networkClient: createCapturingNetworkModule((response) => {
        captured = response;
      }),
    },
  };
  const msal = new PublicClientApplication(configuration);
  try {
    await msal.initialize();
    await msal.loginRedirect({
      scopes: [...SCOPES],
      prompt: 'select_account',
      ...(options.loginHint ? { loginHint: options.loginHint } : {}),
    });
    if (authorizeUrl === undefined) {
      throw new SignInError('no-authorize-url', 'MSAL did not produce a sign-in address.');
    }
    // The worker marks the window's tab and reads nothing in it (background/sign-in-tabs.ts).
    await beginSignInFlow(chrome.storage.session, authorizeUrl);
    const responseUrl = await launchWebAuthFlow(authorizeUrl);
    if (!responseUrl) throw new SignInError('no-response', 'The sign-in window returned nothing.');
    const result = await msal.handleRedirectPromise({
      hash: responseHash(responseUrl),
      navigateToLoginRequestUrl: false,
    });
    if (!result) {
      throw new SignInError('no-response', 'The sign-in response did not match the request.');
    }
    if (!captured) {
      throw new SignInError(
        'no-refresh-token',
        'The provider issued no refresh token (offline_access was not granted).',
      );
    }
    return grantFrom(result, captured, options, metadata);
  } finally {
    await endSignInFlow(chrome.storage.session);
    await forgetMsalState(msal);
  }
}

/** The provider answers in the fragment (MSAL's response mode); errors may come as a query. */
function responseHash(responseUrl: string): string {
  const url = new URL(responseUrl);
  if (url.hash.length > 1) return url.hash;
  return url.search.length > 1 ? `#${url.search.slice(1)}` : '';
}

function grantFrom(
  result: AuthenticationResult,
  captured: CapturedTokenResponse,
  options: InteractiveSignInOptions,
  metadata: ProviderMetadata | undefined,
): SignInGrant {
  const { account } = result;
  const claims = result.idTokenClaims as Record<string, unknown>;
  const tenantId = account.tenantId || (typeof claims.tid === 'string' ? claims.tid : '');
  const now = Date.now();
  return {
    account: {
      name: account.name ?? '',
      username: account.username,
      tenantId,
      tenantKind: tenantKindOf(options.authority.kind, tenantId),
      homeAccountId: account.homeAccountId,
    },
    clientId: options.clientId,
    authority: options.authority.url,
    tokenEndpoint: captured.tokenEndpoint,
    ...(metadata?.revocation_endpoint ? { revocationEndpoint: metadata.revocation_endpoint } : {}),
    scopes: result.scopes.length > 0 ? result.scopes : [...SCOPES],
    refreshToken: captured.refreshToken,
    ...(captured.refreshTokenExpiresIn
      ? { refreshTokenExpiresAt: now + captured.refreshTokenExpiresIn * 1000 }
      : {}),
    accessToken: result.accessToken,
    accessTokenExpiresAt: result.expiresOn?.getTime() ?? now + 5 * 60_000,
  };
}

/**
 * Leaves no MSAL trace in this page's storage: its memory cache, and the request state (PKCE
 * verifier, interaction lock) it keeps in sessionStorage, also after a failed or abandoned flow.
 */
async function forgetMsalState(msal: PublicClientApplication): Promise<void> {
  try {
    await msal.clearCache();
  } catch {
    // Not initialized (initialize failed): there is nothing in its cache.
  }
  for (const storage of [sessionStorage, localStorage]) {
    for (const key of Object.keys(storage)) {
      if (key.startsWith('msal.')) storage.removeItem(key);
    }
  }
  for (const cookie of document.cookie.split(';')) {
    const name = cookie.split('=')[0]?.trim() ?? '';
    if (name.startsWith('msal.'))
      document.cookie = `${name}=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/`;
  }
}
