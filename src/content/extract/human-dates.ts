/**
 * Dates written for people: "Tuesday, May 24, 2016", "24. Mai 2016 um 10:30", "24 de mayo de
 * 2016", "05/24/2016 - 10:30", "2016年5月24日", "Dec 16, 2016 at 3:46 PM EST". A date is taken only
 * when the text states its year, month and day: nothing is anchored to "now" (a weekday alone or
 * "2 hours ago" gives nothing), and a zone is kept only when the text names one.
 *
 * Not a date library: chrono-node and the like parse relative and partial dates (which must not
 * be turned into dates here) and would weigh more than the whole extractor.
 */

import { MONTHS, WEEKDAYS } from './month-names';

/** Offsets of the zone abbreviations pages print; others are ignored (no zone kept). */
const ZONES: Readonly<Record<string, string>> = {
  z: 'Z',
  utc: 'Z',
  gmt: 'Z',
  est: '-05:00',
  edt: '-04:00',
  cst: '-06:00',
  cdt: '-05:00',
  mst: '-07:00',
  mdt: '-06:00',
  pst: '-08:00',
  pdt: '-07:00',
  bst: '+01:00',
  cet: '+01:00',
  cest: '+02:00',
  ist: '+05:30',
  jst: '+09:00',
  kst: '+09:00',
  aest: '+10:00',
  // Indonesia (western, central, eastern), Hong Kong, Singapore, Moscow, Australia's summer,
  // eastern Europe: zones news pages there print after a time.
  wib: '+07:00',
  wita: '+08:00',
  wit: '+09:00',
  hkt: '+08:00',
  sgt: '+08:00',
  msk: '+03:00',
  aedt: '+11:00',
  eet: '+02:00',
  eest: '+03:00',
};

/** A calendar date read from text (month 1-12), and where it ends in the text. */
export interface DateParts {
  year: number;
  month: number;
  day: number;
  /** Index just past the date in the text, where a time may follow. */
  end: number;
}

const pad = (n: number): string => String(n).padStart(2, '0');
const DAYS_IN = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function valid(year: number, month: number, day: number): boolean {
  if (year < 1800 || year > 2200 || month < 1 || month > 12 || day < 1) return false;
  if (day > (DAYS_IN[month - 1] ?? 0)) return false;
  return month !== 2 || day < 29 || (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0));
}

const CJK_DATE = /(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]?/;
const NUMERIC = /(?<!\d)(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?!\d)/;
const WORD = /[a-z\u00e0-\u017f\u0430-\u045f\u0621-\u064a]{3,}\.?/g;
const DAY_BEFORE = /(\d{1,2})(?:st|nd|rd|th|er|º|°|\.)?\s*(?:de\s+|of\s+)?$/;
// Year first with "/" or ".": "2016/05/24", "2016.05.24." (Chinese, Japanese, Korean pages),
// also spaced as Korean portals print it ("2016. 5. 24.").
const YEAR_FIRST = /(?<!\d)(\d{4})([/.]) ?(\d{1,2})\2 ?(\d{1,2})(?!\d)/;
const AFTER_MONTH = /^\.?\s*(\d{1,2})(?:st|nd|rd|th)?\.?,?\s+(\d{4})(?!\d)/;
const YEAR_AFTER = /^\.?,?\s*(?:de\s+|del\s+)?(\d{4})(?!\d)/;
// Year, month name, day: NLM citations ("2021 Mar 15", "2021 March 15": PubMed, PMC).
const YEAR_BEFORE = /(?<!\d)(\d{4})\.?\s+$/;
const DAY_AFTER = /^\.?\s*(\d{1,2})(?![\d:])/;

function fromMonthName(text: string, lower: string): DateParts | undefined {
  WORD.lastIndex = 0;
  for (let m = WORD.exec(lower), n = 0; m !== null && n < 60; m = WORD.exec(lower), n++) {
    const month = MONTHS.get(m[0].replace(/\.$/, ''));
    if (month === undefined) continue;
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 24);
    const monthFirst = AFTER_MONTH.exec(after);
    if (monthFirst !== null) {
      const [whole, d, y] = monthFirst;
      if (valid(Number(y), month, Number(d))) {
        return {
          year: Number(y),
          month,
          day: Number(d),
          end: m.index + m[0].length + whole.length,
        };
      }
    }
    const before = DAY_BEFORE.exec(text.slice(Math.max(0, m.index - 12), m.index));
    const year = YEAR_AFTER.exec(after);
    if (before !== null && year !== null && valid(Number(year[1]), month, Number(before[1]))) {
      return {
        year: Number(year[1]),
        month,
        day: Number(before[1]),
        end: m.index + m[0].length + year[0].length,
      };
    }
    const yearBefore = YEAR_BEFORE.exec(text.slice(Math.max(0, m.index - 8), m.index));
    const dayAfter = yearBefore === null ? null : DAY_AFTER.exec(after);
    if (yearBefore !== null && dayAfter !== null) {
      const [y, d] = [Number(yearBefore[1]), Number(dayAfter[1])];
      if (valid(y, month, d)) {
        return { year: y, month, day: d, end: m.index + m[0].length + dayAfter[0].length };
      }
    }
  }
  return undefined;
}

