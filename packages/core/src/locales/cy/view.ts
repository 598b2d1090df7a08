import type { Translation } from '../Translation.js';
import type { view as en } from '../en/view.js';

/** Welsh strings for the `view.*` keys. Awaiting review by a fluent Welsh speaker. */
export const view: Translation<typeof en> = {
  picture: {
    placeholder: 'Llun',
  },
  cover: {
    photoAlt: 'Llun o {{name}}',
  },
  ownWords: {
    quoteOpen: '“',
    quoteClose: '”',
  },
  scale: {
    reading: '{{label}}: {{value}} allan o 10',
  },
};
