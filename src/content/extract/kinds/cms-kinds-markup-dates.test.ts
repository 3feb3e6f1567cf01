// @vitest-environment jsdom
// Issue #14's ten fault kinds again, on page structures the first tables do not cover: other
// CMSs (Drupal 7/8, WordPress themes, Blogger, Ghost, AMP), hCard/hAtom/RDFa markup, and news
// pages in Russian, Ukrainian, Turkish, German, French, Chinese, Japanese and Korean.
// This file: kinds 6 and 7 (CMS byline markup, dates written for people) (split from cms-kinds.test.ts).
import { describe, it } from 'vitest';
import { type Case, check, page } from './testing';

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
