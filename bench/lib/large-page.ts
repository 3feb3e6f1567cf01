// A long article page of a chosen size, generated rather than committed: the extractor's worst
// case short of its work cap. No structured data, no meta byline or date and no byline markup,
// so every DOM heuristic runs and scans to the end (bylines and dates in the article and then the
// whole document, the lead image, the lead paragraph, the word count); long utility class lists,
// as CSS frameworks print them, make each class-substring selector test work.

const UTILITY = 'flex items-center px-4 py-2 text-sm leading-6 text-gray-700 hover:text-gray-900';

/** One block of the article: 25 elements (a section, its heading, paragraphs, links, a list). */
function section(i: number): string {
  const link = (j: number) =>
    `<a class="${UTILITY}" href="/topic/${String(i)}-${String(j)}">topic ${String(j)}</a>`;
  const paragraph = (j: number) =>
    `<p class="${UTILITY}"><span>Paragraph ${String(j)} of section ${String(i)} goes on about the harbour plan,</span> ${link(j)} <em>and the vote</em>.</p>`;
  return (
    `<section class="${UTILITY}"><h2 class="${UTILITY}">Section ${String(i)}</h2>` +
    [1, 2, 3, 4].map(paragraph).join('') +
    `<ul class="${UTILITY}">${[5, 6, 7].map((j) => `<li>${link(j)}</li>`).join('')}</ul></section>`
  );
}

const ELEMENTS_PER_SECTION = 25;
// html, head, title, meta, body, header, nav, a, main, article, h1 and the first paragraph.
const FRAME_ELEMENTS = 12;

/**
 * An HTML page of about `elements` elements (within one section's 25): a header, then an
 * `<article>` of generated sections. Deterministic; throws on a count below the frame's.
 */
export function largeArticlePage(elements: number): string {
  const sections = Math.round((elements - FRAME_ELEMENTS) / ELEMENTS_PER_SECTION);
  if (sections < 1)
    throw new RangeError(`a large page needs more than ${String(FRAME_ELEMENTS)} elements`);
  return (
    '<!doctype html><html lang="en"><head><title>Harbour plan: every section | Harbour News</title>' +
    '<meta name="description" content="A very long page."></head><body>' +
    `<header class="${UTILITY}"><nav><a href="/">Harbour News</a></nav></header>` +
    '<main><article><h1>Harbour plan: every section</h1>' +
    '<p>The council published the whole harbour plan, section by section, for residents to read.</p>' +
    Array.from({ length: sections }, (_, i) => section(i)).join('') +
    '</article></main></body></html>'
  );
}
