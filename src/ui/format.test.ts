import { describe, expect, it } from 'vitest';
import { useCatalog } from '../i18n/testing';
import {
  formatAgo,
  formatAxisNumber,
  formatDuration,
  formatFullDate,
  formatWhen,
  siteLabel,
} from './format';

describe('format', () => {
  it.each([
    [1.5, 'de', '1,5'],
    [1.5, 'en', '1.5'],
    [0.1 + 0.2, 'de', '0,3'],
    [1200, 'de', '1.200'],
    [0, 'en', '0'],
  ])('writes the axis number %d in %s as %s', (value, locale, text) => {
    expect(formatAxisNumber(value, locale)).toBe(text);
  });

  it.each([
    [0, 'en', '0 sec'],
    [-5, 'en', '0 sec'],
    [4_400, 'en', '4 sec'],
    [59_000, 'en', '59 sec'],
    [60_000, 'en', '1 min'],
    [29.6 * 60_000, 'en', '30 min'],
    [3_600_000, 'en', '1 hr'],
    [3_900_000, 'en', '1 hr 5 min'],
    [13 * 60_000, 'de', '13 Min.'],
    [3_900_000, 'de', '1 Std. 5 Min.'],
  ])('formats %d ms in %s as %s', (ms, locale, text) => {
    expect(formatDuration(ms, locale)).toBe(text);
  });

  it.each([
    [0, 'this minute'],
    [-90_000, '1 minute ago'],
    [-150_000, '2 minutes ago'],
    [-3 * 3600_000, '3 hours ago'],
    [-24 * 3600_000, 'yesterday'],
    [-8 * 24 * 3600_000, 'last week'],
    [-3 * 3600_000, 'vor 3 Stunden', 'de'],
  ])('formats %d ms from now as %s', (offset, text, locale = 'en') => {
    const now = Date.UTC(2026, 10, 23, 12);
    expect(formatWhen(now + offset, now, locale)).toBe(text);
  });

  it.each([
    [0, 'just now'],
    [-59_000, 'just now'],
    [30_000, 'just now'],
    [-60_000, '1 minute ago'],
    [-3 * 3600_000, '3 hours ago'],
    [0, 'gerade eben', 'de'],
    [-150_000, 'vor 2 Minuten', 'de'],
  ])('says what happened %d ms from now was %s', (offset, text, locale = 'en') => {
    useCatalog(locale === 'de' ? 'de' : 'en');
    const now = Date.UTC(2026, 10, 23, 12);
    expect(formatAgo(now + offset, now, locale)).toBe(text);
  });

  it.each([
    ['en', 'Monday, November 23, 2026 at 12:05 PM'],
    ['de', 'Montag, 23. November 2026 um 12:05'],
  ])('gives the full date in %s', (locale, text) => {
    expect(formatFullDate(Date.UTC(2026, 10, 23, 12, 5), locale, 'UTC')).toBe(text);
  });

  it('labels a site by its name, else its host', () => {
    expect(siteLabel('https://www.example.com/a', undefined)).toBe('example.com');
    expect(siteLabel('https://example.com/a', 'Example News')).toBe('Example News');
    expect(siteLabel('not a url')).toBe('not a url');
  });
});
