// @vitest-environment jsdom
// Issue #14 kind 7: docs sites show only when a page last changed ("Last updated", "Last
// modified"): that is never its publication date; a byline that gives both keeps the published one.
import { describe, it } from 'vitest';
import { type Case, check, H, page } from './testing';

const P =
  '<p>The harbour board met on Tuesday to discuss the long-delayed expansion of the northern quay, which residents have opposed for years because of the noise.</p>';

describe('kind 7: "Last updated" is when a page changed, not when it was published', () => {
  it.each<Case>([
    [
      'Docusaurus: "Last updated on <b><time itemprop=dateModified>"',
      'datePublished',
      page(
        `<title>Install | Harbour Docs</title>`,
        `<main><article><div class="markdown"><h1>Install</h1>${P}</div><footer class="theme-doc-footer"><div class="theme-doc-footer-edit-meta-row"><span class="theme-last-updated">Last updated on <b><time datetime="2021-03-15T00:00:00.000Z" itemprop="dateModified">Mar 15, 2021</time></b></span></div></footer></article></main>`,
      ),
      undefined,
      'https://docs.harbour.dev/docs/install',
    ],
    [
      'MkDocs Material: "Last update:" before the revision date',
      'datePublished',
      page(
        `<title>Install - Harbour Docs</title>`,
        `<main class="md-main"><article class="md-content__inner md-typeset"><h1>Install</h1>${P}<hr><div class="md-source-file"><small>Last update: <span class="git-revision-date-localized-plugin git-revision-date-localized-plugin-date">March 15, 2021</span></small></div></article></main>`,
      ),
      undefined,
      'https://harbour.github.io/docs/install/',
    ],
    [
      'Hugo docs: "Last modified: March 15, 2021" in the post meta',
      'datePublished',
      page(
        `<title>Install</title>`,
        `<article><h1>Install</h1><div class="post-meta">Last modified: March 15, 2021</div>${P}</article>`,
      ),
      undefined,
      'https://harbour.dev/docs/install/',
    ],
    [
      'a news byline giving both keeps the published date',
      'datePublished',
      page(
        `<title>${H}</title>`,
        `<article><h1>${H}</h1><div class="byline-meta">Published March 1, 2021 · Last updated March 3, 2021</div>${P}</article>`,
      ),
      '2021-03-01',
    ],
    [
      'WordPress: time.entry-date.published.updated stays published',
      'datePublished',
      page(
        `<title>${H}</title>`,
        `<article><h1>${H}</h1><span class="posted-on"><time class="entry-date published updated" datetime="2021-03-15T09:00:00+00:00">March 15, 2021</time></span>${P}</article>`,
      ),
      '2021-03-15T09:00:00Z',
    ],
    // Review 9 F-kinds-1: a byline line with the publication date, then the last change.
    [
      'a plain-text byline: date | Last modified: date',
      'datePublished',
      page(
        `<title>${H}</title>`,
        `<article><h1>${H}</h1><p class="byline">By Ann Lee | May 1, 2024 | Last modified: May 2, 2024</p>${P}</article>`,
      ),
      '2024-05-01',
    ],
    [
      'a meta line with both dates in spans',
      'datePublished',
      page(
        `<title>${H}</title>`,
        `<article><h1>${H}</h1><div class="article-meta"><span>Ann Lee</span> <span>May 1, 2024</span> <span>Last updated May 2, 2024</span></div>${P}</article>`,
      ),
      '2024-05-01',
    ],
    [
      'German: 1. Mai 2024 (zuletzt aktualisiert: 2. Mai 2024)',
      'datePublished',
      page(
        `<title>${H}</title>`,
        `<article><h1>${H}</h1><p class="meta">Von Ann Lee, 1. Mai 2024 (zuletzt aktualisiert: 2. Mai 2024)</p>${P}</article>`,
      ),
      '2024-05-01',
    ],
  ])('%s', check);
});
