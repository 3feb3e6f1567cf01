/**
 * What bylines print around names that is not a name: a job title standing alone, interface text
 * (actions, counters, social links), and tails glued after a name (an outlet in capitals, a date,
 * a role, "for The Outlet"). Used by authors.ts and byline-element.ts.
 */

const ROLE_ONLY =
  /^(?:(?:senior|chief|contributing|staff|guest|special|managing|deputy)\s+)*(?:writer|editor|reporter|correspondent|columnist|contributor|photographer|producer|journalist)s?$|^(?:기자|특파원|논설위원|記者|记者|特派員|特派员|編集委員|通讯员|通信員)$/i;
/** True for a job title standing alone ("Senior Correspondent", "Staff Writer", "記者"). */
export const isRoleOnly = (value: string): boolean => ROLE_ONLY.test(value.trim());

// Controls and counters printed beside bylines: an author is a name, not an action
// ("View author archive", "Follow us on Twitter", "Show more sharing options", "51 Comments").
// Word sets rather than regular expressions: the first extraction in a page pays for compiling
// every expression it runs.
const ACTION_WORDS = new Set(
  [
    'view get show hide follow share subscribe sign log read see more email e-mail print save comment comments reply click tap load loading open close download listen watch contact visit join like tweet send copy bookmark search menu skip toggle edit report add write leave jump about all posted published updated written photo photos image video advertisement advert sponsored become apply donate support',
    // The same controls in the other languages bylines are written in (de, fr, es, it, nl, pt, ru).
    'teilen folgen abonnieren drucken merken anzeige werbung mehr partager suivre imprimer publicité compartir seguir imprimir publicidad condividi segui stampa pubblicità delen volgen advertentie partilhar поделиться подписаться читать реклама',
  ]
    .join(' ')
    .split(' '),
);
const INTERFACE_WORDS = new Set(
  'rss feed twitter facebook instagram linkedin whatsapp pinterest youtube newsletter comment comments options archive profile posts articles stories sharing notification notifications'.split(
    ' ',
  ),
);
const INTERFACE_PHRASES = [
  'min read',
  'mins read',
  'minute read',
  'click here',
  'opens in',
  'guest post',
  'guest author',
];

/** True for interface text (actions, counters, social links) rather than a person's name. */
export function isInterfaceText(value: string): boolean {
  const lower = value.toLowerCase();
  const code = lower.charCodeAt(0);
  if (code >= 48 && code <= 57) return true; // "51 Comments", "3 min read"
  const words = lower.split(/[^a-z0-9\u00c0-\u024f\u0400-\u04ff-]+/).filter((w) => w !== '');
  if (words[0] !== undefined && ACTION_WORDS.has(words[0])) return true;
  return (
    words.some((w) => INTERFACE_WORDS.has(w)) || INTERFACE_PHRASES.some((p) => lower.includes(p))
  );
}

// What bylines glue after a name: an outlet in capitals ("Meg WagnerNEW YORK DAILY NEWS"), a
// date ("Jane Doe2017-03-01", "Jane Doe Dec 16"), a role without a comma ("Jane Doe Editor"),
// "for The Outlet". Each is cut off with what follows it.
const MONTH_START =
  '(?:[Jj]an|[Ff]eb|[Mm]ar|[Aa]pr|[Mm]ay|[Jj]un|[Jj]ul|[Aa]ug|[Ss]ep|[Oo]ct|[Nn]ov|[Dd]ec)[a-z]*\\.?\\s*\\d';
const GLUED_TAIL = new RegExp(
  [
    // Not after "and": "By ANN LEE and BO CHEN" names two people in capitals.
    '(?<=[a-z\\u00df-\\u00ff.])(?<!\\b(?:and|und|et))\\s*[A-Z]{2,}(?:\\s+[A-Z&]{2,})+\\b',
    '(?<=\\D)\\s*\\d{4}-\\d{2}-\\d{2}',
    '(?<=\\D)\\s*\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4}',
    `(?<=[a-z.])\\s*${MONTH_START}`,
    `\\s+(?:on\\s+)?${MONTH_START}`,
    '\\s+(?:[Uu]pdated|[Pp]ublished|[Pp]osted)\\b',
    // "Ann Lee 3 days ago", "Ann Lee 5 min read": a relative time or a reading time.
    '\\s+\\d+\\s*(?:min|mins|minutes?|h|hrs?|hours?|days?|weeks?|months?|years?)\\b',
    // Only after a name of two words or more: "Organization for Transformative Works" stays.
    '(?<=\\S+\\s+\\S+)\\s+(?:for|für|pour|para|per)\\s+(?:the\\s+)?[A-Z]',
  ].join('|'),
);
const MAY_GLUE = /\d|[A-Z]{2}|\s(?:for|für|pour|para|per|[Uu]pdated|[Pp]ublished|[Pp]osted)\s/;
const ROLE_WORDS = new Set(
  'writer editor reporter correspondent columnist contributor photographer producer journalist'.split(
    ' ',
  ),
);
const TRAILING_ROLE =
  /\s+(?:(?:senior|chief|contributing|staff|guest|special|managing|deputy|associate|executive)\s+)*(?:writer|editor|reporter|correspondent|columnist|contributor|photographer|producer|journalist)$/i;

// Roles written after a name in CJK bylines ("김철수 기자", "山田太郎記者", "张三 记者").
const CJK_ROLE = /\s*(?:기자|특파원|논설위원|記者|记者|特派員|特派员|編集委員|通讯员|通信員)$/;

/** `raw` with glued-on outlets, dates and roles cut off after the name. */
export function cutGluedTail(raw: string): string {
  if (CJK_ROLE.test(raw)) return raw.replace(CJK_ROLE, '') || raw;
  // Cheap checks first: most names hold none of what the large expressions look for.
  const m = MAY_GLUE.test(raw) ? GLUED_TAIL.exec(raw) : null;
  const head = m === null || m.index === 0 ? raw : raw.slice(0, m.index);
  const last = head.slice(head.lastIndexOf(' ') + 1).toLowerCase();
  if (!ROLE_WORDS.has(last)) return head;
  const cut = head.replace(TRAILING_ROLE, '');
  return cut.trim() === '' ? head : cut;
}

/**
 * True for a name that is only a role written in Latin script ("Staff Writer", "Editors"): the
 * word check first, cheap enough for every candidate name, and the expression only when the last
 * word is a role. isRoleOnly, which also knows CJK roles, runs the expression at once.
 */
export function isLoneRole(name: string): boolean {
  const lower = name.toLowerCase();
  const lastWord = lower.slice(lower.lastIndexOf(' ') + 1).replace(/s$/, '');
  return ROLE_WORDS.has(lastWord) && ROLE_ONLY.test(name);
}
