// Test helper: the card and activity checks every shared-corpus page passes (run by
// content/corpus-pages/suite.ts, which parses each page once for this and the quote check).
import type { ValidateFunction } from 'ajv';
import { expect } from 'vitest';
import { appActivityIdFor } from '../activity-id';
import type { PageCapture } from '../page-metadata';
import { sanitizePageMetadata } from '../sanitize';
import { buildPublishedContent, buildUserActivity } from '../user-activity';
import { expectLiteral, visible } from './card-render';

/**
 * What the content script captured from a real page passes the worker's gate unchanged, builds
 * a card valid against the schema (`validate`) that renders literally, and a valid activity.
 */
export function checkCorpusCard(captured: PageCapture, validate: ValidateFunction): void {
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
}
