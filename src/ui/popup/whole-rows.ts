// The popup's list ends on a whole row: the popup is at most 580 px high and the list takes what
// the header, "Continue reading", the search and the footer leave, so its last row was cut in half
// under the footer (a two-line sync line in German, review 22 P9). The list is made as tall as its
// rows that fit whole; the popup is then a few pixels shorter, never showing half a page.

/**
 * Sets `list`'s max-height to end with its last row that fits whole in the height the popup
 * leaves it, or clears it when every row fits; when not even one fits, makes the list (and its
 * parent) one row high, and the popup scrolls. Does nothing while the list is aria-busy (the
 * skeleton sets its height). Rows are its `li` children that are not hidden.
 */
export function fitWholeRows(list: HTMLElement): void {
  const holder = list.parentElement;
  list.style.maxHeight = '';
  list.style.minHeight = '';
  holder?.style.removeProperty('min-height');
  if (list.getAttribute('aria-busy') === 'true') return;
  if (list.scrollHeight <= list.clientHeight) return;
  const top = list.getBoundingClientRect().top + list.clientTop;
  const room = list.clientHeight;
  let end = 0;
  let first = 0;
  for (const row of list.children) {
    if (!(row instanceof HTMLElement) || row.hidden) continue;
    const bottom = row.getBoundingClientRect().bottom - top + list.scrollTop;
    first ||= bottom;
    if (bottom > room) break;
    end = bottom;
  }
  // The scrollport shows the bottom padding too (content-box): it would show the next row's top.
  const padding = parseFloat(getComputedStyle(list).paddingBottom) || 0;
  // No row fits whole (Firefox's popup capped at 300 % zoom, popup-height.ts): one row, whole,
  // and the popup around it scrolls, rather than a sliver of a row.
  if (end === 0) {
    if (first === 0) return;
    const height = first - padding;
    // Its holder (main, shrunk below its own content too) as tall as what is above the list in
    // it and that row, so neither runs over the footer.
    if (holder) {
      const above = list.getBoundingClientRect().top - holder.getBoundingClientRect().top;
      holder.style.minHeight = `${String(above + first)}px`;
    }
    list.style.minHeight = list.style.maxHeight = `${String(height)}px`;
    return;
  }
  list.style.maxHeight = `${String(end - padding)}px`;
}

/** What shares the popup's height with its list, in `doc`: the header, sections and footer. */
export function aroundTheList(doc: Document): Element[] {
  return [
    'header',
    'footer',
    '#page-line',
    '#continue-reading',
    '#parked-writes',
    '#status',
    '.search',
  ].flatMap((selector) => [...doc.querySelectorAll(selector)]);
}

/**
 * Keeps `list` ending on a whole row (`fitWholeRows`) as its rows change and as what shares the
 * popup's height with it (`around`: header, sections, footer) changes size, once a frame. Stops
 * when `signal` aborts.
 */
export function keepWholeRows(
  list: HTMLElement,
  around: readonly Element[],
  signal?: AbortSignal,
): void {
  let queued = false;
  /** The window's height after the last fit: a resize to it answered that fit. */
  let fitted = -1;
  const fit = (): void => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(() => {
      queued = false;
      fitWholeRows(list);
      // Lays the popup out now (reading a box does), so innerHeight is where this fit leads.
      list.getBoundingClientRect();
      fitted = innerHeight;
    });
  };
  // A popup is as tall as its content: each fit resizes it, and that resize must not ask for
  // another fit (Chromium's toolbar popup had 145 resize events in 3 s, one fit after another).
  const resized = (): void => {
    if (innerHeight !== fitted) fit();
  };
  // Every browser the extension runs in has it; jsdom (the unit tests) does not.
  const sizes = typeof ResizeObserver === 'function' ? new ResizeObserver(fit) : null;
  for (const element of around) sizes?.observe(element);
  const rows = new MutationObserver(fit);
  rows.observe(list, { childList: true, attributes: true, attributeFilter: ['aria-busy'] });
  addEventListener('resize', resized, { signal });
  signal?.addEventListener('abort', () => {
    sizes?.disconnect();
    rows.disconnect();
  });
}
