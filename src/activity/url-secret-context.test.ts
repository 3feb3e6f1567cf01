import { describe, expect, it } from 'vitest';
import { canonicalizeUrl } from './canonical-url';
import { isCredentialOnlyUrl } from './never-record';
import { looksMachineMade } from './url-secret-context';

// Real-shaped URLs for the names that are secret only in context: `code`, `state`, `key`, `pin`,
// `ticket`, `reset`, `pass`, `invite`, ... Removed in an authorization response (RFC 6749 §4.1.2,
// OIDC Core §3.1.2.5), a CAS or SAML return, a password-reset or magic link, or when the value is
// machine-made; kept, with the page's meaning, everywhere else.
describe('names secret only in context', () => {
  it.each([
    // OAuth 2.0 / OIDC authorization responses: `code` next to `state`, `iss` or `session_state`.
    [
      'https://app.example/?code=M.C507_BAY.2.U.6a1b2c3d-4e5f&state=eyJpZCI6IjEifQ',
      'https://app.example/',
    ],
    [
      'https://www.notion.example/loginwithgoogle?state=aB3dE5fG7h&code=4%2F0AfJohXn7Qk9LmNpQrStUvWxYz&scope=email+openid',
      'https://www.notion.example/loginwithgoogle?scope=email+openid',
    ],
    [
      'https://portal.example/home?code=SplxlOBeZQQYbYS6WxSbIA&state=af0ifjsldkj',
      'https://portal.example/home',
    ],
    [
      'https://app.example/dashboard?code=abc&iss=https%3A%2F%2Fid.example',
      'https://app.example/dashboard?iss=https%3A%2F%2Fid.example',
    ],
    // `code` with `state` is a response even when both look human (RFC 6749's example: state=xyz).
    ['https://airline.example/flights?code=LHR&state=open', 'https://airline.example/flights'],
    // An error response still carries the request's `state`.
    [
      'https://app.example/welcome?error=access_denied&state=xyz',
      'https://app.example/welcome?error=access_denied',
    ],
    // `code` alone on a redirect URI path or the site root.
    ['https://app.example/oauth2/callback?code=abc', 'https://app.example/oauth2/callback'],
    ['https://app.example/auth/github?code=abc', 'https://app.example/auth/github'],
    ['https://app.example/?code=abc', 'https://app.example/'],
    // The cost of that: a site whose root takes `code` as content loses it.
    ['https://httpstatuses.example/?q=404&code=404', 'https://httpstatuses.example/?q=404'],
    // CAS service tickets, on any path.
    [
      'https://library.example/catalog?ticket=ST-1856339-aA5Yuvrxzpv8Tau1cYQ7',
      'https://library.example/catalog',
    ],
    ['https://wiki.example/page?ticket=PT-957-ZuucXqTZ1YcJw81T3dxf', 'https://wiki.example/page'],
    // Password-reset and magic links: any of these names on a recovery or sign-in path.
    [
      'https://blog.example/wp-login.php?action=rp&key=Xy7ab2Cd9EfGh&login=pat',
      'https://blog.example/wp-login.php?action=rp&login=pat',
    ],
    ['https://shop.example/account/reset?key=abcdef', 'https://shop.example/account/reset'],
    [
      'https://mail.example/magic-link?code=HUMAN&next=%2Finbox',
      'https://mail.example/magic-link?next=%2Finbox',
    ],
    ['https://id.example/verify?pin=2741', 'https://id.example/verify'],
    // One-time codes and machine-made values under these names, on any path.
    ['https://bank.example/statements?code=483920', 'https://bank.example/statements'],
    ['https://shop.example/order?pin=8841', 'https://shop.example/order'],
    ['https://shop.example/order?reset=7a9Bc2dE4f', 'https://shop.example/order'],
    ['https://team.example/join?invite=k8Jd92Lq0Pz', 'https://team.example/join'],
    ['https://maps.example/embed?key=b41f0c2e9d8a7f66', 'https://maps.example/embed'],
    ['https://events.example/entry?pass=Q7r2W9x4', 'https://events.example/entry'],
    // Human passwords under `pass`: any value but a flag.
    ['http://cam.lan/view.html?user=admin&pass=admin123', 'http://cam.lan/view.html?user=admin'],
    ['https://router.example/status?pass=hunter2', 'https://router.example/status'],
    // The cost of that: a word under `pass` is lost (a password is often one word).
    [
      'https://ski.example/prices?pass=season&region=alps',
      'https://ski.example/prices?region=alps',
    ],
    // One-time link names: anything but a flag or a short lower-case word.
    ['https://shop.example/order?confirmation=A1-99', 'https://shop.example/order'],
    ['https://news.example/subscribe?verification=Sunshine', 'https://news.example/subscribe'],
    // Random tokens without digits (upper and lower case, changing often).
    ['https://team.example/join?invite=hJkLmNqRz', 'https://team.example/join'],
    ['https://maps.example/embed?key=QmVkKaPbTz', 'https://maps.example/embed'],
    ['https://app.example/dashboard?code=XyZabcDEFg', 'https://app.example/dashboard'],
    // One-word credential paths: `password` anywhere in a segment, or login/signin/logon first.
    [
      'https://shop.example/Account/ResetPassword?code=abc&userId=42',
      'https://shop.example/Account/ResetPassword?userId=42',
    ],
    ['https://forum.example/forgotpassword?key=abc', 'https://forum.example/forgotpassword'],
    [
      'https://mail.example/loginwithemail?code=HUMAN&lang=en',
      'https://mail.example/loginwithemail?lang=en',
    ],
    // A CAS validation: `ticket` next to the `service` it was issued for, whatever its shape.
    [
      'https://intranet.example/validate?service=https%3A%2F%2Fportal.example%2F&ticket=k7-2024',
      'https://intranet.example/validate?service=https%3A%2F%2Fportal.example%2F',
    ],
    // Always secret by name, whatever the URL (unchanged by the rule above).
    ['https://site.example/doc?access_token=ya&page=2', 'https://site.example/doc?page=2'],
    ['https://site.example/doc?password=hunter2&p=1', 'https://site.example/doc?p=1'],
    ['https://site.example/doc?api_key=word&x=1', 'https://site.example/doc?x=1'],
    [
      'https://site.example/sso/acs?SAMLResponse=PHNhbWw%3D&RelayState=%2Fhome',
      'https://site.example/sso/acs',
    ],
    // Must stay intact: ordinary words and short human values under the same names.
    ['https://learn.example/search?code=python', 'https://learn.example/search?code=python'],
    [
      'https://music.example/chords?song=let-it-be&key=C-major',
      'https://music.example/chords?song=let-it-be&key=C-major',
    ],
    [
      'https://weather.example/forecast?state=CA&city=Fresno',
      'https://weather.example/forecast?state=CA&city=Fresno',
    ],
    ['https://forum.example/thread/42?pin=on', 'https://forum.example/thread/42?pin=on'],
    [
      'https://support.example/help?ticket=12345&lang=en',
      'https://support.example/help?ticket=12345&lang=en',
    ],
    [
      'https://docs.example/settings/editor?reset=true',
      'https://docs.example/settings/editor?reset=true',
    ],
    [
      'https://airline.example/flights?code=LHR&sort=price',
      'https://airline.example/flights?code=LHR&sort=price',
    ],
    [
      'https://github.com/owner/repo/issues?state=closed',
      'https://github.com/owner/repo/issues?state=closed',
    ],
    [
      'https://keyboard.example/docs/events?key=Enter&code=KeyA',
      'https://keyboard.example/docs/events?key=Enter&code=KeyA',
    ],
    ['https://stats.example/zip?code=90210', 'https://stats.example/zip?code=90210'],
    [
      'https://news.example/authors?key=C-major&state=NY',
      'https://news.example/authors?key=C-major&state=NY',
    ],
    [
      'https://coach.example/resetting-expectations?state=calm',
      'https://coach.example/resetting-expectations?state=calm',
    ],
    ['https://club.example/join?invite=friends', 'https://club.example/join?invite=friends'],
    ['https://game.example/levels?pass=off', 'https://game.example/levels?pass=off'],
    [
      'https://shop.example/newsletter?confirmation=sent',
      'https://shop.example/newsletter?confirmation=sent',
    ],
    [
      'https://atlas.example/states?state=California',
      'https://atlas.example/states?state=California',
    ],
    ['https://freight.example/logistics?code=LHR', 'https://freight.example/logistics?code=LHR'],
    ['https://sports.example/signing-day?state=TX', 'https://sports.example/signing-day?state=TX'],
    [
      'https://support.example/help?ticket=12345&service=billing',
      'https://support.example/help?ticket=12345&service=billing',
    ],
  ])('%s → %s', (raw, expected) => {
    expect(canonicalizeUrl(raw)).toBe(expected);
    expect(canonicalizeUrl(expected)).toBe(expected);
  });

  it.each([
    ['b41f0c2e', true],
    ['aZ3kQ9xP', true],
    ['Q7r2W9x4', true],
    ['C-major', false],
    ['STATE789', false],
    ['python3', false],
    ['season2024', false],
    ['KeyA', false],
    ['hJkLmNqRz', true],
    ['QmVkKaPbTz', true],
    ['XyZabcDEFg', true],
    ['California', false],
    ['CA', false],
    ['abcdefghij', false],
    ['ABCDEFGHIJ', false],
  ])('looksMachineMade(%s) = %s', (value, expected) => {
    expect(looksMachineMade(value)).toBe(expected);
  });

  it.each([
    // An OAuth return to a page with nothing else on it is never recorded.
    ['https://app.example/?code=SplxlOBeZQQYbYS6WxSbIA&state=af0ifjsldkj', true],
    ['https://app.example/auth/callback?code=abc', true],
    // A page named by an ordinary value is recorded with that value.
    ['https://learn.example/search?code=python', false],
    ['https://weather.example/?state=CA', false],
  ])('isCredentialOnlyUrl(%s) = %s', (url, expected) => {
    expect(isCredentialOnlyUrl(url)).toBe(expected);
  });
});
