import { describe, expect, it } from 'vitest';
import { formatDuration, formatWhen, siteLabel } from './format';

describe('format', () => {
  it.each([
    [0, '0 s'],
    [-5, '0 s'],
    [4_400, '4 s'],
    [59_000, '59 s'],
    [60_000, '1 min'],
    [29.6 * 60_000, '30 min'],
    [3_600_000, '1 h'],
    [3_900_000, '1 h 5 min'],
  ])('formats %d ms as %s', (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
  });

  it.each([
    [0, 'this minute'],
    [-90_000, '1 minute ago'],
    [-150_000, '2 minutes ago'],
    [-3 * 3600_000, '3 hours ago'],
    [-24 * 3600_000, 'yesterday'],
    [-8 * 24 * 3600_000, 'last week'],
  ])('formats %d ms from now as %s', (offset, text) => {
    const now = Date.UTC(2026, 10, 23, 12);
    expect(formatWhen(now + offset, now, 'en')).toBe(text);
  });

  it('labels a site by its name, else its host', () => {
    expect(siteLabel('https://www.example.com/a', undefined)).toBe('example.com');
    expect(siteLabel('https://example.com/a', 'Example News')).toBe('Example News');
    expect(siteLabel('not a url')).toBe('not a url');
  });
});
