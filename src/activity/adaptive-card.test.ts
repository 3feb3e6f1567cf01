// @vitest-environment jsdom
// jsdom, because the cards are rendered with the adaptivecards library as a host would
// (testing/card-render.ts). Every corpus page's card: content/corpus-pages/.
import fs from 'node:fs';
import path from 'node:path';
import type { ValidateFunction } from 'ajv';
import { JSDOM, VirtualConsole } from 'jsdom';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractPageMetadata } from '../content/extract/index';
import { buildAdaptiveCard, escapeMarkdown } from './adaptive-card';
import type { PageMetadata } from './page-metadata';
import { sanitizePageMetadata } from './sanitize';
import { cardValidator, expectLiteral, markdown, render, visible } from './testing/card-render';
import { CASES_DIR } from './testing/corpus';
import { buildPublishedContent, buildUserActivity } from './user-activity';

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
});
