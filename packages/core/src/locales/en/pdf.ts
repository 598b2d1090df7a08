/** English source strings for the `pdf.*` keys. Edited by hand; Welsh mirrors it. */
export const pdf = {} as const;
