import { describe, expect, it } from 'vitest';
import { appActivityIdFor } from '../activity/activity-id';
import { contentHandlers } from './content-handlers';
import { recordableMetadata } from './may-read';
import { metadata, page, setUp } from './testing/content-handlers-fixture';

const RESET = `https://news.example/reset-password/${'9f3a'.repeat(16)}`;
const auth = { clientId: 'c', tenant: 'https://127.0.0.1:8443/oidc' };

describe('a canonical URL the page claims, which the never-record rules refuse', () => {
  it.each([
    ['a token in its path', page.url, RESET],
    ['an e-mail address in its path', page.url, 'https://news.example/verify/ann@mail.example'],
    // The configured provider's host: the tab on another port is an ordinary page.
    [
      'the sign-in provider',
      'https://127.0.0.1:9000/article',
      'https://127.0.0.1:8443/interaction/x1',
    ],
  ])('%s: the page is recorded under the tab’s own URL', async (_case, tabUrl, claimed) => {
    const { context, events, db } = await setUp();
    context.page = { ...page, url: tabUrl };
    const reply = await contentHandlers['page-loaded'](context, {
      metadata: { ...metadata, url: claimed, appActivityId: appActivityIdFor(claimed) },
      visible: true,
    });
    expect(reply.tracked).toBe(true);
    const own = appActivityIdFor(tabUrl);
    // The history holds the page under the address the reader read, never the claimed one.
    expect((await db.getAll('activities')).map((r) => [r.appActivityId, r.metadata.url])).toEqual([
      [own, tabUrl],
    ]);
    expect(events).toMatchObject([
      { type: 'page-loaded', page: { appActivityId: own, url: tabUrl } },
    ]);
  });

  // A page's own capture never names another site (chooseCanonicalUrl): only a compromised page
  // sends one, to write into, and publish as, another site's page in the reader's history.
  it.each([
    ['another site', 'https://bank.example/statements'],
    ['a look-alike host', 'https://news.example.evil.example/story'],
  ])('a claim of %s: the page is recorded under the tab’s own URL', async (_case, claimed) => {
    const { context, db } = await setUp();
    const reply = await contentHandlers['page-loaded'](context, {
      metadata: { ...metadata, url: claimed, appActivityId: appActivityIdFor(claimed) },
      visible: true,
    });
    expect(reply.tracked).toBe(true);
    const own = 'https://news.example/story?x=1';
    expect((await db.getAll('activities')).map((r) => r.metadata.url)).toEqual([own]);
  });

  // github.io is a public suffix: each name under it is another owner's site, which the capture's
  // coarse check lets through (roughlySameSite) and the worker's list does not.
  it('a claim on a neighbour under a shared suffix is passed over for the tab’s own URL', () => {
    const tab = 'https://alice.github.io/notes/';
    const claim = { ...metadata, url: 'https://bob.github.io/notes/' };
    expect(recordableMetadata(claim, tab, auth)?.url).toBe(tab);
    const own = { ...metadata, url: 'https://blog.alice.github.io/notes/' };
    expect(recordableMetadata(own, tab, auth)).toBe(own);
  });

  it('an allowed claimed URL is kept as the page’s name', () => {
    expect(recordableMetadata(metadata, page.url, auth)).toBe(metadata);
  });

  it('nothing is recorded when the tab’s own URL is no http(s) address either', () => {
    const claimed = { ...metadata, url: RESET };
    expect(recordableMetadata(claimed, 'about:blank', auth)).toBeNull();
  });
});
