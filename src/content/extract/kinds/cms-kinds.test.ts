// @vitest-environment jsdom
// Issue #14's ten fault kinds again, on page structures the first tables do not cover: other
// CMSs (Drupal 7/8, WordPress themes, Blogger, Ghost, AMP), hCard/hAtom/RDFa markup, and news
// pages in Russian, Ukrainian, Turkish, German, French, Chinese, Japanese and Korean.
import { describe, expect, it } from 'vitest';
import { extract, ld } from './testing';

const page = (head: string, body: string, lang = 'en'): string =>
  `<html lang="${lang}"><head>${head}</head><body>${body}</body></html>`;

type Field = 'title' | 'authors' | 'siteName' | 'datePublished' | 'image' | 'description';
type Case = [name: string, field: Field, html: string, expected: unknown, url?: string];

function check(...[, field, html, expected, url]: Case): void {
  const meta = extract(html, url);
  expect(field === 'authors' ? meta.authors.map((a) => a.name) : meta[field]).toEqual(expected);
}

describe('kind 1: a structured-data value that repeats another field', () => {
  it.each<Case>([
    [
      'author repeats the headline',
      'authors',
      page(
        '<title>Harbour vote delayed</title>' +
          ld({
            '@type': 'Article',
            headline: 'Harbour vote delayed',
            author: { '@type': 'Person', name: 'Harbour vote delayed' },
          }),
        '<article><p class="byline">By Ann Lee</p></article>',
      ),
      ['Ann Lee'],
    ],
    [
      'og:site_name = og:title, implied site from title',
      'siteName',
      page(
        '<title>Harbour vote delayed | Harbor News</title><meta property="og:title" content="Harbour vote delayed"><meta property="og:site_name" content="Harbour vote delayed">',
        '<h1>Harbour vote delayed</h1>',
      ),
      'Harbor News',
    ],
    [
      'meta author is the site host',
      'authors',
      page(
        '<title>T</title><meta name="author" content="harbornews.com"><meta property="og:site_name" content="Harbor News">',
        '<article><p class="byline">By Ann Lee</p></article>',
      ),
      ['Ann Lee'],
    ],
    [
      'author is the site (The prefix)',
      'authors',
      page(
        '<title>T</title><meta property="og:site_name" content="The Harbor News">' +
          ld({
            '@type': 'Article',
            headline: 'T',
            author: [{ '@type': 'Organization', name: 'Harbor News' }],
          }),
        '<article><p class="byline">By Ann Lee</p></article>',
      ),
      ['Ann Lee'],
    ],
    [
      'publisher only repeats headline, article page',
      'siteName',
      page(
        '<title>Harbour vote delayed</title>' +
          ld({
            '@type': 'NewsArticle',
            headline: 'Harbour vote delayed',
            publisher: { '@type': 'Organization', name: 'Harbour vote delayed' },
          }),
        '<header><p class="site-title"><a href="/" rel="home">Harbor News</a></p></header>',
      ),
      'Harbor News',
    ],
  ])('%s', check);
});

describe('kind 2: text is never treated as markup', () => {
  it.each<Case>([
    [
      'title element escaped twice',
      'title',
      page('<title>Tom &amp;amp; Jerry</title>', ''),
      'Tom & Jerry',
    ],
    [
      'og:title with raw tag-shaped text',
      'title',
      page('<meta property="og:title" content="Why <b> is bold">', ''),
      'Why <b> is bold',
    ],
    [
      'lead paragraph with code',
      'description',
      page(
        '<title>T</title>',
        '<article><p>Use the <code>&lt;dialog&gt;</code> element for modal windows instead of a div with many ARIA attributes and custom focus trapping code.</p></article>',
      ),
      'Use the <dialog> element for modal windows instead of a div with many ARIA attributes and custom focus trapping code.',
    ],
    [
      'microdata headline with brackets',
      'title',
      page(
        '',
        '<div itemscope itemtype="https://schema.org/BlogPosting"><h1 itemprop="headline">Styling &lt;select&gt; at last</h1></div>',
      ),
      'Styling <select> at last',
    ],
    [
      'twitter:title < >',
      'title',
      page('<meta name="twitter:title" content="The &lt;img&gt; tag">', ''),
      'The <img> tag',
    ],
    [
      'JSON-LD description with escaped tag',
      'description',
      page(
        '<title>T</title>' +
          ld({
            '@type': 'Article',
            headline: 'T',
            description: 'Replace &lt;div&gt; soup with &lt;main&gt;.',
          }),
        '',
      ),
      'Replace <div> soup with <main>.',
    ],
  ])('%s', check);
});