/**
 * The first date in `text` with its year, month and day all written. `monthFirst` settles
 * "05/06/2016": true reads May 6 (US), false June 5; undefined reads month first with "/" and
 * day first with "." or "-", the common conventions. Unambiguous numbers ("24/05/2016") are read
 * the only way they can be.
 */
export function findDateParts(text: string, monthFirst?: boolean): DateParts | undefined {
  const cjk = CJK_DATE.exec(text);
  if (cjk !== null) {
    const [y, mo, d] = [cjk[1], cjk[2], cjk[3]].map(Number);
    if (y !== undefined && mo !== undefined && d !== undefined && valid(y, mo, d)) {
      return { year: y, month: mo, day: d, end: cjk.index + cjk[0].length };
    }
  }
  const named = fromMonthName(text, text.toLowerCase());
  const yearFirst = YEAR_FIRST.exec(text);
  if (yearFirst !== null && (named === undefined || yearFirst.index < named.end)) {
    const [y, mo, d] = [yearFirst[1], yearFirst[3], yearFirst[4]].map(Number);
    if (y !== undefined && mo !== undefined && d !== undefined && valid(y, mo, d)) {
      return { year: y, month: mo, day: d, end: yearFirst.index + yearFirst[0].length };
    }
  }
  const numeric = NUMERIC.exec(text);
  if (numeric !== null && (named === undefined || numeric.index < named.end)) {
    const a = Number(numeric[1]);
    const b = Number(numeric[3]);
    const year = Number(numeric[4]);
    const mf = a > 12 ? false : b > 12 ? true : (monthFirst ?? numeric[2] === '/');
    const [month, day] = mf ? [a, b] : [b, a];
    if (valid(year, month, day)) {
      return { year, month, day, end: numeric.index + numeric[0].length };
    }
  }
  return named;
}

// "+1" → "+01:00", "-0530" parts → "-05:30".
function offsetOf(hours: string, minutes = '00'): string {
  return `${hours.charAt(0)}${hours.slice(1).padStart(2, '0')}:${minutes}`;
}

const TIME =
  /^[\s,.|–—-]*(?:at|um|à|a las|alle|om|às|kl\.?|в|о|,)?\s*(\d{1,2})\s*(?:[:時时시h]|\.(?=\d{2}\s*(?:uhr|h|gmt|bst|utc)))\s*(\d{2})(?:\s*分)?(?::(\d{2}))?\s*(a\.?\s?m\.?|p\.?\s?m\.?)?(?:\s*uhr)?\s*(?:\(?\b(utc|gmt|z|[ecmp][sd]t|bst|cest|cet|ist|jst|kst|aest|aedt|wib|wita|wit|hkt|sgt|msk|eest|eet)(?:([+-]\d{1,2}):?(\d{2})?)?\b\)?|([+-]\d{2}):?(\d{2})\b)?/i;

const CJK_HALF = /(오전|오후|午前|午後|上午|下午)\s*(\d{1,2}\s*[:時时시]\s*\d{2}(?:\s*分)?)/;
const halfAfter = (_: string, half: string, time: string): string =>
  `${time} ${/오후|午後|下午/.test(half) ? 'pm' : 'am'}`;

const LEADING_WORD = /^[\s,.(]*(\p{L}+)\)?,?/u;
// Nordic clocks: "kl. 09.30" (Norwegian, Danish), "klo 9.30" (Finnish).
const NORDIC_CLOCK = /^[\s,|–—-]*(?:kl|klo)\.?\s*(\d{1,2})[.:](\d{2})(?!\d)/i;

// The time TIME misses: after a weekday ("15 Mart 2021 Pazartesi 09:30", "15. března 2021,
// pondělí 9:30") or a Nordic clock word. Read only once TIME found nothing.
function laterTime(rest: string): RegExpExecArray | null {
  const word = LEADING_WORD.exec(rest);
  const after =
    word !== null && WEEKDAYS.has(word[1]?.toLowerCase() ?? '') ? rest.slice(word[0].length) : rest;
  const time = TIME.exec(after.replace(NORDIC_CLOCK, ' $1:$2'));
  return after === rest && !NORDIC_CLOCK.test(rest) ? null : time;
}

