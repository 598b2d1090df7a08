/** The kinds of vector element a picture is drawn with (SVG names, no `<defs>` needed). */
export type PictureElementType =
  'g' | 'path' | 'circle' | 'ellipse' | 'rect' | 'line' | 'polygon' | 'polyline';

/**
 * Presentation and geometry attributes of a picture element, named in camelCase as React and
 * react-pdf expect (`fillRule`, not `fill-rule`); every value is a plain string and every fill
 * is a solid colour, never `url(#…)`.
 */
export interface PictureElementAttrs {
  readonly d?: string;
  readonly fill?: string;
  readonly fillOpacity?: string;
  readonly fillRule?: string;
  readonly clipRule?: string;
  readonly opacity?: string;
  readonly stroke?: string;
  readonly strokeWidth?: string;
  readonly strokeOpacity?: string;
  readonly strokeLinecap?: string;
  readonly strokeLinejoin?: string;
  readonly strokeMiterlimit?: string;
  readonly transform?: string;
  readonly cx?: string;
  readonly cy?: string;
  readonly r?: string;
  readonly rx?: string;
  readonly ry?: string;
  readonly x?: string;
  readonly y?: string;
  readonly width?: string;
  readonly height?: string;
  readonly x1?: string;
  readonly y1?: string;
  readonly x2?: string;
  readonly y2?: string;
  readonly points?: string;
}

/** One element of a picture's renderer-neutral vector tree. */
export interface PictureElement {
  readonly type: PictureElementType;
  readonly attrs: PictureElementAttrs;
  readonly children?: readonly PictureElement[];
}

/** Where a picture comes from and under which licence it may be used. */
export interface PictureSource {
  /** The icon set or symbol library, e.g. `fluent-emoji-flat`. */
  readonly set: string;
  /** The icon's name in that set (several joined by ` + ` when a picture combines icons). */
  readonly icon: string;
  /** SPDX licence id, e.g. `MIT`. */
  readonly license: string;
  /** Who holds the copyright. */
  readonly author: string;
  /** Where the set is published. */
  readonly url?: string;
}

/** Short, plain alt text per locale; English is always present and is the fallback. */
export type PictureAlt = Readonly<Record<string, string>> & { readonly en: string };

/** A picture: a vector drawing on a `0 0 width height` view box, with alt text and licence. */
export interface Picture {
  /** The key questions and PDF rows refer to it by, e.g. `home`. */
  readonly key: string;
  readonly width: number;
  readonly height: number;
  readonly elements: readonly PictureElement[];
  readonly alt: PictureAlt;
  readonly source: PictureSource;
}

/** A named set of pictures a host registers, e.g. its own licensed symbol library. */
export interface PictureSet {
  readonly name: string;
  readonly pictures: readonly Picture[];
  /** The set's licence (SPDX id or a short statement), for the host's own attribution. */
  readonly license?: string;
}
