import type { PictureElementAttrs, PictureElementType } from './Picture.js';

/**
 * The element types a picture may use. Renderers draw these and nothing else, so a host's
 * registered set cannot smuggle in `<script>`, `<image>` or `<foreignObject>`.
 */
export const pictureElementTypes: ReadonlySet<PictureElementType> = new Set<PictureElementType>([
  'g',
  'path',
  'circle',
  'ellipse',
  'rect',
  'line',
  'polygon',
  'polyline',
]);

/**
 * The presentation and geometry attributes a picture element may carry, in camelCase.
 * Renderers pass on these and nothing else: nothing like `onload`, `style` or `href`.
 */
export const pictureAttributeNames: ReadonlySet<keyof PictureElementAttrs> = new Set<
  keyof PictureElementAttrs
>([
  'd',
  'fill',
  'fillOpacity',
  'fillRule',
  'clipRule',
  'opacity',
  'stroke',
  'strokeWidth',
  'strokeOpacity',
  'strokeLinecap',
  'strokeLinejoin',
  'strokeMiterlimit',
  'transform',
  'cx',
  'cy',
  'r',
  'rx',
  'ry',
  'x',
  'y',
  'width',
  'height',
  'x1',
  'y1',
  'x2',
  'y2',
  'points',
]);
