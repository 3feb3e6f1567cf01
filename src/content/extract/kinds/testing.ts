// Helpers for the fault-kind tests: small pages in, what a reader of the timeline would see out.
import type { PageCapture } from '../../../activity/page-metadata';
import { extractPageMetadata } from '../index';

export const PAGE_URL = 'https://news.example.com/a/story.html';

/** Extracts from `html` at `url` with a budget no slow test machine exhausts. */
export function extract(html: string, url = PAGE_URL): PageCapture {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  return extractPageMetadata(doc, url, { budgetMs: 10_000 });
}

/** A JSON-LD block holding `value`. */
export const ld = (value: unknown): string =>
  `<script type="application/ld+json">${JSON.stringify(value)}</script>`;

export const authorNames = (html: string, url?: string): string[] =>
  extract(html, url).authors.map((a) => a.name);
