/**
 * Selector queries over the content root, then over the rest of the page, that never match the
 * root's subtree twice. The byline and date heuristics look in the article first and then in the
 * whole document; querying the document again re-tests every element of the article against
 * dozens of class-substring selectors, most of a long page's cost (a 20,000-element article:
 * about half of 150 ms). The document's answer is assembled instead from the parts outside the
 * root and the root's own answer, in document order, so it is the same list of elements that
 * `document.querySelectorAll` returns.
 */

/** The elements matching a selector list in one scope, in document order. */
export type ScopeQuery = (selectors: string) => readonly Element[];

// Elements in `node`'s subtree (itself included) matching `selectors`, in document order.
function subtreeMatches(node: Element, selectors: string, into: Element[]): void {
  if (node.matches(selectors)) into.push(node);
  const below = node.querySelectorAll(selectors);
  for (let i = 0; i < below.length; i++) into.push(below[i] as Element);
}

/**
 * What `doc.querySelectorAll(selectors)` returns, given `inRoot` (the root's
 * `querySelectorAll`): the matches before `root` in document order (its ancestors and the
 * subtrees of their earlier children), the root itself, `inRoot`, then the matches after it.
 */
function documentMatches(root: Element, selectors: string, inRoot: readonly Element[]): Element[] {
  const chain: Element[] = [];
  for (let el: Element | null = root; el !== null; el = el.parentElement) chain.push(el);
  const before: Element[] = [];
  // Top down: each ancestor, then its children before the branch that leads to the root.
  for (let i = chain.length - 1; i > 0; i--) {
    const ancestor = chain[i] as Element;
    if (ancestor.matches(selectors)) before.push(ancestor);
    for (
      let c = ancestor.firstElementChild;
      c !== null && c !== chain[i - 1];
      c = c.nextElementSibling
    ) {
      subtreeMatches(c, selectors, before);
    }
  }
  if (root.matches(selectors)) before.push(root);
  const after: Element[] = [];
  // Bottom up: the children after the branch, at each level.
  for (let i = 0; i < chain.length - 1; i++) {
    for (let c = (chain[i] as Element).nextElementSibling; c !== null; c = c.nextElementSibling) {
      subtreeMatches(c, selectors, after);
    }
  }
  return [...before, ...inRoot, ...after];
}

const all = (scope: ParentNode, selectors: string): Element[] => [
  ...scope.querySelectorAll(selectors),
];

/**
 * Where to look, in order: the content root, then the rest of the document. When the root is
 * the whole body, the second look is only the `<head>`; when it is `<html>` (or missing), there
 * is one look. The second look's answers equal `document.querySelectorAll`'s and reuse the
 * first's, so the root's elements are matched once.
 */
export function scopeQueries(doc: Document, root: Element | undefined): ScopeQuery[] {
  if (root === undefined) return [(selectors) => all(doc, selectors)];
  if (root === doc.documentElement) return [(selectors) => all(root, selectors)];
  if (root === doc.body) {
    // Not doc.head: lib.dom types it non-null, but head-less documents exist.
    const head = doc.querySelector('head');
    const inRoot: ScopeQuery = (selectors) => all(root, selectors);
    return head === null ? [inRoot] : [inRoot, (selectors) => all(head, selectors)];
  }
  const seen = new Map<string, readonly Element[]>();
  const inRoot: ScopeQuery = (selectors) => {
    let found = seen.get(selectors);
    if (found === undefined) seen.set(selectors, (found = all(root, selectors)));
    return found;
  };
  return [
    inRoot,
    (selectors) =>
      root.ownerDocument === doc && root.isConnected
        ? documentMatches(root, selectors, inRoot(selectors))
        : all(doc, selectors),
  ];
}
