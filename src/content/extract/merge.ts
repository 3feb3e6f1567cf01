/**
 * Combines what each source found, field by field, in the order of trust documented in
 * README.md: the first source that says something wins, except where a later source is known
 * to be more precise (noted inline).
 */
import type { Found } from './found';

const present = (value: unknown): boolean =>
  value !== undefined && !(Array.isArray(value) && value.length === 0);

/** Field-wise first-present merge of `sources`, most trusted first. */
export function mergeFound(sources: readonly Found[]): Found {
  const out: Record<string, unknown> = {};
  for (const source of sources) {
    for (const [key, value] of Object.entries(source)) {
      if (!present(out[key]) && present(value)) out[key] = value;
    }
  }
  return out;
}

const TRUNCATED = /(?:…|\.\.\.)$/;

/**
 * A headline cut short for search snippets ("Foo bar…") loses to a longer title from another
 * source that starts with the same words.
 */
export function untruncatedTitle(title: string, others: readonly (string | undefined)[]): string {
  if (!TRUNCATED.test(title)) return title;
  const stem = title.replace(TRUNCATED, '').trim();
  return (
    others.find((t) => t !== undefined && t.length > stem.length && t.startsWith(stem)) ?? title
  );
}

const LANG = /^[a-z]{2,3}(?:-[a-z0-9]{1,8}){0,4}$/i;

/** A BCP 47-looking tag ("en_US" becomes "en-US"), or undefined. */
export function normalizeLang(raw: string | undefined): string | undefined {
  const tag = raw?.trim().replace(/_/g, '-');
  return tag !== undefined && LANG.test(tag) ? tag : undefined;
}
