import { describe, expect, it } from 'vitest';
import { authorsFromText, cleanAuthorName, fromCitationName } from './authors';

const names = (raw: string): string[] => authorsFromText(raw).map((a) => a.name);

describe('authorsFromText', () => {
  it.each([
    ['By Jane Doe', ['Jane Doe']],
    ['by: Jane Doe', ['Jane Doe']],
    ['Par Sébastien Farcis', ['Sébastien Farcis']],
    ['Stella Kim, Jennifer Jett', ['Stella Kim', 'Jennifer Jett']],
    ['Ann Lee and Bob Roe', ['Ann Lee', 'Bob Roe']],
    ['Ann Lee & Bob Roe; Cy Poe', ['Ann Lee', 'Bob Roe', 'Cy Poe']],
    [
      'Martin Untersinger (avec Damien Leloup et Morgane Tual)',
      ['Martin Untersinger', 'Damien Leloup', 'Morgane Tual'],
    ],
    ['Mac & i', ['Mac & i']],
    ['Smith, John', ['John Smith']],
    ['Kooman, F.', ['F. Kooman']],
    ['Brenda Goodman, MA', ['Brenda Goodman, MA']],
    ['Jane Doe, Staff Writer', ['Jane Doe']],
    ['Jane  Doe &amp; Bob Roe', ['Jane Doe', 'Bob Roe']],
    ['Jane Doe, Jane Doe', ['Jane Doe']],
    ['https://example.com/people/jane', []],
    ['admin', []],
    ['Follow Author', []],
    ['', []],
    ['12345', []],
    ['jane@example.com', []],
    ['This is a whole sentence that certainly is not a byline of any kind', []],
    ['肖春芳', ['肖春芳']],
    ['محمد علي', ['محمد علي']],
  ])('%j → %j', (raw, expected) => {
    expect(names(raw)).toEqual(expected);
  });

  it('bounds the number of authors', () => {
    const many = Array.from(
      { length: 40 },
      (_, i) => `Person Number${String.fromCharCode(65 + (i % 26))}${i}`,
    );
    expect(authorsFromText(many.join('; '))).toHaveLength(10);
  });
});

describe('cleanAuthorName / fromCitationName', () => {
  it.each([
    ['  By   Jane Doe ', 'Jane Doe'],
    ['@janedoe', 'janedoe'],
    ['<b>Jane</b> Doe', undefined],
    ['x', undefined],
  ])('cleanAuthorName(%j) = %j', (raw, expected) => {
    expect(cleanAuthorName(raw)).toBe(expected);
  });

  it.each([
    ['Jong, Michiel de', 'Michiel de Jong'],
    ['Smith, Jr.', 'Smith, Jr.'],
    ['Jane Doe', 'Jane Doe'],
    ['A, B, C', 'A, B, C'],
  ])('fromCitationName(%j) = %j', (raw, expected) => {
    expect(fromCitationName(raw)).toBe(expected);
  });
});
