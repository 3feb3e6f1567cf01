import { describe, expect, it } from 'vitest';
import english from '../../public/_locales/en/messages.json';
import german from '../../public/_locales/de/messages.json';
import { catalogGetMessage, createTranslator } from '../i18n/catalog';
import { buildAdaptiveCard } from './adaptive-card';
import { cardLabels } from './card-labels';
import type { PageMetadata } from './page-metadata';

const meta: PageMetadata = {
  url: 'https://site.test/a',
  appActivityId: 'https://site.test/a',
  title: 'Gezeiten',
  type: 'Article',
  siteName: 'Küste',
  authors: ['A', 'B', 'C', 'D'].map((name) => ({ name, kind: 'Person' as const })),
  keywords: [],
  readingMinutes: 5,
};

const texts = (card: ReturnType<typeof buildAdaptiveCard>) =>
  card.body.flatMap((e) => (e.type === 'RichTextBlock' ? e.inlines.map((run) => run.text) : []));

describe('card labels', () => {
  it.each([
    ['en', english, ['Küste · A, B, C et al.', '5-min article'], 'Open'],
    ['de', german, ['Küste · A, B, C u. a.', 'Lesezeit 5 Min.'], 'Öffnen'],
  ])('speaks %s on the published card', (locale, catalog, lines, open) => {
    const labels = cardLabels(createTranslator(catalogGetMessage(catalog)), locale);
    const card = buildAdaptiveCard(meta, { labels });
    expect(texts(card)).toEqual(expect.arrayContaining(lines));
    expect(card.selectAction?.title).toBe(open);
  });

  it('is English without labels (tools outside a browser)', () => {
    expect(texts(buildAdaptiveCard(meta))).toContain('5-min article');
  });
});