/**
 * ISO 8601 for the first date written in `text`: "YYYY-MM-DD" when only the day is written,
 * "YYYY-MM-DDTHH:MM:SS" with a time, plus the offset only when the text names a zone. Undefined
 * when the text holds no complete date.
 */
export function parseHumanDate(text: string, monthFirst?: boolean): string | undefined {
  const sample = text.length > 400 ? text.slice(0, 400) : text;
  const parts = findDateParts(sample, monthFirst);
  if (parts === undefined) return undefined;
  const date = `${String(parts.year)}-${pad(parts.month)}-${pad(parts.day)}`;
  const rest = sample.slice(parts.end, parts.end + 40);
  // "오후 3:30", "午後3時30分", "下午3:30": the half of the day written before the time.
  const time =
    TIME.exec(CJK_HALF.test(rest) ? rest.replace(CJK_HALF, halfAfter) : rest) ?? laterTime(rest);
  if (time === null) return date;
  let hour = Number(time[1]);
  const minute = Number(time[2]);
  const second = Number(time[3] ?? 0);
  const meridiem = time[4]?.toLowerCase().replace(/[.\s]/g, '');
  if (meridiem !== undefined) {
    if (hour < 1 || hour > 12) return date;
    hour = (hour % 12) + (meridiem === 'pm' ? 12 : 0);
  }
  if (hour > 23 || minute > 59 || second > 59) return date;
  // "GMT+0100", "UTC+2" (a JavaScript Date string, many CMSs): the offset, not the zone name.
  const [zoneName, nameHours, nameMinutes, hours, minutes] = time.slice(5);
  const offset =
    nameHours !== undefined
      ? offsetOf(nameHours, nameMinutes)
      : zoneName !== undefined
        ? (ZONES[zoneName.toLowerCase()] ?? '')
        : hours !== undefined && minutes !== undefined
          ? `${hours}:${minutes}`
          : '';
  return `${date}T${pad(hour)}:${pad(minute)}:${pad(second)}${offset === '+00:00' ? 'Z' : offset}`;
}

// "/2016/05/24/", "/2016-05-24-slug", "/20160524/", "/2016/0524/" (Chinese news sites),
// "/20160524-OYT1T50001/" (Japanese news sites: the date, then the article's id).
// A compact date before a lowercase slug ("/20210315-harbour-vote/") is a permalink, unless it
// sits in a one-letter folder ("/t/", "/p/"): short links to ids ("/t/20210315-harbour"). A
// two-letter folder is most often a language ("/en/", "/de/"): the date stands.
// A compact date alone in a folder after a resource word ("/questions/20210315/slug": Stack
// Exchange; "/question/20210315/answer/7": Zhihu; "/comments/20210315/slug": Reddit) is an id.
const URL_DATE =
  /\/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:[/-]|$)|(?<!\/(?:questions?|q|answers?|a|issues?|pull|threads?|topics?|t|posts?|p|items?|id|node|comments?|users?|members?|tickets?|bugs?|status(?:es)?|discussions?|forums?))\/((?:19|20)\d{2})\/?(\d{2})(\d{2})(?:\/|[_-](?=[A-Z][A-Z\d]{3,}(?:[/_-]|$)))|(?<!(?:^|\/)[a-z])\/((?:19|20)\d{2})(\d{2})(\d{2})[_-][a-z]{2,}(?:[_-][a-z\d]+)*\/?$/;

/**
 * The date a URL's path spells out ("/2016/05/24/slug", "/2016-05-24-slug", "/20240105/",
 * "/20240105-OYT1T50001/", "/20210315-harbour-vote"), or undefined. The compact form needs a `/`,
 * an article code or a lowercase slug ending the path after it: a trailing 8-digit number
 * ("/item/20191105") is an id that may read as a date, as is one in a short-link folder ("/t/…")
 * and a number alone in a folder after a resource word ("/questions/20210315/slug").
 */
export function dateInUrl(url: string): string | undefined {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return undefined;
  }
  const m = URL_DATE.exec(path);
  if (m === null) return undefined;
  const at = m[1] !== undefined ? 1 : m[4] !== undefined ? 4 : 7;
  const [y, mo, d] = [m[at], m[at + 1], m[at + 2]].map(Number);
  return y !== undefined && mo !== undefined && d !== undefined && valid(y, mo, d)
    ? `${String(y)}-${pad(mo)}-${pad(d)}`
    : undefined;
}
