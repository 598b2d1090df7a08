/** English source strings for the `plan.*` keys. Edited by hand; Welsh mirrors it. */
export const plan = {} as const;
