import { useEffect, useRef } from 'react';
import type { ReactNode } from 'react';
import { takeHeadingFocusRequest } from './pageFocus.js';

/** Props of {@link PageHeading}. */
export interface PageHeadingProps {
  children: ReactNode;
}

/**
 * The page's one `h1`. After the reader moves to another page it takes focus, so screen
 * readers announce the new page and Tab continues from the top of the content.
 */
export function PageHeading({ children }: PageHeadingProps) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (takeHeadingFocusRequest()) ref.current?.focus();
  }, []);
  return (
    <h1 className="demo-heading" tabIndex={-1} ref={ref}>
      {children}
    </h1>
  );
}
