import type { Decorator } from '@storybook/react-vite';
import type { ReactNode } from 'react';
import { cy } from '@wholepicture/core/locales/cy';
import { createWholePictureI18n, WholePictureProvider, useWholePicture } from '@wholepicture/react';

// Welsh strings given up front, so Welsh stories render in Welsh at once (the library itself
// loads them on demand).
const welsh = createWholePictureI18n({ locale: 'cy', resources: { cy: { wholepicture: cy } } });

/** Wraps a story in a provider showing Welsh. */
export const withWelsh: Decorator = (Story) => (
  <WholePictureProvider i18n={welsh} locale="cy">
    <Story />
  </WholePictureProvider>
);

/** A page heading in English and Welsh. */
export interface PageTitle {
  en: string;
  cy: string;
}

function Page({ title, easyRead, children }: { title: PageTitle; easyRead: boolean; children: ReactNode }) {
  const { lang, dir } = useWholePicture();
  return (
    <main className="wp-root" lang={lang} dir={dir} data-easy-read={easyRead ? 'true' : undefined}>
      <h1 className="wp-heading-l">{lang === 'cy' ? title.cy : title.en}</h1>
      {children}
    </main>
  );
}

/**
 * Puts a component on a page: a main landmark, a heading and the `.wp-root` theme scope. The
 * story named "Welsh" gets a Welsh provider around the whole page, so `lang` is right.
 */
export function withPage(title: PageTitle): Decorator {
  return (Story, context) => {
    const page = (
      <Page title={title} easyRead={context.name === 'Easy Read' || context.args['easyRead'] === true}>
        <Story />
      </Page>
    );
    return context.name === 'Welsh' ? (
      <WholePictureProvider i18n={welsh} locale="cy">
        {page}
      </WholePictureProvider>
    ) : (
      page
    );
  };
}

/** True inside a Welsh story: for a story's own sample words. */
export function useIsWelsh(): boolean {
  return useWholePicture().lang === 'cy';
}
