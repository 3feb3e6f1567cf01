import { describe, expect, it } from 'vitest';
import {
  decideAfterSilent,
  decideOnRefreshFailure,
  type RenewalTrigger,
  type SilentOutcome,
} from './renewal-policy';

const rejected = (error: string, description = ''): RenewalTrigger => ({
  kind: 'refresh-rejected',
  error,
  description,
});

describe('decideOnRefreshFailure', () => {
  it.each<[string, RenewalTrigger, 'try-silent' | 'ask-user']>([
    [
      'SPA lifetime over (AADSTS700084)',
      rejected('invalid_grant', 'AADSTS700084: The refresh token was issued to a single page app'),
      'try-silent',
    ],
    [
      'inactivity expiry (AADSTS700082)',
      rejected('invalid_grant', 'AADSTS700082: expired due to inactivity'),
      'try-silent',
    ],
    ['revoked, no code', rejected('invalid_grant', 'grant request is invalid'), 'try-silent'],
    ['known lifetime passed', { kind: 'refresh-expired' }, 'try-silent'],
    ['token unreadable', { kind: 'refresh-missing' }, 'try-silent'],
    [
      'consent withdrawn (AADSTS65001)',
      rejected('invalid_grant', 'AADSTS65001: no consent'),
      'ask-user',
    ],
    ['MFA required (AADSTS50076)', rejected('invalid_grant', 'AADSTS50076: MFA'), 'ask-user'],
    ['sign-in frequency (AADSTS70043)', rejected('invalid_grant', 'AADSTS70043: CA'), 'ask-user'],
    ['app unknown', rejected('invalid_client', 'AADSTS700016: not found'), 'ask-user'],
    ['app not allowed', rejected('unauthorized_client'), 'ask-user'],
  ])('%s → %s', (_name, trigger, action) => {
    expect(decideOnRefreshFailure(trigger, { silentAvailable: true }).action).toBe(action);
  });

  it('asks the user at once, with the reason, where no hidden sign-in can run', () => {
    expect(
      decideOnRefreshFailure(rejected('invalid_grant', 'AADSTS700084: x'), {
        silentAvailable: false,
      }),
    ).toEqual({ action: 'ask-user', reason: 'expired' });
  });
});

describe('decideAfterSilent', () => {
  const trigger = rejected('invalid_grant', 'AADSTS700084: x');
  it.each<[SilentOutcome, string, string | undefined]>([
    [{ kind: 'signed-in' }, 'use-new-tokens', undefined],
    [{ kind: 'unavailable', message: 'offline' }, 'retry-later', undefined],
    [{ kind: 'needs-user', error: 'login_required' }, 'ask-user', 'expired'],
    [{ kind: 'needs-user', error: 'interaction_required' }, 'ask-user', 'expired'],
    [{ kind: 'needs-user', error: 'consent_required' }, 'ask-user', 'consent-withdrawn'],
    [{ kind: 'needs-user', error: 'account_mismatch' }, 'ask-user', 'account-mismatch'],
  ])('%o → %s', (outcome, action, reason) => {
    const decision = decideAfterSilent(outcome, trigger);
    expect(decision.action).toBe(action);
    if (reason) expect(decision).toMatchObject({ reason });
  });
});
