// @vitest-environment jsdom
// Issue #14's eighth batch, dates: a weekday written between a date and its time ("15 Mart 2021
// Pazartesi 09:30"), the Nordic clock ("kl. 09.30", "klo 9.30"), month names of Czech, Finnish,
// Indonesian and Norwegian pages, and Wix's date, named by a `data-hook` instead of a class.
import { describe, it } from 'vitest';
import { type Case, check, page } from './testing';

const T = 'Harbour vote delayed';
const P = '<p>The harbour board met on Tuesday to discuss the northern quay.</p>';
const dated = (line: string, lang = 'en'): string =>
  page(`<title>${T}</title>`, `<article><h1>${T}</h1>${line}${P}</article>`, lang);

describe('a weekday between the date and the time keeps the time', () => {
  it.each<Case>([
    [
      'Turkish: "15 Mart 2021 Pazartesi 09:30"',
      'datePublished',
      dated('<div class="date">15 Mart 2021 Pazartesi 09:30</div>', 'tr'),
      '2021-03-15T09:30:00',
    ],
    [
      'Czech: "15. března 2021, pondělí 9:30" in a time element',
      'datePublished',
      dated('<p class="meta"><time>15. března 2021, pondělí 9:30</time></p>', 'cs'),
      '2021-03-15T09:30:00',
    ],
    [
      'Indonesian: "15 Maret 2021 Senin 09:30 WIB", its zone kept',
      'datePublished',
      dated('<span class="post-date">15 Maret 2021 Senin 09:30 WIB</span>', 'id'),
      '2021-03-15T09:30:00+07:00',
    ],
    [
      'Russian: "15 марта 2021, понедельник, 09:30" beside the headline',
      'datePublished',
      dated('<p>15 марта 2021, понедельник, 09:30</p>', 'ru'),
      '2021-03-15T09:30:00',
    ],
    [
      'English, a weekday in brackets: "March 15, 2021 (Monday) 9:30 am"',
      'datePublished',
      dated('<div class="byline-date">March 15, 2021 (Monday) 9:30 am</div>'),
      '2021-03-15T09:30:00',
    ],
    [
      'a word that is no weekday keeps the day only: "15 March 2021 Updated 09:30"',
      'datePublished',
      dated('<div class="date">15 March 2021 Updated 09:30</div>'),
      '2021-03-15',
    ],
  ])('%s', check);
});

describe('the Nordic clock: "kl. 09.30", "klo 9.30"', () => {
  it.each<Case>([
    [
      'Norwegian: "Publisert 15. mars 2021 kl. 09.30"',
      'datePublished',
      dated('<p class="published">Publisert 15. mars 2021 kl. 09.30</p>', 'no'),
      '2021-03-15T09:30:00',
    ],
    [
      'Danish: "15. mar. 2021 kl. 09.30" in a time element',
      'datePublished',
      dated('<time>15. mar. 2021 kl. 09.30</time>', 'da'),
      '2021-03-15T09:30:00',
    ],
    [
      'Swedish: "15 mars 2021 kl. 09.30" beside the headline',
      'datePublished',
      dated('<p>15 mars 2021 kl. 09.30</p>', 'sv'),
      '2021-03-15T09:30:00',
    ],
    [
      'Finnish: "15.3.2021 klo 9.30"',
      'datePublished',
      dated('<span class="date">15.3.2021 klo 9.30</span>', 'fi'),
      '2021-03-15T09:30:00',
    ],
    [
      'Norwegian with a weekday: "15. desember 2021, onsdag kl. 18.05"',
      'datePublished',
      dated('<div class="dateline">15. desember 2021, onsdag kl. 18.05</div>', 'no'),
      '2021-12-15T18:05:00',
    ],
  ])('%s', check);
});

