/** Turns the many shapes of "who wrote this" into a clean, de-duplicated list of names. */
import { LIMITS } from '../../activity/limits';
import type { PageAuthor } from '../../activity/page-metadata';
import { creditsOutlet, isOutlet } from './outlets';
import { cutGluedTail, isInterfaceText, isLoneRole } from './name-noise';
import { caseOf, cleanPageText, endsWithWordAndStop, looksLikeUrl, stripByPrefix } from './text';

// Separators between names. A comma splits only when every part looks like a full name, so
// "Smith, John" (a citation-style single name) stays whole.
const HARD_SEPARATOR = /\s*(?:;|\||\s&\s|&amp;|\band\b|\bund\b|\bet\b|、|，|\s\/\s)\s*/i;
const ROLE_SUFFIX =
  /\s*[,|–-]\s*(?:staff writer|contributor|correspondent|reporter|editor|columnist|senior [a-z ]+|[a-z ]+ (?:editor|writer|correspondent|reporter))\s*$/i;
const NOT_A_NAME = new Set(
  'admin|administrator|author|authors|staff|guest|unknown|anonymous|editor|editors|by|posted|follow author|view all posts|more by|see all|share|comment|comments'.split(
    '|',
  ),
);

// With the brackets around it: Korean portals write "김철수 기자(kim@example.co.kr)", Chinese
// ones "张三（zhang@example.cn）".
const EMAIL = /\s*[([（]?[^\s@()[\]（）]+@[^\s@()[\]（）]+\.[a-z]{2,}\b[)\]）]?/gi;

// Letters of the scripts names are written in (Latin, Greek, Cyrillic, Arabic, Hebrew, Indic,
// CJK, hangul), without a Unicode-property expression's compile cost.
const HAS_LETTER = /[A-Za-z\u00c0-\u024f\u0370-\u1fff\u3040-\ua4ff\uac00-\ud7af]/;

// "(with B and C)" credits co-authors inside one byline: lift them into the list.
const WITH_CREDIT = /\s*\((?:with|avec|mit|con|com)\s+([^)]+)\)/i;
const NAME_SUFFIX = /^(?:jr|sr|[ivx]+|phd|md|ma)\.?$/i;

// Written in capitals only ("KYODO NEWS", "AFP"): beside a name written in mixed case, that
// is how bylines set the outlet apart.
// (Checked by string methods: a `\p{Lu}` expression costs ~0.5 ms on its first use in a page.)
const isAllCaps = (part: string): boolean => {
  const { upper, lower } = caseOf(part);
  return upper >= 2 && !lower;
};
const isMixedCase = (part: string): boolean => {
  const { upper, lower } = caseOf(part);
  return upper > 0 && lower;
};
// Chinese and Japanese bylines separate names with spaces ("张三 李四"); such names hold none.
// Two CJK characters make a whole name ("张三"), two Latin letters do not.
const CJK_CHAR = /[\u3040-\u9fff\uac00-\ud7af]/;
const CJK_NAMES = /^[\u4e00-\u9fff]{2,4}(?:\s+[\u4e00-\u9fff]{2,4})+$/;

// Two words or more, no digit, not opening in lower case, no word of an institution: "Ann Lee",
// not "Berlin", "g1 SP", "à Paris" or an affiliation ("Faculty of Science", "Department of
// Physics": a university newsroom's "By Ann Lee, Faculty of Science").
const isFullName = (part: string): boolean =>
  /\S\s+\S/.test(part) &&
  !/\d/.test(part) &&
  !/^[a-z\u00df-\u00ff]/.test(part) &&
  !AFFILIATION.test(part);
const AFFILIATION =
  /\b(?:faculty|department|school|university|institute|college|cent(?:er|re)|laboratory|ministry|agency|division|bureau|hospital|foundation|society|association|fakultät|universität|université|universidad|università|instituto|facultad|département)\b/i;

function splitNames(raw: string): string[] {
  const text = raw.includes('(') ? raw.replace(WITH_CREDIT, ', $1') : raw;
  const parts = (
    CJK_NAMES.test(text.trim()) ? text.trim().split(/\s+/) : text.split(HARD_SEPARATOR)
  ).flatMap((part) => {
    const commaParts = part.split(/\s*,\s*/).filter((p) => p !== '');
    if (commaParts.length < 2) return [part];
    const allFull = commaParts.every((p) => isFullName(p) || isOutlet(p));
    if (allFull) return commaParts;
    // "Von Ann Lee, Berlin", "Por Ann Lee, g1 SP": after a full name, parts that are not names
    // (one word, a digit) are the dateline's place or the desk, not a second author.
    const [first = '', ...rest] = commaParts;
    if (isFullName(first) && rest.every((p) => !isFullName(p) && !NAME_SUFFIX.test(p))) {
      return [first];
    }
    return [fromCitationName(part)];
  });
  // "Mac & i" is one name: a separator only splits when every part is a plausible name.
  const names = parts.some((p) => p.trim().length < 3 && !isOutlet(p) && !CJK_CHAR.test(p))
    ? [raw.trim()]
    : parts.map((p) => p.trim()).filter((p) => p !== '');
  const mixed = names.some((p) => isMixedCase(p) && !isOutlet(p));
  const people = names.filter(
    (p) => !isOutlet(p) && !creditsOutlet(p) && !(mixed && p.length > 1 && isAllCaps(p)),
  );
  return people.length > 0 ? people : names;
}

