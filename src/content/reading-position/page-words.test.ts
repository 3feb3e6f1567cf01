import { describe, expect, it } from 'vitest';
import { indexPageWords, pageWordsOf, STEP_CHARS, wordsOf } from './page-words';

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
    ['The river rose again', 1],
    // Case, punctuation and the block boundary between sentences are not part of a match.
    ['THE NIGHT by morning', 1],
    ['gone. The river', 1],
    // Whole words only, as text fragments match: "bobcat" does not hold "cat".
    ['cat sat on the', 1],
    ['sat on the', 2],
    ['river flows', 0],
    ['elephant river', 0],
    // A single word is never a quote that can be told unique.
    ['bridge', 2],
    ['', 2],
  ])('%s → %i', (quote, count) => {
    expect(page.count(wordsOf(quote))).toBe(count);
  });

  it('counts up to max', () => {
    const repeated = pageWordsOf('one two '.repeat(10));
    expect(repeated.count(wordsOf('one two'), 5)).toBe(5);
    expect(repeated.count(wordsOf('one two'), 100)).toBe(10);
  });

  it('counts a quote whose word pairs are all very common as repeated, not unique', () => {
    const common = pageWordsOf(`${'of the '.repeat(400)}of the end`);
    expect(common.count(wordsOf('of the end'))).toBe(1);
    expect(common.count(wordsOf('of the of the'))).toBe(2);
  });
});

describe('indexPageWords', () => {
  it('yields in steps on a long page and gives the same index as at once', () => {
    const text = Array.from({ length: 5_000 }, (_, i) => `word${String(i)} common`).join(' ');
    const steps = indexPageWords(text);
    let yields = 0;
    let step = steps.next();
    while (!step.done) {
      yields++;
      step = steps.next();
    }
    expect(yields).toBeGreaterThan(1);
    expect(step.value.length).toBe(10_000);
    expect(step.value.count(wordsOf('word4999 common'))).toBe(1);
    expect(pageWordsOf(text).count(wordsOf('common word17 common'))).toBe(1);
  });

  // An idle callback runs one step at least: a step over many characters is a long task (#13).
  function drained(text: string): { steps: number; words: number } {
    const steps = indexPageWords(text);
    let count = 1;
    let step = steps.next();
    for (; !step.done; count++) step = steps.next();
    return { steps: count, words: step.value.length };
  }

  it.each([
    ['Latin text', Array.from({ length: 20_000 }, (_, i) => `w${String(i % 97)}x`).join(' ')],
    ['Chinese text without a space', '读书时间线记录阅读'.repeat(5_000)],
    ['one word longer than a step', `${'a'.repeat(3 * STEP_CHARS)} tail end`],
  ])('slices %s into steps of about STEP_CHARS characters, splitting no word', (_, text) => {
    const { steps, words } = drained(text);
    const longestWord = Math.max(...wordsOf(text).map((word) => word.length));
    expect(steps).toBeGreaterThanOrEqual(Math.floor(text.length / (STEP_CHARS + longestWord)));
    // A word cut in two would be two words here.
    expect(words).toBe(wordsOf(text).length);
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
    ['ends here new middle', 1],
    ['words third block', 1],
    // The text around it was copied as context only: still counted once.
    ['first block ends here', 1],
    ['third block starts so', 1],
    // The text it replaced stays counted (high, never low) until the page is indexed again.
    ['old middle text', 1],
    // No quote runs across the separator into the page's own last words.
    ['starts so new', 0],
  ])('%s → %i', (quote, count) => {
    expect(edited().count(wordsOf(quote))).toBe(count);
  });
});
