import { describe, expect, it } from 'vitest';
import { faviconSource, MAX_INLINE_ICON_CHARS, type FaviconRequest } from './favicon-source';

const extensionUrl = (path: string): string => `chrome-extension://abc${path}`;
const PAGE = 'https://news.test/a/b?x=1&y=2#top';
const REMOTE = 'https://news.test/favicon.ico';
const DOT =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGNgYGBgAAAABQABpfZFQAAAAABJRU5ErkJggg==';

function source(extra: Partial<FaviconRequest>): ReturnType<typeof faviconSource> {
  return faviconSource({
    browser: 'chromium',
    pageUrl: PAGE,
    faviconUrl: REMOTE,
    extensionUrl,
    ...extra,
  });
}

describe('faviconSource', () => {
  it('chromium: asks the browser’s favicon cache for the page, at 32 px, never the site', () => {
    expect(source({})).toEqual({
      kind: 'image',
      src: `chrome-extension://abc/_favicon/?pageUrl=${encodeURIComponent(PAGE)}&size=32`,
      // Chromium's answer for a page it has no icon for is its grey globe: checked by the caller.
      mayBeDefault: true,
    });
    expect(JSON.stringify(source({}))).not.toContain('news.test/favicon.ico');
  });

  it('chromium: a page that named no icon, or is not http(s), keeps its initial', () => {
    expect(source({ faviconUrl: undefined })).toEqual({ kind: 'initial' });
    expect(source({ pageUrl: 'file:///home/me/notes.html' })).toEqual({ kind: 'initial' });
  });

  it('firefox: never a remote icon, whatever its scheme', () => {
    for (const faviconUrl of [REMOTE, 'http://news.test/i.png', '//news.test/i.png']) {
      expect(source({ browser: 'firefox', faviconUrl })).toEqual({ kind: 'initial' });
    }
  });

  it('firefox: a small data:image icon the page inlined is shown as is', () => {
    expect(source({ browser: 'firefox', faviconUrl: DOT })).toEqual({
      kind: 'image',
      src: DOT,
      mayBeDefault: false,
    });
    const svg = 'data:image/svg+xml,%3Csvg xmlns=%22http://www.w3.org/2000/svg%22/%3E';
    expect(source({ browser: 'firefox', faviconUrl: svg })).toEqual({
      kind: 'image',
      src: svg,
      mayBeDefault: false,
    });
  });

  it('firefox: a data: URL that is too long or not an image gives the initial', () => {
    const big = `data:image/png;base64,${'A'.repeat(MAX_INLINE_ICON_CHARS)}`;
    expect(source({ browser: 'firefox', faviconUrl: big })).toEqual({ kind: 'initial' });
    const html = 'data:text/html,<b>x</b>';
    expect(source({ browser: 'firefox', faviconUrl: html })).toEqual({ kind: 'initial' });
  });
});
