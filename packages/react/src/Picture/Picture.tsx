import { createElement, useEffect, useId, useSyncExternalStore } from 'react';
import type { CSSProperties, ReactNode } from 'react';
import {
  getPicture,
  loadPictures,
  pictureAlt,
  picturesLoaded,
  picturesVersion,
  subscribeToPictures,
  pictureAttributeNames,
  pictureElementTypes,
} from '@wholepicture/symbols';
import type { PictureElement } from '@wholepicture/symbols';
import { useWholePicture } from '../WholePictureProvider/useWholePicture.js';

/** Props of {@link Picture}. */
export interface PictureProps {
  /** The picture's key in `@wholepicture/symbols` (or a set the host registered). */
  pictureKey: string;
  /** Alt text; when absent, the picture's own alt text in the current language. `''` makes it decorative. */
  alt?: string;
  /** Width and height: a number of pixels or any CSS length. @default var(--wp-picture-size, 4rem) */
  size?: number | string;
  /** True when the words beside it already say what it shows: hidden from assistive technology. @default false */
  decorative?: boolean;
  /** The language of the alt text, when it differs from the provider's (e.g. a document's). */
  lang?: string;
  /** Extra class names for the `<svg>`. */
  className?: string;
}

const elementTypes: ReadonlySet<string> = pictureElementTypes;
const attributeNames: ReadonlySet<string> = pictureAttributeNames;
// A host's registered set is data we did not write: bound its size so a huge or cyclic tree
// cannot hang the page.
const maxDepth = 24;
const maxElements = 5_000;

function renderElements(
  elements: readonly PictureElement[],
  depth: number,
  budget: { left: number },
): ReactNode[] {
  if (depth > maxDepth || !Array.isArray(elements)) return [];
  const out: ReactNode[] = [];
  elements.forEach((element, index) => {
    if (budget.left <= 0 || !element || !elementTypes.has(element.type)) return;
    budget.left -= 1;
    const props: Record<string, string | number> = { key: index };
    for (const [name, value] of Object.entries(element.attrs ?? {})) {
      // Only known geometry and paint attributes, and no `url(…)` paint: nothing can be
      // fetched or scripted through a picture.
      if (!attributeNames.has(name)) continue;
      if (typeof value !== 'string' && typeof value !== 'number') continue;
      if (typeof value === 'string' && /url\s*\(/i.test(value)) continue;
      props[name] = value;
    }
    const children = element.children ? renderElements(element.children, depth + 1, budget) : [];
    out.push(createElement(element.type, props, ...children));
  });
  return out;
}

function cssSize(size: number | string | undefined): CSSProperties | undefined {
  if (size === undefined) return undefined;
  const length = typeof size === 'number' ? `${size}px` : size;
  return { inlineSize: length, blockSize: length };
}

/**
 * A picture from `@wholepicture/symbols` as inline SVG built from its vector data (no HTML
 * strings). Named by its alt text with `role="img"`, or hidden when decorative. An unknown
 * key shows a plain placeholder shape instead of failing. Our pictures (drawings and alt text)
 * load on first use (`loadPictures`); until then the picture is an empty SVG of the same size,
 * hidden from assistive technology unless `alt` names it, and named once it arrives.
 */
export function Picture({ pictureKey, alt, size, decorative = false, lang, className }: PictureProps) {
  const { t, lang: providerLang } = useWholePicture();
  const titleId = useId();
  // Re-render when the drawings arrive or a host registers a set.
  useSyncExternalStore(subscribeToPictures, picturesVersion, picturesVersion);
  useEffect(() => {
    // A failed chunk load keeps the empty frame; the next picture to mount tries again.
    if (!picturesLoaded()) loadPictures().catch(() => undefined);
  }, []);
  const language = lang ?? providerLang;
  const picture = getPicture(pictureKey);
  // Until our set is in, a key may be ours or unknown: wait rather than call it a placeholder.
  const loading = !picture && !picturesLoaded();
  // While loading, only the host's `alt` names it. Our alt text arrives with the drawing; a
  // stand-in name (the key, "Picture") would be wrong or in the wrong language, and would be
  // announced again when it changes. Sighted people see an empty frame meanwhile: the same.
  const name =
    alt ??
    (picture ? pictureAlt(pictureKey, language) : undefined) ??
    (loading ? '' : t('view.picture.placeholder'));
  const hidden = decorative || name.trim() === '';
  const classes = [
    'wp-picture',
    picture ? undefined : loading ? 'wp-picture--loading' : 'wp-picture--placeholder',
    className,
  ]
    .filter(Boolean)
    .join(' ');

  const body = picture ? (
    renderElements(picture.elements, 0, { left: maxElements })
  ) : loading ? null : (
    // A neutral frame with a simple landscape: says "a picture goes here" without meaning anything.
    <>
      <rect
        x="2"
        y="2"
        width="28"
        height="28"
        rx="4"
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
        strokeDasharray="4 3"
      />
      <circle cx="11" cy="12" r="3" fill="currentColor" opacity="0.5" />
      <path d="M6 25l7-8l5 5l3-3l5 6z" fill="currentColor" opacity="0.5" />
    </>
  );
  const viewBox = picture ? `0 0 ${picture.width} ${picture.height}` : '0 0 32 32';

  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      viewBox={viewBox}
      className={classes}
      style={cssSize(size)}
      data-picture={pictureKey}
      focusable="false"
      {...(hidden
        ? { 'aria-hidden': true }
        : { role: 'img', 'aria-labelledby': titleId, ...(lang ? { lang } : {}) })}
    >
      {hidden ? null : <title id={titleId}>{name}</title>}
      {body}
    </svg>
  );
}
