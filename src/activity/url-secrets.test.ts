import { appActivityIdFor } from './activity-id';
import fs from 'node:fs';
import path from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractPageMetadata } from '../content/extract/index';
import { canonicalizeUrl } from './canonical-url';
import { isCredentialOnlyUrl } from './never-record';
import { sanitizePageMetadata } from './sanitize';
import { CASES_DIR } from './testing/corpus';
import { findSecretParams, looksOpaque } from './url-secrets';
import { buildUserActivity } from './user-activity';

const JWT =
  'eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkFsaWNlIn0.c2lnbmF0dXJl';

describe('canonicalizeUrl removes credentials from query strings', () => {
  it.each([
    // The two URLs of the field report.
    [
      'https://ledgerly.example/page.html?view=reset&token=SECRET123&email=someone%40example.test',
      'https://ledgerly.example/page.html?view=reset',
    ],
    [
      'https://ledgerly.example/page.html?view=return&code=CODE456&state=STATE789&session_state=SS000',
      'https://ledgerly.example/page.html?view=return',
    ],
    // OAuth 2.0 / OpenID Connect responses and requests.
    ['https://app.example/auth/callback?code=abc&state=xyz', 'https://app.example/auth/callback'],
    [
      'https://app.example/cb?code=0.AXcA8hQ2kLmN4pQrS7tUvWxYz&state=b41f0c2e&session_state=77aa01&iss=https%3A%2F%2Flogin.example',
      'https://app.example/cb?iss=https%3A%2F%2Flogin.example',
    ],
    [
      'https://login.example/common/oauth2/v2.0/authorize?client_id=c1&response_type=code&redirect_uri=https%3A%2F%2Fapp.example%2Fcb&scope=openid&state=s1&nonce=n1&code_challenge=ch&code_challenge_method=S256',
      'https://login.example/common/oauth2/v2.0/authorize?client_id=c1&response_type=code&redirect_uri=https%3A%2F%2Fapp.example%2Fcb&scope=openid&code_challenge_method=S256',
    ],
    [
      'https://app.example/cb#access_token=at1&id_token=it1&token_type=Bearer&state=s',
      'https://app.example/cb',
    ],
    ['https://app.example/?refresh_token=rt-123&a=1', 'https://app.example/?a=1'],
    [
      'https://api.example/twitter/cb?oauth_token=ot&oauth_verifier=ov',
      'https://api.example/twitter/cb',
    ],
    [
      'https://sso.example/cas/login?ticket=ST-1856339-aA5Yuvrxzpv8Tau1cYQ7',
      'https://sso.example/cas/login',
    ],
    // A redirect parameter whose own query carries a code.
    [
      'https://site.example/login?next=%2Freset%3Ftoken%3Dabc123&lang=en',
      'https://site.example/login?lang=en',
    ],
    // Signed storage URLs: AWS SigV4, SigV2, Google Cloud Storage, Azure SAS, CloudFront.
    [
      'https://bucket.s3.amazonaws.com/report.pdf?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIAIOSFODNN7EXAMPLE%2F20260101%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Date=20260101T000000Z&X-Amz-Expires=3600&X-Amz-SignedHeaders=host&X-Amz-Signature=abcdef0123456789',
      'https://bucket.s3.amazonaws.com/report.pdf',
    ],
    [
      'https://bucket.s3.amazonaws.com/a.jpg?AWSAccessKeyId=AKIAIOSFODNN7EXAMPLE&Expires=1700000000&Signature=vjbyPxybdZaNmGa%2ByT272YEAiv4%3D',
      'https://bucket.s3.amazonaws.com/a.jpg',
    ],
    [
      'https://storage.googleapis.com/b/o.png?X-Goog-Algorithm=GOOG4-RSA-SHA256&X-Goog-Credential=sa%40p.iam.gserviceaccount.com&X-Goog-Signature=0a1b',
      'https://storage.googleapis.com/b/o.png',
    ],
    [
      'https://acct.blob.core.windows.net/c/doc.pdf?sv=2022-11-02&ss=b&srt=o&sp=r&se=2026-01-01T00:00:00Z&st=2025-01-01&spr=https&sig=abc%2Bdef%3D',
      'https://acct.blob.core.windows.net/c/doc.pdf',
    ],
    [
      'https://d111.cloudfront.net/v.mp4?Expires=1700000000&Policy=eyJTdGF0ZW1lbnQi&Signature=abc~def&Key-Pair-Id=APKA123',
      'https://d111.cloudfront.net/v.mp4',
    ],
    // Generic credentials by name, in any spelling.
    ['https://site.example/doc?apikey=k-123&page=2', 'https://site.example/doc?page=2'],
    ['https://site.example/doc?api_key=k&API-KEY=k2&x=1', 'https://site.example/doc?x=1'],
    [
      'https://site.example/doc?key=AIzaSyD-9tSrke72PouQMnMX-a7eZSW0jkFMBWY&q=maps',
      'https://site.example/doc?q=maps',
    ],
    ['https://site.example/login?user=pat&password=hunter2', 'https://site.example/login?user=pat'],
    ['https://site.example/x?pwd=1&passwd=2&auth=3&sig=4', 'https://site.example/x'],
    ['https://site.example/x?authToken=t&csrf_token=c&x=y', 'https://site.example/x?x=y'],
    ['https://site.example/shop;jsessionid=A1B2C3?item=7', 'https://site.example/shop?item=7'],
    // Shape detection: e-mail, JWT, known token formats and long random values, under any name.
    [
      'https://news.example/unsubscribe?who=pat%40mail.example&list=daily',
      'https://news.example/unsubscribe?list=daily',
    ],
    [`https://app.example/view?t=${JWT}&doc=9`, 'https://app.example/view?doc=9'],
    ['https://app.example/x?g=ghp_0123456789abcdefghijABCDEFGHIJ012345', 'https://app.example/x'],
    [
      'https://app.example/invite?r=7f3c9a1e52b84d0c9e6a11f0d2b7c4e8&lang=fr',
      'https://app.example/invite?lang=fr',
    ],
    ['https://app.example/x?q=someone%40example.test', 'https://app.example/x'],
    // Must stay intact: ordinary queries, content ids, pages, videos, wiki titles.
    [
      'https://www.example.com/search?q=adaptive+cards&page=2',
      'https://www.example.com/search?q=adaptive+cards&page=2',
    ],
    [
      'https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=42s',
      'https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=42s',
    ],
    [
      'https://www.youtube.com/watch?v=dQw4w9WgXcQ&list=PLFgquLnL59alCl_2TQvOiD5Vgm1hCaGSI',
      'https://www.youtube.com/watch?v=dQw4w9WgXcQ&list=PLFgquLnL59alCl_2TQvOiD5Vgm1hCaGSI',
    ],
    [
      'https://en.wikipedia.org/w/index.php?title=Special:Search&search=OAuth+2.0',
      'https://en.wikipedia.org/w/index.php?title=Special:Search&search=OAuth+2.0',
    ],
    [
      'https://en.wikipedia.org/w/index.php?title=Cross-site_request_forgery&oldid=1180000000',
      'https://en.wikipedia.org/w/index.php?title=Cross-site_request_forgery&oldid=1180000000',
    ],
    [
      'https://forum.example/viewtopic.php?id=123&p=4',
      'https://forum.example/viewtopic.php?id=123&p=4',
    ],
    [
      'https://drive.example/open?id=1BxiMVs0XRA5nFMdKvBdBZjgmUUqptlbs74OgvE2upms',
      'https://drive.example/open?id=1BxiMVs0XRA5nFMdKvBdBZjgmUUqptlbs74OgvE2upms',
    ],
    [
      'https://news.example/story?articleId=3f2504e0-4f89-11d3-9a0c-0305e82c3301',
      'https://news.example/story?articleId=3f2504e0-4f89-11d3-9a0c-0305e82c3301',
    ],
    [
      'https://slashdot.org/article.pl?sid=03/01/24/1440207',
      'https://slashdot.org/article.pl?sid=03/01/24/1440207',
    ],
    [
      'https://blog.example/how-to-rotate-your-api-token?ref=how-to-train-your-dragon-2-review',
      'https://blog.example/how-to-rotate-your-api-token?ref=how-to-train-your-dragon-2-review',
    ],
    [
      'https://site.example/search?state=&zip=&name=Sam',
      'https://site.example/search?state=&zip=&name=Sam',
    ],
    ['https://social.example/profile?handle=@pat', 'https://social.example/profile?handle=@pat'],
    ['https://example.com/a?b=2&a=1', 'https://example.com/a?b=2&a=1'],
  ])('%s', (raw, expected) => {
    expect(canonicalizeUrl(raw)).toBe(expected);
    // Idempotent: the stored URL canonicalizes to itself (the sanitizer runs on every message).
    expect(canonicalizeUrl(expected)).toBe(expected);
  });

  it('says why, never what: reasons for each removed parameter', () => {
    const found = findSecretParams([
      ['view', 'reset'],
      ['token', 'x'],
      ['who', 'a@b.example'],
      ['t', JWT],
      ['r', '7f3c9a1e52b84d0c9e6a11f0d2b7c4e8'],
      ['X-Amz-Date', '20260101T000000Z'],
    ]);
    expect([...found]).toEqual([
      [1, 'name'],
      [2, 'email'],
      [3, 'jwt'],
      [4, 'opaque'],
      [5, 'signed-url'],
    ]);
  });

  it.each([
    ['7f3c9a1e52b84d0c9e6a11f0d2b7c4e8', true],
    ['vjbyPxybdZaNmGa+yT272YEAiv4=', true],
    ['how-to-train-your-dragon-2-review', false],
    ['2024-05-01T10:00:00Z', false],
    ['12345678901234567890123', false],
    ['/6514/www.heise.de/clicktracking/usAd', false],
    ['dQw4w9WgXcQ', false],
  ])('looksOpaque(%s) = %s', (value, expected) => {
    expect(looksOpaque(value)).toBe(expected);
  });
});

