// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { findBylineAuthors } from './byline';
import { findContentRoot } from './content-root';
import { countWords, leadParagraph, readingMinutesFor } from './page-text';

const BASE = 'https://example.com/story';
const doc = (body: string): Document =>
  new DOMParser().parseFromString(`<body>${body}</body>`, 'text/html');

function bylineOf(body: string): string[] {
  const page = doc(body);
  return findBylineAuthors(page, findContentRoot(page), BASE).map((a) => a.name);
}

describe('findBylineAuthors', () => {
  it.each([
    [
      'rel=author link',
      '<article><a rel="author" href="/ann">Ann Lee</a><p>x</p></article>',
      ['Ann Lee'],
    ],
    [
      'byline class with "By" on its own line',
      '<article><div class="article__author">By\n   Scott Cunningham </div><p>x</p></article>',
      ['Scott Cunningham'],
    ],
    [
      'byline with a date glued on',
      '<article><p class="byline">By Nathan Willis\n March 25, 2015</p></article>',
      ['Nathan Willis'],
    ],
    [
      'byline with an Updated trailer',
      '<article><span class="byline">Jane Doe | Updated 3:33 pm</span></article>',
      ['Jane Doe'],
    ],
    [
      'several linked authors',
      '<article><div class="byline">By <a href="/a">Ann Lee</a> and <a href="/b">Bob Roe</a></div></article>',
      ['Ann Lee', 'Bob Roe'],
    ],
    [
      'dateline is not an author',
      '<article><span class="dateline">CAIRO</span><p>x</p></article>',
      [],
    ],
    [
      'comment authors are skipped',
      '<article><p>x</p><div class="comments"><span class="author">Troll Person</span></div></article>',
      [],
    ],
    [
      '"Last Updated" is not a name',
      '<article><div class="author">Last Updated: January 7, 2025</div></article>',
      [],
    ],
  ])('%s', (_name, body, expected) => {
    expect(bylineOf(body)).toEqual(expected);
  });
});

describe('scopes: the content root, then the rest of the page', () => {
  const page = (head: string, body: string): Document =>
    new DOMParser().parseFromString(`<head>${head}</head><body>${body}</body>`, 'text/html');
  it.each([
    [
      'body root, author only in the head',
      '<meta itemprop="author" content="Ann Lee">',
      '<div><p>Text without a byline.</p></div>',
      ['Ann Lee'],
    ],
    [
      'body root, the body byline before the head',
      '<meta itemprop="author" content="Head Name">',
      '<div itemprop="author">Bo Chen</div><p>Text.</p>',
      ['Bo Chen'],
    ],
    [
      'article root, byline outside the article',
      '',
      '<div class="byline">By Cy Diaz</div><article><p>One.</p><p>Two.</p></article>',
      ['Cy Diaz'],
    ],
  ])('%s', (_, head, body, expected) => {
    const d = page(head, body);
    expect(findBylineAuthors(d, findContentRoot(d), BASE).map((a) => a.name)).toEqual(expected);
  });
});

describe('page text', () => {
  it.each([
    [
      'first real paragraph',
      '<article><p>Advertisement</p><p>The first real paragraph of the story, long enough.</p></article>',
      'The first real paragraph of the story, long enough.',
    ],
    [
      'skips hidden ones',
      '<article><p hidden>Hidden paragraph text that nobody reads at all.</p><p>Visible paragraph text that everybody can read.</p></article>',
      'Visible paragraph text that everybody can read.',
    ],
    [
      'skips bylines',
      '<article><p>Written by Ann Lee, edited by Bob Roe and others</p><p>The story starts here and goes on.</p></article>',
      'The story starts here and goes on.',
    ],
    [
      'skips ad scripts',
      '<article><p><script>var ad = "x x x x x x x x x x x x x x x x x x x x x x";</script></p><p>Story text starts here for real.</p></article>',
      'Story text starts here for real.',
    ],
    [
      'falls back to div text when no paragraph qualifies',
      '<article><p>Links</p><div>Prose written straight into a div, as older sites do.</div></article>',
      'Prose written straight into a div, as older sites do.',
    ],
    ['none', '<article><p>Menu</p></article>', undefined],
  ])('leadParagraph: %s', (_name, body, expected) => {
    const page = doc(body);
    const root = findContentRoot(page);
    expect(root && leadParagraph(root)).toBe(expected);
  });

  it('counts words, CJK characters one each, scripts excluded', () => {
    const page = doc(
      '<article>\n<p>one two  three</p>\n<script>var not = counted;</script>\n<p>四五六</p></article>',
    );
    const root = findContentRoot(page);
    expect(root && countWords(root)).toBe(6);
  });

  it('leaves out the source of a script or style inside a paragraph', () => {
    const words = Array.from({ length: 120 }, (_, i) => `w${String(i)}`).join(' ');
    const page = doc(
      `<article><p>${words}<script>var related = ["视频一", "视频二", "视频三"];</script></p>` +
        '<p>Ad<style>.slot { width: 300px }</style></p></article>',
    );
    const root = findContentRoot(page);
    expect(root && countWords(root)).toBe(121);
  });

  it.each([
    [0, 1],
    [230, 1],
    [1150, 5],
  ])('readingMinutesFor(%i) = %i', (words, minutes) => {
    expect(readingMinutesFor(words)).toBe(minutes);
  });
});