// Lower-case words a name holds: nobiliary and family particles ("Ludwig van Beethoven").
const PARTICLES = new Set('van von der den del della das dos bin ibn ter ten zu'.split(' '));
const aboutSomeone = (name: string): boolean =>
  /[A-Z]/.test(name) &&
  name.split(' ').filter((w) => /^[a-z]{3,}$/.test(w) && !PARTICLES.has(w)).length >= 2;

const HANDLE_IN_BRACKETS = /\s*[(（]\s*(?:id:|@)[\w.-]+\s*[)）]\s*$/;

/** A display name from a byline fragment, or undefined when it is not plausibly a name. */
export function cleanAuthorName(raw: string): string | undefined {
  let name = cleanPageText(raw, LIMITS.name * 2);
  if (name === undefined) return undefined;
  if (/[<>{}]/.test(name)) return undefined; // markup or code, not a name
  // An e-mail address beside the name (Korean and Chinese bylines): contact, not name.
  if (name.includes('@')) name = name.replace(EMAIL, ' ').trim();
  // "annlee (id:annlee)" (Hatena), "Ann Lee (@annlee)": the handle after the name, in brackets.
  if (name.includes('(') || name.includes('（')) name = name.replace(HANDLE_IN_BRACKETS, '').trim();
  name = cutGluedTail(stripByPrefix(name));
  if (/[,|–-]/.test(name)) name = name.replace(ROLE_SUFFIX, '');
  name = name.replace(/^[@·•|:,\s-]+|[·•|:,\s-]+$/g, '');
  // "Story by Ann Lee. Photos by…": the sentence's full stop, not an initial ("J.") or "Jr.".
  if (endsWithWordAndStop(name)) name = name.slice(0, -1);
  if (name.length < 2 || name.length > LIMITS.name || looksLikeUrl(name)) return undefined;
  const lower = name.toLowerCase();
  if (NOT_A_NAME.has(lower) || isInterfaceText(name)) return undefined;
  if (isLoneRole(name)) return undefined;
  // A date or a counter is not a name ("January 7, 2025", "Posted 12:30").
  if (/\d{3,}|\d{1,2}:\d{2}/.test(name)) return undefined;
  if (!HAS_LETTER.test(name) || name.includes('@')) return undefined;
  // More than ~8 words is a sentence, not a byline; so is a name followed by lower-case words
  // ("Ann Lee covers the harbour", an author box's first line).
  if (name.split(' ').length > 8 || aboutSomeone(name)) return undefined;
  return name;
}

/**
 * "Last, First" (citation_author, Dublin Core style) to "First Last", when the part before the
 * comma is a single word and the part after is not a suffix ("Smith, Jr."); else unchanged.
 */
export function fromCitationName(raw: string): string {
  const m = /^([^\s,]+),\s*([^,]+)$/.exec(raw.trim());
  if (m?.[1] === undefined || m[2] === undefined || NAME_SUFFIX.test(m[2])) return raw;
  return `${m[2]} ${m[1]}`;
}

/** Splits a free-text byline ("By A, B and C") into authors. */
export function authorsFromText(
  raw: string | undefined,
  kind: PageAuthor['kind'] = 'Person',
): PageAuthor[] {
  if (raw === undefined) return [];
  const text = stripByPrefix(cleanPageText(raw, 1000) ?? '');
  const out: PageAuthor[] = [];
  for (const part of splitNames(text)) {
    const name = cleanAuthorName(part);
    if (name !== undefined) out.push({ name, kind });
  }
  return dedupeAuthors(out);
}

/** Removes repeats (case-insensitive), keeping the first and any url it carried. */
export function dedupeAuthors(list: readonly PageAuthor[]): PageAuthor[] {
  const out: PageAuthor[] = [];
  const seen = new Map<string, PageAuthor>();
  for (const author of list) {
    const key = author.name.toLocaleLowerCase();
    const previous = seen.get(key);
    if (previous === undefined) {
      if (out.length === LIMITS.authors) continue;
      const copy = { ...author };
      seen.set(key, copy);
      out.push(copy);
    } else if (previous.url === undefined && author.url !== undefined) {
      previous.url = author.url;
    }
  }
  return out;
}
