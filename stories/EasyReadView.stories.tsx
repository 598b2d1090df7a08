import type { Meta, StoryObj } from '@storybook/react-vite';
import '@wholepicture/react/styles.css';
import { createTranslator, defaultDefinition, samplePlans } from '@wholepicture/core';
import { buildEasyReadDocument } from '@wholepicture/core/easy-read';
import type { EasyReadDocument, SamplePlanName } from '@wholepicture/core';
import { en } from '@wholepicture/core/locales/en';
import { cy } from '@wholepicture/core/locales/cy';
import { EasyReadView, WholePictureProvider } from '@wholepicture/react';

const translators = { en: createTranslator(en, 'en'), cy: createTranslator(cy, 'cy') };

/** A sample plan's easy-read document, as the PDF gets it. */
function sampleDocument(name: SamplePlanName, locale: 'en' | 'cy'): EasyReadDocument {
  return buildEasyReadDocument(samplePlans[name], {
    definition: defaultDefinition,
    locale,
    t: translators[locale],
    now: new Date('2026-03-03T10:00:00Z'),
  });
}

const labels = {
  pageOf: 'Page {{page}} of {{total}}',
  ownWords: 'In my own words',
  scaleNow: 'Where I am now',
  scaleGoal: 'Where I want to be',
  phone: 'Phone',
};

const hostile =
  '<img src=x onerror="alert(1)"><script>alert(2)</script> \u202eevil\u202c \u0000 {{name}} &amp;';

/** Markup, scripts, bidi overrides, placeholders and a very long text: all shown as plain text. */
const hostileDocument: EasyReadDocument = {
  locale: 'en',
  title: hostile,
  personName: hostile,
  subtitle: hostile,
  photo: 'javascript:alert(1)',
  sections: [
    {
      id: 'aboutMe',
      heading: hostile,
      picture: '<svg onload=alert(1)>',
      rows: [
        { picture: 'me', sentences: [hostile, 'x'.repeat(2_000)], ownWords: true },
        { picture: 'goal', sentences: [hostile], scale: [{ label: hostile, now: 99, goal: 7 }] },
      ],
    },
  ],
  contacts: [{ name: hostile, role: hostile, phone: 'javascript:alert(1)', when: hostile }],
  contactsHeading: 'Who to call',
  reviewSentence: hostile,
  glossary: [{ word: hostile, meaning: hostile }],
  glossaryHeading: 'Hard words',
  labels,
};

function View({ document, locale }: { document: EasyReadDocument; locale: string }) {
  return (
    <WholePictureProvider locale={locale}>
      <main>
        <EasyReadView document={document} />
      </main>
    </WholePictureProvider>
  );
}

const meta = {
  title: 'EasyReadView',
  component: View,
  args: { document: hostileDocument, locale: 'en' },
} satisfies Meta<typeof View>;
export default meta;
type Story = StoryObj<typeof meta>;

/** Hostile text renders as inert text and the page stays usable. */
export const HostileText: Story = {};

/** Callum's plan (17, moving to adult services in Wales, does not use speech). */
export const Callum: Story = { args: { document: sampleDocument('callum', 'en') } };

/** Callum's plan in Welsh. */
export const CallumInWelsh: Story = { args: { document: sampleDocument('callum', 'cy'), locale: 'cy' } };

/** Darren's plan (44, mental ill-health and drug use, at risk of losing his tenancy). */
export const Darren: Story = { args: { document: sampleDocument('darren', 'en') } };

/** Darren's plan in Welsh. */
export const DarrenInWelsh: Story = { args: { document: sampleDocument('darren', 'cy'), locale: 'cy' } };

/** Margaret's plan (81, living with dementia, with her husband Ron). */
export const Margaret: Story = { args: { document: sampleDocument('margaret', 'en') } };

/** Margaret's plan in Welsh. */
export const MargaretInWelsh: Story = { args: { document: sampleDocument('margaret', 'cy'), locale: 'cy' } };
