// @vitest-environment jsdom
// Kind 7, zones: the abbreviations news pages in Indonesia, Hong Kong, Singapore, Russia,
// Australia and eastern Europe print after a time, read as the offsets they name. A zone the
// table does not know still gives the date and time, without a zone.
import { describe, it } from 'vitest';
import { type Case, check, page } from './testing';

const P =
  '<p>The harbour board met on Tuesday to discuss the long-delayed expansion of the northern quay, which residents have opposed for years because of the noise.</p>';
const T = 'Harbour vote delayed';
const dated = (dateLine: string, lang: string): string =>
  page(`<title>${T}</title>`, `<article><h1>${T}</h1>${dateLine}${P}</article>`, lang);

describe('kind 7: zone abbreviations of other regions', () => {
  it.each<Case>([
    [
      'Kompas: "Kompas.com - 15/03/2021, 09:30 WIB" in read__time',
      'datePublished',
      dated('<div class="read__time">Kompas.com - 15/03/2021, 09:30 WIB</div>', 'id'),
      '2021-03-15T09:30:00+07:00',
      'https://news.example.co.id/read/harbour',
    ],
    [
      'Indonesian central time: "15/03/2021 10:30 WITA" in a date span',
      'datePublished',
      dated('<span class="date">15/03/2021 10:30 WITA</span>', 'id'),
      '2021-03-15T10:30:00+08:00',
      'https://news.example.co.id/read/harbour',
    ],
    [
      'Hong Kong: "15 Mar 2021 9:30 am HKT" in a time element without datetime',
      'datePublished',
      dated('<p class="meta"><time>15 Mar 2021 9:30 am HKT</time></p>', 'en-HK'),
      '2021-03-15T09:30:00+08:00',
      'https://www.harbour.example.hk/news/harbour',
    ],
    [
      'Singapore: "Mar 15, 2021, 09:30 AM SGT" in a byline',
      'datePublished',
      dated(
        '<div class="byline">Ann Lee <span class="story-postdate">Mar 15, 2021, 09:30 AM SGT</span></div>',
        'en-SG',
      ),
      '2021-03-15T09:30:00+08:00',
      'https://www.harbour.example.sg/news/harbour',
    ],
    [
      'Russian: "15.03.2021 09:30 MSK"',
      'datePublished',
      dated('<div class="article__date">15.03.2021 09:30 MSK</div>', 'ru'),
      '2021-03-15T09:30:00+03:00',
      'https://www.harbour.example.ru/news/harbour',
    ],
    [
      'Australia in summer: "March 15, 2021 9:30am AEDT"',
      'datePublished',
      dated('<span class="date">March 15, 2021 9:30am AEDT</span>', 'en-AU'),
      '2021-03-15T09:30:00+11:00',
      'https://www.harbour.example.com.au/national/harbour',
    ],
    [
      'an unknown abbreviation keeps the time without a zone',
      'datePublished',
      dated('<span class="date">March 15, 2021 9:30am XYZT</span>', 'en'),
      '2021-03-15T09:30:00',
      'https://www.harbour.example.com/national/harbour',
    ],
  ])('%s (%s)', check);
});
