// Edm.DateTimeOffset as Graph handles it: parsed with any UTC offset, stored and returned in UTC with
// up to 7 fractional digits (100 ns ticks), so "2015-02-11T20:54:04.3457274+00:00" comes back as
// "2015-02-11T20:54:04.3457274Z" exactly as in the public examples. JS Date alone keeps only ms.

/** A Graph date-time with its 100 ns precision: epoch ms plus the ticks inside that ms. */
export interface Instant {
  /** Whole milliseconds since the epoch (floor). */
  readonly ms: number;
  /** Remaining 100 ns ticks inside that millisecond, 0..9999. */
  readonly ticks: number;
}

const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|z|[+-]\d{2}:\d{2})$/;

const DAY_MS = 86_400_000;

/** Parses an ISO 8601 / OData DateTimeOffset; undefined when malformed or out of range. */
export function parseDateTimeOffset(text: string): Instant | undefined {
  const m = DATE_TIME.exec(text);
  if (!m) return undefined;
  const [, ys, mos, ds, hs, mis, ss = '0', frac = '', zone = 'Z'] = m;
  const year = Number(ys);
  const month = Number(mos);
  const day = Number(ds);
  const hour = Number(hs);
  const minute = Number(mis);
  const second = Number(ss);
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59) {
    return undefined;
  }
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return undefined;
  let offsetMin = 0;
  if (zone !== 'Z' && zone !== 'z') {
    const oh = Number(zone.slice(1, 3));
    const om = Number(zone.slice(4, 6));
    if (oh > 14 || om > 59) return undefined;
    offsetMin = (zone.startsWith('-') ? -1 : 1) * (oh * 60 + om);
  }
  // Date.UTC maps years 0..99 to 1900+; setUTCFullYear keeps them literal.
  const base = new Date(Date.UTC(2000, month - 1, day, hour, minute, second));
  base.setUTCFullYear(year);
  // Keep 7 digits (100 ns); extra digits some clients send are truncated, as .NET does.
  const digits = frac.padEnd(7, '0').slice(0, 7);
  const fracMs = Number(digits.slice(0, 3));
  const ticks = Number(digits.slice(3, 7));
  const ms = base.getTime() - offsetMin * 60_000 + fracMs;
  const result = { ms, ticks };
  const y = new Date(ms).getUTCFullYear();
  return y >= 1 && y <= 9999 ? result : undefined;
}

/** The instant at `ms` (fractional ms become ticks, 0..9999). */
export function instantFromMs(ms: number): Instant {
  const whole = Math.floor(ms);
  return { ms: whole, ticks: Math.min(9_999, Math.floor((ms - whole) * 10_000)) };
}

/** Negative, zero or positive as `a` is before, at or after `b`. */
export function compareInstants(a: Instant, b: Instant): number {
  return a.ms !== b.ms ? a.ms - b.ms : a.ticks - b.ticks;
}

/** `t` plus `days` whole days (86,400,000 ms each). */
export function addDays(t: Instant, days: number): Instant {
  return { ms: t.ms + days * DAY_MS, ticks: t.ticks };
}

/** Whole seconds between two instants (Graph's computed activeDurationSeconds). */
export function secondsBetween(from: Instant, to: Instant): number {
  const diff100ns = (to.ms - from.ms) * 10_000 + (to.ticks - from.ticks);
  return Math.trunc(diff100ns / 10_000_000);
}

/** UTC text with trailing zero digits trimmed, as OData serializes DateTimeOffset. */
export function formatInstant(t: Instant): string {
  const iso = new Date(t.ms).toISOString(); // YYYY-MM-DDTHH:MM:SS.mmmZ
  const fraction = `${iso.slice(20, 23)}${String(t.ticks).padStart(4, '0')}`.replace(/0+$/, '');
  return `${iso.slice(0, 19)}${fraction ? `.${fraction}` : ''}Z`;
}
