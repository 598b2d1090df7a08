import { useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import type { i18n as I18n, Resource } from 'i18next';
import { useTranslation } from 'react-i18next';
import {
  addWholePictureResources,
  createWholePictureI18n,
  wholePictureNamespace,
} from './createWholePictureI18n.js';
import { createWholePictureText } from './createWholePictureText.js';
import {
  hasWholePictureLocale,
  isWholePictureLocaleLoaded,
  loadWholePictureLocale,
} from './loadWholePictureLocale.js';
import { WholePictureContext } from './WholePictureContext.js';
import type { WholePictureContextValue } from './WholePictureContext.js';

/** Props of {@link WholePictureProvider}. */
export interface WholePictureProviderProps {
  /** The host's own i18next instance; our `wholepicture` namespace is added to it. When absent we create our own. */
  i18n?: I18n;
  /** The language to show, e.g. `en`, `cy`, or one the host adds through `resources`. @default 'en' */
  locale?: string;
  /** Extra resources or overrides, in i18next's shape (`{ cy: { wholepicture: { ui: {...} } } }`). */
  resources?: Resource;
  children?: ReactNode;
}

/**
 * Gives the Whole Picture components their words. Uses the host's i18next instance when given
 * (without changing its language) or creates our own; Welsh is loaded on demand.
 */
export function WholePictureProvider({
  i18n,
  locale = 'en',
  resources,
  children,
}: WholePictureProviderProps) {
  const instance = useMemo(() => {
    if (!i18n) return createWholePictureI18n({ locale, ...(resources ? { resources } : {}) });
    addWholePictureResources(i18n, resources);
    return i18n;
    // The instance is made once per host instance; later resources are added below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [i18n]);
  const [revision, setLoadedRevision] = useState(0);

  useEffect(() => {
    if (resources) addWholePictureResources(instance, resources);
  }, [instance, resources]);

  useEffect(() => {
    if (isWholePictureLocaleLoaded(instance, locale)) return;
    let active = true;
    void loadWholePictureLocale(instance, locale).then(() => {
      if (active) setLoadedRevision((n) => n + 1);
    });
    return () => {
      active = false;
    };
  }, [instance, locale]);

  const shownLocale = hasWholePictureLocale(instance, locale) ? locale : 'en';
  // One subscription for the whole tree: `t` changes when strings are added (Welsh arriving,
  // a host's overrides), and every component below gets the new words through the context.
  const { t: fixedT } = useTranslation(wholePictureNamespace, {
    i18n: instance,
    lng: shownLocale,
    useSuspense: false,
  });
  const value = useMemo<WholePictureContextValue>(
    () => ({
      i18n: instance,
      locale: shownLocale,
      revision,
      text: createWholePictureText(instance, shownLocale, fixedT),
    }),
    [instance, shownLocale, revision, fixedT],
  );
  return <WholePictureContext.Provider value={value}>{children}</WholePictureContext.Provider>;
}
