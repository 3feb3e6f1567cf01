// Validation of every message on receipt: one validator per message of the contract (a message
// without one does not compile), each returning the typed request or null: the content scripts'
// here, the extension pages' in ui-validators.ts. Nothing a page or a stale extension page sends
// is trusted: shapes, lengths and counts are checked.
import { sanitizePageMetadata } from '../activity/sanitize';
import { parseReadingPosition } from '../activity/text-fragment';
import {
  CHANNEL,
  type ContentContract,
  type ContentRequest,
  type MessageType,
  type ParsedRequest,
  type ReceivedOf,
  type UiRequest,
} from './contract';
import { isBag, isId, isTime, type Bag } from './payload-checks';
import { parseSentSnapshot } from './snapshot';
import { uiValidators } from './ui-validators';

/**
 * A page's time or duration as whole milliseconds. Pages measure from `performance` clocks
 * (`timeOrigin`, paint and event timestamps) in fractions of a millisecond; engaged time is kept,
 * published and exported in whole milliseconds (the history file's `activeDurationMs` is an
 * integer: docs/history-file.md), so a fraction never enters the tracker.
 */
const wholeMs = (ms: number): number => Math.round(ms);

/**
 * A signal's optional `presentUntil` and `resumedAt` (epoch ms, see ContentContract): absent stays
 * absent, a number is kept (the tracker clamps both to what it already knows), anything else
 * rejects the signal.
 */
function withFreezeTimes<T extends object>(
  signal: T,
  { presentUntil, resumedAt }: Bag,
): (T & { presentUntil?: number; resumedAt?: number }) | null {
  if (presentUntil !== undefined && !isTime(presentUntil)) return null;
  if (resumedAt !== undefined && !isTime(resumedAt)) return null;
  return {
    ...signal,
    ...(presentUntil === undefined ? {} : { presentUntil: wholeMs(presentUntil) }),
    ...(resumedAt === undefined ? {} : { resumedAt: wholeMs(resumedAt) }),
  };
}

const validators: { [K in MessageType]: (payload: Bag) => ReceivedOf<K> | null } = {
  'page-loaded': (p) => {
    const metadata = sanitizePageMetadata(p.metadata);
    if (!metadata || typeof p.visible !== 'boolean') return null;
    const request: ReceivedOf<'page-loaded'> = { metadata, visible: p.visible };
    if (p.attendedMs !== undefined) {
      if (typeof p.attendedMs !== 'number' || !Number.isFinite(p.attendedMs)) return null;
      request.attendedMs = wholeMs(Math.max(0, p.attendedMs));
    }
    if (p.leftMs !== undefined) {
      if (typeof p.leftMs !== 'number' || !Number.isFinite(p.leftMs)) return null;
      request.leftMs = wholeMs(Math.max(0, p.leftMs));
    }
    if (p.at !== undefined) {
      if (!isTime(p.at)) return null;
      request.at = wholeMs(p.at);
    }
    if (p.viewer !== undefined) {
      if (typeof p.viewer !== 'boolean') return null;
      request.viewer = p.viewer;
    }
    if (p.mediaPlaying !== undefined) {
      if (typeof p.mediaPlaying !== 'boolean') return null;
      request.mediaPlaying = p.mediaPlaying;
    }
    if (p.mediaSeen !== undefined) {
      if (typeof p.mediaSeen !== 'boolean') return null;
      request.mediaSeen = p.mediaSeen;
    }
    if (p.partial !== undefined) {
      if (typeof p.partial !== 'boolean') return null;
      request.partial = p.partial;
    }
    return request;
  },
  'frame-signal': (p) => {
    if (typeof p.mediaPlaying !== 'boolean') return null;
    if (p.mediaSeen !== undefined && typeof p.mediaSeen !== 'boolean') return null;
    return withFreezeTimes(
      { mediaPlaying: p.mediaPlaying, ...(p.mediaSeen === true ? { mediaSeen: true } : {}) },
      p,
    );
  },
  'page-signal': (p) => {
    if (typeof p.visible !== 'boolean' || typeof p.mediaPlaying !== 'boolean') return null;
    if (p.focused !== undefined && typeof p.focused !== 'boolean') return null;
    if (p.mediaSeen !== undefined && typeof p.mediaSeen !== 'boolean') return null;
    if (p.at !== undefined && !isTime(p.at)) return null;
    if (p.routeLeft !== undefined && typeof p.routeLeft !== 'boolean') return null;
    return withFreezeTimes(
      {
        visible: p.visible,
        mediaPlaying: p.mediaPlaying,
        ...(p.mediaSeen === true ? { mediaSeen: true } : {}),
        ...(p.focused === undefined ? {} : { focused: p.focused }),
        ...(p.at === undefined ? {} : { at: wholeMs(p.at) }),
        ...(p.routeLeft === true ? { routeLeft: true } : {}),
      },
      p,
    );
  },
  'page-left': () => ({}),
  'read-snapshot': parseSentSnapshot,
  'frames-loaded': () => ({}),
  'page-position': (p) => {
    const position = parseReadingPosition(p.position);
    return position && isId(p.url) ? { url: p.url, position } : null;
  },
  ...uiValidators,
};

const CONTENT_TYPES: readonly (keyof ContentContract)[] = [
  'page-loaded',
  'page-signal',
  'page-left',
  'read-snapshot',
  'frame-signal',
  'frames-loaded',
  'page-position',
];

/** Whether `type` is one a page may send (the content contract), not an extension page's. */
export function isContentMessageType(type: MessageType): type is keyof ContentContract {
  return (CONTENT_TYPES as readonly string[]).includes(type);
}

/** Returns the validated request, or null for anything that is not one of our messages. */
export function parseRequest(raw: unknown): ParsedRequest | null {
  if (!isBag(raw) || raw.channel !== CHANNEL || typeof raw.type !== 'string') return null;
  if (!Object.hasOwn(validators, raw.type)) return null;
  const type = raw.type as MessageType;
  const payload = isBag(raw.payload) ? raw.payload : null;
  if (!payload) return null;
  // The validator map is keyed by message type, so this one returns ReceivedOf<type>.
  const validate = validators[type] as (payload: Bag) => ReceivedOf<MessageType> | null;
  const parsed = validate(payload);
  return parsed === null ? null : ({ type, payload: parsed } as ParsedRequest);
}

/** A message a page's content script may send, validated; null for anything else (UI included). */
export function parseContentRequest(raw: unknown): ContentRequest | null {
  const request = parseRequest(raw);
  return request && isContentRequest(request) ? request : null;
}

/** A message the extension's own pages may send, validated; null for anything else. */
export function parseUiRequest(raw: unknown): UiRequest | null {
  const request = parseRequest(raw);
  return request && !isContentRequest(request) ? request : null;
}

function isContentRequest(request: ParsedRequest): request is ContentRequest {
  return isContentMessageType(request.type);
}
