/**
 * Durations, times and numbers for the extension's pages, through `Intl` in the catalog's language.
 * `now` and the locale are passed in (callers pass `messageLocale()`); the one phrase `Intl` has no
 * word for, "just now", comes from the catalog.
 */
import { siteLabelOf } from '../activity/site-label';
import { t } from '../i18n/i18n';
import { roundShown } from '../tracking/shown-rounding';

// Building an Intl formatter costs far more than using one: a list of 500 rows reuses them.
const cache = new Map<string, Intl.NumberFormat | Intl.RelativeTimeFormat | Intl.DateTimeFormat>();
function cached<F extends Intl.NumberFormat | Intl.RelativeTimeFormat | Intl.DateTimeFormat>(
  key: string,
  make: () => F,
): F {
  let formatter = cache.get(key) as F | undefined;
  if (!formatter) cache.set(key, (formatter = make()));
  return formatter;
}

const unit = (locale: string | undefined, name: 'second' | 'minute' | 'hour', value: number) =>
  cached(
    `unit|${String(locale)}|${name}`,
    () => new Intl.NumberFormat(locale, { style: 'unit', unit: name, unitDisplay: 'short' }),
  ).format(value);

/**
 * Time spent, rounded for reading: "45 sec", "13 min", "1 hr 5 min" (en), "13 Min." (de).
 * Negative input counts as 0. The value written is `roundShown(ms)` (tracking/shown-rounding.ts):
 * a total meant to add up with its rows is formatted from `sumShown` of them, not their exact sum.
 */
export function formatDuration(ms: number, locale?: string): string {
  const shown = roundShown(ms);
  if (shown < 60_000) return unit(locale, 'second', shown / 1000);
  const minutes = shown / 60_000;
  if (minutes < 60) return unit(locale, 'minute', minutes);
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest === 0
    ? unit(locale, 'hour', hours)
    : `${unit(locale, 'hour', hours)} ${unit(locale, 'minute', rest)}`;
}

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
];

/**
 * A chart axis number in the locale's digits and separators ("1.5" en, "1,5" de), at most two
 * decimals: axis ticks are floats (0.30000000000000004) that should read as 0.3.
 */
export function formatAxisNumber(value: number, locale?: string): string {
  return cached(
    `axis|${String(locale)}`,
    () => new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }),
  ).format(value);
}

/** When, relative to `now` (both epoch ms): "2 hours ago", "vor 2 Stunden", "in 3 minutes". */
export function formatWhen(at: number, now: number, locale?: string): string {
  const seconds = Math.round((at - now) / 1000);
  const format = cached(
    `relative|${String(locale)}`,
    () => new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }),
  );
  for (const [name, size] of UNITS) {
    if (Math.abs(seconds) >= size) return format.format(Math.trunc(seconds / size), name);
  }
  return format.format(0, 'minute');
}

/**
 * When something happened, relative to `now` (both epoch ms): "just now" / "gerade eben" under a
 * minute ago (Intl's "this minute" is no one's words for the past), else as formatWhen ("2 hours
 * ago"). An instant past `now` (another device's clock ahead of this one) is "just now" too:
 * what happened is never "in 1 minute". For times to come ("next try in 3 minutes") use formatWhen.
 */
export function formatAgo(at: number, now: number, locale?: string): string {
  return now - at < 60_000 ? t('time_just_now') : formatWhen(at, now, locale);
}

/** The full date and time of an instant (epoch ms), for a tooltip: "Sunday, 29 November 2026 at 08:00". */
export function formatFullDate(at: number, locale?: string, timeZone?: string): string {
  return cached(
    `full|${String(locale)}|${String(timeZone)}`,
    () =>
      new Intl.DateTimeFormat(locale, {
        dateStyle: 'full',
        timeStyle: 'short',
        ...(timeZone ? { timeZone } : {}),
      }),
  ).format(at);
}

/** The host without a leading "www.", for a compact site label when the page names none. */
export function siteLabel(url: string, siteName?: string): string {
  return siteLabelOf(url, siteName);
}
