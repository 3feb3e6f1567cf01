// Test helper: Adaptive Cards rendered as a host would (the adaptivecards library with the most
// permissive Markdown), validated against the official 1.5 schema, and what a user would notice.
// Needs a DOM: call from a test file under `@vitest-environment jsdom`.
import fs from 'node:fs';
import path from 'node:path';
import * as AdaptiveCards from 'adaptivecards';
import { Ajv, type ValidateFunction } from 'ajv';
import draft06 from 'ajv/dist/refs/json-schema-draft-06.json' with { type: 'json' };
import MarkdownIt from 'markdown-it';
import { expect } from 'vitest';
import type { AdaptiveCard } from '../adaptive-card';
import type { PageMetadata } from '../page-metadata';
import { SCHEMAS_DIR } from './corpus';

/** The official schema validator. The schema is draft-06 and names itself with `id`; ajv wants `$id`. */
export function cardValidator(): ValidateFunction {
  const file = path.join(SCHEMAS_DIR, 'adaptive-card-1.5.json');
  const schema = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
  const { id, ...rest } = schema;
  const ajv = new Ajv({ strict: false, validateFormats: false, allErrors: true });
  ajv.addMetaSchema(draft06);
  return ajv.compile({ ...rest, $id: typeof id === 'string' ? id : undefined });
}

/** The most permissive Markdown a host could run: raw HTML and bare-URL links on. */
export const markdown = new MarkdownIt({ html: true, linkify: true });

/**
 * jsdom does not implement innerText, which the adaptivecards library sets for plain text; in
 * browsers the setter replaces the children with one text node (our text has no line breaks).
 */
export function polyfillInnerText(): void {
  Object.defineProperty(HTMLElement.prototype, 'innerText', {
    configurable: true,
    get(this: HTMLElement) {
      return this.textContent;
    },
    set(this: HTMLElement, value: string) {
      this.textContent = value;
    },
  });
}

let installed = false;
function installHost(): void {
  if (installed) return;
  installed = true;
  polyfillInnerText();
  AdaptiveCards.AdaptiveCard.onProcessMarkdown = (text, result) => {
    result.outputHtml = markdown.render(text);
    result.didProcess = true;
  };
}

/** Renders `card` with the adaptivecards library and {@link markdown}; throws if it does not render. */
export function render(card: unknown): HTMLElement {
  installHost();
  const adaptive = new AdaptiveCards.AdaptiveCard();
  adaptive.parse(card);
  const element = adaptive.render();
  if (element === undefined) throw new Error('card did not render');
  return element;
}

const FORMATTING = 'strong, em, b, i, ul, ol, li, code, pre, h1, h2, h3, h4, h5, h6, blockquote';
/** Letters as a reader sees them: word joiners are invisible. */
export const visible = (text: string | null): string => (text ?? '').replace(/\u2060/g, '');

/** What a user would notice: formatting, foreign links or missing literal text. */
export function expectLiteral(
  meta: PageMetadata,
  card: AdaptiveCard,
  strings: readonly string[],
): void {
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
