/**
 * Test support: makes `chrome.i18n` answer from a real catalog with the browser's substitution
 * rules, so unit tests exercise the shipped messages. Imported by tests only.
 */
import { vi } from 'vitest';
import de from '../../public/_locales/de/messages.json';
import en from '../../public/_locales/en/messages.json';
import { catalogGetMessage, type Catalog } from './catalog';

/** Every shipped catalog by language tag. */
export const CATALOGS: Readonly<Record<'en' | 'de', Catalog>> = { en, de };

/**
 * Stubs the `chrome` global's i18n with one catalog, falling back to English for a missing key as
 * the browser does with `default_locale`. Undo with `vi.unstubAllGlobals()`.
 */
export function useCatalog(language: keyof typeof CATALOGS): void {
  const chosen = catalogGetMessage(CATALOGS[language]);
  const fallback = catalogGetMessage(en);
  vi.stubGlobal('chrome', {
    i18n: {
      getMessage: (key: string, subs?: string | string[]) =>
        chosen(key, subs) || fallback(key, subs),
      getUILanguage: () => language,
    },
  });
}
