// When the refresh token stops working: whether to renew silently at the identity provider first
// (a hidden authorization request with prompt=none while its session lives), or to ask the user.
// Pure: the worker's glue (background-auth.ts) runs the attempt and follows these answers.
import { refreshRejectionReason, type SignInReason } from './sign-in-reason';

/** Why the refresh token cannot renew the access token. */
export type RenewalTrigger =
  /** The token endpoint refused it (OAuth `error`, and `error_description` with any AADSTS code). */
  | { kind: 'refresh-rejected'; error: string; description: string }
  /** Its fixed lifetime (the token response's refresh_token_expires_in) has passed. */
  | { kind: 'refresh-expired' }
  /** None is kept, or it cannot be decrypted (key lost, record tampered with). */
  | { kind: 'refresh-missing' };

/** What a silent (prompt=none) sign-in attempt came to. */
export type SilentOutcome =
  | { kind: 'signed-in' }
  /**
   * The provider needs the user (OpenID Connect `login_required`, `interaction_required`,
   * `consent_required`, `account_selection_required`), another account answered, or the browser
   * refused to run the flow without showing a window.
   */
  | { kind: 'needs-user'; error: string }
  /** The provider could not be reached: nothing is known, try again on a later pass. */
  | { kind: 'unavailable'; message: string };

/** What to do when the refresh token no longer works: try a hidden sign-in, or ask the user. */
export type RenewalDecision =
  | { action: 'try-silent' }
  /** Ask the user to sign in, with this reason (shown once, kept until they do). */
  | { action: 'ask-user'; reason: SignInReason };

/**
 * AADSTS codes for which a prompt=none request cannot succeed (Entra answers it with
 * interaction_required or consent_required), so a hidden attempt would only cost a request:
 * 65001 consent withdrawn, 50076/50079 multi-factor authentication required, 70043 sign-in
 * frequency of a Conditional Access policy.
 */
const NEEDS_INTERACTION = new Set(['65001', '50076', '50079', '70043']);

function reasonFor(trigger: RenewalTrigger): SignInReason {
  switch (trigger.kind) {
    case 'refresh-rejected':
      return refreshRejectionReason(trigger.error, trigger.description);
    case 'refresh-expired':
      return 'expired';
    case 'refresh-missing':
      return 'unreadable';
  }
}

/**
 * First step when the refresh token fails. Silent renewal is tried whenever it could succeed: the
 * SPA lifetime (AADSTS700084), other expiry, revocation or an unreadable token all leave the
 * provider's own session (cookie) possibly alive. It is not tried when the app registration itself
 * is refused (`invalid_client`, `unauthorized_client`: the user must fix the settings), when the
 * provider said interaction is required, or when this browser cannot run a hidden flow
 * (`silentAvailable` false).
 */
export function decideOnRefreshFailure(
  trigger: RenewalTrigger,
  { silentAvailable }: { silentAvailable: boolean },
): RenewalDecision {
  const ask: RenewalDecision = { action: 'ask-user', reason: reasonFor(trigger) };
  if (!silentAvailable) return ask;
  if (trigger.kind === 'refresh-rejected') {
    if (trigger.error === 'invalid_client' || trigger.error === 'unauthorized_client') return ask;
    const aadsts = /AADSTS(\d+)/.exec(trigger.description)?.[1];
    if (aadsts !== undefined && NEEDS_INTERACTION.has(aadsts)) return ask;
  }
  return { action: 'try-silent' };
}

/**
 * After the one silent attempt: keep the new tokens, ask the user (once: the sign-in is then marked
 * as needing them and nothing is tried again until they sign in), or leave everything as it is and
 * try on a later pass when the provider could not be reached.
 */
export function decideAfterSilent(
  outcome: SilentOutcome,
  trigger: RenewalTrigger,
):
  | { action: 'use-new-tokens' }
  | { action: 'ask-user'; reason: SignInReason }
  | { action: 'retry-later' } {
  switch (outcome.kind) {
    case 'signed-in':
      return { action: 'use-new-tokens' };
    case 'unavailable':
      return { action: 'retry-later' };
    case 'needs-user':
      return {
        action: 'ask-user',
        reason:
          outcome.error === 'consent_required'
            ? 'consent-withdrawn'
            : outcome.error === 'account_mismatch'
              ? 'account-mismatch'
              : reasonFor(trigger),
      };
  }
}
