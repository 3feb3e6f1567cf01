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
