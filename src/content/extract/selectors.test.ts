// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { classSubstrings } from './selectors';

describe('classSubstrings', () => {
  it('writes each case-insensitive class or id substring in both spellings', () => {
    expect(classSubstrings('address, [class*="byline" i], img[id*="logo" i][alt]')).toBe(
      'address, [class*="byline"], [class*="Byline"], img[id*="logo"][alt], img[id*="Logo"][alt]',
    );
  });

  it.each([
    ['kebab case', 'post-byline', true],
    ['camel case', 'postByline', true],
    ['a word inside a longer class', 'c-byline__name', true],
    ['another word', 'headline', false],
  ])('matches the class names pages write: %s', (_name, className, matches) => {
    const doc = new DOMParser().parseFromString(
      `<!doctype html><p class="${className}">x</p>`,
      'text/html',
    );
    expect(doc.querySelector(classSubstrings('[class*="byline" i]')) !== null).toBe(matches);
  });

  it('refuses a selector it cannot expand faithfully', () => {
    expect(() => classSubstrings('[class*="a" i] [id*="b" i]')).toThrow();
  });
});
