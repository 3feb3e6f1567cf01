// @vitest-environment jsdom
// Fault kinds 2, 7, 8, 9 and 10 of issue #14: text, dates, titles, lead images and site names,
// each on small pages of different structures.
import { describe, expect, it } from 'vitest';
import { extract, ld } from './testing';

describe('kind 2: text is never treated as markup', () => {
  it.each([
    [
      '<title> with escaped tags',
      '<title>Why the &lt;picture&gt; Element Beats &lt;img&gt;</title>',
      'title',
      'Why the <picture> Element Beats <img>',
    ],
    [
      'og:description with an escaped tag',
      '<meta property="og:description" content="Wrap each &lt;source&gt; in a query.">',
      'description',
      'Wrap each <source> in a query.',
    ],
    [
      'JSON-LD headline with raw tag-shaped text',
      ld({ '@type': 'Article', headline: 'Use <dialog> for modals' }),
      'title',
      'Use <dialog> for modals',
    ],
    [
      'JSON-LD headline HTML-escaped by the CMS: decoded once',
      ld({ '@type': 'Article', headline: 'Use &lt;dialog&gt; &amp; &#8220;popover&#8221;' }),
      'title',
      'Use <dialog> & “popover”',
    ],
    [
      'JSON-LD double-escaped: decoded once only',
      ld({ '@type': 'Article', headline: 'Escape &amp;lt;b&amp;gt; properly' }),
      'title',
      'Escape &lt;b&gt; properly',
    ],
    [
      'meta content escaped twice by the CMS: decoded once more, to the text',
      '<meta property="og:title" content="Tom &amp;amp; Jerry">',
      'title',
      'Tom & Jerry',
    ],
    [
      'double-escaped quotes in a meta description',
      '<meta name="description" content="Held at Mugabe&#39;s &amp;quot;Blue House&amp;quot; compound.">',
      'description',
      'Held at Mugabe\'s "Blue House" compound.',
    ],
    [
      'double-escaped numeric reference in og:description',
      '<meta property="og:description" content="It&amp;#8217;s here &amp;#x2014; finally">',
      'description',
      'It\u2019s here \u2014 finally',
    ],
    [
      'double-escaped tag in meta content stays text, never markup',
      '<meta property="og:title" content="Why &amp;lt;picture&amp;gt; wins">',
      'title',
      'Why <picture> wins',
    ],
    [
      'triple escaping is decoded once more only, never to the end',
      '<meta property="og:title" content="Escape &amp;amp;lt;b&amp;amp;gt; properly">',
      'title',
      'Escape &lt;b&gt; properly',
    ],
    [
      'a heading used as the title when nothing else names the page',
      '<h1>The &lt;table&gt; is back</h1>',
      'title',
      'The <table> is back',
    ],
  ])('%s', (_name, html, field, expected) => {
    const meta = extract(`<html><head>${html}</head><body></body></html>`);
    expect(meta[field as 'title' | 'description']).toBe(expected);
  });
});

describe('kind 7: dates written for people', () => {
  const published = (body: string, url?: string, lang = 'en'): string | undefined =>
    extract(
      `<html lang="${lang}"><title>T</title><body><article>${body}<p>x</p></article></body></html>`,
      url,
    ).datePublished;
  it.each([
    [
      'weekday prefix in <time> without datetime',
      '<time>Tuesday, May 24, 2016</time>',
      '2016-05-24',
    ],
    [
      'm/d/Y - time (Drupal)',
      '<span class="date">05/24/2016 - 10:30</span>',
      '2016-05-24T10:30:00',
    ],
    [
      'German month name in a byline',
      '<p class="byline">Von Ann Lee, 24. Mai 2016</p>',
      '2016-05-24',
    ],
    ['Spanish "de" form', '<div class="fecha date">martes 24 de mayo de 2016</div>', '2016-05-24'],
    [
      'French with time',
      '<p class="meta">Publié le 24 mai 2016 à 10h30</p>',
      '2016-05-24T10:30:00',
    ],
    [
      'YYYY年M月D日 with time',
      '<div class="date">2016年5月24日 10:30</div>',
      '2016-05-24T10:30:00',
    ],
    ['Korean', '<span class="date">2016년 5월 24일</span>', '2016-05-24'],
    [
      'zone named: kept',
      '<p class="byline">By Ann Lee | May 24, 2016 10:30 AM EDT</p>',
      '2016-05-24T10:30:00-04:00',
    ],
    [
      'no zone: none invented',
      '<p class="byline">By Ann Lee | May 24, 2016 3:46 PM</p>',
      '2016-05-24T15:46:00',
    ],
    ['day first where the number says so', '<span class="date">24/05/2016</span>', '2016-05-24'],
  ])('%s', (_name, body, expected) => {
    expect(published(body)).toBe(expected);
  });

  it('reads dd/mm in a page whose language writes the day first', () => {
    expect(published('<span class="date">05/06/2016</span>', undefined, 'en-GB')).toBe(
      '2016-06-05',
    );
    expect(published('<span class="date">05/06/2016</span>', undefined, 'en-US')).toBe(
      '2016-05-06',
    );
  });

  it.each([
    ['/2016/05/24/slug', 'https://news.example.com/2016/05/24/slug', '2016-05-24'],
    ['/2016-05-24-slug', 'https://news.example.com/blog/2016-05-24-slug', '2016-05-24'],
    ['/20160524/', 'https://news.example.com/news/20160524/slug', '2016-05-24'],
    ['year and month only: no day invented', 'https://news.example.com/2016/05/slug', undefined],
  ])('date in the URL path %s', (_name, url, expected) => {
    expect(published('', url)).toBe(expected);
  });

  it.each([
    ['a weekday alone', '<time>Tuesday</time>'],
    ['a relative time', '<span class="date">3 hours ago</span>'],
    ['a month and year only', '<span class="date">May 2016</span>'],
    ['an impossible day', '<span class="date">February 30, 2016</span>'],
  ])('never invents a date: %s', (_name, body) => {
    expect(published(body)).toBeUndefined();
  });
});

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
