// @vitest-environment jsdom
// Issue #14's sixth batch, the date and site-name kinds it found: year-first dates written with
// dots and spaces and a time after the day's dot (Korean portals), times written "09.30 GMT",
// a line beside the headline that is only a date (Gatsby and other starters), and a site name
// implied by the title followed by its slogan after a comma (MediaWiki's Wikinews).
import { describe, expect, it } from 'vitest';
import { parseHumanDate } from '../human-dates';
import { extractPageMetadata } from '../index';
import { type Case, check, page } from './testing';

const T = 'Harbour vote delayed';
const P = '<p>The harbour board met on Tuesday to discuss the northern quay.</p>';
const URL = 'https://news.example.org/harbour-vote';

describe('year-first dates with dots, spaces and a time after the last dot', () => {
  it.each([
    ['Naver "2021.03.15. 오전 9:30"', '2021.03.15. 오전 9:30', '2021-03-15T09:30:00'],
    ['Naver "2021.03.15. 오후 3:30"', '2021.03.15. 오후 3:30', '2021-03-15T15:30:00'],
    ['Daum "2021. 3. 15. 09:30"', '2021. 3. 15. 09:30', '2021-03-15T09:30:00'],
    ['spaced without a time', '입력 2021. 3. 15.', '2021-03-15'],
    ['"2021.03.15. 09:30"', '2021.03.15. 09:30', '2021-03-15T09:30:00'],
    ['Guardian "Mon 15 Mar 2021 09.30 GMT"', 'Mon 15 Mar 2021 09.30 GMT', '2021-03-15T09:30:00Z'],
    ['"15 Mar 2021 09.30 BST"', '15 Mar 2021 09.30 BST', '2021-03-15T09:30:00+01:00'],
  ])('%s', (_, text, expected) => {
    expect(parseHumanDate(text)).toBe(expected);
  });

  it.each<Case>([
    [
      'Naver: the datestamp span after its 입력 term',
      'datePublished',
      page(
        '<title>항구 투표 연기</title>',
        `<div class="media_end_head"><h2 class="media_end_head_headline">항구 투표 연기</h2><div class="media_end_head_info_datestamp"><div class="media_end_head_info_datestamp_bunch"><span class="media_end_head_info_datestamp_term">입력</span><span class="media_end_head_info_datestamp_time">2021.03.15. 오전 9:30</span></div></div></div><article id="dic_area">${P}</article>`,
        'ko',
      ),
      '2021-03-15T09:30:00',
      'https://n.news.naver.com/article/001/0012300000',
    ],
    [
      'Daum: num_date after 입력',
      'datePublished',
      page(
        '<title>항구 투표 연기</title>',
        `<div class="head_view"><h3 class="tit_view">항구 투표 연기</h3><span class="info_view"><span class="txt_info">김철수 기자</span><span class="txt_info">입력 <span class="num_date">2021. 3. 15. 09:30</span></span></span></div><section>${P}</section>`,
        'ko',
      ),
      '2021-03-15T09:30:00',
      'https://v.daum.net/v/20210315093000123',
    ],
  ])('%s', check);
});

describe('a line beside the headline that is only a date', () => {
  const after = (line: string, lang = 'en'): string =>
    page(
      `<title>${T}</title>`,
      `<main><article><header><h1>${T}</h1>${line}</header><section>${P}</section></article></main>`,
      lang,
    );
  it.each<Case>([
    [
      'Gatsby starter blog: <p>March 15, 2021</p>',
      'datePublished',
      after('<p>March 15, 2021</p>'),
      '2021-03-15',
      URL,
    ],
    [
      'a div with a German date',
      'datePublished',
      after('<div class="text-sm">15.03.2021</div>', 'de'),
      '2021-03-15',
      URL,
    ],
    ['a Japanese date', 'datePublished', after('<p>2021年3月15日</p>', 'ja'), '2021-03-15', URL],
    [
      'a French date with its time',
      'datePublished',
      after('<p>15 mars 2021 à 09h30</p>', 'fr'),
      '2021-03-15T09:30:00',
      URL,
    ],
    [
      'after the header that holds the h1',
      'datePublished',
      page(
        `<title>${T}</title>`,
        `<main><div class="hero"><h1>${T}</h1></div><span>March 15, 2021</span>${P}</main>`,
      ),
      '2021-03-15',
      URL,
    ],
    [
      'a last update alone is not the publication date',
      'datePublished',
      after('<p>Updated March 16, 2021</p>'),
      undefined,
      URL,
    ],
    [
      'a sentence mentioning a date is no date line',
      'datePublished',
      after('<p>The board first met about the quay on March 15, 2021, and again in May.</p>'),
      undefined,
      URL,
    ],
  ])('%s', check);
});

