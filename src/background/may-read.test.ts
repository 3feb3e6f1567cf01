import { describe, expect, it } from 'vitest';
import { mayRead, recordingVerdict } from './may-read';

const auth = { clientId: 'x', tenant: 'https://127.0.0.1:8443/oidc' };
const reading = { paused: false, excludedSites: ['bank.test'] };

describe('mayRead (what the injector and the tracker may read)', () => {
  it.each<[string, string, { paused: boolean; excludedSites: string[] }, boolean]>([
    ['an ordinary article', 'https://news.test/story', reading, true],
    ['a never-record site', 'https://bank.test/statement', reading, false],
    ['a subdomain of a never-record site', 'https://www.bank.test/', reading, false],
    [
      'any page while recording is paused',
      'https://news.test/story',
      { ...reading, paused: true },
      false,
    ],
    ['the sign-in provider', 'https://127.0.0.1:8443/interaction/abc', reading, false],
    ['Microsoft sign-in', 'https://login.live.com/oauth20_authorize.srf', reading, false],
    // A federated sign-in leaves the authority for the organisation's identity provider.
    ['the AD FS page of a federated sign-in', 'https://sts.contoso.com/adfs/ls/', reading, false],
    ['an Okta sign-in', 'https://contoso.okta.com/signin/verify/okta/push', reading, false],
    ['a SAML request', 'https://idp.contoso.com/sso?SAMLRequest=fZJNT8Mw', reading, false],
    ['Google sign-in', 'https://accounts.google.com/v3/signin/identifier', reading, false],
    ['an article about AD FS', 'https://blog.example/adfs-explained', reading, true],
    [
      'a URL that is only a credential',
      'https://app.test/callback?code=abc123&state=xyz',
      reading,
      false,
    ],
    ['a browser page', 'chrome://settings/', reading, false],
    ['garbage', 'not a url', reading, false],
  ])('%s', (_case, url, settings, expected) => {
    expect(mayRead(url, settings, auth)).toBe(expected);
  });
});

describe('recordingVerdict (why the page in front is recorded or not)', () => {
  const settings = { paused: false, excludedSites: ['bank.test', 'news.bank.test', 'shop.test'] };
  it.each<[string, string, { paused: boolean; excludedSites: string[] }, boolean, unknown]>([
    ['an ordinary article', 'https://news.test/story', settings, false, { kind: 'recorded' }],
    [
      'every entry covering an excluded page (both go for it to be recorded)',
      'https://news.bank.test/today',
      settings,
      false,
      { kind: 'excluded', entries: ['bank.test', 'news.bank.test'] },
    ],
    [
      'an excluded site while paused: the exclusion, which resuming would not undo',
      'http://shop.test/cart',
      { ...settings, paused: true },
      false,
      { kind: 'excluded', entries: ['shop.test'] },
    ],
    [
      'a site excluded only by a look-alike name: recorded',
      'https://notbank.test/',
      settings,
      false,
      { kind: 'recorded' },
    ],
    ['paused', 'https://news.test/story', { ...settings, paused: true }, false, { kind: 'paused' }],
    [
      'a sign-in page on an excluded site: never recorded comes first',
      'https://accounts.google.com/v3/signin/identifier',
      { ...settings, excludedSites: ['google.com'] },
      false,
      { kind: 'never-recorded' },
    ],
    [
      'a password-reset link',
      'https://app.test/reset-password/9f2c4b1a7e6d5c3b2a1f0e9d8c7b6a5f',
      settings,
      false,
      { kind: 'never-recorded' },
    ],
    [
      'an ordinary page in the sign-in flow’s tab',
      'https://idp.contoso.test/welcome',
      settings,
      true,
      { kind: 'never-recorded' },
    ],
    ['a browser page', 'chrome://extensions/', settings, false, { kind: 'not-web' }],
    ['about:blank', 'about:blank', settings, false, { kind: 'not-web' }],
    ['a local file', 'file:///home/me/notes.html', settings, false, { kind: 'not-web' }],
    ['a data URL', 'data:text/html,<p>hi', settings, false, { kind: 'not-web' }],
    [
      'an extension page',
      'moz-extension://0b1c/src/ui/popup/index.html',
      settings,
      false,
      { kind: 'not-web' },
    ],
    ['view-source', 'view-source:https://news.test/', settings, false, { kind: 'not-web' }],
  ])('%s', (_case, url, given, signInTab, expected) => {
    const verdict = recordingVerdict(url, given, auth, signInTab);
    expect(verdict).toEqual(expected);
    // mayRead is its thin wrapper: the two never disagree (the tab marks are asked apart).
    if (!signInTab) expect(mayRead(url, given, auth)).toBe(verdict.kind === 'recorded');
  });
});
