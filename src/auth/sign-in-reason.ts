// Why the user must sign in again, as a code: the worker keeps it with the sign-in
// (token-store.ts `reason`) and the options page words it in the user's language
// (ui/sign-in-reason.ts). A sign-in kept by an older version holds English text instead.

/** Why the user must sign in again. */
export type SignInReason =
  /** The refresh token's lifetime ended (Entra's SPA 24 h, AADSTS700084), or its session's. */
  | 'expired'
  /** The user or an admin withdrew consent (AADSTS65001, OpenID Connect `consent_required`). */
  | 'consent-withdrawn'
  /** The password or the session changed (AADSTS50173, 50133). */
  | 'password-changed'
  /** The organisation requires multi-factor authentication again (AADSTS50076, 50079). */
  | 'mfa-required'
  /** The provider no longer accepts the app registration (`invalid_client`, `unauthorized_client`). */
  | 'app-refused'
  /** Another account answered the hidden sign-in. */
  | 'account-mismatch'
  /** The kept refresh token cannot be read (key lost, record tampered with). */
  | 'unreadable'
  /** Any other refusal: expired, signed out elsewhere or revoked. */
  | 'ended';

/** Every reason, for the catalog's words of each. */
export const SIGN_IN_REASONS: readonly SignInReason[] = [
  'expired',
  'consent-withdrawn',
  'password-changed',
  'mfa-required',
  'app-refused',
  'account-mismatch',
  'unreadable',
  'ended',
];

/** Whether a stored reason is a code (else English text from an older version). */
export function isSignInReason(value: string): value is SignInReason {
  return (SIGN_IN_REASONS as readonly string[]).includes(value);
}

/**
 * Why a refresh token stopped working, from the token endpoint's refusal (OAuth `error`, and the
 * `error_description` with any AADSTS code: https://learn.microsoft.com/entra/identity-platform/reference-error-codes).
 * Every refusal means the user must sign in again; the reason only changes the explanation.
 */
export function refreshRejectionReason(error: string, description: string): SignInReason {
  const aadsts = /AADSTS(\d+)/.exec(description)?.[1];
  switch (aadsts) {
    case '700084':
    case '700082':
    case '70043':
      return 'expired';
    case '65001':
      return 'consent-withdrawn';
    case '50173':
    case '50133':
      return 'password-changed';
    case '50076':
    case '50079':
      return 'mfa-required';
    default:
      break;
  }
  if (error === 'invalid_client' || error === 'unauthorized_client') return 'app-refused';
  return 'ended';
}
