/** English source strings for the `easyRead.*` keys. Edited by hand; Welsh mirrors it. */
export const easyRead = {} as const;
