// @vitest-environment jsdom
// Issue #14's ten fault kinds again, on page structures the first tables do not cover: other
// CMSs (Drupal 7/8, WordPress themes, Blogger, Ghost, AMP), hCard/hAtom/RDFa markup, and news
// pages in Russian, Ukrainian, Turkish, German, French, Chinese, Japanese and Korean.
// This file: kinds 4 and 5 (glued bylines, interface text) (split from cms-kinds.test.ts).
import { describe, it } from 'vitest';
import { type Case, check, page } from './testing';

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
