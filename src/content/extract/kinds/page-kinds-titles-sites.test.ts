// @vitest-environment jsdom
// Fault kinds 2, 7, 8, 9 and 10 of issue #14: text, dates, titles, lead images and site names,
// each on small pages of different structures.
// This file: kinds 8 to 10 (split from page-kinds.test.ts).
import { describe, expect, it } from 'vitest';
import { extract, ld } from './testing';

describe('kind 8: title decorations', () => {
  const title = (head: string, url?: string): string =>
    extract(`<html><head>${head}</head><body></body></html>`, url).title;
  it.each([
    [
      'underscore before a declared site; the channel section goes too (title-labels.test.ts)',
      '<title>新闻标题_教育频道_中国青年网</title><meta property="og:site_name" content="中国青年网">',
      '新闻标题',
    ],
    [
      'full-width colon',
      `<title>标题：示例网</title>${ld({ '@type': 'WebSite', name: '示例网' })}`,
      '标题',
    ],
    [
      'full-width bar',
      '<title>記事のタイトル｜サンプル新聞</title><meta property="og:site_name" content="サンプル新聞">',
      '記事のタイトル',
    ],
    [
      'full-width hyphen',
      '<title>Story headline－Sample Daily</title><meta name="application-name" content="Sample Daily">',
      'Story headline',
    ],
    [
      'a "(Published 2016)" note',
      '<title>A Lost Letter Found (Published 2016)</title>',
      'A Lost Letter Found',
    ],
    ['the host name as a suffix', '<title>Story headline - Example.com</title>', 'Story headline'],
    [
      'a colon in the headline stays',
      '<title>Outside the web: standalone binaries | V8</title><meta property="og:site_name" content="V8">',
      'Outside the web: standalone binaries',
    ],
    [
      'a dash in the headline stays when no site is named',
      '<title>Left-handed - and proud</title>',
      'Left-handed - and proud',
    ],
  ])('%s', (_name, head, expected) => {
    expect(title(head, 'https://www.example.com/a/1')).toBe(expected);
  });
});

describe('kind 9: lead image only in the content', () => {
  const image = (head: string, body: string): string | undefined =>
    extract(
      `<html><head><title>T</title>${head}</head><body>${body}</body></html>`,
      'https://e.example/a/1',
    ).image;
  it.each([
    [
      'link rel=image_src',
      '<link rel="image_src" href="/lead.jpg">',
      '<article><p>x</p></article>',
      'https://e.example/lead.jpg',
    ],
    [
      'a video poster',
      '',
      '<article><video poster="/poster.jpg" src="/v.mp4"></video></article>',
      'https://e.example/poster.jpg',
    ],
    [
      'the first large image after small icons',
      '',
      '<article><img src="/icons/share.png" width="24" height="24"><img class="author-avatar" src="/a.jpg" width="400"><figure><img src="/photo.jpg" width="1200" height="800"></figure></article>',
      'https://e.example/photo.jpg',
    ],
    [
      'an image sized only by srcset',
      '',
      '<main><img srcset="/s-480.jpg 480w, /s-1080.jpg 1080w" sizes="100vw"></main>',
      'https://e.example/s-1080.jpg',
    ],
    [
      'og:image still wins',
      '<meta property="og:image" content="/og.jpg">',
      '<article><img src="/photo.jpg" width="1200"></article>',
      'https://e.example/og.jpg',
    ],
    [
      'no image of a declared size',
      '',
      '<article><img src="/photo.jpg"><img src="/logo.png" width="600"></article>',
      undefined,
    ],
    [
      'a lazy-loaded image: data-src over the placeholder in src',
      '',
      '<article><img src="/img/placeholder.gif" data-src="/photos/lead.jpg" width="960" height="540"></article>',
      'https://e.example/photos/lead.jpg',
    ],
    [
      'a lazy-load placeholder without data-src falls to the srcset',
      '',
      '<div class="post-body"><img src="/assets/lazyload.png" data-srcset="/p-640.jpg 640w, /p-1280.jpg 1280w"></div>',
      'https://e.example/p-1280.jpg',
    ],
    [
      "an image in the page header is not the article's",
      '',
      '<header><img src="/banner.jpg" width="1600" height="300"></header><article><p>x</p></article>',
      undefined,
    ],
  ])('%s', (_name, head, body, expected) => {
    expect(image(head, body)).toBe(expected);
  });
});

describe('kind 10: site name only implied', () => {
  const siteName = (html: string): string | undefined => extract(html).siteName;
  it.each([
    [
      'application-name',
      '<title>Story</title><meta name="application-name" content="Harbour Review">',
      'Harbour Review',
    ],
    [
      'title suffix shared with the h1',
      '<title>Story headline | Harbour Review</title><h1>Story headline</h1>',
      'Harbour Review',
    ],
    [
      'title prefix shared with og:title',
      '<title>Harbour Review - Story headline</title><meta property="og:title" content="Story headline">',
      'Harbour Review',
    ],
    [
      'microdata publisher',
      '<title>Story</title><div itemscope itemtype="https://schema.org/NewsArticle"><span itemprop="publisher" itemscope itemtype="https://schema.org/Organization"><meta itemprop="name" content="Harbour Review"></span></div>',
      'Harbour Review',
    ],
    [
      "the logo's alt text",
      '<title>Story</title><header><a href="/" rel="home"><img src="/l.svg" alt="Harbour Review logo"></a></header>',
      'Harbour Review',
    ],
    [
      'a document identifier before the title is not a site name',
      '<title>draft-dejong-remotestorage-04 - remoteStorage</title><meta name="DC.Title" content="remoteStorage">',
      undefined,
    ],
    [
      'a logo saying only "logo" names nothing',
      '<title>Story</title><header><img class="logo" src="/l.svg" alt="Logo"></header>',
      undefined,
    ],
  ])('%s', (_name, html, expected) => {
    expect(siteName(html)).toBe(expected);
  });
});
