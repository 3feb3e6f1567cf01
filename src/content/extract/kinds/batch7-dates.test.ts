// @vitest-environment jsdom
// Issue #14's seventh batch, the date kinds: Go's default time format in `datetime` (Hugo's
// Blowfish and Congo), the Guardian's `data-component` dateline, dates kept in a title attribute
// behind "3 hours ago" (Lobsters, Discourse), the one hAtom `entry-date updated` mark of themes
// that print a single date (tagDiv Newspaper) (the labelled dates beside the headline are in
// batch7-labelled-dates.test.ts).
import { describe, expect, it } from 'vitest';
import { normalizeDate } from '../dates';
import { type Case, check, page } from './testing';

const T = 'Harbour vote delayed';
const P = '<p>The harbour board met on Tuesday to discuss the northern quay.</p>';
const URL = 'https://news.example.org/harbour-vote';
const article = (meta: string, lang = 'en'): string =>
  page(`<title>${T}</title>`, `<main><article><h1>${T}</h1>${meta}${P}</article></main>`, lang);
// The same line after the text, more than three blocks from the headline (see besideHeadline).
const below = (meta: string): string =>
  page(
    `<title>${T}</title>`,
    `<main><article><h1>${T}</h1><p>A deck.</p><p>A kicker.</p><p>A caption.</p>${P}${meta}</article></main>`,
  );

describe("Go's default time format after an offset", () => {
  it.each([
    ['Blowfish/Congo "+0000 UTC"', '2021-03-15 09:30:00 +0000 UTC', '2021-03-15T09:30:00Z'],
    ['"-0500 EST"', '2021-03-15 09:30:00 -0500 EST', '2021-03-15T09:30:00-05:00'],
    ['"+0900 JST"', '2021-03-15 09:30:00 +0900 JST', '2021-03-15T09:30:00+09:00'],
    ['fractional seconds', '2021-03-15 09:30:00.123 +0100 CET', '2021-03-15T09:30:00.123+01:00'],
    [
      'an unnamed zone Go prints as its offset',
      '2021-03-15 09:30:00 +0530 +0530',
      '2021-03-15T09:30:00+05:30',
    ],
    // A zone word without an offset is not read as one (no zone is invented or dropped silently).
    ['no offset before the word', '2021-03-15 09:30:00 UTC', undefined],
  ])('%s', (_, raw, expected) => {
    expect(normalizeDate(raw)).toBe(expected);
  });

  it.each<Case>([
    [
      'Blowfish: <time datetime="… +0000 UTC">15 March 2021</time> keeps its time',
      'datePublished',
      article(
        '<div class="mt-1 mb-6 text-base"><div class="flex flex-row"><time datetime="2021-03-15 09:30:00 +0000 UTC">15 March 2021</time><span>&middot;</span><span title="Reading time">4 mins</span></div></div>',
      ),
      '2021-03-15T09:30:00Z',
      URL,
    ],
  ])('%s', check);
});

describe("a dateline in a data-component attribute (the Guardian's DCR)", () => {
  it.each<Case>([
    [
      'Guardian: <details data-component="dateline"><summary><span>Mon 15 Mar 2021 09.30 GMT',
      'datePublished',
      article(
        '<div data-gu-name="meta"><details data-component="dateline"><summary><span>Mon 15 Mar 2021 09.30 GMT</span></summary><span>Last modified on Mon 15 Mar 2021 11.02 GMT</span></details></div>',
      ),
      '2021-03-15T09:30:00Z',
      URL,
    ],
    [
      'the dateline without its last-modified line',
      'datePublished',
      below('<div data-component="dateline">Mon 15 Mar 2021 09.30 GMT</div>'),
      '2021-03-15T09:30:00Z',
      URL,
    ],
    [
      'a publish-date component',
      'datePublished',
      below('<p data-component="publish-date">15 March 2021</p>'),
      '2021-03-15',
      URL,
    ],
    [
      'capitalised component name',
      'datePublished',
      article('<span data-component="ArticleDate">March 15, 2021, 9:30 a.m.</span>'),
      '2021-03-15T09:30:00',
      URL,
    ],
    [
      'the last-modified line alone is no publication date',
      'datePublished',
      article('<div data-component="dateline">Last modified on Mon 15 Mar 2021 11.02 GMT</div>'),
      undefined,
      URL,
    ],
  ])('%s', check);
});

