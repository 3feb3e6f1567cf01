import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { readArticleBlocks } from './article-blocks';
import { chooseQuote, countMatches } from './quote';
import { wordBoundedMatches } from './testing/corpus-quote-check';

const page = (blocks: string[]) => blocks.join(' ');

describe('countMatches', () => {
  it.each([
    ['the cat sat on the mat', 'the', 2],
    ['the cat sat on the mat', 'cat sat', 1],
    ['concatenate cat', 'cat', 2],
    ['Cat sat. CAT SAT', 'cat sat', 2],
    ['nothing here', 'cat', 0],
  ])('%s / %s → %i', (haystack, needle, count) => {
    expect(countMatches(haystack, needle)).toBe(count);
  });
});

describe('chooseQuote', () => {
  const blocks = [
    'Share this article on social media',
    'The river rose through the night and by morning the bridge was gone.',
    'Engineers said the bridge had stood for ninety years.',
    'The river rose again on Tuesday.',
  ];

  it('takes the fewest opening words of the top block that are unique in the page', () => {
    expect(chooseQuote(blocks, page(blocks), 1)).toEqual({ textStart: 'The river rose through' });
    expect(chooseQuote(blocks, page(blocks), 2)).toEqual({
      textStart: 'Engineers said the bridge',
    });
  });

  it('is unique in the whole document, not only the article', () => {
    const withNav = `The river rose through the night (teaser) ${page(blocks)}`;
    const quote = chooseQuote(blocks, withNav, 1);
    expect(quote?.textStart).toBe('The river rose through the night and');
    expect(countMatches(withNav, quote?.textStart ?? '')).toBe(1);
  });

  it('tells a repeated block apart by the end of the block before', () => {
    const repeated = [
      'First part ends here.',
      'Refrain line sung twice',
      'Second part ends there.',
      'Refrain line sung twice',
    ];
    expect(chooseQuote(repeated, page(repeated), 3)).toEqual({
      prefix: 'Second part ends there.',
      textStart: 'Refrain line sung twice',
    });
  });

  it('moves on to the next block when one is too short or cannot be told apart', () => {
    const dup = [
      'x',
      'Same words here',
      'Same words here',
      'Same words here',
      'Unique closing paragraph of it',
    ];
    expect(chooseQuote(dup, page(dup), 2)?.textStart).toBe('Unique closing paragraph of');
  });

  it('stays the same when a paragraph is inserted above or text changes elsewhere', () => {
    const edited = [
      blocks[0] ?? '',
      'Update: a new paragraph was added at the top.',
      ...blocks.slice(1),
    ];
    edited[4] = 'The river fell again on Wednesday.';
    expect(chooseQuote(edited, page(edited), 2)).toEqual(chooseQuote(blocks, page(blocks), 1));
  });

  it('gives nothing when no block can be found again', () => {
    expect(chooseQuote(['a b', 'a b', 'a b'], 'a b a b a b', 0)).toBeUndefined();
    expect(chooseQuote([], '', 0)).toBeUndefined();
  });
});

describe('readArticleBlocks', () => {
  it('leaves out navigation, asides, forms and link lists', () => {
    const { window } = new JSDOM(`<body><nav><p>Home News Sport</p></nav><article>
      <p>The first real paragraph of the story.</p><aside><p>Read also this thing</p></aside>
      <ul><li><a href="/a">Related story one</a></li></ul><p>The second paragraph, <a href="/x">a link</a> inside.</p>
      <form><p>Subscribe to our letter</p></form><footer><p>Copyright the paper</p></footer></article></body>`);
    expect(readArticleBlocks(window.document)?.texts).toEqual([
      'The first real paragraph of the story.',
      'The second paragraph, a link inside.',
    ]);
  });

  it('searches the text a page renders, not its scripts and styles', () => {
    const { window } =
      new JSDOM(`<body><script>var teaser = "The river rose through the night";</script>
      <style>.x::after { content: "The river rose" }</style>
      <article><p>The river rose through the night.</p><p>By morning the bridge was gone.</p></article></body>`);
    const article = readArticleBlocks(window.document);
    // The two paragraphs are two blocks: the browser sees a word boundary between them.
    expect(article?.page).toBe('The river rose through the night. By morning the bridge was gone.');
    expect(chooseQuote(article?.texts ?? [], article?.page ?? '', 0)).toEqual({
      textStart: 'The river rose through',
    });
  });
});

// The corpus check (content/corpus-pages/suite.ts) counts quotes with this oracle.
describe("wordBoundedMatches (the corpus test's oracle)", () => {
  it.each([
    ['the cat sat on the mat', 'the', 2],
    ['concatenate cat', 'cat', 1],
    ['Cat sat. CAT  SAT', 'cat sat', 2],
    ['bobcat sat', 'cat sat', 0],
    ['a (b.c) d', 'b.c', 1],
  ])('%s / %s → %i', (text, quote, count) => {
    expect(wordBoundedMatches(text, quote)).toBe(count);
  });
});
