import { describe, expect, it } from 'vitest';
import { isSignInReason, refreshRejectionReason } from './sign-in-reason';

describe('refreshRejectionReason', () => {
  it.each([
    ['invalid_grant', 'AADSTS700084: The refresh token was issued to a single page app', 'expired'],
    ['invalid_grant', 'AADSTS70043: sign-in frequency', 'expired'],
    ['invalid_grant', 'AADSTS65001: consent', 'consent-withdrawn'],
    ['invalid_grant', 'AADSTS50173: the grant was revoked', 'password-changed'],
    ['invalid_grant', 'AADSTS50076: MFA', 'mfa-required'],
    ['invalid_client', 'AADSTS7000215', 'app-refused'],
    ['unauthorized_client', '', 'app-refused'],
    ['invalid_grant', 'grant request is invalid', 'ended'],
  ])('%s, %s: %s', (error, description, reason) => {
    expect(refreshRejectionReason(error, description)).toBe(reason);
  });
});

describe('isSignInReason', () => {
  it('tells a code from the English text an older version kept', () => {
    expect(isSignInReason('expired')).toBe(true);
    expect(isSignInReason('Your sign-in has expired. Sign in again.')).toBe(false);
  });
});
