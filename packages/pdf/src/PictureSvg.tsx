import type { ReactElement } from 'react';
import { Circle, Ellipse, G, Line, Path, Polygon, Polyline, Rect, Svg } from '@react-pdf/renderer';
import { getPicture } from '@wholepicture/symbols';
import type { PictureElement, PictureElementAttrs } from '@wholepicture/symbols';
import type { PathProps } from '@react-pdf/renderer';

/** Props of {@link PictureSvg}. */
export interface PictureSvgProps {
  /** Picture key from `@wholepicture/symbols`; an unknown key draws a neutral shape. */
  picture: string;
  /** Width and height in points. @default 60 */
  size?: number;
}

type Presentation = Omit<PathProps, 'd' | 'style'>;

function oneOf<T extends string>(value: string | undefined, allowed: readonly T[]): T | undefined {
  return allowed.find((option) => option === value);
}

/** The attributes react-pdf understands, narrowed to its types; the rest (e.g. `clipRule`) are dropped. */
function presentation(attrs: PictureElementAttrs): Presentation {
  const out: Presentation = {};
  if (attrs.fill !== undefined) out.fill = attrs.fill;
  if (attrs.stroke !== undefined) out.stroke = attrs.stroke;
  if (attrs.transform !== undefined) out.transform = attrs.transform;
  if (attrs.opacity !== undefined) out.opacity = attrs.opacity;
  if (attrs.fillOpacity !== undefined) out.fillOpacity = attrs.fillOpacity;
  if (attrs.strokeOpacity !== undefined) out.strokeOpacity = attrs.strokeOpacity;
  if (attrs.strokeWidth !== undefined) out.strokeWidth = attrs.strokeWidth;
  const fillRule = oneOf(attrs.fillRule, ['nonzero', 'evenodd'] as const);
  if (fillRule) out.fillRule = fillRule;
  const strokeLinecap = oneOf(attrs.strokeLinecap, ['butt', 'round', 'square'] as const);
  if (strokeLinecap) out.strokeLinecap = strokeLinecap;
  const strokeLinejoin = oneOf(attrs.strokeLinejoin, ['butt', 'round', 'square', 'miter', 'bevel'] as const);
  if (strokeLinejoin) out.strokeLinejoin = strokeLinejoin;
  return out;
}

function toElement(element: PictureElement, key: number): ReactElement | null {
  const a = element.attrs;
  const p = presentation(a);
  switch (element.type) {
    case 'g':
      return (
        <G key={key} {...p}>
          {element.children?.map(toElement)}
        </G>
      );
    case 'path':
      return a.d ? <Path key={key} d={a.d} {...p} /> : null;
    case 'circle':
      return a.r ? <Circle key={key} cx={a.cx} cy={a.cy} r={a.r} {...p} /> : null;
    case 'ellipse':
      return a.rx && a.ry ? <Ellipse key={key} cx={a.cx} cy={a.cy} rx={a.rx} ry={a.ry} {...p} /> : null;
    case 'rect':
      return a.width && a.height ? (
        <Rect key={key} x={a.x} y={a.y} width={a.width} height={a.height} rx={a.rx} ry={a.ry} {...p} />
      ) : null;
    case 'line':
      return a.x1 && a.y1 && a.x2 && a.y2 ? (
        <Line key={key} x1={a.x1} y1={a.y1} x2={a.x2} y2={a.y2} {...p} />
      ) : null;
    case 'polygon':
      return a.points ? <Polygon key={key} points={a.points} {...p} /> : null;
    case 'polyline':
      return a.points ? <Polyline key={key} points={a.points} {...p} /> : null;
    default:
      return null;
  }
}

/**
 * A picture from `@wholepicture/symbols` drawn as react-pdf vector elements (sharp at any
 * zoom, tiny in the file). A key with no picture draws a plain grey rounded square, so a
 * row never loses its place or shifts its text.
 */
export function PictureSvg({ picture, size = 60 }: PictureSvgProps): ReactElement {
  const found = getPicture(picture);
  if (!found) {
    return (
      <Svg width={size} height={size} viewBox="0 0 60 60">
        <Rect
          x="4"
          y="4"
          width="52"
          height="52"
          rx="12"
          ry="12"
          fill="#eeeeee"
          stroke="#8a8a8a"
          strokeWidth="2"
        />
        <Circle cx="30" cy="30" r="8" fill="#8a8a8a" />
      </Svg>
    );
  }
  return (
    <Svg width={size} height={size} viewBox={`0 0 ${found.width} ${found.height}`}>
      {found.elements.map(toElement)}
    </Svg>
  );
}
