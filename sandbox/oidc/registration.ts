// What the sandbox tenant registers, as an Entra app registration would: the audience, the public
// clients and their scopes, the redirect URIs and browser origins accepted, token lifetimes.
import { USER_ACTIVITY_SCOPE } from '../graph/auth';

/** Audience of every access token, and what the Graph server accepts. */
export const GRAPH_AUDIENCE = 'https://graph.microsoft.com';
/** The extension's public client id in the sandbox. */
export const SANDBOX_CLIENT_ID = 'reading-timeline-sandbox';
/** A second public client, for tests of CreatedByApp isolation between apps. */
export const OTHER_APP_CLIENT_ID = 'sandbox-other-app';
/** Scopes the extension requests (as MSAL sends them). */
export const SANDBOX_SCOPES = ['openid', 'profile', 'offline_access', USER_ACTIVITY_SCOPE];

/**
 * The organisation relay's Graph app (confidential client, client-credentials grant). The secret is
 * a fixed sandbox value, public like everything else here: a real relay reads its own from the
 * environment.
 */
export const RELAY_GRAPH_CLIENT_ID = 'reading-timeline-relay';
/** The relay app's client secret in the sandbox (a fixed test value). */
export const RELAY_GRAPH_CLIENT_SECRET = 'sandbox-relay-secret';
/** Application permissions (`roles`) the relay app holds, as after an admin's consent. */
export const RELAY_APP_ROLES = ['ExternalItem.ReadWrite.OwnedBy', 'ExternalConnection.Read.All'];
/** The relay's own API (App ID URI = audience) and its delegated scope. */
export const RELAY_API_AUDIENCE = 'api://reading-timeline-relay';
/** The delegated scope the extension asks for to call the relay's API. */
export const RELAY_API_SCOPE = 'Activity.Report';
/** Entra's scope for "the application permissions consented for Graph". */
export const GRAPH_DEFAULT_SCOPE = 'https://graph.microsoft.com/.default';

/** OpenID scopes the provider grants besides the Graph resource scope. */
export const OIDC_SCOPES = new Set(['openid', 'profile', 'email', 'offline_access']);
/** Seconds an access token lives, as Entra's default. */
export const DEFAULT_ACCESS_TOKEN_TTL = 3600;
/** Entra gives SPA redirect URIs 24-hour refresh tokens that do not slide on rotation. */
export const REFRESH_TOKEN_TTL = 24 * 3600;

/**
 * Redirect URIs the client accepts: any Chromium extension (`chrome.identity.getRedirectURL()`,
 * 32 letters a-p), any Firefox extension (`identity.getRedirectURL()`), and loopback for scripts.
 */
export function isAllowedRedirectUri(value: string): boolean {
  return (
    /^https:\/\/[a-p]{32}\.chromiumapp\.org\/[^?#\s]*$/.test(value) ||
    /^https:\/\/[0-9a-z]{8,64}\.extensions\.allizom\.org\/[^?#\s]*$/.test(value) ||
    /^http:\/\/(127\.0\.0\.1|localhost)(:\d{1,5})?\/[^?#\s]*$/.test(value)
  );
}

/** Origins allowed to call the token endpoint from a browser (MSAL runs in an extension page). */
export function isAllowedOrigin(origin: string): boolean {
  return (
    /^chrome-extension:\/\/[a-p]{32}$/.test(origin) ||
    /^moz-extension:\/\/[0-9a-f-]{36}$/.test(origin) ||
    /^https?:\/\/(127\.0\.0\.1|localhost)(:\d{1,5})?$/.test(origin)
  );
}