describe('kind 3: legal but unusual schema.org shapes', () => {
  it.each<Case>([
    [
      'name array',
      'authors',
      page(
        '<title>T</title>' +
          ld({
            '@type': 'Article',
            headline: 'T',
            author: { '@type': 'Person', name: ['Ann Lee'] },
          }),
        '',
      ),
      ['Ann Lee'],
    ],
    [
      'creator instead of author',
      'authors',
      page(
        '<title>T</title>' +
          ld({
            '@type': 'CreativeWork',
            name: 'T',
            creator: { '@type': 'Person', name: 'Ann Lee' },
          }),
        '',
      ),
      ['Ann Lee'],
    ],
    [
      'datePublished @value',
      'datePublished',
      page(
        '<title>T</title>' +
          ld({
            '@type': 'Article',
            headline: 'T',
            datePublished: { '@type': 'DateTime', '@value': '2016-05-24' },
          }),
        '',
      ),
      '2016-05-24',
    ],
    [
      'headline array',
      'title',
      page('<title>X</title>' + ld({ '@type': 'Article', headline: ['Story one'] }), ''),
      'Story one',
    ],
    [
      '@vocab context, bare types',
      'authors',
      page(
        '<title>T</title>' +
          ld({
            '@context': { '@vocab': 'http://schema.org/' },
            '@type': 'BlogPosting',
            headline: 'T',
            author: { '@type': 'Person', name: 'Ann Lee' },
          }),
        '',
      ),
      ['Ann Lee'],
    ],
    [
      'author is a list of strings in one string',
      'authors',
      page(
        '<title>T</title>' +
          ld({ '@type': 'Article', headline: 'T', author: 'Ann Lee, Bob Roe and Cy Poe' }),
        '',
      ),
      ['Ann Lee', 'Bob Roe', 'Cy Poe'],
    ],
    [
      'image list of ImageObjects',
      'image',
      page(
        '<title>T</title>' +
          ld({
            '@type': 'Article',
            headline: 'T',
            image: [{ '@type': 'ImageObject', url: '/a.jpg', width: 1200 }],
          }),
        '',
      ),
      'https://news.example.com/a.jpg',
    ],
    [
      'author with name in alternateName only',
      'authors',
      page(
        '<title>T</title>' +
          ld({
            '@type': 'Article',
            headline: 'T',
            author: [
              { '@type': 'Person', name: 'Ann Lee', url: 'https://x.example/ann' },
              { '@type': 'Person', name: 'Bob Roe', '@id': '#b' },
            ],
          }),
        '',
      ),
      ['Ann Lee', 'Bob Roe'],
    ],
    [
      'RDFa Drupal 8 author',
      'authors',
      page(
        '<title>T</title>',
        '<article><div class="node__meta"><span class="field--name-uid"><span lang="" about="/user/3" typeof="schema:Person" property="schema:name" datatype="">Ann Lee</span></span></div><p>x</p></article>',
      ),
      ['Ann Lee'],
    ],
  ])('%s', check);
});

describe('kind 4: bylines glued to their surroundings', () => {
  it.each<Case>([
    [
      'name, outlet after comma',
      'authors',
      page('<title>T</title>', '<article><p class="byline">By Ann Lee, CNN</p></article>'),
      ['Ann Lee'],
    ],
    [
      'Author: prefix',
      'authors',
      page('<title>T</title>', '<article><p class="byline">Author: Ann Lee</p></article>'),
      ['Ann Lee'],
    ],
    [
      'Russian Автор:',
      'authors',
      page('<title>T</title>', '<article><div class="author">Автор: Анна Ли</div></article>', 'ru'),
      ['Анна Ли'],
    ],
    [
      'Chinese 作者：',
      'authors',
      page('<title>T</title>', '<article><div class="author">作者：张三</div></article>', 'zh'),
      ['张三'],
    ],
    [
      'relative time glued',
      'authors',
      page('<title>T</title>', '<article><div class="byline">Ann Lee 3 days ago</div></article>'),
      ['Ann Lee'],
    ],
    [
      'min read glued',
      'authors',
      page('<title>T</title>', '<article><div class="byline">Ann Lee 5 min read</div></article>'),
      ['Ann Lee'],
    ],
    [
      'Opinion by',
      'authors',
      page('<title>T</title>', '<article><div class="byline">Opinion by Ann Lee</div></article>'),
      ['Ann Lee'],
    ],
    [
      'Story by (MSN)',
      'authors',
      page('<title>T</title>', '<article><div class="byline">Story by Ann Lee</div></article>'),
      ['Ann Lee'],
    ],
    [
      'photo credit slash',
      'authors',
      page('<title>T</title>', '<article><div class="byline">By Ann Lee / Reuters</div></article>'),
      ['Ann Lee'],
    ],
    [
      'dpa',
      'authors',
      page(
        '<title>T</title>',
        '<article><div class="autor">Von Ann Lee, dpa</div></article>',
        'de',
      ),
      ['Ann Lee'],
    ],
    [
      'meta author with outlet',
      'authors',
      page('<title>T</title><meta name="author" content="Ann Lee, Associated Press">', ''),
      ['Ann Lee'],
    ],
    [
      'Staff Writers plural',
      'authors',
      page(
        '<title>T</title>',
        '<article><div class="byline">By Ann Lee and Bob Roe, Staff Writers</div></article>',
      ),
      ['Ann Lee', 'Bob Roe'],
    ],
    [
      'Reviewed by second line',
      'authors',
      page(
        '<title>T</title>',
        '<article><div class="byline"><span>Written by Ann Lee</span><span>Reviewed by Bob Roe</span></div></article>',
      ),
      ['Ann Lee'],
    ],
  ])('%s', check);
});

