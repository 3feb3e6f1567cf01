// @vitest-environment jsdom
// A long reference article (Wikipedia-like: no meta description, no byline; ~18,000 elements,
// most in reference lists and navigation) keeps its description (the lead paragraph) and its word
// count: the work cap must not be tuned to the corpus's largest page (review 9 F-coldx-1; a cap of
// 15,000 dropped both). Slow in jsdom (seconds), hence its own file and timeout.
import { describe, expect, it } from 'vitest';
import { extractPageMetadata } from '../index';

const LEAD =
  'The harbour of Northport is a natural harbour on the west coast, used since the bronze age and enlarged in the nineteenth century for the timber trade.';

function longArticle(refs: number): string {
  const ref = (i: number) =>
    `<li id="cite_note-${String(i)}"><span class="mw-cite-backlink"><a href="#cite_ref-${String(i)}">^</a></span> <span class="reference-text"><cite class="citation book">Author ${String(i)} (1999). <i>Book ${String(i)}</i>. Publisher. p. ${String(i)}.</cite></span></li>`;
  const para = (i: number) =>
    `<p>Paragraph ${String(i)} about the harbour, its quays and its trade, with a note<sup class="reference"><a href="#cite_note-${String(i)}">[${String(i)}]</a></sup>.</p>`;
  return `<!doctype html><html lang="en"><head><title>Northport harbour - Wikipedia</title></head><body>
<div id="mw-navigation"><nav><ul>${'<li><a href="/wiki/X">X</a></li>'.repeat(200)}</ul></nav></div>
<main id="content"><h1 id="firstHeading">Northport harbour</h1><div id="bodyContent"><div class="mw-parser-output">
<p>${LEAD}</p>${Array.from({ length: 300 }, (_, i) => para(i)).join('')}
<ol class="references">${Array.from({ length: refs }, (_, i) => ref(i)).join('')}</ol>
</div></div></main></body></html>`;
}

describe('a long reference article near 18,000 elements', () => {
  it('keeps its description and word count', () => {
    const doc = new DOMParser().parseFromString(longArticle(2_700), 'text/html');
    const count = doc.getElementsByTagName('*').length;
    expect(count).toBeGreaterThan(15_000);
    expect(count).toBeLessThan(20_000);
    const meta = extractPageMetadata(doc, 'https://en.wikipedia.org/wiki/Northport_harbour', {
      budgetMs: 60_000,
    });
    expect(meta.description).toContain('natural harbour');
    expect(meta.wordCount).toBeGreaterThan(1_000);
  }, 120_000);
});
