/**
 * Reads every JSON-LD block into a flat list of nodes with an `@id` index. Defensive by design:
 * blocks are size-capped before parsing, malformed JSON gets one lenient retry, and the walk is
 * iterative with depth and node caps, so hostile nesting or cycles cannot hang or crash it.
 */

import { decodeEntitiesInJson } from './json-entities';
import { CHARS_PER_UNIT, type WorkBudget } from './work-budget';

/** One JSON-LD object, as parsed (nothing checked). */
export type LdNode = Readonly<Record<string, unknown>>;

/** Every JSON-LD node of the page, and the nodes by `@id`. */
export interface JsonLdGraph {
  /** Top-level nodes and `@graph` members, in document order. */
  readonly nodes: readonly LdNode[];
  /** Every object with an `@id` (nested ones included), for reference resolution. */
  readonly byId: ReadonlyMap<string, LdNode>;
}

/** Blocks larger than this are skipped: no real page needs it, and parsing would cost ~ms/MB. */
export const MAX_BLOCK_CHARS = 512 * 1024;
const MAX_TOTAL_CHARS = 1024 * 1024;
const MAX_BLOCKS = 20;
const MAX_NODES = 2000;
const MAX_DEPTH = 12;

/** Whether `value` is a JSON-LD node: a plain object (not null, not an array). */
export const isNode = (value: unknown): value is LdNode =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

// Wrappers CMSs put around JSON-LD for ancient XHTML parsers: HTML comments and CDATA sections,
// bare or hidden behind // and /* */ comments.
const WRAPPER_START = /^\s*(?:<!--|(?:\/\/|\/\*)?\s*<!\[CDATA\[(?:\s*\*\/)?)/;
const WRAPPER_END = /(?:-->|(?:\/\/|\/\*)?\s*\]\]>(?:\s*\*\/)?)\s*$/;

function tryParse(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

// Spaces JSON does not allow between tokens that saved or pasted blocks carry: a byte-order mark
// (a template file saved with one), no-break, zero-width, line and paragraph separators (copied
// from an editor into a "custom schema" field). Inside a string they become a plain space.
const ODD_SPACE = /[\uFEFF\u00A0\u200B\u2028\u2029]/g;

function parseLenient(raw: string): unknown {
  const text = decodeEntitiesInJson(raw);
  const unwrapped = text.replace(WRAPPER_START, '').replace(WRAPPER_END, '');
  const parsed = tryParse(unwrapped);
  if (parsed !== undefined) return parsed;
  // Common CMS breakage: raw newlines or tabs inside strings, odd spaces, trailing commas, a
  // statement's closing semicolon. Control characters become spaces, which is also valid
  // anywhere outside strings.
  const repaired = unwrapped
    /* eslint-disable-next-line no-control-regex -- matching control characters is the point */
    .replace(/[\u0000-\u001F]+/g, ' ')
    .replace(ODD_SPACE, ' ')
    .replace(/,\s*([}\]])/g, '$1')
    .replace(/;\s*$/, '');
  const fixed = tryParse(repaired);
  if (fixed !== undefined || !/}\s*{/.test(repaired)) return fixed;
  // Two declarations written into one block ("{…}\n{…}", a second plugin appending its own): a list.
  return tryParse(`[${repaired.replace(/}\s*{/g, '},{')}]`);
}

/**
 * Parses the page's JSON-LD. Each block read is charged to `budget` (one work unit per
 * CHARS_PER_UNIT characters); the second and later blocks are skipped once it is exhausted.
 */
export function readJsonLd(doc: Document, budget: WorkBudget): JsonLdGraph {
  const nodes: LdNode[] = [];
  const byId = new Map<string, LdNode>();
  const scripts = doc.querySelectorAll('script[type*="ld+json" i]');
  let charsLeft = MAX_TOTAL_CHARS;
  let seen = 0;
  // The first block is always read (it is the page's main declaration, and bounded in size);
  // later ones only while the work budget lasts.
  for (let i = 0; i < scripts.length && i < MAX_BLOCKS && (i === 0 || !budget.exhausted()); i++) {
    const text = scripts[i]?.textContent ?? '';
    if (text.length > MAX_BLOCK_CHARS || text.length > charsLeft) continue;
    charsLeft -= text.length;
    budget.spend(Math.ceil(text.length / CHARS_PER_UNIT));
    const stack: { value: unknown; depth: number; top: boolean }[] = [
      { value: parseLenient(text), depth: 0, top: true },
    ];
    while (stack.length > 0 && seen < MAX_NODES) {
      const item = stack.pop();
      if (item === undefined || item.depth > MAX_DEPTH) continue;
      const { value, depth, top } = item;
      if (Array.isArray(value)) {
        for (let j = Math.min(value.length, 200) - 1; j >= 0; j--) {
          stack.push({ value: value[j] as unknown, depth: depth + 1, top });
        }
        continue;
      }
      if (!isNode(value)) continue;
      seen++;
      if (top) nodes.push(value);
      const id = value['@id'];
      if (typeof id === 'string' && Object.keys(value).length > 1 && !byId.has(id)) {
        byId.set(id, value);
      }
      const graph = value['@graph'];
      if (graph !== undefined) stack.push({ value: graph, depth: depth + 1, top });
      // Nested objects are walked only to index their @id; they are not top-level nodes.
      for (const [key, child] of Object.entries(value)) {
        if (key !== '@graph' && typeof child === 'object' && child !== null) {
          stack.push({ value: child, depth: depth + 1, top: false });
        }
      }
    }
  }
  return { nodes, byId };
}

/** Follows an `{ "@id": … }` reference once; values that are not references pass through. */
export function resolveRef(graph: JsonLdGraph, value: unknown): unknown {
  if (!isNode(value)) return value;
  const id = value['@id'];
  if (typeof id !== 'string' || Object.keys(value).length > 1) return value;
  return graph.byId.get(id) ?? value;
}
