import { useContext, useEffect, useState } from 'react';
import { WholePictureContext, getFallbackI18n } from './WholePictureContext.js';
import { hasWholePictureDocumentStrings, loadWholePictureDocumentStrings } from './loadWholePictureLocale.js';

/**
 * Loads the easy-read document's strings (document sentences, PDF, glossary of hard words) into
 * the nearest provider's i18next instance, and tells when they are in: build an easy-read
 * document with the provider's `t` only once this is `true`. If they cannot load, it stays
 * `false` and tries again on the next mount. Pass `wanted = false` to wait before loading.
 */
export function useWholePictureDocumentStrings(wanted = true): boolean {
  const instance = useContext(WholePictureContext)?.i18n ?? getFallbackI18n();
  // Only to re-render once our own load is done: whether they are in is read from the instance.
  const [, setLoads] = useState(0);
  useEffect(() => {
    if (!wanted || hasWholePictureDocumentStrings(instance)) return;
    let live = true;
    loadWholePictureDocumentStrings(instance).then(
      () => {
        if (live) setLoads((count) => count + 1);
      },
      () => {
        // Without them the words stay keys; callers wait for `true`, so nothing shows wrong.
      },
    );
    return () => {
      live = false;
    };
  }, [instance, wanted]);
  return hasWholePictureDocumentStrings(instance);
}
