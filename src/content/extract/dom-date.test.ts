// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { findContentRoot } from './content-root';
import { findDomDate } from './dom-date';

const doc = (body: string): Document =>
  new DOMParser().parseFromString(`<body>${body}</body>`, 'text/html');

describe('findDomDate', () => {
  it.each([
    [
      '<article><time datetime="2019-10-15T10:00:00Z">Oct 15</time></article>',
      '2019-10-15T10:00:00Z',
    ],
    [
      '<article><span itemprop="datePublished" content="2018-01-02">Jan 2</span></article>',
      '2018-01-02',
    ],
    ['<article><p class="byline">By Ann, March 25, 2015</p></article>', '2015-03-25'],
    ['<article><p>nothing</p></article>', undefined],
  ])('%s', (body, expected) => {
    const page = doc(body);
    expect(findDomDate(page, findContentRoot(page))).toBe(expected);
  });
});

describe('findDomDate scopes: the content root, then the rest of the page', () => {
  const page = (head: string, body: string): Document =>
    new DOMParser().parseFromString(`<head>${head}</head><body>${body}</body>`, 'text/html');
  it.each([
    [
      'body root, date only in the head',
      '<meta itemprop="datePublished" content="2016-05-24">',
      '<p>x</p>',
      '2016-05-24',
    ],
    [
      'body root, the body date before the head',
      '<meta itemprop="datePublished" content="2016-05-24">',
      '<p><time datetime="2018-01-02">2 Jan</time></p>',
      '2018-01-02',
    ],
    [
      'article root, date outside it',
      '',
      '<time datetime="2017-03-01">1 March</time><article><p>x</p></article>',
      '2017-03-01',
    ],
  ])('%s', (_, head, body, expected) => {
    const d = page(head, body);
    expect(findDomDate(d, findContentRoot(d))).toBe(expected);
  });
});
