import type { Picture, PictureElement } from './Picture.js';
import { pictureAttributeNames, pictureElementTypes } from './pictureVocabulary.js';

/** Options for {@link pictureToSvgString}. */
export interface PictureToSvgStringOptions {
  /** Accessible name; without it the SVG is marked decorative (`aria-hidden`). */
  title?: string;
  /** Width and height in CSS pixels; without it the SVG fills its container. */
  size?: number;
}

const ELEMENT_TYPES: ReadonlySet<string> = pictureElementTypes;

// Only known presentation and geometry attributes are written: nothing like `onload`, `style`
// or `href` can reach the output, whatever a registered set contains.
const ATTRIBUTE_NAMES: ReadonlyMap<string, string> = new Map(
  [...pictureAttributeNames].map((name) => [name, name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)]),
);

const MAX_DEPTH = 64;

/** Text safe inside XML: control characters and lone surrogates removed, markup escaped. */
function escapeXml(value: unknown): string {
  return (
    String(value)
      // XML 1.0 forbids these characters, so a standalone SVG containing them would not parse.

      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
      .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&apos;')
  );
}

function elementToString(element: PictureElement, depth: number): string {
  if (depth > MAX_DEPTH || !element || !ELEMENT_TYPES.has(element.type)) return '';
  let attrs = '';
  const source = (element.attrs && typeof element.attrs === 'object' ? element.attrs : {}) as Record<
    string,
    unknown
  >;
  for (const [name, svgName] of ATTRIBUTE_NAMES) {
    if (!Object.hasOwn(source, name)) continue;
    const value = source[name];
    if (typeof value === 'string' || typeof value === 'number') attrs += ` ${svgName}="${escapeXml(value)}"`;
  }
  const children = Array.isArray(element.children) ? element.children : [];
  if (children.length === 0) return `<${element.type}${attrs}/>`;
  return `<${element.type}${attrs}>${children.map((c) => elementToString(c, depth + 1)).join('')}</${element.type}>`;
}

function dimension(value: unknown): string {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? String(value) : '0';
}

/** A standalone SVG document string for a picture, for hosts that do not render with React. */
export function pictureToSvgString(picture: Picture, options: PictureToSvgStringOptions = {}): string {
  const { title, size } = options;
  const sizeAttrs =
    typeof size === 'number' && Number.isFinite(size) && size > 0 ? ` width="${size}" height="${size}"` : '';
  const hasTitle = typeof title === 'string' && title.trim() !== '';
  const a11y = hasTitle
    ? ` role="img" aria-label="${escapeXml(title)}"`
    : ' aria-hidden="true" focusable="false"';
  const body = (Array.isArray(picture.elements) ? picture.elements : [])
    .map((e) => elementToString(e, 0))
    .join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${dimension(picture.width)} ${dimension(picture.height)}"` +
    `${sizeAttrs}${a11y}>${hasTitle ? `<title>${escapeXml(title)}</title>` : ''}${body}</svg>`
  );
}
