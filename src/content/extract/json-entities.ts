/**
 * HTML character references the HTML parser did not decode. JSON-LD sits in a <script>, whose text
 * the parser leaves undecoded, and CMSs often HTML-escape the strings they write there ("Tom &amp;
 * Jerry", "It&#8217;s"): the raw JSON text is decoded exactly once, before JSON.parse, with each
 * character that would end or break a JSON string written as its JSON escape instead. Attribute
 * values arrive decoded, but CMSs escape some twice; what is left of those is decoded once more.
 * Nothing is decoded beyond that, so "&amp;lt;b&amp;gt;" in a script becomes the text "&lt;b&gt;".
 */

// Numeric references and the named ones CMSs emit; unknown names stay as written.
const NAMED: Readonly<Record<string, number>> = {
  amp: 0x26,
  lt: 0x3c,
  gt: 0x3e,
  quot: 0x22,
  apos: 0x27,
  nbsp: 0xa0,
  hellip: 0x2026,
  mdash: 0x2014,
  ndash: 0x2013,
  lsquo: 0x2018,
  rsquo: 0x2019,
  ldquo: 0x201c,
  rdquo: 0x201d,
  laquo: 0xab,
  raquo: 0xbb,
  copy: 0xa9,
  reg: 0xae,
  trade: 0x2122,
  middot: 0xb7,
  bull: 0x2022,
  eacute: 0xe9,
  egrave: 0xe8,
  aacute: 0xe1,
  agrave: 0xe0,
  oacute: 0xf3,
  uacute: 0xfa,
  iacute: 0xed,
  ntilde: 0xf1,
  ccedil: 0xe7,
  uuml: 0xfc,
  ouml: 0xf6,
  auml: 0xe4,
  szlig: 0xdf,
  euro: 0x20ac,
  pound: 0xa3,
  deg: 0xb0,
};
const ENTITY = /&(?:#(\d{1,7})|#x([0-9a-f]{1,6})|([a-z][a-z0-9]{1,7}));/gi;

function jsonSafe(code: number): string {
  if (code === 0x22) return '\\"';
  if (code === 0x5c) return '\\\\';
  if (code < 0x20) return `\\u${code.toString(16).padStart(4, '0')}`;
  return String.fromCodePoint(code);
}

function codePointOf(dec?: string, hex?: string, name?: string): number | undefined {
  const code =
    dec !== undefined
      ? Number(dec)
      : hex !== undefined
        ? parseInt(hex, 16)
        : NAMED[(name ?? '').toLowerCase()];
  // Zero, beyond Unicode, or a surrogate: not a character, so the reference stays as written.
  if (code === undefined || code <= 0 || code > 0x10ffff) return undefined;
  return code >= 0xd800 && code <= 0xdfff ? undefined : code;
}

/**
 * Text the HTML parser already decoded that still holds character references: a CMS escaped it
 * twice (`content="&amp;quot;Blue House&amp;quot;"` reaches the DOM as `&quot;Blue House&quot;`).
 * Decodes those once, to the characters the author wrote (`"Blue House"`); the result is text,
 * never parsed as markup, and never decoded again (`&amp;amp;lt;` ends as `&lt;`).
 */
export function decodeLeftoverEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(ENTITY, (match, dec?: string, hex?: string, name?: string) => {
    const code = codePointOf(dec, hex, name);
    return code === undefined ? match : String.fromCodePoint(code);
  });
}

/**
 * `json` with its HTML character references decoded once, JSON-escaped where needed, so the
 * result parses to the same structure with decoded strings. Invalid code points stay as written.
 */
export function decodeEntitiesInJson(json: string): string {
  if (!json.includes('&')) return json;
  return json.replace(ENTITY, (match, dec?: string, hex?: string, name?: string) => {
    const code = codePointOf(dec, hex, name);
    return code === undefined ? match : jsonSafe(code);
  });
}
