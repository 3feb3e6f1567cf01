/** Normalises the many date spellings pages use to ISO 8601, keeping the offset when known. */
import { parseHumanDate } from './human-dates';

// After an offset, the zone's abbreviation may follow: Go's default time format, which Hugo
// themes print raw into `datetime` ("2021-03-15 09:30:00 +0000 UTC"; an unnamed zone repeats
// the offset).
const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?(?:\s*(Z|[+-]\d{2}(?::?\d{2})?)(?:\s+(?:[a-z]{2,5}|[+-]\d{4}))?)?)?$/i;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
const SLASHED = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$/;
const EPOCH = /^\d{10}(?:\d{3})?$/;

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
  return parseHumanDate(value);
}

// "Updated June 1, 2016 · Published May 24, 2016": the date after a publication label is the
// one asked for, wherever the label stands.
const PUBLISHED_LABEL =
  /\b(?:published|posted|first published|publié|veröffentlicht|publicado|pubblicato|gepubliceerd|opublikowano)\b|опубликовано|発行|发布/i;

/**
 * Finds the first date written in running text (see human-dates.ts), normalised; the one after
 * a publication label ("Published …") when the text labels one.
 */
export function findDateInText(text: string, monthFirst?: boolean): string | undefined {
  const label = PUBLISHED_LABEL.exec(text.slice(0, 300));
  if (label !== null && label.index > 0) {
    const labelled = findDateInText(text.slice(label.index + label[0].length), monthFirst);
    if (labelled !== undefined) return labelled;
  }
  const sample = text.slice(0, 300);
  const iso = ISO_IN_TEXT.exec(sample);
  const fromIso = iso === null ? undefined : normalizeDate(iso[0]);
  return fromIso ?? parseHumanDate(sample, monthFirst);
}

const ISO_IN_TEXT =
  /(?<!\d)\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?(?!\d)/;
