/** Cleaning of page-provided strings: entities, stray markup, "By" prefixes, whitespace. */
import { cleanText } from '../../activity/text';

// The HTML parser already decodes attributes and text nodes; these cover JSON-LD strings and
// double-encoded meta content ("&amp;#8217;"), which CMSs emit often.
const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  hellip: '…',
  mdash: '—',
  ndash: '–',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  laquo: '«',
  raquo: '»',
  copy: '©',
  reg: '®',
  trade: '™',
  middot: '·',
  bull: '•',
  eacute: 'é',
  egrave: 'è',
  aacute: 'á',
  agrave: 'à',
  oacute: 'ó',
  uacute: 'ú',
  iacute: 'í',
  ntilde: 'ñ',
  ccedil: 'ç',
  uuml: 'ü',
  ouml: 'ö',
  auml: 'ä',
  szlig: 'ß',
  euro: '€',
  pound: '£',
  deg: '°',
};
const ENTITY = /&(?:#(\d{1,7})|#x([0-9a-f]{1,6})|([a-z][a-z0-9]{1,7}));/gi;

function fromCodePoint(code: number, original: string): string {
  return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff)
    ? String.fromCodePoint(code)
    : original;
}

/** Decodes numeric and common named entities; twice, for double-encoded values. */
export function decodeEntities(value: string): string {
  let out = value;
  for (let pass = 0; pass < 2 && out.includes('&'); pass++) {
    out = out.replace(ENTITY, (match, dec?: string, hex?: string, name?: string) => {
      if (dec !== undefined) return fromCodePoint(Number(dec), match);
      if (hex !== undefined) return fromCodePoint(parseInt(hex, 16), match);
      return NAMED[(name ?? '').toLowerCase()] ?? match;
    });
  }
  return out;
}

const TAG = /<\/?[a-z][^<>]*>/gi;

/** Entity-decoded, tag-free, whitespace-collapsed, bounded text; undefined when empty. */
export function cleanPageText(value: string | undefined, max: number): string | undefined {
  if (value === undefined) return undefined;
  let text = value.length > max * 4 + 1000 ? value.slice(0, max * 4 + 1000) : value;
  text = decodeEntities(text);
  if (text.includes('<')) text = text.replace(TAG, ' ');
  return cleanText(text, max);
}

/** Strips a leading "By"/"Par"/"Von"/"Por"/"Di"/"Door"/"Av" (and ":"), as bylines say. */
export function stripByPrefix(value: string): string {
  return value.replace(/^(?:by|par|von|por|di|door|av|written by|posted by)\s*[:\-–]?\s+/i, '');
}

/** True when `value` looks like a URL rather than a name. */
export function looksLikeUrl(value: string): boolean {
  return /^(?:https?:)?\/\/|^www\.[^\s]+\.[a-z]{2,}/i.test(value.trim());
}
