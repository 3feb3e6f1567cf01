// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { extractPageMetadata } from './index';

const URL_ = 'https://www.example.com/2024/05/story.html?utm_source=x#top';

function doc(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

describe('extractPageMetadata', () => {
  it('reads a typical news page (JSON-LD + OpenGraph)', () => {
    const page = doc(`<!doctype html><html lang="en-GB"><head>
      <title>Story headline | Example News</title>
      <link rel="canonical" href="/2024/05/story.html">
      <meta property="og:site_name" content="Example News">
      <meta property="og:title" content="Story headline">
      <meta property="og:description" content="What happened &amp; why.">
      <meta property="og:image" content="/img/lead.jpg">
      <meta name="theme-color" content="#C00">
      <link rel="icon" href="/favicon-32.png" sizes="32x32">
      <link rel="apple-touch-icon" href="/apple.png">
      <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
        {"@type":"WebSite","@id":"#site","name":"Example News"},
        {"@type":["NewsArticle","Article"],"headline":"Story headline",
         "author":[{"@id":"#jane"},{"@type":"Person","name":"By John Roe","url":"/people/john"}],
         "publisher":{"@type":"Organization","name":"Example Media","logo":{"@type":"ImageObject","url":"/logo.png"}},
         "datePublished":"2024-05-01T10:00:00+0200","dateModified":"2024-05-02","keywords":"a, b"},
        {"@type":"Person","@id":"#jane","name":"Jane Doe"}]}</script>
      </head><body><article><p>${'word '.repeat(460)}</p></article></body></html>`);
    // A budget no slow test machine exhausts: this test is about what is read, not how fast.
    const meta = extractPageMetadata(page, URL_, { budgetMs: 10_000 });
    expect(meta).toMatchObject({
      url: 'https://www.example.com/2024/05/story.html',
      title: 'Story headline',
      type: 'NewsArticle',
      authors: [
        { name: 'Jane Doe', kind: 'Person' },
        { name: 'John Roe', url: 'https://www.example.com/people/john', kind: 'Person' },
      ],
      description: 'What happened & why.',
      siteName: 'Example News',
      publisher: { name: 'Example Media', logo: 'https://www.example.com/logo.png' },
      datePublished: '2024-05-01T10:00:00+02:00',
      dateModified: '2024-05-02',
      lang: 'en-GB',
      image: 'https://www.example.com/img/lead.jpg',
      keywords: ['a', 'b'],
      wordCount: 460,
      readingMinutes: 2,
      faviconUrl: 'https://www.example.com/apple.png',
      themeColor: '#cc0000',
    });
    // The page never hashes: the worker derives the id from the url it checked.
    expect(meta).not.toHaveProperty('appActivityId');
  });

  it('falls back to document.title, then the URL', () => {
    expect(extractPageMetadata(doc('<title> Only  title </title>'), URL_).title).toBe('Only title');
    const untitled = extractPageMetadata(doc('<p>hi</p>'), 'https://e.com/a/b');
    expect(untitled.title).toBe('e.com/a/b');
    expect(untitled.type).toBe('WebPage');
    expect(untitled.faviconUrl).toBe('https://e.com/favicon.ico');
  });

  it('can be called again after an SPA navigation with the new URL', () => {
    const page = doc('<title>App</title>');
    expect(extractPageMetadata(page, 'https://app.example.com/a').url).toBe(
      'https://app.example.com/a',
    );
    expect(extractPageMetadata(page, 'https://app.example.com/b').url).toBe(
      'https://app.example.com/b',
    );
  });

  it('does not mutate the document', () => {
    const page = doc(
      '<html><head><title>T</title></head><body><article><p>x</p></article></body></html>',
    );
    const before = new XMLSerializer().serializeToString(page);
    extractPageMetadata(page, URL_);
    expect(new XMLSerializer().serializeToString(page)).toBe(before);
  });
});
