// Test helper: the quote check every shared-corpus page passes (run by
// content/corpus-pages/suite.ts, which parses each page once for this and the card check), and
// its oracle.
import { expect } from 'vitest';
import { readArticleBlocks } from '../article-blocks';
import { chooseQuote, countMatches, normalizeText } from '../quote';

/**
 * How often `quote` occurs in `text` as text fragment matching finds it (spec §3.5.3): ignoring
 * case and runs of whitespace, starting and ending at word boundaries. A slow, plain oracle.
 */
export function wordBoundedMatches(text: string, quote: string): number {
  const body = quote
    .trim()
    .split(/\s+/)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('\\s+');
  const pattern = new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])${body}(?![\\p{L}\\p{M}\\p{N}])`, 'giu');
  return [...text.matchAll(pattern)].length;
}

/**
 * Every eighth block's quote (at most nine a page) is found once in the article text by the
 * oracle, lies in the article's own blocks, and never in the page's navigation, footers or asides.
 */
export function checkCorpusQuotes(document: Document): void {
  const article = readArticleBlocks(document);
  if (!article || article.texts.length === 0) return;
  const boiler = normalizeText(
    [...document.querySelectorAll('nav, footer, aside')].map((e) => e.textContent).join(' '),
  );
  for (let i = 0; i < article.texts.length; i += Math.max(1, article.texts.length >> 3)) {
    const quote = chooseQuote(article.texts, article.page, i);
    if (!quote) continue;
    const full = quote.prefix ? `${quote.prefix} ${quote.textStart}` : quote.textStart;
    expect(wordBoundedMatches(article.page, full)).toBe(1);
    expect(article.texts.some((t) => t.includes(quote.textStart))).toBe(true);
    expect(countMatches(boiler, quote.textStart, 1)).toBe(0);
  }
}
