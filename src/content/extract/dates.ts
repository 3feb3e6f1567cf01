/** Normalises the many date spellings pages use to ISO 8601, keeping the offset when known. */

const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
const SLASHED = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$/;
const EPOCH = /^\d{10}(?:\d{3})?$/;
const HAS_ZONE = /\b(?:GMT|UTC|Z)\b|[+-]\d{2}:?\d{2}$|\b[ECMP][SD]T\b/;

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

function validDate(y: number, m: number, d: number): boolean {
  return y >= 1800 && y <= 2200 && m >= 1 && m <= 12 && d >= 1 && d <= 31;
}

function fromIsoMatch(m: RegExpMatchArray): string | undefined {
  const [, y, mo, d, h, mi, s, frac, zone] = m;
  if (!validDate(Number(y), Number(mo), Number(d))) return undefined;
  const date = `${y ?? ''}-${mo ?? ''}-${d ?? ''}`;
  if (h === undefined || mi === undefined) return date;
  if (Number(h) > 23 || Number(mi) > 59 || Number(s ?? 0) > 60) return date;
  const ms = frac === undefined ? '' : '.' + frac.slice(0, 3).padEnd(3, '0');
  let offset = '';
  if (zone !== undefined) {
    const z = zone.toUpperCase();
    offset = z === 'Z' ? 'Z' : z.length === 3 ? z + ':00' : `${z.slice(0, 3)}:${z.slice(-2)}`;
    if (offset === '+00:00' || offset === '-00:00') offset = 'Z';
  }
  return `${date}T${h}:${mi}:${s ?? '00'}${ms}${offset}`;
}

/**
 * ISO 8601 for any recognisable date string: date-only stays date-only, zone-less date-times stay
 * zone-less (the page did not say), zoned ones keep their offset. Undefined when unparseable.
 */
export function normalizeDate(raw: string | undefined): string | undefined {
  if (raw === undefined) return undefined;
  const value = raw.trim();
  if (value === '' || value.length > 80) return undefined;
  const iso = ISO.exec(value);
  if (iso) return fromIsoMatch(iso);
  const compact = COMPACT.exec(value) ?? SLASHED.exec(value);
  if (compact) {
    const [, y, m, d] = compact.map(Number);
    return y !== undefined && m !== undefined && d !== undefined && validDate(y, m, d)
      ? `${pad(y, 4)}-${pad(m)}-${pad(d)}`
      : undefined;
  }
  if (EPOCH.test(value)) {
    const ms = value.length === 10 ? Number(value) * 1000 : Number(value);
    return new Date(ms).toISOString().replace('.000Z', 'Z');
  }
  return parseLoose(value);
}

// Free-text dates ("Thu, 22 Dec 2016 10:43:37 GMT", "March 25, 2015 3:46 PM") via Date.parse.
function parseLoose(value: string): string | undefined {
  const cleaned = value.replace(/(\d)(st|nd|rd|th)\b/gi, '$1').replace(/\bat\b/gi, ' ');
  if (!/\d{4}/.test(cleaned) || !/[a-z]{3}/i.test(cleaned)) return undefined;
  const time = Date.parse(cleaned);
  if (Number.isNaN(time)) return undefined;
  const date = new Date(time);
  if (HAS_ZONE.test(cleaned)) {
    return validDate(date.getUTCFullYear(), 1, 1)
      ? date.toISOString().replace('.000Z', 'Z')
      : undefined;
  }
  // Zone-less text was parsed as local time: read it back with local getters, so the result is
  // the wall-clock value the page wrote, independent of the reader's zone.
  if (!validDate(date.getFullYear(), 1, 1)) return undefined;
  const day = `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  const hasTime = /\d{1,2}:\d{2}/.test(cleaned);
  return hasTime ? `${day}T${pad(date.getHours())}:${pad(date.getMinutes())}:00` : day;
}

const MONTHS =
  'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
const TEXT_DATE = new RegExp(
  `\\b(?:(?:${MONTHS})\\.? \\d{1,2},? \\d{4}|\\d{1,2} (?:${MONTHS})\\.? \\d{4})(?:,? (?:at )?\\d{1,2}:\\d{2}(?:\\s?[ap]\\.?m\\.?)?)?|\\b\\d{4}-\\d{2}-\\d{2}\\b`,
  'i',
);

/** Finds the first date written in running text (English month names or ISO), normalised. */
export function findDateInText(text: string): string | undefined {
  const match = TEXT_DATE.exec(text.slice(0, 300));
  return match ? normalizeDate(match[0].replace(/(\d)\s?([ap])\.?m\.?$/i, '$1 $2m')) : undefined;
}
