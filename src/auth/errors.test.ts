import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CATALOGS, useCatalog } from '../i18n/testing';
import { DiscoveryError } from './discovery';
import { describeSignInError } from './errors';
import { ProviderRefusedError, SignInError } from './interactive-sign-in';
import { ProviderUnavailableError } from './token-capture';

/** MSAL's errors carry errorCode / errorMessage / subError; only those fields matter here. */
function msalError(errorCode: string, errorMessage = '', name = 'ServerError'): Error {
  return Object.assign(new Error(`${errorCode}: ${errorMessage}`), {
    name,
    errorCode,
    errorMessage,
    subError: '',
  });
}

describe('describeSignInError', () => {
  beforeEach(() => {
    useCatalog('en');
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it.each([
    ['Chromium', 'The user did not approve access.'],
    ['Firefox', 'User cancelled or denied access.'],
  ])('says what to do when the user closed the window (%s)', (_browser, text) => {
    const result = describeSignInError(new Error(text));
    expect(result.code).toBe('window-closed');
    expect(result.message).toMatch(/closed/);
  });

  it('maps a consent the user declined', () => {
    expect(describeSignInError(msalError('access_denied', 'The user denied access')).code).toBe(
      'consent-declined',
    );
    expect(
      describeSignInError(msalError('access_denied', 'AADSTS65004: User declined to consent')).code,
    ).toBe('consent-declined');
  });

  it('maps a provider that cannot be reached', () => {
    expect(describeSignInError(new Error('Authorization page could not be loaded.')).code).toBe(
      'provider-unavailable',
    );
    expect(
      describeSignInError(new ProviderUnavailableError('https://idp.example/token', undefined))
        .code,
    ).toBe('provider-unavailable');
    expect(describeSignInError(msalError('post_request_failed', '', 'BrowserAuthError')).code).toBe(
      'provider-unavailable',
    );
    expect(describeSignInError(msalError('temporarily_unavailable')).code).toBe(
      'provider-unavailable',
    );
  });

  it('maps a wrong client id', () => {
    const entra = describeSignInError(
      msalError('invalid_request', "AADSTS700016: Application with identifier 'x' was not found"),
    );
    expect(entra.code).toBe('wrong-client-id');
    expect(entra.message).toContain('client) ID');
    expect(describeSignInError(msalError('invalid_client')).code).toBe('wrong-client-id');
  });

  it('maps an unregistered redirect URI to the registration steps', () => {
    const result = describeSignInError(
      msalError('invalid_request', 'AADSTS50011: The redirect URI specified does not match'),
    );
    expect(result.code).toBe('redirect-uri-not-registered');
    expect(result.message).toContain('Single-page application');
  });

  it('maps a redirect URI registered under the wrong platform', () => {
    expect(
      describeSignInError(
        msalError('invalid_request', 'AADSTS9002326: Cross-origin token redemption'),
      ).code,
    ).toBe('not-spa-platform');
  });

  it('reads the error page a provider showed instead of its login page', () => {
    const page = (text: string) => describeSignInError(new ProviderRefusedError(400, text));
    expect(page('<p>AADSTS700016: Application not found</p>').code).toBe('wrong-client-id');
    expect(page('<p>AADSTS50011: redirect URI mismatch</p>').code).toBe(
      'redirect-uri-not-registered',
    );
    expect(page('<p id="message">invalid_client: client is invalid</p>').code).toBe(
      'wrong-client-id',
    );
    expect(page('<p>invalid_redirect_uri: redirect_uri did not match</p>').code).toBe(
      'redirect-uri-not-registered',
    );
    expect(page('<p>AADSTS12345: other</p>').code).toBe('aadsts-12345');
    expect(page('oops').code).toBe('provider-refused');
  });

  it('maps a bad custom authority', () => {
    expect(describeSignInError(new DiscoveryError('No OpenID provider at x.')).code).toBe(
      'bad-authority',
    );
    expect(
      describeSignInError(msalError('issuer_validation_failed', '', 'ClientConfigurationError'))
        .code,
    ).toBe('bad-authority');
  });

  it('explains a missing refresh token', () => {
    expect(describeSignInError(new SignInError('no-refresh-token', 'x')).message).toContain(
      'offline_access',
    );
  });

  it('keeps the provider’s words for anything else', () => {
    const result = describeSignInError(msalError('weird_error', 'something odd'));
    expect(result.code).toBe('weird_error');
    expect(result.message).toContain('something odd');
    expect(describeSignInError('plain').message).toContain('plain');
  });

  // Each failure the mapping knows, as the options and welcome pages show it.
  const failures: unknown[] = [
    new Error('The user did not approve access.'),
    new Error('Authorization page could not be loaded.'),
    new DiscoveryError('No OpenID provider at https://idp.example.'),
    new SignInError('no-refresh-token', 'x'),
    new SignInError('no-response', 'the window returned nothing'),
    new Error('identity is undefined'),
    ...['50011', '700016', '90002', '50194', '65004', '9002326', '7000218', '50020', '50058'].map(
      (code) => msalError('invalid_request', `AADSTS${code}: x`),
    ),
    ...[
      'access_denied',
      'consent_required',
      'invalid_client',
      'unauthorized_client',
      'invalid_scope',
      'temporarily_unavailable',
      'server_error',
      'issuer_validation_failed',
      'interaction_in_progress',
      'state_mismatch',
    ].map((code) => msalError(code)),
    new ProviderRefusedError(400, 'oops'),
    new ProviderRefusedError(400, '<p>AADSTS12345: other</p>'),
  ];
  const english = new Set(Object.values(CATALOGS.en).map((entry) => entry.message));

  it('says each failure in German on a German page, none left in English', () => {
    const said = failures.map((error) => describeSignInError(error).message);
    useCatalog('de');
    const german = failures.map((error) => describeSignInError(error).message);
    for (const [i, text] of german.entries()) {
      expect(text, said[i]).not.toBe(said[i]);
      expect(english.has(text), text).toBe(false);
    }
    expect(new Set(german).size).toBe(new Set(said).size);
  });
});
