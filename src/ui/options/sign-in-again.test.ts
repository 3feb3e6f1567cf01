// The account line when the sign-in ended: the auth module's reason inside the catalog's line, as
// account-section.ts puts them together. Each reason already asks to sign in again; the line
// must say it once, and that nothing waiting is lost once; in the page's language, all of it.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { refreshRejectionReason, SIGN_IN_REASONS } from '../../auth/sign-in-reason';
import { t } from '../../i18n/i18n';
import { CATALOGS, useCatalog } from '../../i18n/testing';
import { signInReasonText } from './sign-in-reason';

const count = (text: string, word: RegExp): number => text.match(word)?.length ?? 0;
const line = (reason: string | undefined) =>
  t('options_account_sign_in_again', signInReasonText(reason));
const english = new Set(Object.values(CATALOGS.en).map((entry) => entry.message));

describe('options: sign in again', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it.each([
    ['expired', refreshRejectionReason('invalid_grant', 'AADSTS700084')],
    ['revoked or ended elsewhere', refreshRejectionReason('invalid_grant', 'AADSTS50000')],
    ['password changed', refreshRejectionReason('invalid_grant', 'AADSTS50173')],
    ['consent withdrawn', refreshRejectionReason('invalid_grant', 'AADSTS65001')],
    ['no reason given', undefined],
  ])('%s: asks once, reassures once', (_case, reason) => {
    useCatalog('en');
    expect(count(line(reason), /sign in again/gi), line(reason)).toBe(1);
    expect(count(line(reason), /is lost/g), line(reason)).toBe(1);
    expect(line(reason)).toMatch(/^[A-Z]/);
  });

  it.each(SIGN_IN_REASONS)('says %s in German, in a German line', (reason) => {
    useCatalog('de');
    const words = signInReasonText(reason);
    expect(english.has(words), words).toBe(false);
    expect(words).toMatch(/[Mm]elde dich (dann )?erneut|erneute Anmeldung/);
    expect(line(reason)).toBe(`${words} Nichts, was auf Veröffentlichung wartet, geht verloren.`);
  });

  it('speaks German when no reason is given', () => {
    useCatalog('de');
    expect(line(undefined)).toBe(
      'Deine Anmeldung ist beendet (abgelaufen, anderswo abgemeldet oder widerrufen). Melde dich erneut an. Nichts, was auf Veröffentlichung wartet, geht verloren.',
    );
  });

  it('words in German what an older version kept in English, and shows other text as it is', () => {
    useCatalog('de');
    const old = 'Your sign-in has expired. Sign in again to keep publishing to your Timeline.';
    expect(signInReasonText(old)).toBe(signInReasonText('expired'));
    expect(signInReasonText('Sign in again, please.')).toBe('Sign in again, please.');
  });
});
