// The account line's reason for signing in again, in the catalog's language: the worker keeps a
// code (auth/sign-in-reason.ts), and the words are the catalog's, so a German page says it in German.
import english from '../../../public/_locales/en/messages.json';
import { isSignInReason, type SignInReason } from '../../auth/sign-in-reason';
import { t, type MessageKey } from '../../i18n/i18n';

const WORDS: Readonly<Record<SignInReason, MessageKey>> = {
  expired: 'sign_in_reason_expired',
  'consent-withdrawn': 'sign_in_reason_consent_withdrawn',
  'password-changed': 'sign_in_reason_password_changed',
  'mfa-required': 'sign_in_reason_mfa_required',
  'app-refused': 'sign_in_reason_app_refused',
  'account-mismatch': 'sign_in_reason_account_mismatch',
  unreadable: 'sign_in_reason_unreadable',
  ended: 'sign_in_reason_ended',
};

// A sign-in kept before the codes holds the English words, which the English catalog now has.
const OLD_ENGLISH = new Map(
  Object.entries(WORDS).map(([code, key]) => [english[key].message, code as SignInReason]),
);

/**
 * Why the user must sign in again, in words: a reason code's from the catalog (and the English
 * text an older version kept for one); any other text as it is; none given: the sign-in ended.
 */
export function signInReasonText(reason: string | undefined): string {
  if (reason === undefined || reason === '') return t(WORDS.ended);
  const code = isSignInReason(reason) ? reason : OLD_ENGLISH.get(reason);
  return code === undefined ? reason : t(WORDS[code]);
}
