import { describe, expect, it } from 'vitest';
import { formatTextDirective, parseReadingPosition, withTextFragment } from './text-fragment';

describe('text fragments', () => {
  it.each([
    [{ textStart: 'plain words' }, 'plain%20words'],
    [{ textStart: 'a-b, c & d' }, 'a%2Db%2C%20c%20%26%20d'],
    [{ prefix: 'before', textStart: 'start', suffix: 'after' }, 'before-,start,-after'],
  ])('formats %j as %s', (directive, expected) => {
    expect(formatTextDirective(directive)).toBe(expected);
  });

  it.each([
    ['https://a.example/p', 'https://a.example/p#:~:text=go'],
    ['https://a.example/p#sec', 'https://a.example/p#sec:~:text=go'],
    ['https://a.example/p#sec:~:text=old', 'https://a.example/p#sec:~:text=go'],
  ])('appends to %s', (url, expected) => {
    expect(withTextFragment(url, { textStart: 'go' })).toBe(expected);
  });

  it.each([
    [
      { progress: 42.4, quote: { textStart: 'x y' } },
      { progress: 42, quote: { textStart: 'x y' } },
    ],
    [{ progress: 140 }, { progress: 100 }],
    [{ progress: '5' }, null],
    [{ progress: 5, quote: { textStart: '' } }, null],
    [{ progress: 5, quote: { textStart: 'a', prefix: 7 } }, null],
    [{ progress: 5, quote: { textStart: 'a'.repeat(500) } }, null],
    [null, null],
  ])('parses %j', (input, expected) => {
    expect(parseReadingPosition(input)).toEqual(expected);
  });
});