describe('a date kept in a title attribute behind a relative time', () => {
  it.each<Case>([
    [
      'Lobsters: <span title="2021-03-15 09:30:00 -0500">3 hours ago</span> in the byline',
      'datePublished',
      article(
        '<div class="byline"><a href="/~annlee">annlee</a> <span title="2021-03-15 09:30:00 -0500">3 hours ago</span> | <a href="/s/abc">12 comments</a></div>',
      ),
      '2021-03-15T09:30:00-05:00',
      URL,
    ],
    [
      'Discourse: span.relative-date title="Mar 15, 2021 9:30 am"',
      'datePublished',
      article(
        '<div class="post-info post-date"><a class="post-date" href="/t/x/1/1"><span title="Mar 15, 2021 9:30 am" data-time="1615800600000" class="relative-date">2d</span></a></div>',
      ),
      '2021-03-15T09:30:00',
      URL,
    ],
    [
      'an abbr in a meta line, title in ISO form',
      'datePublished',
      article(
        '<p class="entry-meta">by Ann Lee, <abbr title="2021-03-15T09:30:00Z">2 days ago</abbr></p>',
      ),
      '2021-03-15T09:30:00Z',
      URL,
    ],
    [
      'a timestamp span titled in words',
      'datePublished',
      article('<span class="timestamp" title="15 March 2021, 09:30">yesterday</span>'),
      '2021-03-15T09:30:00',
      URL,
    ],
    [
      'a <time> without datetime titled "15.03.2021 09:30" behind "vor 2 Tagen"',
      'datePublished',
      below('<time title="15.03.2021 09:30">vor 2 Tagen</time>'),
      '2021-03-15T09:30:00',
      URL,
    ],
    [
      'a title that is not only a date is not read',
      'datePublished',
      article(
        '<div class="post-meta"><a title="Edited by Ann Lee on 2021-03-20" href="/rev">edited</a> <span>2d</span></div>',
      ),
      undefined,
      URL,
    ],
  ])('%s', check);
});

describe("hAtom's one `entry-date updated` mark is the entry's date", () => {
  it.each<Case>([
    [
      'tagDiv Newspaper: <time class="entry-date updated td-module-date">',
      'datePublished',
      article(
        '<div class="td-module-meta-info"><span class="td-post-date"><time class="entry-date updated td-module-date" datetime="2021-03-15T09:30:00+00:00">March 15, 2021</time></span></div>',
      ),
      '2021-03-15T09:30:00Z',
      URL,
    ],
    [
      'a post-date classed updated',
      'datePublished',
      article(
        '<p class="meta"><time class="post-date updated" datetime="2021-03-15">March 15, 2021</time></p>',
      ),
      '2021-03-15',
      URL,
    ],
    [
      'an entry footer: <span class="posted-on"><time class="entry-date updated">',
      'datePublished',
      below(
        '<div class="entry-footer"><span class="posted-on">Posted on <time class="entry-date updated" datetime="2021-03-15T09:30:00+00:00">March 15, 2021</time></span></div>',
      ),
      '2021-03-15T09:30:00Z',
      URL,
    ],
    [
      '`updated date` in either order',
      'datePublished',
      below(
        '<p class="info"><time class="updated date" datetime="2021-03-15T09:30">15/03/2021</time></p>',
      ),
      '2021-03-15T09:30:00',
      URL,
    ],
    [
      'a published mark beside it wins',
      'datePublished',
      article(
        '<p class="meta"><time class="entry-date updated" datetime="2021-03-16">March 16</time><time class="entry-date published" datetime="2021-03-15">March 15</time></p>',
      ),
      '2021-03-15',
      URL,
    ],
    [
      'labelled "Last updated" it stays a change',
      'datePublished',
      article(
        '<p>Last updated: <time class="entry-date updated" datetime="2021-03-16">March 16, 2021</time></p>',
      ),
      undefined,
      URL,
    ],
    [
      'Twenty Twelve-style footer line, the time only in datetime',
      'datePublished',
      article(
        '<footer class="entry-meta">This entry was posted on <a href="/harbour-vote" rel="bookmark"><time class="entry-date updated" datetime="2021-03-15T09:30:00+01:00">March 15, 2021</time></a>.</footer>',
      ),
      '2021-03-15T09:30:00+01:00',
      URL,
    ],
  ])('%s', check);
});
