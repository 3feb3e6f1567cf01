// The account line when the sign-in ended: the auth module's reason inside the catalog's line, as
// account-section.ts puts them together. Each reason already asks to sign in again; the line
// must say it once, and that nothing waiting is lost once.
import { beforeEach, describe, expect, it } from 'vitest';
import { describeRefreshRejection } from '../../auth/errors';
import { EXPIRED_REASON } from '../../auth/renewal-policy';
import { t } from '../../i18n/i18n';
import { useCatalog } from '../../i18n/testing';

const count = (text: string, word: RegExp): number => text.match(word)?.length ?? 0;

describe('options: sign in again', () => {
  beforeEach(() => {
    useCatalog('en');
  });

  it.each([
    ['expired', EXPIRED_REASON],
    ['revoked or ended elsewhere', describeRefreshRejection('invalid_grant', 'AADSTS50000')],
    ['password changed', describeRefreshRejection('invalid_grant', 'AADSTS50173')],
    ['consent withdrawn', describeRefreshRejection('invalid_grant', 'AADSTS65001')],
    ['no reason given', undefined],
  ])('%s: asks once, reassures once', (_case, reason) => {
    const line = t('options_account_sign_in_again', reason ?? t('options_account_ended'));
    expect(count(line, /sign in again/gi), line).toBe(1);
    expect(count(line, /is lost/g), line).toBe(1);
    expect(line).toMatch(/^[A-Z]/);
  });

  it('speaks German when no reason is given', () => {
    useCatalog('de');
    expect(t('options_account_sign_in_again', t('options_account_ended'))).toBe(
      'Deine Anmeldung ist abgelaufen. Melde dich erneut an. Nichts, was auf Veröffentlichung wartet, geht verloren.',
    );
  });
});
