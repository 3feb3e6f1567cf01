import { describe, expect, it } from 'vitest';
import { findDateInText, normalizeDate } from './dates';
import { dateInUrl } from './human-dates';

describe('normalizeDate', () => {
  it.each([
    ['2024-06-25', '2024-06-25'],
    ['2021-11-01T10:52:50+0100', '2021-11-01T10:52:50+01:00'],
    ['2021-11-01T10:52:50+01', '2021-11-01T10:52:50+01:00'],
    ['2019-01-03T07:00:02.000Z', '2019-01-03T07:00:02.000Z'],
    ['2017-11-03 03:01:00.000000', '2017-11-03T03:01:00.000'],
    ['2020-09-21T10:00', '2020-09-21T10:00:00'],
    ['2015-04-30T07:19:58+00:00', '2015-04-30T07:19:58Z'],
    ['20240420', '2024-04-20'],
    ['2024/4/2', '2024-04-02'],
    ['1713586800', '2024-04-20T04:20:00Z'],
    ['Thu, 22 Dec 2016 10:43:37 GMT', '2016-12-22T10:43:37Z'],
    ['December 22, 2016', '2016-12-22'],
    ['March 11, 2015 3:46 PM', '2015-03-11T15:46:00'],
    ['  2024-06-25  ', '2024-06-25'],
  ])('%j → %s', (raw, expected) => {
    expect(normalizeDate(raw)).toBe(expected);
  });

  it.each([
    undefined,
    '',
    'yesterday',
    '2024-13-01',
    '2024-02-40',
    '0000-01-01',
    'x'.repeat(200),
    '12345',
  ])('rejects %j', (raw) => {
    expect(normalizeDate(raw)).toBeUndefined();
  });
});

describe('findDateInText', () => {
  it.each([
    ['By Nathan Willis March 25, 2015', '2015-03-25'],
    ['Posted 22 Dec 2016 by someone', '2016-12-22'],
    ['Last Updated: January 7, 2025', '2025-01-07'],
    ['updated 2019-04-29', '2019-04-29'],
    ['no date here', undefined],
  ])('%j → %s', (text, expected) => {
    expect(findDateInText(text)).toBe(expected);
  });
});

describe('dateInUrl: a compact date before a slug', () => {
  it.each([
    ['https://www.example.com/en/20210315-harbour-vote', '2021-03-15'],
    ['https://www.example.com/de/20210315-hafen-abstimmung', '2021-03-15'],
    ['https://forum.example.com/t/20210315-harbour', undefined],
    ['https://example.com/p/20210315-harbour', undefined],
  ])('%s → %s', (url, expected) => {
    expect(dateInUrl(url)).toBe(expected);
  });
});
