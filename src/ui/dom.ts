import { matchRanges } from '../search/highlight';
/** The element the page's own markup guarantees; a missing one is a packaging bug, so it throws. */
export function requireElement<T extends Element>(
  selector: string,
  type: abstract new () => T,
  root: ParentNode = document,
): T {
  const element = root.querySelector(selector);
  if (!(element instanceof type)) throw new Error(`Missing ${selector} in the page markup`);
  return element;
}

/** A named <input> of a form the page's own markup guarantees. */
export function formInput(form: HTMLFormElement, name: string): HTMLInputElement {
  const input = form.elements.namedItem(name);
  if (!(input instanceof HTMLInputElement)) throw new Error(`Missing input ${name} in the form`);
  return input;
}

type FormControl = HTMLButtonElement | HTMLFieldSetElement | HTMLInputElement | HTMLSelectElement;

/**
 * Keeps a form's enabled controls disabled (and the form `aria-busy`) until `load` settles, so a
 * value typed before the stored values arrive is never overwritten by them and the form cannot be
 * submitted before the page is ready. Controls the markup disabled stay disabled. Rejects with
 * `load`'s error after re-enabling the form.
 */
export async function disabledWhileLoading(
  form: HTMLFormElement,
  load: () => Promise<void>,
): Promise<void> {
  const controls = Array.from(form.elements).filter(
    (element): element is FormControl =>
      'disabled' in element && !(element as FormControl).disabled,
  );
  for (const control of controls) control.disabled = true;
  form.setAttribute('aria-busy', 'true');
  try {
    await load();
  } finally {
    for (const control of controls) control.disabled = false;
    form.removeAttribute('aria-busy');
  }
}

/** What a failure says to the user: an Error's message, anything else as text. */
export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Sets page-derived text (a title, a site's name) on `element`: as text, never markup, and with
 * `dir="auto"`, so a right-to-left title (Arabic, Hebrew) takes its own direction inside our
 * left-to-right line: it reads from its first word and a long one is cut at its end, not its
 * start, and its neutral characters (brackets, "42%") stay where its writer put them. The HTML
 * rule: https://html.spec.whatwg.org/multipage/dom.html#the-dir-attribute (auto: the first
 * strong character decides). lists.css keeps such text aligned with the line it sits in.
 */
export function setPageText(element: HTMLElement, text: string): void {
  element.textContent = text;
  element.dir = 'auto';
}

/**
 * setPageText with what `query` matched in `text` wrapped in `<mark>` (src/search/highlight.ts),
 * built from text nodes, never markup. A blank query sets the text alone.
 */
export function setMarkedPageText(element: HTMLElement, text: string, query: string): void {
  const ranges = query.trim() === '' ? [] : matchRanges(text, query);
  if (ranges.length === 0) {
    setPageText(element, text);
    return;
  }
  // Ranges count in the composed text; it looks the same as `text`.
  const composed = text.normalize('NFC');
  const doc = element.ownerDocument;
  const parts: Node[] = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (start > at) parts.push(doc.createTextNode(composed.slice(at, start)));
    const mark = doc.createElement('mark');
    mark.textContent = composed.slice(start, end);
    parts.push(mark);
    at = end;
  }
  if (at < composed.length) parts.push(doc.createTextNode(composed.slice(at)));
  element.replaceChildren(...parts);
  element.dir = 'auto';
}
