// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { extractPageMetadata } from './index';
import { DEFAULT_SAFETY_MS, WorkBudget } from './work-budget';

const URL_ = 'https://news.example.com/2024/05/harbour-vote.html';

/**
 * A normal article with no structured data: its byline, date, lead image, description and
 * word count come only from the optional DOM heuristics that the budget governs.
 */
const NORMAL = `<!doctype html><html lang="en"><head><title>Harbour vote delayed</title></head>
  <body><article><h1>Harbour vote delayed</h1>
  <p class="byline">By Ann Lee</p><time datetime="2024-05-01T09:00:00Z">May 1, 2024</time>
  <img src="/img/harbour.jpg" width="1200" height="800" alt="The harbour">
  <p>The council postponed its vote on the harbour plan after a long and heated meeting.</p>
  <p>${'Residents asked for more time to read the plan. '.repeat(30)}</p>
  </article></body></html>`;

const page = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');

/** A clock that moves `stepMs` forward on every read: a thread descheduled between reads. */
function jumpingClock(stepMs: number): () => number {
  let t = 0;
  return () => (t += stepMs);
}

const EXPECTED = {
  title: 'Harbour vote delayed',
  authors: [{ name: 'Ann Lee', kind: 'Person' }],
  datePublished: '2024-05-01T09:00:00Z',
  image: 'https://news.example.com/img/harbour.jpg',
  description:
    'The council postponed its vote on the harbour plan after a long and heated meeting.',
};

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the work budget', () => {
  it('counts units, not time: exhausted only past the cap, and never reads the clock', () => {
    const now = vi.fn(() => 0);
    const budget = new WorkBudget(10, 1_000, now);
    budget.spend(10);
    budget.spend(-5);
    budget.spend(Number.NaN);
    expect(budget.exhausted()).toBe(false);
    budget.spend(1);
    expect(budget.exhausted()).toBe(true);
    expect(now).toHaveBeenCalledTimes(1); // the start only
  });

  it('allows optional work until the safety net passes', () => {
    const budget = new WorkBudget(10, 500, jumpingClock(200));
    expect([budget.allows(), budget.allows(), budget.allows()]).toEqual([true, true, false]);
  });
});

describe('extractPageMetadata under a slow clock', () => {
  it('drops no field when the page clock jumps 100 ms between reads', () => {
    // The page's own clock, as a loaded machine shows it: every read is 100 ms after the last.
    const clock = jumpingClock(100);
    vi.spyOn(globalThis.performance, 'now').mockImplementation(clock);
    const meta = extractPageMetadata(page(NORMAL), URL_);
    expect(meta).toMatchObject(EXPECTED);
    expect(meta.wordCount).toBeGreaterThan(250);
  });

  it('reads the page clock by default: past the safety net there, optional work stops', () => {
    vi.spyOn(globalThis.performance, 'now').mockImplementation(jumpingClock(DEFAULT_SAFETY_MS));
    const meta = extractPageMetadata(page(NORMAL), URL_);
    expect(meta.title).toBe(EXPECTED.title);
    expect(meta.description).toBeUndefined();
  });

  // Not the real clock: under load its reads may be seconds apart, and then the safety net cuts
  // the capture as it should (its cost is bench:extract's figure, not a unit test's).
  it('gives the same capture whatever the clock does short of the safety net', () => {
    const frozen = extractPageMetadata(page(NORMAL), URL_, { now: () => 0 });
    const slow = extractPageMetadata(page(NORMAL), URL_, { now: jumpingClock(100) });
    expect(frozen).toMatchObject(EXPECTED);
    expect(slow).toEqual(frozen);
  });

  it('still stops optional work on a pathologically slow page (the safety net)', () => {
    const meta = extractPageMetadata(page(NORMAL), URL_, { now: jumpingClock(DEFAULT_SAFETY_MS) });
    expect(meta.title).toBe(EXPECTED.title);
    expect(meta.description).toBeUndefined();
    expect(meta.authors).toEqual([]);
  });
});

describe('extractPageMetadata on a document larger than the work cap', () => {
  // The cap is charged the document's element count before the optional work. Building a
  // document past the default cap (100,000 elements) takes jsdom seconds, so the cap is set
  // around this one's count instead: the rule is the same, the document is just smaller.
  const huge = page(NORMAL.replace('</article>', `${'<span>x</span>'.repeat(300)}</article>`));
  const elements = huge.getElementsByTagName('*').length;

  it('skips the optional work one element past the cap, and keeps the essentials', () => {
    const meta = extractPageMetadata(huge, URL_, { maxWork: elements - 1, now: () => 0 });
    expect(meta.title).toBe(EXPECTED.title);
    expect(meta.lang).toBe('en');
    expect(meta).not.toHaveProperty('description');
    expect(meta).not.toHaveProperty('datePublished');
    expect(meta).not.toHaveProperty('image');
    expect(meta).not.toHaveProperty('wordCount');
    expect(meta.authors).toEqual([]);
  });

  it('reads the same document in full under a cap it just fits', () => {
    const meta = extractPageMetadata(huge, URL_, { maxWork: elements, now: () => 0 });
    expect(meta).toMatchObject(EXPECTED);
  });

  it('charges JSON-LD by its length: later blocks are skipped once the cap is spent', () => {
    const block = (value: unknown): string =>
      `<script type="application/ld+json">${JSON.stringify(value)}</script>`;
    const html = `<title>T</title>${block({ '@type': 'WebPage', description: 'x'.repeat(6_400) })}${block({ '@type': 'NewsArticle', headline: 'From the second block' })}`;
    expect(extractPageMetadata(page(html), URL_, { now: () => 0 }).title).toBe(
      'From the second block',
    );
    expect(extractPageMetadata(page(html), URL_, { maxWork: 50, now: () => 0 }).title).toBe('T');
  });
});
