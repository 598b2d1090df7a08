/** English source strings for the `ui.*` keys. Edited by hand; Welsh mirrors it. */
export const ui = {} as const;
