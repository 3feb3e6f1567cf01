import type { ArticleIndex } from './article-index';
import { normalizeText } from './quote';

/** Edited nodes looked at between two checks of the time left (patchEdits). */
const STEP_NODES = 8;
/**
 * Words of the blocks around an edited one added with it, so a quote with a prefix across them
 * still counts (PageWords.append): the prefix's words and a quote's at most.
 */
const CONTEXT_WORDS = 12;
/** Text of an edited element outside the article's blocks added at most; longer is a re-read. */
const MAX_LOOSE_CHARS = 1_000;

/**
 * The nodes whose text was edited in place by `records` (a character data change, or text nodes
 * replaced under an element), or undefined when an element was added or removed: then the
 * article's blocks themselves may have changed, and only reading them again will do. Cheap: it
 * runs in the page's mutation callback and reads no text.
 */
export function editedTexts(records: readonly MutationRecord[]): Node[] | undefined {
  const nodes: Node[] = [];
  for (const record of records) {
    if (record.type === 'characterData') {
      nodes.push(record.target);
    } else if (record.type === 'childList') {
      for (const list of [record.addedNodes, record.removedNodes]) {
        for (const node of list) if (node.nodeType === 1) return undefined;
      }
      nodes.push(record.target);
    }
  }
  return nodes;
}

/** What patching the edits did: words added to the page index, and whether a full read is due. */
export interface PatchResult {
  addedWords: number;
  /** An edit outside the article's blocks was too large to add: read the article again. */
  reread: boolean;
}

/**
 * Reads again, in steps, the text of the blocks holding the edited `nodes` (editedTexts): a block
 * whose text changed gets its new text, which is added to the page's text (PageWords) with the words of
 * the blocks around it that a quote may cross into (PageWords.append: the old text stays counted,
 * so counts err high); text
 * edited outside the blocks is added as it is. The quotes chosen so far are dropped: choosing one
 * again costs a lookup per try (page-words.ts). Reads text only, never layout.
 */
export function* patchEdits(
  index: ArticleIndex,
  nodes: readonly Node[],
): Generator<void, PatchResult> {
  const { root, elements, texts, words } = index.blocks;
  const blockOf = new Map(elements.map((element, i) => [element, i]));
  const seen = new Set<Element>();
  const result: PatchResult = { addedWords: 0, reread: false };
  for (let n = 0; n < nodes.length; n++) {
    if (n % STEP_NODES === STEP_NODES - 1) yield;
    const node = nodes[n];
    let element = node?.nodeType === 1 ? (node as Element) : (node?.parentElement ?? null);
    // Detached since (a later edit replaced it): its text is no longer the page's.
    if (!element?.isConnected || seen.has(element)) continue;
    const loose = element;
    while (element && element !== root && !blockOf.has(element)) element = element.parentElement;
    const i = element ? blockOf.get(element) : undefined;
    if (element && i !== undefined) {
      if (seen.has(element)) continue;
      seen.add(element);
      const text = normalizeText(element.textContent);
      if (text === texts[i]) continue;
      texts[i] = text;
      const before = (texts[i - 1] ?? '').split(' ').slice(-CONTEXT_WORDS).join(' ');
      const after = (texts[i + 1] ?? '').split(' ').slice(0, CONTEXT_WORDS).join(' ');
      result.addedWords += add(text, before, after);
    } else {
      seen.add(loose);
      const text = normalizeText(loose.textContent);
      if (text.length > MAX_LOOSE_CHARS) result.reread = true;
      else result.addedWords += add(text);
    }
  }
  index.quotes.clear();
  return result;

  function add(text: string, before = '', after = ''): number {
    const length = words.appendedWords;
    words.append(text, before, after);
    return words.appendedWords - length;
  }
}
