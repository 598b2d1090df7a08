export { SectionPage } from './SectionPage.js';
export type { SectionPageProps } from './SectionPage.js';
