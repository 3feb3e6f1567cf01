// The page's document serialised for the extractor, and only as much of it as the extractor reads
// (issue #13: read p95 ≤ 10 ms). On large pages most of `outerHTML` is the text of scripts and
// styles (breitbart: 627 of 854 KB; cnn 162 of 259 KB; guardian-1 949 of 1161 KB), which the
// extractor never reads: scripts other than JSON-LD are skipped by every text walk and styles are
// not text. Their elements stay (an empty `<script>` still marks an ad slot for page-text.ts);
// their long texts do not. Everything else serialises natively, one subtree at a time. What one
// native call copies is bounded twice: by its elements (MAX_ELEMENTS_PER_CALL) and, where a page
// keeps its bytes in few elements (a raw text or log file's one `<pre>`, inline data-URI images),
// by its values (MAX_VALUE_CHARS): such an element is written tag by tag and its long value cut.
// The whole is cut at `maxChars`, checked between calls.

/**
 * Elements kept without their text when it is long: scripts but JSON-LD (json-ld.ts reads those,
 * in the head or the body), and styles. A short one stays whole: leaving it out saves little and
 * costs a walk to it (each ancestor of an emptied element is serialised tag by tag). Mid-sized ones
 * go (session 13): analytics snippets, config blocks and theme CSS of 1-8 K were 22-37 % of what
 * cnn, bbc-1 and breitbart sent, and messaging JSON-copies every character on the page's thread;
 * the longer walk costs about as much as it saves in the serialisation. `<noscript>` stays whole: the parser reading the snapshot runs no
 * script, so its images are markup there, as some lead-image rules expect.
 */
export const EMPTIED = 'script:not([type*="ld+json" i]), style';

/** The shortest text (UTF-16 code units) an EMPTIED element is left without (was 8 K to session 12). */
export const MIN_EMPTIED_CHARS = 1_024;

/**
 * A subtree with more elements than this is not serialised in one native call but child by child,
 * so that one call (its time and its string: about 2 MB of the large-page bench's markup) stays
 * bounded and the size bound can stop between two. Few pages have as many elements in all
 * (wikipedia 2,763, nytimes-1 2,047): they are not counted further.
 */
export const MAX_ELEMENTS_PER_CALL = 20_000;

/**
 * The longest text or attribute value (UTF-16 code units) a native call copies whole: a longer
 * one (looked for where HEAVY_BY_TAG and HEAVY_DATA_URLS say) is written by hand, a text cut to
 * what still fits under `maxChars`, an attribute to this length (a cut `data:` URL is still one,
 * which the extractor never takes). Review F-snap-1: a 10 MB log in one `<pre>` was one native call of 10 MB.
 */
export const MAX_VALUE_CHARS = 65_536;

// Where pages keep such a value, by tag: the attributes that hold it ('' for the element's text).
// Elements a page has few of are read one by one (by tag: getElementsByTagName; an attribute
// selector over a whole 60,000-element page cost 8-14 ms): a raw text or log file's `<pre>`, form
// and code elements, posters, embeds, SVG path data (not `xmp` or `plaintext`: their text is
// written unescaped, which the hand-written path does not do). Other places (a data URL in a
// `style`) are copied whole.
const HEAVY_BY_TAG: Readonly<Record<string, readonly string[]>> = {
  pre: [''],
  textarea: [''],
  code: [''],
  listing: [''],
  video: ['poster'],
  image: ['href'],
  object: ['data'],
  embed: ['src'],
  iframe: ['src', 'srcdoc'],
  path: ['d'],
};

// Elements a page has thousands of (links, images and their sources, head links) hold a long value
// when it is a data URL: only those are read, found by one native selector. Reading every link's
// href cost 5.3 ms of a snapshot's 7.6 on archive-of-our-own (3,860 links), the selector 0.5 ms
// (issue #13 read p95). A long value of another kind there (a 64 K `javascript:` link) is copied
// whole, as before the bound; the size cap still stops the snapshot after it.
const HEAVY_DATA_URLS: Readonly<Record<string, readonly string[]>> = {
  a: ['href'],
  img: ['src', 'srcset'],
  source: ['src', 'srcset'],
  link: ['href'],
};
// `*=`, not `^=`: a URL may start with spaces, and a srcset lists several.
const DATA_URL_HOLDERS =
  'a[href*="data:" i], img[src*="data:" i], img[srcset*="data:" i], ' +
  'source[src*="data:" i], source[srcset*="data:" i], link[href*="data:" i]';

const HTML_NS = 'http://www.w3.org/1999/xhtml';
const FOREIGN_NS = new Set([
  HTML_NS,
  'http://www.w3.org/2000/svg',
  'http://www.w3.org/1998/Math/MathML',
]);
const TEXT_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '\u00a0': '&nbsp;',
};
const ATTRIBUTE_ESCAPES: Record<string, string> = { ...TEXT_ESCAPES, '"': '&quot;' };

