// The popup row's info line, "site · Read for 13 min · 42% read · on Phone · 2 hours ago", fitted
// to its width without ever cutting a part in its middle: "Coastal Notes · Read for 7 sec · 43… ·
// 1 minute ago" said nothing with its "43…" (review newuser item 4). lists.css (.meta-line) lays
// the parts out; this decides which of them show.
import { hugEllipsis } from './cut-text';

/** The width of `part`'s text as laid out, however much of it its box shows (CSS px). */
function textWidth(part: HTMLElement): number {
  const range = part.ownerDocument.createRange();
  range.selectNodeContents(part);
  return range.getBoundingClientRect().width;
}

/** Whether `part`'s box shows less than its text (half a pixel spared for rounding). */
const isCut = (part: HTMLElement): boolean =>
  textWidth(part) > part.getBoundingClientRect().width + 0.5;

/**
 * Fits an info line (`meta`: lists.css .meta-line, its parts `.site`, `.read`, `.extra`…,
 * `.when`) to its width: an optional part (`.extra`: progress, devices) that does not fit whole
 * is dropped whole, the last first; the site gives way next, down to 3 em (lists.css), its "…"
 * on its last letter; then the line's last part, "when", is cut at its end. Only when even the
 * time read does not fit beside the site's 3 em (400 % zoom) is "when" dropped and the time
 * read, now last, cut at its end (`.tight`). Reads layout: call it once the line is laid out and
 * whenever its width changes.
 */
export function fitMetaLine(meta: HTMLElement): void {
  meta.classList.remove('tight');
  const parts = [...meta.children].filter((part) => part instanceof HTMLElement);
  for (const part of parts) {
    part.classList.remove('dropped');
    part.style.removeProperty('max-width');
  }
  let extras = parts.filter((part) => part.classList.contains('extra'));
  while (extras.some(isCut)) {
    extras.at(-1)?.classList.add('dropped');
    extras = extras.slice(0, -1);
  }
  const read = meta.querySelector<HTMLElement>(':scope > .read');
  const when = meta.querySelector<HTMLElement>(':scope > .when');
  if (read && read.getBoundingClientRect().right > meta.getBoundingClientRect().right + 0.5) {
    when?.classList.add('dropped');
    meta.classList.add('tight');
  }
  for (const part of [meta.querySelector<HTMLElement>(':scope > .site'), when, read]) {
    if (part && !part.classList.contains('dropped')) hugEllipsis(part);
  }
}
