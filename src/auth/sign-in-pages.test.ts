import { describe, expect, it } from 'vitest';
import { isSignInPage } from './sign-in-pages';

const sandbox = { clientId: 'x', tenant: 'https://127.0.0.1:8443/oidc' };
const entra = { clientId: 'x', tenant: 'common' };

describe('isSignInPage', () => {
  it.each([
    ['the configured provider, any path', 'https://127.0.0.1:8443/interaction/abc', sandbox, true],
    ['the same host on another port', 'https://127.0.0.1:9000/article', sandbox, false],
    ['the same host over http', 'http://127.0.0.1:8443/interaction/abc', sandbox, false],
    ['Entra', 'https://login.microsoftonline.com/common/oauth2/v2.0/authorize?x=1', entra, true],
    ['a Microsoft account page', 'https://login.live.com/oauth20_authorize.srf', sandbox, true],
    ['an ordinary page', 'https://news.example/story', entra, false],
    ['garbage', 'not a url', entra, false],
  ])('%s', (_, url, config, expected) => {
    expect(isSignInPage(url, config)).toBe(expected);
  });
});
