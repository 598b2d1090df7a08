import type { Meta, StoryObj } from '@storybook/react-vite';
import { createPlan, defaultDefinition, samplePlans } from '@wholepicture/core';
import type { Plan } from '@wholepicture/core';
import { PlanForm } from '@wholepicture/react';
import { withWelsh } from '../decorators';

// Every section of the default definition, each in the five states. Stories must be static
// exports, so the list below is written out; `everySectionIsCovered` keeps it in step.
const empty = createPlan({ id: 'plan-story', now: new Date('2026-03-01T10:00:00Z') });

/** One section of the default definition as its own page. */
function SectionStory({
  sectionId,
  plan,
  easyRead = false,
  locale,
}: {
  sectionId: string;
  plan: Plan;
  easyRead?: boolean;
  locale?: string;
}) {
  return (
    <main>
      <PlanForm
        key={`${sectionId}-${plan.id}`}
        defaultPlan={plan}
        initialView={{ page: 'section', sectionId }}
        easyRead={easyRead}
        {...(locale ? { locale } : {})}
      />
    </main>
  );
}

const meta = {
  title: 'Sections/All sections',
  component: SectionStory,
  args: { sectionId: 'aboutYou', plan: empty },
  argTypes: {
    sectionId: { control: 'select', options: defaultDefinition.sections.map((section) => section.id) },
  },
} satisfies Meta<typeof SectionStory>;
export default meta;
type Story = StoryObj<typeof meta>;

const covered = new Set<string>();

function story(sectionId: string, variant: 'Default' | 'Filled' | 'Error' | 'EasyRead' | 'Welsh'): Story {
  covered.add(sectionId);
  switch (variant) {
    case 'Filled':
      return { args: { sectionId, plan: samplePlans.callum } };
    case 'Error':
      return {
        args: { sectionId, plan: empty },
        play: async ({ canvasElement }) => {
          canvasElement.querySelector<HTMLButtonElement>('form button[type="submit"]')?.click();
          await new Promise((resolve) => setTimeout(resolve, 0));
        },
      };
    case 'EasyRead':
      return { args: { sectionId, plan: samplePlans.margaret, easyRead: true } };
    case 'Welsh':
      return { decorators: [withWelsh], args: { sectionId, plan: samplePlans.darren, locale: 'cy' } };
    default:
      return { args: { sectionId, plan: empty } };
  }
}

export const AboutYouDefault = story('aboutYou', 'Default');
export const AboutYouFilled = story('aboutYou', 'Filled');
export const AboutYouError = story('aboutYou', 'Error');
export const AboutYouEasyRead = story('aboutYou', 'EasyRead');
export const AboutYouWelsh = story('aboutYou', 'Welsh');
export const HouseholdDefault = story('household', 'Default');
export const HouseholdFilled = story('household', 'Filled');
export const HouseholdError = story('household', 'Error');
export const HouseholdEasyRead = story('household', 'EasyRead');
export const HouseholdWelsh = story('household', 'Welsh');
export const ContributorsDefault = story('contributors', 'Default');
export const ContributorsFilled = story('contributors', 'Filled');
export const ContributorsError = story('contributors', 'Error');
export const ContributorsEasyRead = story('contributors', 'EasyRead');
export const ContributorsWelsh = story('contributors', 'Welsh');
export const CommunicationDefault = story('communication', 'Default');
export const CommunicationFilled = story('communication', 'Filled');
export const CommunicationError = story('communication', 'Error');
export const CommunicationEasyRead = story('communication', 'EasyRead');
export const CommunicationWelsh = story('communication', 'Welsh');
export const AboutMeDefault = story('aboutMe', 'Default');
export const AboutMeFilled = story('aboutMe', 'Filled');
export const AboutMeError = story('aboutMe', 'Error');
export const AboutMeEasyRead = story('aboutMe', 'EasyRead');
export const AboutMeWelsh = story('aboutMe', 'Welsh');
export const NeedsDefault = story('needs', 'Default');
export const NeedsFilled = story('needs', 'Filled');
export const NeedsError = story('needs', 'Error');
export const NeedsEasyRead = story('needs', 'EasyRead');
export const NeedsWelsh = story('needs', 'Welsh');
export const StrengthsDefault = story('strengths', 'Default');
export const StrengthsFilled = story('strengths', 'Filled');
export const StrengthsError = story('strengths', 'Error');
export const StrengthsEasyRead = story('strengths', 'EasyRead');
export const StrengthsWelsh = story('strengths', 'Welsh');
export const OutcomesDefault = story('outcomes', 'Default');
export const OutcomesFilled = story('outcomes', 'Filled');
export const OutcomesError = story('outcomes', 'Error');
export const OutcomesEasyRead = story('outcomes', 'EasyRead');
export const OutcomesWelsh = story('outcomes', 'Welsh');
export const SupportDefault = story('support', 'Default');
export const SupportFilled = story('support', 'Filled');
export const SupportError = story('support', 'Error');
export const SupportEasyRead = story('support', 'EasyRead');
export const SupportWelsh = story('support', 'Welsh');
export const DecisionsDefault = story('decisions', 'Default');
export const DecisionsFilled = story('decisions', 'Filled');
export const DecisionsError = story('decisions', 'Error');
export const DecisionsEasyRead = story('decisions', 'EasyRead');
export const DecisionsWelsh = story('decisions', 'Welsh');
export const BarriersDefault = story('barriers', 'Default');
export const BarriersFilled = story('barriers', 'Filled');
export const BarriersError = story('barriers', 'Error');
export const BarriersEasyRead = story('barriers', 'EasyRead');
export const BarriersWelsh = story('barriers', 'Welsh');
export const StayingSafeDefault = story('stayingSafe', 'Default');
export const StayingSafeFilled = story('stayingSafe', 'Filled');
export const StayingSafeError = story('stayingSafe', 'Error');
export const StayingSafeEasyRead = story('stayingSafe', 'EasyRead');
export const StayingSafeWelsh = story('stayingSafe', 'Welsh');
export const SharingDefault = story('sharing', 'Default');
export const SharingFilled = story('sharing', 'Filled');
export const SharingError = story('sharing', 'Error');
export const SharingEasyRead = story('sharing', 'EasyRead');
export const SharingWelsh = story('sharing', 'Welsh');
export const ReviewDefault = story('review', 'Default');
export const ReviewFilled = story('review', 'Filled');
export const ReviewError = story('review', 'Error');
export const ReviewEasyRead = story('review', 'EasyRead');
export const ReviewWelsh = story('review', 'Welsh');

const missing = defaultDefinition.sections
  .filter((section) => !covered.has(section.id))
  .map((section) => section.id);
if (missing.length > 0) throw new Error(`Sections without stories: ${missing.join(', ')}`);