/**
 * `root` serialised as the HTML serialisation algorithm does it (the same markup as `outerHTML`
 * once parsed again), with the long text of EMPTIED elements left out, and cut once it reaches
 * `maxChars` UTF-16 code units (no native call serialises more than `maxElementsPerCall` elements
 * at once): a cut leaves elements open, which the HTML parser closes; what is
 * cut is the end of the body (the head comes first). Reads the document, never writes to it.
 */
export function serialiseForReading(
  root: Element,
  maxChars: number,
  maxElementsPerCall = MAX_ELEMENTS_PER_CALL,
): string {
  const emptied = new Set<Element>();
  for (const el of root.querySelectorAll(EMPTIED)) {
    if (textLength(el) >= MIN_EMPTIED_CHARS) emptied.add(el);
  }
  // The elements that cannot be serialised whole: ancestors of an emptied element, and the
  // elements holding a value over MAX_VALUE_CHARS with their ancestors.
  const opened = new Set<Node>();
  const heavy: Element[] = [];
  const isHeavy = (el: Element, holders: readonly string[] | undefined) =>
    holders?.some((name) => valueLength(el, name) > MAX_VALUE_CHARS) === true;
  for (const [tag, holders] of Object.entries(HEAVY_BY_TAG)) {
    for (const el of root.getElementsByTagName(tag)) if (isHeavy(el, holders)) heavy.push(el);
  }
  for (const el of root.querySelectorAll(DATA_URL_HOLDERS)) {
    if (isHeavy(el, HEAVY_DATA_URLS[el.localName])) heavy.push(el);
  }
  for (const el of heavy) opened.add(el);
  for (const el of [...emptied, ...heavy]) {
    for (let at = el.parentNode; at !== null && !opened.has(at); at = at.parentNode) {
      opened.add(at);
      if (at === root) break;
    }
  }
  const small = (el: Element) => el.getElementsByTagName('*').length <= maxElementsPerCall;
  const counted = !small(root);
  const parts: string[] = [];
  let length = 0;
  const push = (text: string) => {
    parts.push(text);
    length += text.length;
  };

  const serialise = (node: Node): void => {
    if (length >= maxChars) return;
    if (node.nodeType === 3 /* TEXT_NODE */) {
      // Only what still fits is copied out of a long text (a 10 MB `<pre>`).
      const text = node as Text;
      const room = maxChars - length;
      push(escape(text.length > room ? text.substringData(0, room) : text.data, TEXT_ESCAPES));
    } else if (node.nodeType === 8 /* COMMENT_NODE */) {
      push(`<!--${node.nodeValue ?? ''}-->`);
    } else if (node.nodeType === 1 /* ELEMENT_NODE */) {
      const el = node as Element;
      if (emptied.has(el)) {
        push(`${startTag(el)}</${tagName(el)}>`);
      } else if (!opened.has(el) && (!counted || small(el))) {
        // Serialising is reading, never writing markup: the rule against outerHTML guards writes.
        // eslint-disable-next-line no-restricted-properties
        push(el.outerHTML);
      } else {
        push(startTag(el));
        for (let child = el.firstChild; child !== null; child = child.nextSibling) serialise(child);
        push(`</${tagName(el)}>`);
      }
    }
  };
  serialise(root);
  const html = parts.join('');
  return html.length > maxChars ? html.slice(0, maxChars) : html;
}

// The name the serialisation algorithm writes: the local name in the HTML, SVG and MathML
// namespaces (`foreignObject` keeps its case), else the qualified name.
function tagName(el: Element): string {
  return FOREIGN_NS.has(el.namespaceURI ?? '') ? el.localName : el.tagName;
}

function startTag(el: Element): string {
  let tag = `<${tagName(el)}`;
  for (const attribute of el.attributes) {
    const value = attribute.value;
    const kept = value.length > MAX_VALUE_CHARS ? value.slice(0, MAX_VALUE_CHARS) : value;
    tag += ` ${attribute.name}="${escape(kept, ATTRIBUTE_ESCAPES)}"`;
  }
  return `${tag}>`;
}

// The length of an element's text without building it (textContent would copy a long script).
function textLength(el: Element): number {
  let length = 0;
  for (let child = el.firstChild; child !== null; child = child.nextSibling) {
    // CharacterData's length, not nodeValue's: reading nodeValue copies the text.
    if (child.nodeType === 3 || child.nodeType === 4) length += (child as CharacterData).length;
  }
  return length;
}

// The length of `el`'s direct text ('') or of its attribute `name` (0 when absent).
function valueLength(el: Element, name: string): number {
  return name === '' ? textLength(el) : (el.getAttribute(name)?.length ?? 0);
}

function escape(text: string, escapes: Record<string, string>): string {
  return /[&<>"\u00a0]/.test(text) ? text.replace(/[&<>"\u00a0]/g, (c) => escapes[c] ?? c) : text;
}
