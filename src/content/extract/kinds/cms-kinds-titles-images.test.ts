// @vitest-environment jsdom
// Issue #14's ten fault kinds again, on page structures the first tables do not cover: other
// CMSs (Drupal 7/8, WordPress themes, Blogger, Ghost, AMP), hCard/hAtom/RDFa markup, and news
// pages in Russian, Ukrainian, Turkish, German, French, Chinese, Japanese and Korean.
// This file: kinds 8 to 10 (title decorations, lead images, implied site names) and corpus regressions (split from cms-kinds.test.ts).
import { describe, it } from 'vitest';
import { type Case, check, page } from './testing';

describe('kind 8: title decorations', () => {
  it.each<Case>([
    [
      'tagline after site',
      'title',
      page(
        '<title>Story headline | Harbor News – Your source for harbour news</title><meta property="og:site_name" content="Harbor News">',
        '',
      ),
      'Story headline',
    ],
    [
      'site name with slogan declared',
      'title',
      page(
        '<title>Story headline | Harbor News</title><meta property="og:site_name" content="Harbor News - Independent since 1901">',
        '',
      ),
      'Story headline',
    ],
    [
      'tight hyphen Chinese',
      'title',
      page(
        '<title>新闻标题-中国新闻网</title><meta property="og:site_name" content="中国新闻网">',
        '',
        'zh',
      ),
      '新闻标题',
    ],
    [
      'site declared with The',
      'title',
      page(
        '<title>Story headline - Harbor Review</title><meta property="og:site_name" content="The Harbor Review">',
        '',
      ),
      'Story headline',
    ],
    [
      'WordPress feed-implied site',
      'title',
      page(
        '<title>Story headline &#8211; Harbor Review</title><link rel="alternate" type="application/rss+xml" title="Harbor Review &raquo; Feed" href="/feed/">',
        '',
      ),
      'Story headline',
    ],
    [
      'Japanese brackets 【】 site',
      'title',
      page(
        '<title>記事のタイトル【サンプル新聞】</title><meta property="og:site_name" content="サンプル新聞">',
        '',
        'ja',
      ),
      '記事のタイトル',
    ],
    [
      'site + section after',
      'title',
      page(
        '<title>Story headline - Politics - Harbor News</title><meta property="og:site_name" content="Harbor News">',
        '',
      ),
      'Story headline - Politics',
    ],
    [
      'colon headline kept with site',
      'title',
      page(
        '<title>Review: A quiet harbour | Harbor News</title><meta property="og:site_name" content="Harbor News">',
        '',
      ),
      'Review: A quiet harbour',
    ],
    [
      '(Updated) note',
      'title',
      page('<title>A Lost Letter Found (Updated May 25, 2016)</title>', ''),
      'A Lost Letter Found',
    ],
  ])('%s', check);
});

describe('kind 9: lead image only in the content', () => {
  it.each<Case>([
    [
      'picture source srcset',
      'image',
      page(
        '<title>T</title>',
        '<article><picture><source type="image/webp" srcset="/a-640.webp 640w, /a-1280.webp 1280w"><img src="/a.jpg" alt=""></picture></article>',
      ),
      'https://news.example.com/a.jpg',
    ],
    [
      'data-lazy-src with svg placeholder',
      'image',
      page(
        '<title>T</title>',
        '<article><img src="data:image/svg+xml,%3Csvg%3E" data-lazy-src="/wp-content/uploads/lead.jpg" width="1024" height="683"></article>',
      ),
      'https://news.example.com/wp-content/uploads/lead.jpg',
    ],
    [
      'data-original',
      'image',
      page(
        '<title>T</title>',
        '<article><img class="lazy" src="/grey.gif" data-original="/photos/lead.jpg" width="800" height="450"></article>',
      ),
      'https://news.example.com/photos/lead.jpg',
    ],
    [
      'amp-img',
      'image',
      page(
        '<title>T</title>',
        '<article><amp-img src="/amp/lead.jpg" width="1200" height="800" layout="responsive"></amp-img></article>',
      ),
      'https://news.example.com/amp/lead.jpg',
    ],
    [
      'meta name=thumbnail',
      'image',
      page('<title>T</title><meta name="thumbnail" content="/thumb.jpg">', ''),
      'https://news.example.com/thumb.jpg',
    ],
    [
      'hero in article header',
      'image',
      page(
        '<title>T</title>',
        '<article><header><h1>T</h1><figure><img src="/hero.jpg" width="1200" height="675"></figure></header><p>x</p></article>',
      ),
      'https://news.example.com/hero.jpg',
    ],
    [
      'wp-image class in entry-content',
      'image',
      page(
        '<title>T</title>',
        '<div class="entry-content"><figure class="wp-block-image size-large"><img src="/wp-content/uploads/2016/05/lead-1024x683.jpg" class="wp-image-12" width="1024" height="683"></figure></div>',
      ),
      'https://news.example.com/wp-content/uploads/2016/05/lead-1024x683.jpg',
    ],
  ])('%s', check);
});

describe('kind 10: site name only implied', () => {
  it.each<Case>([
    [
      'opensearch title',
      'siteName',
      page(
        '<title>Story</title><link rel="search" type="application/opensearchdescription+xml" title="Harbor Review" href="/os.xml">',
        '',
      ),
      'Harbor Review',
    ],
    [
      'WordPress feed title',
      'siteName',
      page(
        '<title>Story</title><link rel="alternate" type="application/rss+xml" title="Harbor Review &raquo; Feed" href="/feed/"><link rel="alternate" type="application/rss+xml" title="Harbor Review &raquo; Comments Feed" href="/comments/feed/">',
        '',
      ),
      'Harbor Review',
    ],
    [
      'site-title link text',
      'siteName',
      page(
        '<title>Story</title>',
        '<header><p class="site-title"><a href="/" rel="home">Harbor Review</a></p></header><article><h1>Story</h1></article>',
      ),
      'Harbor Review',
    ],
    [
      'meta name=og:site_name',
      'siteName',
      page('<title>Story</title><meta name="og:site_name" content="Harbor Review">', ''),
      'Harbor Review',
    ],
    [
      'navbar-brand',
      'siteName',
      page('<title>Story</title>', '<nav><a class="navbar-brand" href="/">Harbor Review</a></nav>'),
      'Harbor Review',
    ],
    [
      'svg logo title in home link',
      'siteName',
      page(
        '<title>Story</title>',
        '<header><a href="/" aria-label="Harbor Review home"><svg><title>Harbor Review</title></svg></a></header>',
      ),
      'Harbor Review',
    ],
  ])('%s', check);
});

describe('regressions the corpus showed', () => {
  it.each<Case>([
    [
      'a home page titled with the site name and its slogan keeps it',
      'title',
      page(
        '<title>Yahoo News - Latest News &amp; Headlines</title><meta name="application-name" content="Yahoo News - Latest News &amp; Headlines">',
        '',
      ),
      'Yahoo News - Latest News & Headlines',
    ],
    [
      'a feed titled "<site> Atom feed"',
      'siteName',
      page(
        '<title>Story</title><link rel="alternate" type="application/atom+xml" title="V8 Atom feed" href="/blog.atom">',
        '',
      ),
      'V8',
    ],
  ])('%s', check);
});
