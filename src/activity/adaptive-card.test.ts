// @vitest-environment jsdom
// jsdom, because the cards are rendered with the adaptivecards library as a host would.
import fs from 'node:fs';
import path from 'node:path';
import * as AdaptiveCards from 'adaptivecards';
import { Ajv, type ValidateFunction } from 'ajv';
import draft06 from 'ajv/dist/refs/json-schema-draft-06.json' with { type: 'json' };
import { JSDOM, VirtualConsole } from 'jsdom';
import MarkdownIt from 'markdown-it';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractPageMetadata } from '../content/extract/index';
import { appActivityIdFor } from './activity-id';
import { buildAdaptiveCard, escapeMarkdown, type AdaptiveCard } from './adaptive-card';
import type { PageMetadata } from './page-metadata';
import { sanitizePageMetadata } from './sanitize';
import { CASES_DIR, corpusCases, CORPUS_DIR, loadCorpusPage, SCHEMAS_DIR } from './testing/corpus';
import { buildPublishedContent, buildUserActivity } from './user-activity';

// The official schema is draft-06 and names itself with `id`; ajv wants `$id`.
function cardValidator(): ValidateFunction {
  const file = path.join(SCHEMAS_DIR, 'adaptive-card-1.5.json');
  const schema = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
  const { id, ...rest } = schema;
  const ajv = new Ajv({ strict: false, validateFormats: false, allErrors: true });
  ajv.addMetaSchema(draft06);
  return ajv.compile({ ...rest, $id: typeof id === 'string' ? id : undefined });
}

// jsdom does not implement innerText, which the library sets for plain text; in browsers the
// setter replaces the children with one text node (our text has no line breaks).
Object.defineProperty(HTMLElement.prototype, 'innerText', {
  configurable: true,
  get(this: HTMLElement) {
    return this.textContent;
  },
  set(this: HTMLElement, value: string) {
    this.textContent = value;
  },
});

// The most permissive Markdown a host could run: raw HTML and bare-URL links on.
const markdown = new MarkdownIt({ html: true, linkify: true });
AdaptiveCards.AdaptiveCard.onProcessMarkdown = (text, result) => {
  result.outputHtml = markdown.render(text);
  result.didProcess = true;
};

function render(card: unknown): HTMLElement {
  const adaptive = new AdaptiveCards.AdaptiveCard();
  adaptive.parse(card);
  const element = adaptive.render();
  if (element === undefined) throw new Error('card did not render');
  return element;
}

const FORMATTING = 'strong, em, b, i, ul, ol, li, code, pre, h1, h2, h3, h4, h5, h6, blockquote';
/** Letters as a reader sees them: word joiners are invisible. */
const visible = (text: string | null): string => (text ?? '').replace(/\u2060/g, '');

/** What a user would notice: formatting, foreign links or missing literal text. */
function expectLiteral(meta: PageMetadata, card: AdaptiveCard, strings: readonly string[]): void {
  const element = render(card);
  expect(element.querySelectorAll(FORMATTING)).toHaveLength(0);
  for (const anchor of element.querySelectorAll('a')) expect(anchor.href).toBe(meta.url);
  expect(element.querySelectorAll('script, iframe, object')).toHaveLength(0);
  const images = [...element.querySelectorAll('img')].map((img) => img.src);
  expect(images).toEqual(card.body.flatMap((e) => (e.type === 'Image' ? [e.url] : [])));
  const text = visible(element.textContent);
  for (const value of strings) expect(text).toContain(value);
  expect(card.selectAction).toEqual({ type: 'Action.OpenUrl', url: meta.url, title: 'Open' });
}

const minimal: PageMetadata = {
  url: 'https://example.com/a',
  appActivityId: 'https://example.com/a',
  title: 'Title',
  type: 'WebPage',
  authors: [],
  keywords: [],
};

