/**
 * Date fields in the page's language. Chromium draws `<input type=date>` in the browser's own
 * locale whatever `lang` says (a German catalogue got "11/29/2026"), so the history page's dates
 * are text fields written and read in the catalogue's locale ("29.11.2026"), each with a button
 * that opens the browser's calendar. Parsing and formatting are pure; `enhanceDateField` is glue.
 */

type Part = 'day' | 'month' | 'year';

const patterns = new Map<string, { order: Part[]; format: Intl.DateTimeFormat }>();

/** The order of day, month and year in `locale`'s numeric dates ("de": day, month, year). */
export function dateOrder(locale: string): Part[] {
  return pattern(locale).order;
}

function pattern(locale: string): { order: Part[]; format: Intl.DateTimeFormat } {
  let found = patterns.get(locale);
  if (!found) {
    const format = new Intl.DateTimeFormat(locale, {
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    const order = format
      .formatToParts(new Date(2026, 10, 29))
      .map((part) => part.type)
      .filter((type): type is Part => type === 'day' || type === 'month' || type === 'year');
    found = { order, format };
    patterns.set(locale, found);
  }
  return found;
}

/** A local day (epoch ms within it) as `locale` writes it: "29.11.2026" (de), "11/29/2026" (en). */
export function formatDateField(at: number, locale: string): string {
  return pattern(locale).format.format(at);
}

/**
 * How `locale` writes a date, in the reader's own letters, for a placeholder: `letters` names day,
 * month and year in that order ("DD MM YYYY" in English, "TT MM JJJJ" in German, from the
 * catalogue), and the result follows the locale's order and separators ("MM/DD/YYYY",
 * "TT.MM.JJJJ"). A placeholder showing a real date would read as a filter already set.
 */
export function dateFormatHint(locale: string, letters: string): string {
  const [day = 'DD', month = 'MM', year = 'YYYY'] = letters.split(/\s+/).filter(Boolean);
  const names: Partial<Record<string, string>> = { day, month, year };
  return pattern(locale)
    .format.formatToParts(new Date(2026, 10, 29))
    .map((part) => (part.type === 'literal' ? part.value : (names[part.type] ?? '')))
    .join('');
}

/**
 * Local midnight of the date typed in `text`, read in `locale`'s order of day, month and year
 * (any non-digits separate them; a two-digit year is in 2000–2099). An ISO date ("2026-11-29")
 * is read as such in every locale. Null for an empty field or a date that does not exist.
 */
export function parseDateField(text: string, locale: string): number | null {
  const trimmed = text.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(trimmed);
  const numbers = iso
    ? { year: Number(iso[1]), month: Number(iso[2]), day: Number(iso[3]) }
    : byOrder(trimmed, dateOrder(locale));
  if (!numbers) return null;
  const { year, month, day } = numbers;
  const date = new Date(year, month - 1, day);
  // new Date rolls 31.02 over into March: such a date does not exist.
  return date.getFullYear() === year && date.getMonth() === month - 1 && date.getDate() === day
    ? date.getTime()
    : null;
}

function byOrder(text: string, order: readonly Part[]): Record<Part, number> | null {
  const groups = text.split(/\D+/).filter((group) => group !== '');
  if (groups.length !== 3 || order.length !== 3) return null;
  const numbers: Record<Part, number> = { day: 0, month: 0, year: 0 };
  order.forEach((part, i) => {
    numbers[part] = Number(groups[i]);
  });
  const yearDigits = groups[order.indexOf('year')]?.length ?? 0;
  if (yearDigits === 2) numbers.year += 2000;
  else if (yearDigits !== 4) return null;
  return numbers;
}

/** The ISO value (`<input type=date>`'s) of a local day, epoch ms within it. */
function isoDay(at: number): string {
  const date = new Date(at);
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${String(date.getFullYear())}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * Wires a text field as a date field of `locale`: its placeholder is `hint` (dateFormatHint), a typed
 * date is rewritten in it on change (`aria-invalid` when it is no date), and a button labelled
 * `pickLabel` beside it opens the browser's calendar, whose choice is written back in `locale`'s
 * form and announced as the field's own `change`.
 */
export function enhanceDateField(
  field: HTMLInputElement,
  locale: string,
  pickLabel: string,
  hint: string,
): void {
  const doc = field.ownerDocument;
  field.placeholder = hint;
  field.inputMode = 'numeric';
  field.autocomplete = 'off';
  field.addEventListener('change', () => {
    const at = parseDateField(field.value, locale);
    const invalid = field.value.trim() !== '' && at === null;
    field.setAttribute('aria-invalid', String(invalid));
    if (at !== null) field.value = formatDateField(at, locale);
  });
  const picker = doc.createElement('input');
  picker.type = 'date';
  picker.className = 'date-picker';
  picker.tabIndex = -1;
  picker.setAttribute('aria-hidden', 'true');
  picker.addEventListener('change', (event) => {
    // Only the text field speaks for the form.
    event.stopPropagation();
    const at = parseDateField(picker.value, locale);
    if (at === null) return;
    field.value = formatDateField(at, locale);
    field.dispatchEvent(new Event('change', { bubbles: true }));
  });
  const button = doc.createElement('button');
  button.type = 'button';
  button.className = 'icon-button date-button';
  button.append(calendarIcon(doc));
  button.title = pickLabel;
  button.setAttribute('aria-label', pickLabel);
  button.addEventListener('click', () => {
    const at = parseDateField(field.value, locale);
    picker.value = at === null ? '' : isoDay(at);
    picker.showPicker();
  });
  field.after(button, picker);
  sizeToPlaceholder(field);
}

/**
 * Without CSS `field-sizing` (Firefox), makes `field` as wide as its placeholder, as
 * `field-sizing: content` does in Chromium (history.css): the fallback of 14ch left the German
 * filter bar ("TT.MM.JJJJ", 3ch narrower than "MM/DD/YYYY") on two lines at 1,024 px. Set in em,
 * so it follows the text size as the placeholder does. Reads layout once.
 */
export function sizeToPlaceholder(field: HTMLInputElement): void {
  if (typeof CSS === 'undefined' || CSS.supports('field-sizing', 'content')) return;
  const doc = field.ownerDocument;
  const probe = doc.createElement('span');
  probe.textContent = field.placeholder;
  probe.style.cssText = 'position:absolute;visibility:hidden;white-space:pre;font:inherit';
  field.after(probe);
  const text = probe.getBoundingClientRect().width;
  probe.remove();
  const style = getComputedStyle(field);
  const fontPx = parseFloat(style.fontSize);
  if (!(text > 0 && fontPx > 0)) return;
  const sides = ['paddingLeft', 'paddingRight', 'borderLeftWidth', 'borderRightWidth'] as const;
  const edges = sides.reduce((sum, side) => sum + (parseFloat(style[side]) || 0), 0);
  // A pixel more: a box exactly as wide as its text can round the last letter out.
  field.style.width = `${((text + edges + 1) / fontPx).toFixed(3)}em`;
}

/** A small calendar drawn in the text colour (an emoji may have no glyph in the system fonts). */
function calendarIcon(doc: Document): SVGSVGElement {
  const ns = 'http://www.w3.org/2000/svg';
  const svg = doc.createElementNS(ns, 'svg');
  svg.setAttribute('viewBox', '0 0 16 16');
  svg.setAttribute('width', '16');
  svg.setAttribute('height', '16');
  svg.setAttribute('aria-hidden', 'true');
  const shapes: [string, Record<string, string>][] = [
    ['rect', { x: '2', y: '3', width: '12', height: '11', rx: '1.5' }],
    ['path', { d: 'M2 6.5h12M5.5 1.5v3M10.5 1.5v3' }],
  ];
  for (const [name, attributes] of shapes) {
    const shape = doc.createElementNS(ns, name);
    for (const [key, value] of Object.entries(attributes)) shape.setAttribute(key, value);
    shape.setAttribute('fill', 'none');
    shape.setAttribute('stroke', 'currentColor');
    shape.setAttribute('stroke-width', '1.3');
    svg.append(shape);
  }
  return svg;
}
