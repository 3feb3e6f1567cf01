// The shipped catalogs: complete in every language, and matching the markup and manifest.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import manifest from '../../manifest.json';
import type { Catalog } from './catalog';
import { CATALOGS } from './testing';

const root = join(import.meta.dirname, '../..');
const english = CATALOGS.en;

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? htmlFiles(join(dir, entry.name))
      : entry.name.endsWith('.html')
        ? [join(dir, entry.name)]
        : [],
  );
}

/** A message's placeholders as name → content ("$1"…), which decides the substitution order. */
const placeholders = (catalog: Catalog, key: string): Record<string, string> =>
  Object.fromEntries(
    Object.entries(catalog[key]?.placeholders ?? {}).map(([name, p]) => [name, p.content]),
  );

describe('message catalogs', () => {
  it('ships exactly the locales the extension declares', () => {
    expect(readdirSync(join(root, 'public/_locales')).sort()).toEqual(Object.keys(CATALOGS).sort());
    expect(manifest.default_locale).toBe('en');
  });

  it.each(Object.entries(CATALOGS))(
    '%s has every English key, no other, none empty',
    (_lang, c) => {
      expect(Object.keys(c).sort()).toEqual(Object.keys(english).sort());
      for (const [key, entry] of Object.entries(c)) expect(entry.message, key).not.toBe('');
    },
  );

  it.each(Object.entries(CATALOGS))('%s uses the English placeholders', (_lang, catalog) => {
    for (const key of Object.keys(english)) {
      const expected = placeholders(english, key);
      expect(placeholders(catalog, key), key).toEqual(expected);
      for (const name of Object.keys(expected)) {
        expect(catalog[key]?.message.toLowerCase(), key).toContain(`$${name}$`);
      }
    }
  });

  it('speaks German to the reader one way: du, never Sie', () => {
    const formal = Object.entries(CATALOGS.de)
      .filter(([, entry]) => /\b(Sie|Ihr\w*|Ihnen)\b/.test(entry.message))
      .map(([key]) => key);
    expect(formal).toEqual([]);
  });

  it.each(Object.entries(CATALOGS))(
    '%s: the welcome page quotes the badge the icon shows while paused',
    (_lang, catalog) => {
      const badge = catalog.badge_paused_text?.message ?? '?';
      for (const key of ['welcome_recording_text', 'welcome_paused_text']) {
        expect(catalog[key]?.message, key).toMatch(new RegExp(`[„“"]${badge}[“”"]`));
      }
    },
  );

  it('has an _other for every _one', () => {
    for (const key of Object.keys(english).filter((k) => k.endsWith('_one'))) {
      expect(english, key).toHaveProperty(key.replace(/_one$/, '_other'));
    }
  });

  it('names every manifest message', () => {
    const used = JSON.stringify(manifest).match(/__MSG_(\w+)__/g) ?? [];
    expect(used.length).toBeGreaterThan(0);
    for (const token of used) expect(english).toHaveProperty(token.slice(6, -2));
  });

  it.each(htmlFiles(join(root, 'src')).map((file) => [file.slice(root.length + 1), file]))(
    '%s: every data-i18n key exists, and its English text is the message',
    (_name, file) => {
      const html = readFileSync(file, 'utf8');
      for (const [, attribute, key] of html.matchAll(/data-i18n(-[a-z-]+)?="([^"]+)"/g)) {
        expect(english, `${String(attribute)} ${String(key)}`).toHaveProperty(String(key));
      }
      // <tag … data-i18n="key" …>Text</tag>: the markup's fallback text is the English message.
      for (const [, key, text] of html.matchAll(/data-i18n="([^"]+)"[^>]*>([^<]*)</g)) {
        const shown = String(text)
          .replace(/&lt;/g, '<')
          .replace(/&gt;/g, '>')
          .replace(/&amp;/g, '&')
          .replace(/\s+/g, ' ')
          .trim();
        expect(shown, String(key)).toBe(english[String(key)]?.message);
      }
    },
  );
});
