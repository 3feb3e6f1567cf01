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
