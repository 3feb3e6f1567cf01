// What went wrong, in words a user can act on. Pure (duck-typed, no MSAL import) so the worker can
// use it too and the mapping is unit-tested.

export interface UserMessage {
  /** Stable code for tests and logs. */
  code: string;
  /** What happened and what to do. */
  message: string;
}

const FIX_CONFIG = 'Check the application (client) ID and tenant in the Sign-in settings below.';

/** Entra error numbers (AADSTS…) users meet when an app registration is not set up right. */
const AADSTS: Record<string, UserMessage> = {
  '50011': {
    code: 'redirect-uri-not-registered',
    message:
      'The app registration does not list this extension’s redirect URI. In the Entra admin center, open the app registration → Authentication → Single-page application, add the redirect URI shown on this page, save, and sign in again.',
  },
  '700016': {
    code: 'wrong-client-id',
    message: `Microsoft does not know this application (client) ID in that tenant. ${FIX_CONFIG}`,
  },
  '90002': { code: 'wrong-tenant', message: `That tenant does not exist. ${FIX_CONFIG}` },
  '50194': {
    code: 'single-tenant-app',
    message:
      'This app registration only accepts accounts of its own tenant: set the tenant to its tenant ID (Overview page) instead of common.',
  },
  '65004': {
    code: 'consent-declined',
    message:
      'You declined the permissions the extension asks for, so it cannot publish to your Timeline. Sign in again and accept to continue.',
  },
  '9002326': {
    code: 'not-spa-platform',
    message:
      'The redirect URI is registered under the Web platform. Move it to “Single-page application” in the app registration’s Authentication page.',
  },
  '7000218': {
    code: 'not-spa-platform',
    message:
      'The app registration treats this app as confidential. Register the redirect URI under “Single-page application” and allow public client flows.',
  },
  '50020': {
    code: 'account-not-in-tenant',
    message:
      'That account is not a member of the configured tenant. Sign in with an account of that tenant, or change the tenant.',
  },
};

/** OAuth error codes (RFC 6749 §4.1.2.1, OpenID Connect) as providers send them. */
const OAUTH: Record<string, UserMessage> = {
  access_denied: {
    code: 'consent-declined',
    message:
      'Sign-in was declined (you, or a policy of your organisation, refused the permissions). Sign in again and accept to publish to your Timeline.',
  },
  consent_required: {
    code: 'consent-required',
    message: 'The extension needs your consent again. Sign in to grant it.',
  },
  invalid_client: {
    code: 'wrong-client-id',
    message: `The provider does not know this application (client) ID. ${FIX_CONFIG}`,
  },
  unauthorized_client: {
    code: 'wrong-client-id',
    message: `The provider does not allow this application to sign in this way. ${FIX_CONFIG}`,
  },
  invalid_scope: {
    code: 'invalid-scope',
    message:
      'The provider refused the permission UserActivity.ReadWrite.CreatedByApp. Add it to the app registration (API permissions → Microsoft Graph → Delegated).',
  },
  temporarily_unavailable: {
    code: 'provider-unavailable',
    message: 'The sign-in service is temporarily unavailable. Try again in a few minutes.',
  },
  server_error: {
    code: 'provider-unavailable',
    message: 'The sign-in service had an error. Try again in a few minutes.',
  },
};

const PROVIDER_DOWN: UserMessage = {
  code: 'provider-unavailable',
  message:
    'The sign-in service could not be reached. Check your connection (and, for a custom authority, that the server is running), then try again.',
};

const WINDOW_CLOSED: UserMessage = {
  code: 'window-closed',
  message:
    'The sign-in window was closed before sign-in finished. If it showed an error (for example AADSTS50011 about the redirect URI, or AADSTS700016 about the application), fix that first; otherwise sign in again.',
};

type Bag = Record<string, unknown>;
const field = (error: unknown, name: string): string => {
  if (typeof error !== 'object' || error === null) return '';
  const value = (error as Bag)[name];
  return typeof value === 'string' ? value : '';
};

/** Maps anything an interactive sign-in can throw to a message for the options page. */
export function describeSignInError(error: unknown): UserMessage {
  const name = field(error, 'name');
  const message = error instanceof Error ? error.message : String(error);
  if (name === 'ProviderUnavailableError') return PROVIDER_DOWN;
  if (name === 'ProviderRefusedError') return describeRefusalPage(field(error, 'page'));
  if (name === 'DiscoveryError') {
    return {
      code: 'bad-authority',
      message: `${message} Check the authority URL in the Sign-in settings below.`,
    };
  }
  if (name === 'SignInError') {
    if (field(error, 'code') === 'no-refresh-token') {
      return {
        code: 'no-refresh-token',
        message:
          'The provider did not allow offline access, so the extension could not keep you signed in. Add offline_access to the app registration’s permissions and sign in again.',
      };
    }
    return {
      code: field(error, 'code') || 'sign-in-failed',
      message: `Sign-in failed: ${message}`,
    };
  }
  // identity.launchWebAuthFlow's own errors: Chromium's, then Firefox's wording for a closed window.
  if (/did not approve access|cancelled or denied access/i.test(message)) return WINDOW_CLOSED;
  if (/could not be loaded/i.test(message)) return PROVIDER_DOWN;
  if (/identity/i.test(message) && /permission|undefined|not a function/i.test(message)) {
    return {
      code: 'no-identity-api',
      message: 'This browser does not let extensions sign in (chrome.identity is missing).',
    };
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
    return {
      code: 'bad-authority',
      message: `The authority is not a usable OpenID provider. ${FIX_CONFIG}`,
    };
  }
  if (errorCode === 'interaction_in_progress') {
    return {
      code: 'busy',
      message: 'A sign-in is already under way in another tab. Finish or close it, then try again.',
    };
  }
  if (errorCode === 'state_mismatch' || errorCode === 'nonce_mismatch') {
    return {
      code: 'stale-response',
      message: 'The sign-in response did not match this request. Sign in again.',
    };
  }
  if (aadsts) {
    return {
      code: `aadsts-${aadsts}`,
      message: `Microsoft refused the sign-in (AADSTS${aadsts}). ${FIX_CONFIG}`,
    };
  }
  return { code: errorCode || 'sign-in-failed', message: `Sign-in failed: ${message}` };
}

/** The provider's error page (shown instead of its login page): find its error code. */
function describeRefusalPage(page: string): UserMessage {
  const aadsts = /AADSTS(\d+)/.exec(page)?.[1];
  if (aadsts && AADSTS[aadsts]) return AADSTS[aadsts];
  if (/redirect_uri/i.test(page)) return AADSTS['50011'] ?? PROVIDER_DOWN;
  const oauth = /\b(invalid_client|unauthorized_client|invalid_scope|access_denied)\b/.exec(
    page,
  )?.[1];
  if (oauth && OAUTH[oauth]) return OAUTH[oauth];
  return {
    code: aadsts ? `aadsts-${aadsts}` : 'provider-refused',
    message: `The sign-in service refused the request${aadsts ? ` (AADSTS${aadsts})` : ''}. ${FIX_CONFIG}`,
  };
}
