import fs from 'node:fs';
import path from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import draft06 from 'ajv/dist/refs/json-schema-draft-06.json' with { type: 'json' };
import { beforeAll, describe, expect, it } from 'vitest';
import { extractPageMetadata } from '../content/extract/index';
import { buildAdaptiveCard } from './adaptive-card';
import { buildContentInfo } from './content-info';
import type { PageMetadata } from './page-metadata';
import { sanitizePageMetadata } from './sanitize';
import { CORPUS_DIR, corpusCases, loadCorpusPage } from './testing/corpus';
import { buildUserActivity } from './user-activity';

const SCHEMA_FILE = path.resolve(CORPUS_DIR, '../../schemas/adaptive-card-1.5.json');

// The official schema is draft-06 and names itself with `id`; ajv wants `$id`.
function cardValidator(): ValidateFunction {
  const schema = JSON.parse(fs.readFileSync(SCHEMA_FILE, 'utf8')) as Record<string, unknown>;
  const { id, ...rest } = schema;
  const ajv = new Ajv({ strict: false, validateFormats: false, allErrors: true });
  ajv.addMetaSchema(draft06);
  return ajv.compile({ ...rest, $id: typeof id === 'string' ? id : undefined });
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
  title: 'A [link](javascript:alert(1)) **title** <script>x</script>',
  type: 'NewsArticle',
  authors: ['Ann', 'Bob', 'Cy', 'Di'].map((name) => ({ name, kind: 'Person' as const })),
  description: 'D'.repeat(2000),
  siteName: 'Example',
  image: 'https://example.com/i.jpg',
  readingMinutes: 7,
  wordCount: 1600,
};

describe('buildAdaptiveCard', () => {
  let validate: ValidateFunction;
  beforeAll(() => {
    validate = cardValidator();
  });

  it.each([
    ['minimal', minimal, {}],
    ['full', full, { readSeconds: 200 }],
    [
      'full, everything switched off',
      full,
      { include: { description: false, image: false, authors: false } },
    ],
  ])('%s card validates against Adaptive Card 1.5', (_name, meta, opts) => {
    const card = buildAdaptiveCard(meta, opts);
    expect(validate(card), JSON.stringify(validate.errors)).toBe(true);
    expect(card.version).toBe('1.1');
    expect(card.selectAction).toEqual({ type: 'Action.OpenUrl', url: meta.url, title: 'Open' });
  });

  it('the validator really rejects invalid cards', () => {
    expect(validate({ type: 'AdaptiveCard', version: '1.1', body: [{ type: 'TextBlock' }] })).toBe(
      false,
    );
    expect(validate({ type: 'AdaptiveCard', version: '1.1', body: [{ type: 'Nope' }] })).toBe(
      false,
    );
  });

  it('breaks markdown links and bounds text', () => {
    const card = buildAdaptiveCard(full, { readSeconds: 200 });
    const texts = card.body.map((e) => (typeof e.text === 'string' ? e.text : ''));
    expect(texts[0]).not.toContain('](');
    expect(texts.join('\n')).toContain('7 min read · you read 3 min');
    expect(texts.join('\n')).toContain('Example · Ann, Bob, Cy et al.');
    expect(texts.every((t) => t.length <= 300)).toBe(true);
    expect(card.body.some((e) => e.type === 'Image')).toBe(true);
  });

  it('honours the privacy switches', () => {
    const card = buildAdaptiveCard(full, {
      include: { description: false, image: false, authors: false },
    });
    const json = JSON.stringify(card);
    expect(json).not.toContain('Ann');
    expect(json).not.toContain('i.jpg');
    expect(json).not.toContain('DDDD');
  });

  const cases = corpusCases();
  describe.runIf(cases.length > 0)('over the whole corpus', () => {
    const built = cases.map((name) => {
      const page = loadCorpusPage(name);
      return [name, extractPageMetadata(page.document, page.url)] as const;
    });

    it.each(built)('%s: card, contentInfo and activity are valid', (_name, meta) => {
      // The worker's gate must pass the content script's honest output unchanged.
      expect(sanitizePageMetadata(meta)).toEqual(meta);
      const card = buildAdaptiveCard(meta, { readSeconds: 95 });
      expect(validate(card), JSON.stringify(validate.errors)).toBe(true);
      const activity = buildUserActivity(meta, { appDisplayName: 'Reading Timeline' });
      expect(activity.activitySourceHost).toMatch(/^https?:\/\/[^/]+$/);
      const visual = activity.visualElements;
      expect(visual.displayText.length).toBeGreaterThan(0);
      expect(visual.displayText.length).toBeLessThanOrEqual(120);
      if (visual.attribution?.iconUrl != null) {
        expect(visual.attribution.iconUrl).toMatch(/^https?:\/\//);
      }
      if (visual.backgroundColor != null) expect(visual.backgroundColor).toMatch(/^#[0-9a-f]{6}$/i);
      const info = buildContentInfo(meta);
      expect(info['@context']).toBe('https://schema.org');
      for (const url of JSON.stringify(info).match(/"(?:url|image)":"([^"]*)"/g) ?? []) {
        expect(url).toMatch(/":"https?:\/\//);
      }
    });
  });
});
