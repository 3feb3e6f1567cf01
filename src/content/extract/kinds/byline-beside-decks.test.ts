// @vitest-environment jsdom
// The "By" line beside the headline (headline-byline.ts) must leave decks and kickers alone:
// words alone read like a byline in title case ("By The Numbers", "Von Hamburg Nach Berlin"),
// so each row here fails when one of the rule's layout or name checks is removed (review
// F-kinds-1, session 10). The bylines it reads are in template-rules.test.ts.
import { describe, it } from 'vitest';
import { type Case, check, page } from './testing';

const P =
  '<p>The harbour board met on Tuesday to discuss the long-delayed expansion of the northern quay, which residents have opposed for years because of the noise.</p>';
const T = 'Harbour vote delayed';
const URL = 'https://notes.example.org/posts/harbour-vote/';

/** A row: an article holding the headline, `block` after it, one paragraph, then `after`. */
const row = (
  name: string,
  block: string,
  expected: string[] = [],
  lang = 'en',
  after = '',
): Case => [
  name,
  'authors',
  page(`<title>${T}</title>`, `<article><h1>${T}</h1>${block}${P}</article>${after}`, lang),
  expected,
  URL,
];

describe('a deck or kicker beside the headline is no byline', () => {
  it.each<Case>([
    row('a title-case deck classed dek', '<p class="dek">By The Numbers: Why Rents Rose</p>'),
    row('a plain title-case deck', '<p>By Train To Paris And Back Again</p>'),
    row('an upper-case kicker', '<p>BY THE NUMBERS</p>'),
    row('a German title-case deck', '<p>Von Hamburg Nach Berlin</p>', [], 'de'),
    row('a French deck', '<p>Par Avion</p>', [], 'fr'),
    row(
      'a deck class, words set apart',
      '<p class="standfirst">By <strong>Train To Paris</strong></p>',
    ),
    row('an upper-case kicker set apart', '<p>BY <strong>THE NUMBERS</strong></p>'),
    row(
      'a series link with a colon',
      '<p>By <a href="/series/numbers/">Rents: The Numbers</a></p>',
    ),
    row(
      'a series link of six words',
      '<p>By <a href="/series/road/">The Long Road Home From Paris</a></p>',
    ),
    row(
      'a deck, then the real author box after the article',
      '<p class="dek">By The Numbers: Why Rents Rose</p>',
      ['Ann Lee'],
      'en',
      '<div class="post-author"><span class="author-name">Ann Lee</span></div>',
    ),
  ])('%s (%s)', check);
});
