// @vitest-environment jsdom
// Issue #14's ten fault kinds again, on page structures the first tables do not cover: other
// CMSs (Drupal 7/8, WordPress themes, Blogger, Ghost, AMP), hCard/hAtom/RDFa markup, and news
// pages in Russian, Ukrainian, Turkish, German, French, Chinese, Japanese and Korean.
// This file: kinds 1 to 3 (repeated values, text as markup, schema.org shapes) (split from cms-kinds.test.ts).
import { describe, it } from 'vitest';
import { type Case, check, ld, page } from './testing';

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