describe('kind 5: interface text is not an author', () => {
  it.each<Case>([
    [
      'Advertisement',
      'authors',
      page('<title>T</title>', '<article><div class="author-ad">Advertisement</div></article>'),
      [],
    ],
    [
      'More from',
      'authors',
      page(
        '<title>T</title>',
        '<article><div class="author"><a href="/author/ann">More from Ann Lee</a></div></article>',
      ),
      [],
    ],
    [
      'German Folgen',
      'authors',
      page(
        '<title>T</title>',
        '<article><div class="autor"><span>Anna Lee</span> <button>Folgen</button></div></article>',
        'de',
      ),
      ['Anna Lee'],
    ],
    [
      'Teilen as author',
      'authors',
      page(
        '<title>T</title>',
        '<article><div class="author-tools"><span>Teilen</span></div></article>',
        'de',
      ),
      [],
    ],
    [
      'All posts by',
      'authors',
      page(
        '<title>T</title>',
        '<article><div class="byline"><a href="/author/ann/" title="Posts by Ann Lee">Ann Lee</a> <a href="/author/ann/">All articles</a></div></article>',
      ),
      ['Ann Lee'],
    ],
    [
      'Contact the author',
      'authors',
      page(
        '<title>T</title>',
        '<article><div class="author-contact"><a href="/contact">Contact the author</a></div></article>',
      ),
      [],
    ],
    [
      'Partager',
      'authors',
      page(
        '<title>T</title>',
        '<article><div class="auteur"><span>Partager</span></div></article>',
        'fr',
      ),
      [],
    ],
    [
      'author image alt text',
      'authors',
      page(
        '<title>T</title>',
        '<article><div class="author"><img src="/a.jpg" alt="Ann Lee"><span>Ann Lee</span><a href="/about">About the author</a></div></article>',
      ),
      ['Ann Lee'],
    ],
    [
      'Loading...',
      'authors',
      page('<title>T</title>', '<article><div class="author">Loading...</div></article>'),
      [],
    ],
    [
      'Guest post',
      'authors',
      page('<title>T</title>', '<article><div class="author">Guest Post</div></article>'),
      [],
    ],
  ])('%s', check);
});

describe('kind 6: bylines in other CMS markup and languages', () => {
  it.each<Case>([
    [
      'Drupal 7 submitted',
      'authors',
      page(
        '<title>T</title>',
        '<div class="node"><div class="submitted">Submitted by <span class="username">Ann Lee</span> on Tue, 05/24/2016 - 10:30</div><div class="content"><p>x</p></div></div>',
      ),
      ['Ann Lee'],
    ],
    [
      'hCard vcard fn',
      'authors',
      page(
        '<title>T</title>',
        '<article class="hentry"><span class="vcard"><span class="fn">Ann Lee</span></span><p>x</p></article>',
      ),
      ['Ann Lee'],
    ],
    [
      'h-entry p-author h-card',
      'authors',
      page(
        '<title>T</title>',
        '<article class="h-entry"><a class="p-author h-card" href="https://ann.example">Ann Lee</a><p>x</p></article>',
      ),
      ['Ann Lee'],
    ],
    [
      'WP footer entry-meta',
      'authors',
      page(
        '<title>T</title>',
        '<article><h1>T</h1><div class="entry-content"><p>x</p></div><footer class="entry-meta">This entry was posted in <a href="/category/news/">News</a> by <a href="/author/ann/">Ann Lee</a>.</footer></article>',
      ),
      ['Ann Lee'],
    ],
    [
      'Spanish /autor/ link',
      'authors',
      page(
        '<title>T</title>',
        '<article><header><a href="/autor/ana-lopez/">Ana López</a></header><p>x</p></article>',
        'es',
      ),
      ['Ana López'],
    ],
    [
      'writer class (Korean news)',
      'authors',
      page(
        '<title>T</title>',
        '<article><div class="writer">김철수 기자</div><p>x</p></article>',
        'ko',
      ),
      ['김철수'],
    ],
    [
      'meta name=article:author',
      'authors',
      page('<title>T</title><meta name="article:author" content="Ann Lee">', ''),
      ['Ann Lee'],
    ],
    [
      'meta property=author',
      'authors',
      page('<title>T</title><meta property="author" content="Ann Lee">', ''),
      ['Ann Lee'],
    ],
    [
      'meta dc.creator',
      'authors',
      page('<title>T</title><meta name="DC.creator" content="Lee, Ann">', ''),
      ['Ann Lee'],
    ],
    [
      '/contributors/ link',
      'authors',
      page(
        '<title>T</title>',
        '<article><div class="meta"><a href="/contributors/ann-lee">Ann Lee</a></div><p>x</p></article>',
      ),
      ['Ann Lee'],
    ],
    [
      'posted-by span',
      'authors',
      page(
        '<title>T</title>',
        '<article><span class="posted-by">Posted by Ann Lee</span><p>x</p></article>',
      ),
      ['Ann Lee'],
    ],
    [
      'reporter class (Japanese)',
      'authors',
      page('<title>T</title>', '<article><p class="reporter">山田太郎</p><p>x</p></article>', 'ja'),
      ['山田太郎'],
    ],
  ])('%s', check);
});

