// @vitest-environment jsdom
// Fault kinds 2, 7, 8, 9 and 10 of issue #14: text, dates, titles, lead images and site names,
// each on small pages of different structures.
// This file: kinds 2 and 7 (split from page-kinds.test.ts).
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
