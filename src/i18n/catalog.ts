/**
 * The message catalogs in `public/_locales/<lang>/messages.json` (the WebExtensions i18n format,
 * https://developer.chrome.com/docs/extensions/reference/api/i18n) and a pure formatter with the
 * browser's substitution rules, so tests and Node scripts read the same files the browser reads.
 */
import type english from '../../public/_locales/en/messages.json';

/** Every message key; a key missing from the English catalog does not compile. */
export type MessageKey = keyof typeof english;

/** Keys whose message declares placeholders, and so needs substitutions. */
type KeysWithPlaceholders = {
  [K in MessageKey]: (typeof english)[K] extends { placeholders: object } ? K : never;
}[MessageKey];

/**
 * The arguments after the key: a message with placeholders needs its substitutions (`$1`…`$9`, in
 * the order of the placeholders' `content`), one without takes none.
 */
export type SubstitutionArgs<K extends MessageKey> = K extends KeysWithPlaceholders
  ? [substitutions: string | readonly string[]]
  : [];

/** A function that turns a key (and its substitutions) into text in the user's language. */
export type Translate = <K extends MessageKey>(key: K, ...args: SubstitutionArgs<K>) => string;

/** One entry of a messages.json file. */
export interface CatalogEntry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}

/** A parsed messages.json: key → entry. */
export type Catalog = Record<string, CatalogEntry>;

/** What the browser's `i18n.getMessage` does; an unknown key gives ''. */
export type GetMessage = (key: string, substitutions?: string | string[]) => string;

/**
 * `i18n.getMessage` over a catalog: keys are case-insensitive, `$name$` placeholders are replaced
 * by their content, then `$1`…`$9` by the substitutions (a missing one by '') and `$$` by `$`, in
 * one pass, so a substitution is never itself re-interpreted.
 */
export function catalogGetMessage(catalog: Catalog): GetMessage {
  const byKey = new Map(Object.entries(catalog).map(([key, entry]) => [key.toLowerCase(), entry]));
  return (key, substitutions) => {
    const entry = byKey.get(key.toLowerCase());
    if (!entry) return '';
    const subs = substitutions === undefined ? [] : [substitutions].flat();
    const placeholders = new Map(
      Object.entries(entry.placeholders ?? {}).map(([name, p]) => [name.toLowerCase(), p.content]),
    );
    const expanded = entry.message.replace(
      /\$([a-zA-Z0-9_@]+)\$/g,
      (whole, name: string) => placeholders.get(name.toLowerCase()) ?? whole,
    );
    return expanded.replace(/\$(\$|[1-9])/g, (_whole, what: string) =>
      what === '$' ? '$' : (subs[Number(what) - 1] ?? ''),
    );
  };
}

/** A typed translator over any getMessage (the browser's, or a catalog's in tests). */
export function createTranslator(getMessage: GetMessage): Translate {
  return (key, ...args) => {
    const [substitutions] = args as [string | readonly string[] | undefined];
    return getMessage(key, substitutions === undefined ? undefined : [substitutions].flat());
  };
}
