// What went wrong, in words a user can act on, in the catalog's language (public/_locales: the
// sign_in_error_* messages, through i18n's `t`). The mapping is duck-typed (no MSAL import) and
// unit-tested with the shipped catalogs (errors.test.ts).
import { t, type MessageKey } from '../i18n/i18n';

/** What the options and welcome pages say when an interactive sign-in failed. */
export interface UserMessage {
  /** Stable code for tests and logs. */
  code: string;
  /** What happened and what to do, in the catalog's language. */
  message: string;
}

/** A failure the catalog words: its code and message key, and the detail the key takes, if any. */
interface Known {
  code: string;
  key: MessageKey;
  detail?: string;
}

/** Entra error numbers (AADSTS…) users meet when an app registration is not set up right. */
const AADSTS: Record<string, Known> = {
  '50011': { code: 'redirect-uri-not-registered', key: 'sign_in_error_redirect_uri' },
  '700016': { code: 'wrong-client-id', key: 'sign_in_error_client_id_in_tenant' },
  '90002': { code: 'wrong-tenant', key: 'sign_in_error_no_tenant' },
  '50194': { code: 'single-tenant-app', key: 'sign_in_error_single_tenant' },
  '65004': { code: 'consent-declined', key: 'sign_in_error_consent_declined' },
  '9002326': { code: 'not-spa-platform', key: 'sign_in_error_web_platform' },
  '7000218': { code: 'not-spa-platform', key: 'sign_in_error_confidential' },
  '50020': { code: 'account-not-in-tenant', key: 'sign_in_error_not_in_tenant' },
};

/** OAuth error codes (RFC 6749 §4.1.2.1, OpenID Connect) as providers send them. */
const OAUTH: Record<string, Known> = {
  access_denied: { code: 'consent-declined', key: 'sign_in_error_declined' },
  consent_required: { code: 'consent-required', key: 'sign_in_error_consent_required' },
  invalid_client: { code: 'wrong-client-id', key: 'sign_in_error_unknown_client' },
  unauthorized_client: { code: 'wrong-client-id', key: 'sign_in_error_client_not_allowed' },
  invalid_scope: { code: 'invalid-scope', key: 'sign_in_error_invalid_scope' },
  temporarily_unavailable: {
    code: 'provider-unavailable',
    key: 'sign_in_error_temporarily_unavailable',
  },
  server_error: { code: 'provider-unavailable', key: 'sign_in_error_server_error' },
};

const PROVIDER_DOWN: Known = { code: 'provider-unavailable', key: 'sign_in_error_unreachable' };
const WINDOW_CLOSED: Known = { code: 'window-closed', key: 'sign_in_error_window_closed' };

/** The catalog's words for a known failure (a key with a placeholder gets `detail`). */
function worded({ code, key, detail }: Known): UserMessage {
  const translate = t as (key: MessageKey, substitutions?: string) => string;
  return { code, message: translate(key, detail) };
}

type Bag = Record<string, unknown>;
const field = (error: unknown, name: string): string => {
  if (typeof error !== 'object' || error === null) return '';
  const value = (error as Bag)[name];
  return typeof value === 'string' ? value : '';
};

/** Maps anything an interactive sign-in can throw to a message for the options page. */
export function describeSignInError(error: unknown): UserMessage {
  return worded(knownFailure(error));
}

function knownFailure(error: unknown): Known {
  const name = field(error, 'name');
  const message = error instanceof Error ? error.message : String(error);
  if (name === 'ProviderUnavailableError') return PROVIDER_DOWN;
  if (name === 'ProviderRefusedError') return refusalPage(field(error, 'page'));
  if (name === 'DiscoveryError') {
    return { code: 'bad-authority', key: 'sign_in_error_bad_discovery', detail: message };
  }
  if (name === 'SignInError') {
    if (field(error, 'code') === 'no-refresh-token') {
      return { code: 'no-refresh-token', key: 'sign_in_error_no_refresh_token' };
    }
    const code = field(error, 'code') || 'sign-in-failed';
    return { code, key: 'sign_in_error_failed', detail: message };
  }
  // identity.launchWebAuthFlow's own errors: Chromium's, then Firefox's wording for a closed window.
  if (/did not approve access|cancelled or denied access/i.test(message)) return WINDOW_CLOSED;
  if (/could not be loaded/i.test(message)) return PROVIDER_DOWN;
  if (/identity/i.test(message) && /permission|undefined|not a function/i.test(message)) {
    return { code: 'no-identity-api', key: 'sign_in_error_no_identity_api' };
  }
  // MSAL errors: errorCode plus the provider's description in errorMessage / subError.
  const errorCode = field(error, 'errorCode');
  const described = `${field(error, 'errorMessage')} ${field(error, 'subError')} ${message}`;
  const aadsts = /AADSTS(\d+)/.exec(described)?.[1];
  if (aadsts && AADSTS[aadsts]) return AADSTS[aadsts];
  if (errorCode && OAUTH[errorCode]) return OAUTH[errorCode];
  if (
    [
      'no_network_connectivity',
      'post_request_failed',
      'get_request_failed',
      'endpoints_resolution_error',
      'failed_to_parse_response',
    ].includes(errorCode)
  ) {
    return PROVIDER_DOWN;
  }
  if (
    [
      'untrusted_authority',
      'issuer_validation_failed',
      'invalid_authority_metadata',
      'url_parse_error',
      'authority_uri_insecure',
    ].includes(errorCode)
  ) {
    return { code: 'bad-authority', key: 'sign_in_error_bad_authority' };
  }
  if (errorCode === 'interaction_in_progress') return { code: 'busy', key: 'sign_in_error_busy' };
  if (errorCode === 'state_mismatch' || errorCode === 'nonce_mismatch') {
    return { code: 'stale-response', key: 'sign_in_error_stale_response' };
  }
  if (aadsts) {
    return { code: `aadsts-${aadsts}`, key: 'sign_in_error_microsoft_refused', detail: aadsts };
  }
  return { code: errorCode || 'sign-in-failed', key: 'sign_in_error_failed', detail: message };
}

/** The provider's error page (shown instead of its login page): find its error code. */
function refusalPage(page: string): Known {
  const aadsts = /AADSTS(\d+)/.exec(page)?.[1];
  if (aadsts && AADSTS[aadsts]) return AADSTS[aadsts];
  if (/redirect_uri/i.test(page)) return AADSTS['50011'] ?? PROVIDER_DOWN;
  const oauth = /\b(invalid_client|unauthorized_client|invalid_scope|access_denied)\b/.exec(
    page,
  )?.[1];
  if (oauth && OAUTH[oauth]) return OAUTH[oauth];
  return aadsts
    ? { code: `aadsts-${aadsts}`, key: 'sign_in_error_provider_refused_code', detail: aadsts }
    : { code: 'provider-refused', key: 'sign_in_error_provider_refused' };
}