describe('isCredentialOnlyUrl: pages never recorded', () => {
  it.each([
    ['https://app.example/auth/callback?code=abc&state=xyz', true],
    ['https://app.example/signin-oidc#id_token=eyJhbGciOiJub25lIn0.eyJzdWIiOiIxIn0.&state=s', true],
    ['https://app.example/#access_token=at&token_type=Bearer&expires_in=3600', true],
    ['https://login.example/common/oauth2/v2.0/authorize?client_id=c&state=s&nonce=n', true],
    [`https://app.example/verify/${JWT}`, true],
    ['https://app.example/unsubscribe/pat%40mail.example', true],
    ['https://app.example/?code=abc&utm_source=mail', true],
    // Something meaningful is left: recorded with the secrets removed.
    ['https://ledgerly.example/page.html?view=reset&token=SECRET123', false],
    ['https://docs.example/guide/oauth?code=abc', false],
    ['https://app.example/callback?code=abc&article=7', false],
    // No secret at all: a sign-in page or a home page is judged by other rules.
    ['https://app.example/login', false],
    ['https://example.com/', false],
    ['not a url', false],
    ['chrome://settings/?token=1', false],
  ])('%s → %s', (url, expected) => {
    expect(isCredentialOnlyUrl(url)).toBe(expected);
  });
});

