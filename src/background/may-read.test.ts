import { describe, expect, it } from 'vitest';
import { mayRead } from './may-read';

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