// Review F-kinds-2: under an event's or a product's h1 the date line is the event's or the
// availability date, often ahead.
describe('a date line beside the headline that is no publication date', () => {
  const LONG = `<p>${'The harbour board met on Tuesday to discuss the northern quay and its future. '.repeat(8)}</p>`;
  const event = page(
    '<title>Jazz on the quay</title>',
    `<main><h1>Jazz on the quay</h1><p>Saturday, June 5, 2032</p>${LONG}</main>`,
  );
  it.each<Case>([
    ["an event's date ahead of the reading", 'datePublished', event, undefined, URL],
    [
      'an availability date: other words beside the date',
      'datePublished',
      page(
        '<title>Model X launch</title>',
        `<article><h1>Model X launch</h1><p>Available March 15, 2021</p>${LONG}</article>`,
      ),
      undefined,
      URL,
    ],
    [
      'a past date with its weekday is still the publication',
      'datePublished',
      page(`<title>${T}</title>`, `<main><h1>${T}</h1><p>Monday, March 15, 2021</p>${LONG}</main>`),
      '2021-03-15',
      URL,
    ],
  ])('%s', check);

  it('the line is judged against the clock given, not against its year', () => {
    const doc = new DOMParser().parseFromString(event, 'text/html');
    const read = (day: string): string | undefined =>
      extractPageMetadata(doc, URL, { budgetMs: 10_000, wallClock: () => Date.parse(day) })
        .datePublished;
    expect(read('2032-06-03T12:00:00Z')).toBeUndefined();
    // A day of slack: the page's own day may be ahead of the reader's UTC one.
    expect(read('2032-06-04T12:00:00Z')).toBe('2032-06-05');
    expect(read('2032-06-10T12:00:00Z')).toBe('2032-06-05');
  });
});

describe("a title's site name followed by its slogan after a comma", () => {
  const titled = (title: string, lang = 'en'): string =>
    page(
      `<title>${title}</title>`,
      `<div id="content"><h1 id="firstHeading">${T}</h1>${P}</div>`,
      lang,
    );
  it.each<Case>([
    [
      'Wikinews',
      'siteName',
      titled(`${T} - Wikinews, the free news source`),
      'Wikinews',
      'https://en.wikinews.org/wiki/Harbour_vote_delayed',
    ],
    [
      'Wikinoticias',
      'siteName',
      titled(`${T} - Wikinoticias, la fuente libre de noticias`, 'es'),
      'Wikinoticias',
      'https://es.wikinews.org/wiki/Harbour',
    ],
    [
      'an English slogan on its own host',
      'siteName',
      titled(`${T} | Harbor News, the voice of the bay`),
      'Harbor News',
      'https://www.harbornews.com/harbour-vote',
    ],
    [
      'a German slogan',
      'siteName',
      titled(`${T} - Hafenblatt, die Zeitung am Kai`, 'de'),
      'Hafenblatt',
      'https://www.hafenblatt.de/harbour-vote',
    ],
    [
      'a French slogan',
      'siteName',
      titled(`${T} | Le Quai, le journal du port`, 'fr'),
      'Le Quai',
      'https://www.lequai.fr/harbour-vote',
    ],
    [
      'a name holding a comma stays whole',
      'siteName',
      titled(`${T} | Smith, Jones & Co`),
      'Smith, Jones & Co',
      'https://www.smithjones.com/harbour-vote',
    ],
    [
      'a capitalised slogan is not cut',
      'siteName',
      titled(`${T} | Harbor News, The Bay Paper`),
      'Harbor News, The Bay Paper',
      'https://www.harbornews.com/harbour-vote',
    ],
  ])('%s', check);
});