describe('month names of Czech, Finnish, Indonesian and Norwegian pages', () => {
  it.each<Case>([
    [
      'Czech genitive: "15. září 2021"',
      'datePublished',
      dated('<span class="time-date">15. září 2021</span>', 'cs'),
      '2021-09-15',
    ],
    [
      'Czech without diacritics: "15. brezna 2021"',
      'datePublished',
      dated('<p>15. brezna 2021</p>', 'cs'),
      '2021-03-15',
    ],
    [
      'Finnish partitive: "15. maaliskuuta 2021"',
      'datePublished',
      dated('<time>15. maaliskuuta 2021</time>', 'fi'),
      '2021-03-15',
    ],
    [
      'Indonesian: "Senin, 16 Agustus 2021 10:15 WIB"',
      'datePublished',
      dated('<div class="detail__date">Senin, 16 Agustus 2021 10:15 WIB</div>', 'id'),
      '2021-08-16T10:15:00+07:00',
    ],
    [
      'Norwegian: "15. desember 2021"',
      'datePublished',
      dated('<p class="meta">15. desember 2021</p>', 'no'),
      '2021-12-15',
    ],
  ])('%s', check);
});

describe("a date named by a data-hook (Wix's hashed classes)", () => {
  const header = (date: string): string =>
    page(
      `<title>${T}</title>`,
      `<article><div><span data-hook="user-name" class="tQ0Q1A">Ann Lee</span>${date}</div><h1>${T}</h1>${P}</article>`,
    );
  it.each<Case>([
    [
      'time-ago with the date in its title',
      'datePublished',
      header('<span data-hook="time-ago" title="Mar 15, 2021">3 years ago</span>'),
      '2021-03-15',
    ],
    [
      'time-ago that shows the date',
      'datePublished',
      header(
        '<ul><li><span data-hook="time-ago" title="Mar 15, 2021">Mar 15, 2021</span></li></ul>',
      ),
      '2021-03-15',
    ],
    [
      'a post-date hook',
      'datePublished',
      header('<span data-hook="post-date">15 March 2021</span>'),
      '2021-03-15',
    ],
    [
      'a day-first date in a date hook',
      'datePublished',
      header('<div data-hook="DATE">15/03/2021</div>'),
      '2021-03-15',
    ],
    [
      'a hook that reads the time to read holds no date',
      'datePublished',
      header('<span data-hook="time-to-read">4 min read</span>'),
      undefined,
    ],
  ])('%s', check);
});

describe('an age shown in place of the date keeps the date in its title', () => {
  const listed = (line: string): string =>
    page(
      `<title>${T}</title>`,
      `<table><tr><td class="title"><a href="https://harbour.example.org/vote">${T}</a></td></tr><tr><td class="subtext">${line}</td></tr></table>${P}`,
    );
  it.each<Case>([
    [
      'Hacker News: an ISO date, then a Unix time, in the title',
      'datePublished',
      listed(
        '<span class="age" title="2021-03-15T09:30:00 1615800600"><a href="item?id=1">3 years ago</a></span>',
      ),
      '2021-03-15T09:30:00',
    ],
    [
      'a forum: "2 hours ago" titled with a written date',
      'datePublished',
      listed('<span class="muted" title="March 15, 2021 9:30 AM">2 hours ago</span>'),
      '2021-03-15T09:30:00',
    ],
    [
      'German: "vor 3 Tagen"',
      'datePublished',
      listed('<abbr title="15.03.2021 09:30">vor 3 Tagen</abbr>'),
      '2021-03-15T09:30:00',
    ],
    [
      'Russian: "2 дня назад"',
      'datePublished',
      listed('<span title="15 марта 2021, 09:30">2 дня назад</span>'),
      '2021-03-15T09:30:00',
    ],
    [
      'Japanese: "3日前"',
      'datePublished',
      listed('<span title="2021/03/15 09:30">3日前</span>'),
      '2021-03-15T09:30:00',
    ],
    [
      'a titled element that shows no age is not read',
      'datePublished',
      listed('<span title="March 15, 2021">Comments</span>'),
      undefined,
    ],
  ])('%s', check);
});
