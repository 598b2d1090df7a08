/**
 * The shape of a translation of a source-language resource: every key of the English
 * resource, with a string for every leaf. A missing key in Welsh is a type error, and
 * `locales.test.ts` also fails on any empty string.
 */
export type Translation<T> = {
  [K in keyof T]: T[K] extends string ? string : Translation<T[K]>;
};

/** A resource tree of strings, as i18next takes it. */
export interface ResourceTree {
  [key: string]: string | ResourceTree;
}