const full: PageMetadata = {
  ...minimal,
  title:
    'A [link](javascript:alert(1)) **title** <script>x</script> {{DATE(2017-02-14T06:08:39Z, SHORT)}}',
  type: 'NewsArticle',
  authors: ['Ann', 'Bob', 'Cy', 'Di'].map((name) => ({ name, kind: 'Person' as const })),
  description: '- item one\n- item two\n\n1. first *emphasis* _under_ https://evil.example/x',
  siteName: '__Site__',
  image: 'https://example.com/i.jpg',
  readingMinutes: 7,
  wordCount: 1600,
};

function pageFromCase(name: string, url: string): PageMetadata {
  const html = fs.readFileSync(path.join(CASES_DIR, name, 'page.html'), 'utf8');
  const dom = new JSDOM(html, { url, virtualConsole: new VirtualConsole() });
  const meta = sanitizePageMetadata(extractPageMetadata(dom.window.document, url));
  if (meta === null) throw new Error(`${name}: nothing extracted`);
  return meta;
}

function expectedOf(name: string): Record<string, unknown> {
  const file = path.join(CASES_DIR, name, 'expected.json');
  return JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
}

describe('buildAdaptiveCard', () => {
  let validate: ValidateFunction;
  beforeAll(() => {
    validate = cardValidator();
  });

  it.each([
    ['minimal', minimal, {}],
    ['full', full, {}],
    [
      'full, everything switched off',
      full,
      { include: { description: false, image: false, authors: false } },
    ],
  ])('%s card validates against Adaptive Card 1.5', (_name, meta, opts) => {
    const card = buildAdaptiveCard(meta, opts);
    expect(validate(card), JSON.stringify(validate.errors)).toBe(true);
    expect(card.version).toBe('1.2');
  });

  it('the validator really rejects invalid cards', () => {
    expect(validate({ type: 'AdaptiveCard', version: '1.1', body: [{ type: 'TextBlock' }] })).toBe(
      false,
    );
    expect(validate({ type: 'RichTextBlock', inlines: [{ type: 'Nope' }] })).toBe(false);
  });

  it('the Markdown renderer really turns TextBlock text into links and formatting', () => {
    const element = render({
      type: 'AdaptiveCard',
      version: '1.2',
      body: [{ type: 'TextBlock', text: '[x](https://evil.example) **bold**' }],
    });
    expect(element.querySelector('a')?.href).toBe('https://evil.example/');
    expect(element.querySelector('strong')).not.toBeNull();
  });

  it('shows hostile text literally, with Markdown on', () => {
    const card = buildAdaptiveCard(full);
    expectLiteral(full, card, [
      'A [link](javascript:alert(1)) **title** <script>x</script> {{DATE(2017-02-14T06:08:39Z, SHORT)}}',
      '- item one - item two 1. first *emphasis* _under_ https://evil.example/x',
      '__Site__ · Ann, Bob, Cy et al.',
      '7-min article',
    ]);
  });

  it('carries nothing about the reader and bounds text', () => {
    const json = JSON.stringify(buildAdaptiveCard({ ...full, description: 'D'.repeat(2000) }));
    expect(json).not.toMatch(/you read/i);
    const runs = buildAdaptiveCard(full).body.flatMap((e) =>
      e.type === 'RichTextBlock' ? e.inlines : [],
    );
    expect(runs.every((run) => run.text.length <= 300)).toBe(true);
  });

  it('honours the privacy switches', () => {
    const card = buildAdaptiveCard(full, {
      include: { description: false, image: false, authors: false },
    });
    const json = JSON.stringify(card);
    expect(json).not.toContain('Ann');
    expect(json).not.toContain('i.jpg');
    expect(json).not.toContain('item one');
  });

  it.each(['javascript:alert(1)', 'data:text/html,x', 'not a url'])(
    'never links anywhere but an http(s) page (url %s)',
    (url) => {
      const card = buildAdaptiveCard({ ...minimal, url });
      expect(card.selectAction).toBeUndefined();
    },
  );

  it('escapes Markdown in fallbackText, which hosts may render as Markdown', () => {
    const escaped = escapeMarkdown('[x](https://e.example) **b** <i>');
    const html = markdown.render(escaped);
    expect(html).not.toMatch(/<a |<strong>|<i>/);
    expect(visible(buildAdaptiveCard(full).fallbackText)).toBe(escapeMarkdown(full.title));
  });

  it('markdown-in-title: title, description and site name display literally', () => {
    const expected = expectedOf('markdown-in-title');
    const meta = pageFromCase('markdown-in-title', 'https://news.example/markdown-in-title.html');
    expect(meta.title).toBe(expected.title);
    const card = buildPublishedContent(meta).card;
    expect(validate(card), JSON.stringify(validate.errors)).toBe(true);
    expectLiteral(meta, card, [
      String(expected.title),
      String(expected.description),
      String(expected.siteName),
    ]);
    const visual = buildUserActivity(meta, { appDisplayName: 'Reading Timeline' }).visualElements;
    expect(visual.displayText).not.toMatch(/<[a-z]/i);
  });

  it('angle-brackets-in-title: <picture> and <img> are text', () => {
    // The page's real strings (extraction is tested in content/extract); the card must show them.
    const expected = expectedOf('angle-brackets-in-title');
    const meta: PageMetadata = {
      ...minimal,
      url: 'https://pixel.example/picture.html',
      appActivityId: 'https://pixel.example/picture.html',
      title: String(expected.title),
      description: String(expected.description),
      siteName: String(expected.siteName),
    };
    const card = buildPublishedContent(meta).card;
    expectLiteral(meta, card, [meta.title, String(meta.description), String(meta.siteName)]);
  });

  it('the shared corpus is present (the corpus checks below must not skip silently)', () => {
    expect(corpusCases().length, `no pages under ${CORPUS_DIR}`).toBeGreaterThan(0);
  });

  describe('over the whole corpus', () => {
    const built = corpusCases().map((name) => {
      const page = loadCorpusPage(name);
      return [name, extractPageMetadata(page.document, page.url)] as const;
    });

    it.each(built)('%s: valid card that renders literally; valid activity', (_name, captured) => {
      // The worker's gate must pass the content script's honest output unchanged, adding only
      // the id it derives from the url.
      const meta = { ...captured, appActivityId: appActivityIdFor(captured.url) };
      expect(sanitizePageMetadata(captured)).toEqual(meta);
      const { card, contentInfo, visualElements } = buildPublishedContent(meta);
      expect(validate(card), JSON.stringify(validate.errors)).toBe(true);
      const runs = card.body.flatMap((e) => (e.type === 'RichTextBlock' ? e.inlines : []));
      expectLiteral(
        meta,
        card,
        runs.map((run) => visible(run.text)),
      );
      // The first run is the page's own title (cut with an ellipsis when long), not a rewrite.
      const shown = visible(runs[0]?.text ?? '').replace(/…$/, '');
      expect(meta.title.startsWith(shown)).toBe(true);
      const activity = buildUserActivity(meta, { appDisplayName: 'Reading Timeline' });
      expect(activity.activitySourceHost).toMatch(/^https?:\/\/[^/]+$/);
      expect(visualElements.displayText.length).toBeGreaterThan(0);
      expect(visualElements.displayText.length).toBeLessThanOrEqual(120);
      if (visualElements.attribution?.iconUrl != null) {
        expect(visualElements.attribution.iconUrl).toMatch(/^https?:\/\//);
      }
      if (visualElements.backgroundColor != null) {
        expect(visualElements.backgroundColor).toMatch(/^#[0-9a-f]{6}$/i);
      }
      expect(contentInfo['@context']).toBe('https://schema.org');
      for (const url of JSON.stringify(contentInfo).match(/"(?:url|image)":"([^"]*)"/g) ?? []) {
        expect(url).toMatch(/":"https?:\/\//);
      }
    });
  });
});
