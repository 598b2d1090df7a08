/** English source strings for the `issues.*` keys. Edited by hand; Welsh mirrors it. */
export const issues = {} as const;
