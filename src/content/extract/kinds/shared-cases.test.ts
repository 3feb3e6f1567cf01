// @vitest-environment jsdom
// The shared fault cases, read in place (never copied): each page must give its expected values.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractPageMetadata } from '../index';
import { requireSharedDir } from '../../../testing/shared-dir';

const CASES = ['site-name-is-headline', 'angle-brackets-in-title', 'author-array-shapes'];
// The pages use relative URLs only; any http(s) address stands in for where they are served.
const PAGE_URL = 'https://cases.example/page.html';

interface Expected {
  title?: string;
  description?: string;
  siteName?: string;
  authors?: string[];
  published?: string;
}

describe('shared fault cases', () => {
  // Throws (and so fails the file) when ../shared is missing: never a silent pass on nothing.
  const dir = path.join(requireSharedDir('cases'), 'cases');

  it.each(CASES)('%s', (name) => {
    const html = fs.readFileSync(path.join(dir, name, 'page.html'), 'utf8');
    const expected = JSON.parse(
      fs.readFileSync(path.join(dir, name, 'expected.json'), 'utf8'),
    ) as Expected;
    const meta = extractPageMetadata(new DOMParser().parseFromString(html, 'text/html'), PAGE_URL);
    if (expected.title !== undefined) expect(meta.title).toBe(expected.title);
    if (expected.description !== undefined) expect(meta.description).toBe(expected.description);
    if (expected.siteName !== undefined) expect(meta.siteName).toBe(expected.siteName);
    if (expected.authors !== undefined) {
      expect(meta.authors.map((a) => a.name)).toEqual(expected.authors);
      for (const author of meta.authors) expect(author.url).not.toBe(PAGE_URL);
    }
    if (expected.published !== undefined) {
      expect(meta.datePublished?.slice(0, expected.published.length)).toBe(expected.published);
    }
  });
});
