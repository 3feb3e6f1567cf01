/**
 * Bearer tokens written into a URL's path rather than its query: password-reset and magic links
 * (`/reset-password/9f2c…`, `/account/confirm/Zm9vYmFy…`), invitations, unsubscribe links, signed
 * downloads. `canonicalizeUrl` keeps paths (they are the content's address), so a page whose path
 * carries one is never recorded at all (`isCredentialOnlyUrl`). The rule and its trade-offs are in
 * src/activity/README.md ("Secrets in URLs").
 */
import { classChanges, isCredentialPath } from './url-secret-context';
import { looksOpaque } from './url-secrets';

/**
 * Path words, besides the sign-in and recovery words of `isCredentialPath`, next to which a
 * random segment is a credential: unsubscribe and opt-out links, one-time tokens, signed
 * downloads. Matched as a whole segment or a `-`/`_`/`.`-delimited word of one.
 */
const PATH_ONLY_CONTEXT =
  /(?:^|[._-])(?:unsubscribe|unsub|optout|opt-out|tokens?|otp|mfa|2fa|passwordless|downloads?|dl)(?=$|[._-])/i;

/**
 * Segments before which a hex segment is a version-control object (`/commit/<sha>`,
 * `/blob/<sha>/README.md`), not a token, whatever the repository is called (`next-auth`).
 */
const VCS_OBJECT = new Set([
  'commit',
  'commits',
  'blob',
  'tree',
  'blame',
  'raw',
  'compare',
  'src',
  'changeset',
  'rev',
  'revision',
]);

/**
 * Segments before which a long random segment is the id of a document the user reads, not a
 * credential: Google Docs, Sheets, Slides and Drive (`/document/d/<44-char id>/edit`, published
 * `/d/e/2PACX-…/pub`) and Facebook posts (`/posts/pfbid0…`).
 */
const CONTENT_ID_MARKERS = new Set(['d', 'posts']);

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const HEX = /^[0-9a-f]+$/i;
/** A word of a slug: three or more letters of one case (`tides`, `How`, `NASA`). */
const SLUG_WORD = /^(?:[a-z]{3,}|[A-Z][a-z]{2,}|[A-Z]{3,})$/;
/** A file extension kept off the token (`/download/<token>.pdf`). */
const EXTENSION = /\.[a-z0-9]{1,5}$/i;

/**
 * Shortest segment, in letters and digits, refused without a credential word next to it: 40 is
 * 30 random bytes in base64, longer than YouTube (11), Medium (12 hex) or Instagram ids (11), and
 * than most CMS ids; it must also mix lower case, upper case and digits, so hex hashes (git
 * objects, 32-hex Notion page ids) are kept.
 */
export const LONG_TOKEN_MIN_LENGTH = 40;

function decoded(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/**
 * The non-empty segments of `pathname` (as `URL.pathname` gives it), each percent-decoded, or
 * left as it is when it is not valid percent-encoding (`/a//b%zz/` → `['a', 'b%zz']`).
 */
export function pathSegments(pathname: string): string[] {
  return pathname
    .split('/')
    .filter((s) => s !== '')
    .map(decoded);
}

/** True for a segment made of two or more words (`how-tides-really-work-3f2a9c1b2d4e`). */
function isSlug(segment: string): boolean {
  return segment.split(/[-_.~+]/).filter((chunk) => SLUG_WORD.test(chunk)).length >= 2;
}

/**
 * True when `segment` (decoded, extension removed) looks like a random credential by itself: a
 * UUID, or a value `looksOpaque` judges random (at least 20 letters and digits, both present,
 * the character class changing at least every fourth character), and not a slug of words.
 */
function looksLikeToken(segment: string): boolean {
  if (UUID.test(segment)) return true;
  return looksOpaque(segment) && !isSlug(segment);
}

/**
 * True for a token long and varied enough to be refused with no credential word around it: lower
 * case, upper case and digits all present, and the class changing at least every 2.5 characters.
 * Random base62/base64 changes class at about 6 characters in 10; camel-case words with numbers
 * (`SubnationalPopulationEstimates_HOTPAt30Jun17`, `videoSixteenByNineJumbo1600`) at 3 in 10.
 */
function isLongToken(segment: string): boolean {
  const bare = segment.replace(/[^A-Za-z0-9]/g, '');
  if (bare.length < LONG_TOKEN_MIN_LENGTH) return false;
  if (!/[a-z]/.test(bare) || !/[A-Z]/.test(bare) || !/[0-9]/.test(bare)) return false;
  return classChanges(bare) >= bare.length * 0.4;
}

/**
 * True when segment `word` (decoded) names a credential endpoint or a one-time link: a short
 * segment (`reset-password`, `confirm`, `wp-login.php`, at most three `-`/`_`/`.` parts), never an
 * article slug that happens to contain such a word (`ss_tipster-told-acs-abused-boy.html`).
 */
function isContextWord(word: string): boolean {
  if (word.split(/[-_.]/).length > 3) return false;
  return isCredentialPath(`/${word}`) || PATH_ONLY_CONTEXT.test(word);
}

/**
 * True when `pathname` (as `URL.pathname` gives it, percent-encoded or not) has a segment that is
 * a bearer token, so the URL is a credential and must never be recorded:
 * - a token-like segment (`looksLikeToken`: a UUID or a random value of 20 or more letters and
 *   digits, not a slug) next to a credential word: one of the two segments before it or the one
 *   after it names a sign-in, reset, confirmation, verification, invitation, activation, magic,
 *   unsubscribe, token or download endpoint (`/reset-password/<token>`,
 *   `/reset/MQ/<Django token>/`, `/users/<token>/confirm`, `/u/unsubscribe/<token>`); a hex
 *   segment after `commit`, `blob`, `tree`, ... is a version-control object and never counts;
 * - or, with no such word, a very long token (`LONG_TOKEN_MIN_LENGTH` letters and digits, lower
 *   case, upper case and digits all present, e.g. a base64url capability) unless it follows a
 *   document-id marker (`/d/` of Google Docs and Drive, Facebook's `/posts/`).
 * UUIDs, hex hashes, numbers, dates, slugs and short ids (YouTube, Medium, Instagram) are never
 * tokens without a credential word. Pure; never throws.
 */
export function hasPathToken(pathname: string): boolean {
  const segments = pathSegments(pathname);
  return segments.some((raw, i) => {
    const segment = raw.replace(EXTENSION, '');
    if (!looksLikeToken(segment)) return false;
    const before = segments.slice(Math.max(0, i - 2), i).map((s) => s.toLowerCase());
    if (HEX.test(segment.replace(/-/g, '')) && before.some((s) => VCS_OBJECT.has(s))) return false;
    const around = [...before, segments[i + 1] ?? ''];
    if (around.some(isContextWord)) return true;
    return isLongToken(segment) && !segments.slice(0, i).some((s) => CONTENT_ID_MARKERS.has(s));
  });
}
