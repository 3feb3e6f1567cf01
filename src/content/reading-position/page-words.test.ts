import { describe, expect, it } from 'vitest';
import {
  FOLD_STEP_CHARS,
  indexPageWords,
  pageWordsOf,
  wordsOf,
  type PageWords,
} from './page-words';

describe('wordsOf', () => {
  it.each([
    ['The river, rose!', ['the', 'river', 'rose']],
    ["Don't stop—now", ['don', 't', 'stop', 'now']],
    ['Café déjà vu 1903', ['café', 'déjà', 'vu', '1903']],
    // Scripts written without spaces: one word per character, at least as many as the browser finds.
    ['使用React的hooks', ['使', '用', 'react', '的', 'hooks']],
    ['— … ·', []],
  ])('%s → %j', (text, words) => {
    expect(wordsOf(text)).toEqual(words);
  });
});

describe('PageWords.count', () => {
  const page = pageWordsOf(
    'The river rose through the night. By morning, the bridge was gone; the river rose again. ' +
      'A bobcat sat on the wall. The cat sat on the mat.',
  );

  it.each([
    ['river rose', 2],
    ['the river rose through', 1],
    // Case is not part of a match, as text fragment matching ignores it.
    ['The river rose again', 1],
    ['THE NIGHT. by morning', 1],
    ['gone; the river', 1],
    // Punctuation is: the browser would not find these words without it.
    ['the night by morning', 0],
    // Whole words only, as text fragments match: "bobcat" does not hold "cat".
    ['cat sat on the', 1],
    ['sat on the', 2],
    ['river flows', 0],
    ['elephant river', 0],
    ['he river rose', 0],
    ['river ros', 0],
    // A single word is never a quote that can be told unique.
    ['bridge', 2],
    ['', 2],
  ])('%s → %i', (quote, count) => {
    expect(page.count(quote)).toBe(count);
  });

  it('counts up to max, overlapping matches too', () => {
    const repeated = pageWordsOf('one two '.repeat(10).trim());
    expect(repeated.count('one two', 5)).toBe(5);
    expect(repeated.count('one two', 100)).toBe(10);
    expect(repeated.count('two one two', 100)).toBe(9);
  });

  it.each([
    ['a word of a script without spaces is a word of its own', '读书时间线记录阅读', '时间 线', 0],
    ['Han text found inside a longer run', '读书时间线记录阅读 时间线', '时间线', 2],
    ['letters after a Han character start a word', '使用React的hooks', 'react的 hooks', 0],
    ['a boundary after an astral character', 'x 𝒜 river rose', '𝒜 river', 1],
    // Chromium's text fragment search ignores accents: so does the count (review F-sampler-1).
    ['accents on the page', 'Le café au lait. Le cafe au lait.', 'le cafe au lait', 2],
    ['accents in the quote', 'Le cafe au lait est bon.', 'Le CAFÉ au lait', 1],
    ['a precomposed and a decomposed accent', 'Le cafe\u0301 au lait', 'le café au', 1],
  ])('%s', (_case, text, quote, count) => {
    expect(pageWordsOf(text).count(quote)).toBe(count);
  });
});

describe('PageWords.append (text edited in place)', () => {
  const edited = () => {
    const page = pageWordsOf('First block ends here. Old middle text. Third block starts so.');
    page.append('New middle words', 'First block ends here.', 'Third block starts so.');
    return page;
  };

  it.each([
    // The new text and a quote running into it from the block before are found.
    ['new middle words', 1],
    ['ends here. new middle', 1],
    ['words third block', 1],
    // The text around it was copied as context only: still counted once.
    ['first block ends here', 1],
    ['third block starts so', 1],
    // The text it replaced stays counted (high, never low) until the page is read again.
    ['old middle text', 1],
    // No quote runs across the end of the passage into the page's own last words.
    ['starts so. new', 0],
  ])('%s → %i', (quote, count) => {
    expect(edited().count(quote)).toBe(count);
  });

  it('counts the words appended, context included', () => {
    expect(edited().appendedWords).toBe(11);
  });
});

/** Runs indexPageWords to its end; the PageWords and the number of steps it took. */
function indexed(text: string, step?: number): { words: PageWords; steps: number } {
  const steps = indexPageWords(text, step);
  let count = 0;
  for (let next = steps.next(); ; next = steps.next()) {
    if (next.done === true) return { words: next.value, steps: count };
    count++;
  }
}

describe('indexPageWords', () => {
  it('counts as pageWordsOf does, a short page in one step', () => {
    const text = Array.from({ length: 2_000 }, (_, i) => `word${String(i)} common`).join(' ');
    const { words, steps } = indexed(text);
    expect(steps).toBe(1);
    expect(words.count('word1999 common')).toBe(1);
    expect(words.count('common word17 common')).toBe(1);
  });

  // Review 13 F-sampler-2: folding 600 K characters was one 8.9 ms step.
  it('folds a long page in steps of at most FOLD_STEP_CHARS, cut at spaces', () => {
    const text = Array.from({ length: 30_000 }, (_, i) => `café${String(i)} Ωσ`).join(' ');
    const { words, steps } = indexed(text);
    expect(steps).toBe(Math.ceil(text.length / FOLD_STEP_CHARS));
    expect(steps).toBeGreaterThan(4);
    for (const quote of ['cafe29999 ωσ', 'ωσ cafe1 ωσ', 'cafe4681 ωσ cafe4682']) {
      expect(words.count(quote)).toBe(pageWordsOf(text).count(quote));
      expect(words.count(quote)).toBe(1);
    }
  });

  it('cuts a page with no space off a surrogate pair, so astral letters still lowercase', () => {
    // U+10400 DESERET CAPITAL LETTER LONG I lowercases to U+10428 only as a whole pair.
    const text = '\u{10400}字'.repeat(40);
    const { words, steps } = indexed(text, 7);
    expect(steps).toBeGreaterThan(10);
    const quote = '\u{10428}字\u{10428}';
    expect(words.count(quote, 100)).toBe(pageWordsOf(text).count(quote, 100));
    expect(words.count(quote, 100)).toBe(39);
  });
});
