/** English source strings for the `glossary.*` keys. Edited by hand; Welsh mirrors it. */
export const glossary = {} as const;
