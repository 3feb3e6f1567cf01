import { describe, expect, it } from 'vitest';
import { dateFormatHint, dateOrder, formatDateField, parseDateField } from './date-field';

const day = (y: number, m: number, d: number): number => new Date(y, m - 1, d).getTime();

describe('date fields in the page language', () => {
  it.each([
    ['de', ['day', 'month', 'year'], '29.11.2026'],
    ['en', ['month', 'day', 'year'], '11/29/2026'],
    ['en-GB', ['day', 'month', 'year'], '29/11/2026'],
  ])('%s writes dates as %j: %s', (locale, order, written) => {
    expect(dateOrder(locale)).toEqual(order);
    expect(formatDateField(day(2026, 11, 29) + 15 * 3600_000, locale)).toBe(written);
  });

  it.each([
    ['de', 'TT MM JJJJ', 'TT.MM.JJJJ'],
    ['en', 'DD MM YYYY', 'MM/DD/YYYY'],
    ['en-GB', 'DD MM YYYY', 'DD/MM/YYYY'],
    ['en', '', 'MM/DD/YYYY'],
  ])('%s with the letters %j shows the form %s, never a date', (locale, letters, hint) => {
    expect(dateFormatHint(locale, letters)).toBe(hint);
  });

  it.each([
    ['de', '29.11.2026', day(2026, 11, 29)],
    ['de', ' 1.2.26 ', day(2026, 2, 1)],
    ['de', '2026-11-29', day(2026, 11, 29)],
    ['en', '11/29/2026', day(2026, 11, 29)],
    ['en', '2/1/2026', day(2026, 2, 1)],
    ['en', '2026-02-01', day(2026, 2, 1)],
    ['de', '', null],
    ['de', '31.02.2026', null],
    ['de', '11/29/2026', null],
    ['en', '29.11.2026', null],
    ['de', '29.11.', null],
    ['de', '29.11.026', null],
    ['en', 'tomorrow', null],
  ])('%s reads %j', (locale, text, expected) => {
    expect(parseDateField(text, locale)).toBe(expected);
  });

  it.each(['de', 'en', 'en-GB'])('%s reads back what it writes', (locale) => {
    const at = day(2027, 1, 5);
    expect(parseDateField(formatDateField(at, locale), locale)).toBe(at);
  });
});
