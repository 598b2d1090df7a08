/** The i18next namespace all Whole Picture strings live in. */
export const namespace = 'wholepicture';