describe('the secrets-in-url field case', () => {
  const caseDir = path.join(CASES_DIR, 'secrets-in-url');
  const expected = JSON.parse(fs.readFileSync(path.join(caseDir, 'expected.json'), 'utf8')) as {
    canonicalUrl: string;
    canonicalUrlSecondRun: string;
    title: string;
    siteName: string;
  };
  const html = fs.readFileSync(path.join(caseDir, 'page.html'), 'utf8');
  const base = 'http://127.0.0.1:8123';
  const runs = [
    [
      '?view=reset&token=7f3c9a1e52b84d0c9e6a11f0d2b7c4e8&email=pat.example%40mail.example',
      expected.canonicalUrl,
      ['7f3c9a1e52b84d0c9e6a11f0d2b7c4e8', 'pat.example', 'mail.example'],
    ],
    [
      '?view=return&code=0.AXcA8hQ2kLmN4pQrS7tUvWxYz&state=b41f0c2e&session_state=77aa01',
      expected.canonicalUrlSecondRun,
      ['AXcA8hQ2kLmN4pQrS7tUvWxYz', 'b41f0c2e', '77aa01'],
    ],
  ] as const;

  it.each(runs)('%s is stored and sent without its secrets', (query, canonical, secrets) => {
    const url = `${base}/page.html${query}`;
    const dom = new JSDOM(html, { url, virtualConsole: new VirtualConsole() });
    const extracted = extractPageMetadata(dom.window.document, url);
    const meta = sanitizePageMetadata(extracted);
    expect(meta).not.toBeNull();
    if (meta === null) return;
    expect(meta.url).toBe(canonical.replace('{base}', base));
    expect(meta.appActivityId).toBe(appActivityIdFor(meta.url));
    expect(meta.title).toBe(expected.title);
    expect(meta.siteName).toBe(expected.siteName);
    const body = buildUserActivity(meta, { appDisplayName: 'Reading Timeline' });
    const stored = JSON.stringify(meta);
    const sent = JSON.stringify(body);
    for (const secret of secrets) {
      expect(stored).not.toContain(secret);
      expect(sent).not.toContain(secret);
    }
    expect(isCredentialOnlyUrl(url)).toBe(false);
  });
});
