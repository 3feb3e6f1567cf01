// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { scopeQueries } from './scoped-query';

const parse = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');

// Pages where the content root sits at different depths, with matches before, inside, around
// and after it; `[data-root]` marks the root.
const PAGES: [string, string][] = [
  [
    'an article between a header and a footer',
    `<header><p class="byline">Site staff</p></header>
     <main><div class="byline"><article data-root class="byline"><p class="byline">Ann</p>
     <div><span class="byline">Lee</span></div></article><p class="byline">After</p></div></main>
     <footer><p class="byline">Footer</p></footer>`,
  ],
  [
    'a root deep in nested wrappers, matches in every sibling subtree',
    `<div class="byline"><div><p class="byline">1</p></div><div><section>
     <p class="byline">2</p><div data-root><p class="byline">3</p></div><p class="byline">4</p>
     </section><p class="byline">5</p></div></div><p class="byline">6</p>`,
  ],
  [
    'no match outside the root',
    `<div><article data-root><p class="byline">Ann</p></article></div>`,
  ],
  ['no match anywhere', `<div><article data-root><p>Ann</p></article></div>`],
];

describe('scopeQueries', () => {
  it.each(PAGES)(
    'answers the document look exactly as querySelectorAll does: %s',
    (_name, body) => {
      const doc = parse(`<html><head><meta class="byline"></head><body>${body}</body></html>`);
      const root = doc.querySelector('[data-root]') ?? undefined;
      const [inRoot, inDocument] = scopeQueries(doc, root);
      for (const selectors of ['.byline', 'p, span', '[data-root], .byline span']) {
        expect(inRoot?.(selectors)).toEqual([...(root?.querySelectorAll(selectors) ?? [])]);
        expect(inDocument?.(selectors)).toEqual([...doc.querySelectorAll(selectors)]);
      }
    },
  );

  it('looks in the body, then only the head, when the root is the body', () => {
    const doc = parse(
      '<html><head><meta class="byline"></head><body><p class="byline">Ann</p></body></html>',
    );
    const queries = scopeQueries(doc, doc.body);
    expect(queries.map((query) => query('.byline').map((el) => el.tagName))).toEqual([
      ['P'],
      ['META'],
    ]);
  });

  it('looks once in the whole document when there is no root or the root is <html>', () => {
    const doc = parse('<p class="byline">Ann</p>');
    expect(scopeQueries(doc, undefined)).toHaveLength(1);
    expect(scopeQueries(doc, doc.documentElement)).toHaveLength(1);
    expect(scopeQueries(doc, undefined)[0]?.('.byline')).toHaveLength(1);
  });
});
