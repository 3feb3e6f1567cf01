// The document's own title as a viewer's tab shows it (a PDF in the browser's viewer): Chromium
// shows the PDF's title as it is; Firefox's pdf.js adds the file's name after it. Pure.

/** The title pdf.js shows while it loads, before the PDF's own (viewer.html's `<title>`). */
const PDFJS_LOADING_TITLE = 'PDF.js viewer';

/**
 * The document's title in the tab title `title` of the viewer showing `pageUrl`, or undefined when
 * the tab names no document yet. pdf.js titles a PDF `<its title> - <file name>`, the file name
 * being the Content-Disposition one (always `*.pdf`, pdf.js isPdfFile) or the one it takes from the
 * address (a `*.pdf` segment, else the last path segment, else the address):
 * https://github.com/mozilla/pdf.js/blob/master/web/app.js (`_initializeMetadata`,
 * `setTitleUsingUrl`). That suffix is dropped; any other title is kept as it is.
 */
export function documentTitleOfTab(title: string, pageUrl: string): string | undefined {
  const shown = title.trim();
  if (shown === '' || shown === PDFJS_LOADING_TITLE) return undefined;
  const cut = shown.lastIndexOf(' - ');
  if (cut <= 0) return shown;
  const name = shown.slice(cut + 3);
  const own = shown.slice(0, cut).trim();
  const isFileName = /\.pdf$/i.test(name) || fileNames(pageUrl).includes(name);
  return own !== '' && isFileName ? own : shown;
}

/** The names pdf.js may give the file at `pageUrl`: its last path segment, and the address. */
function fileNames(pageUrl: string): string[] {
  let url: URL;
  try {
    url = new URL(pageUrl);
  } catch {
    return [pageUrl];
  }
  const last = url.pathname.split('/').pop() ?? '';
  let decoded = last;
  try {
    decoded = decodeURIComponent(last);
  } catch {
    // A malformed escape: pdf.js falls back to the address; the raw segment is kept too.
  }
  return [decoded, last, pageUrl].filter((n) => n !== '');
}
