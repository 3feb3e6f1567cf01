// Helpers for the fault-kind tests: small pages in, what a reader of the timeline would see out.
import { expect } from 'vitest';
import type { PageCapture } from '../../../activity/page-metadata';
import { extractPageMetadata } from '../index';

/** The URL the fault-kind test pages are extracted at. */
export const PAGE_URL = 'https://news.example.com/a/story.html';

/** Extracts from `html` at `url` with a budget no slow test machine exhausts. */
export function extract(html: string, url = PAGE_URL): PageCapture {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  return extractPageMetadata(doc, url, { budgetMs: 10_000 });
}

/** A JSON-LD block holding `value`. */
export const ld = (value: unknown): string =>
  `<script type="application/ld+json">${JSON.stringify(value)}</script>`;

/** The author names extracted from `html` (at `url`, default PAGE_URL), in order. */
export const authorNames = (html: string, url?: string): string[] =>
  extract(html, url).authors.map((a) => a.name);

/** A page with `head` and `body` in language `lang`. */
export const page = (head: string, body: string, lang = 'en'): string =>
  `<html lang="${lang}"><head>${head}</head><body>${body}</body></html>`;

/** The fields the table-driven kind tests compare. */
export type Field = 'title' | 'authors' | 'siteName' | 'datePublished' | 'image' | 'description';
/** One table row: what it models, the field, the page, the expected value, the page's URL. */
export type Case = [name: string, field: Field, html: string, expected: unknown, url?: string];

/** Asserts one table row: authors compare by name, other fields as extracted. */
export function check(...[, field, html, expected, url]: Case): void {
  const meta = extract(html, url);
  expect(field === 'authors' ? meta.authors.map((a) => a.name) : meta[field]).toEqual(expected);
}

/** The headline the kind tables use. */
export const H = 'Harbour vote delayed';
/** An article holding only the headline and one paragraph. */
export const ARTICLE = `<article><h1>${H}</h1><p>The council met.</p></article>`;

/** An article page with `body` between its headline and its text. */
export const A = (body: string, lang = 'en'): string =>
  page(
    `<title>${H}</title>`,
    `<article><h1>${H}</h1>${body}<p>The council met on Monday.</p></article>`,
    lang,
  );

/** `html` with a page footer holding `footer`. */
export const withFooter = (html: string, footer: string): string =>
  html.replace('</body>', `<footer>${footer}</footer></body>`);

/** A template page: its name, URL, HTML and the fields a reader sees (authors by name). */
export type TemplateRow = [
  name: string,
  url: string,
  html: string,
  expected: Record<string, unknown>,
];

/** Asserts a TemplateRow: every field it lists, as extracted. */
export function checkFields(...[, url, html, expected]: TemplateRow): void {
  const meta = extract(html, url);
  const seen = Object.fromEntries(
    Object.keys(expected).map((k) => [
      k,
      k === 'authors' ? meta.authors.map((a) => a.name) : meta[k as keyof typeof meta],
    ]),
  );
  expect(seen).toEqual(expected);
}

/** Three paragraphs of article text for template pages. */
export const TEMPLATE_TEXT =
  '<p>The harbour board met on Tuesday to discuss the long-delayed expansion of the northern quay, which residents have opposed for years because of the noise and the lorries.</p><p>A second paragraph about the vote and the council and the long history of the quay.</p><p>A third paragraph.</p>';
