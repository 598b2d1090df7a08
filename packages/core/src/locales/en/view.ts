/** English source strings for the `view.*` keys. Edited by hand; Welsh mirrors it. */
export const view = {
  picture: {
    placeholder: 'Picture',
  },
  cover: {
    photoAlt: 'Photo of {{name}}',
  },
  ownWords: {
    quoteOpen: '“',
    quoteClose: '”',
  },
  scale: {
    reading: '{{label}}: {{value}} out of 10',
  },
} as const;
