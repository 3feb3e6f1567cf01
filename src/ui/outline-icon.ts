// Small line icons drawn in the text colour (a site with only an address, "Delete day" in a
// narrow window): SVG built element by element, never markup from a string.

const SVG = 'http://www.w3.org/2000/svg';

/** One shape of an icon: its SVG element name and attributes ("path", { d: "M2 4h11" }). */
export type IconShape = readonly [name: string, attributes: Readonly<Record<string, string>>];

/**
 * An outline icon on a 16-unit grid, `size` px square, stroked in `currentColor`, hidden from
 * assistive technology (its button or row names it), with `className` for the page's CSS.
 */
export function outlineIcon(
  doc: Document,
  className: string,
  size: number,
  shapes: readonly IconShape[],
): SVGSVGElement {
  const svg = doc.createElementNS(SVG, 'svg');
  svg.classList.add(className);
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('viewBox', '0 0 16 16');
  svg.setAttribute('width', String(size));
  svg.setAttribute('height', String(size));
  svg.setAttribute('fill', 'none');
  svg.setAttribute('stroke', 'currentColor');
  svg.setAttribute('stroke-width', '1.4');
  svg.setAttribute('stroke-linecap', 'round');
  for (const [name, attributes] of shapes) {
    const shape = doc.createElementNS(SVG, name);
    for (const [key, value] of Object.entries(attributes)) shape.setAttribute(key, value);
    svg.append(shape);
  }
  return svg;
}