describe('kind 7: dates written for people', () => {
  it.each<Case>([
    [
      'Drupal submitted date',
      'datePublished',
      page(
        '<title>T</title>',
        '<div class="node"><div class="submitted">Submitted by Ann on Tue, 05/24/2016 - 10:30</div></div>',
      ),
      '2016-05-24T10:30:00',
    ],
    [
      'Russian month',
      'datePublished',
      page(
        '<title>T</title>',
        '<article><div class="date">24 мая 2016, 10:30</div></article>',
        'ru',
      ),
      '2016-05-24T10:30:00',
    ],
    [
      'Y/m/d with time',
      'datePublished',
      page(
        '<title>T</title>',
        '<article><div class="info">发布时间：2016/05/24 10:30</div><span class="time">2016/05/24 10:30</span></article>',
        'zh',
      ),
      '2016-05-24T10:30:00',
    ],
    [
      'Y.m.d Korean',
      'datePublished',
      page(
        '<title>T</title>',
        '<article><span class="date">입력 2016.05.24 10:30</span></article>',
        'ko',
      ),
      '2016-05-24T10:30:00',
    ],
    [
      'JS Date string in meta',
      'datePublished',
      page(
        '<title>T</title><meta property="article:published_time" content="Tue May 24 2016 10:30:00 GMT+0100 (BST)">',
        '',
      ),
      '2016-05-24T10:30:00+01:00',
    ],
    [
      'hAtom abbr title',
      'datePublished',
      page(
        '<title>T</title>',
        '<article class="hentry"><abbr class="published" title="2016-05-24T10:30:00+01:00">May 24</abbr></article>',
      ),
      '2016-05-24T10:30:00+01:00',
    ],
    [
      'URL /2016/0524/',
      'datePublished',
      page('<title>T</title>', ''),
      '2016-05-24',
      'http://news.example.cn/n1/2016/0524/c1002-28374.html',
    ],
    [
      'Turkish',
      'datePublished',
      page('<title>T</title>', '<article><span class="date">24 Mayıs 2016</span></article>', 'tr'),
      '2016-05-24',
    ],
    [
      'ordinal day first',
      'datePublished',
      page(
        '<title>T</title>',
        '<article><span class="date">24th May 2016</span></article>',
        'en-GB',
      ),
      '2016-05-24',
    ],
    [
      'time datetime empty',
      'datePublished',
      page('<title>T</title>', '<article><time datetime="">May 24, 2016</time></article>'),
      '2016-05-24',
    ],
    [
      'published after updated',
      'datePublished',
      page(
        '<title>T</title>',
        '<article><div class="meta">Updated June 1, 2016 · Published May 24, 2016</div></article>',
      ),
      '2016-05-24',
    ],
    [
      'meta date dd.mm.yyyy',
      'datePublished',
      page('<title>T</title><meta name="date" content="24.05.2016">', '', 'de'),
      '2016-05-24',
    ],
    [
      'Japanese era-less with 時分',
      'datePublished',
      page(
        '<title>T</title>',
        '<article><p class="date">2016年5月24日 10時30分</p></article>',
        'ja',
      ),
      '2016-05-24T10:30:00',
    ],
    [
      'Ukrainian',
      'datePublished',
      page('<title>T</title>', '<article><div class="date">24 травня 2016</div></article>', 'uk'),
      '2016-05-24',
    ],
  ])('%s', check);
});

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
