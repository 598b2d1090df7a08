/** Plan files for the tests, written by hand so the tests do not depend on the packages' builds. */

const now = '2026-03-02T10:00:00.000Z';

/** A small but complete version 1 plan: one of each kind of list item, two voices, two readings. */
export function smallPlan(name = 'Gwen'): Record<string, unknown> {
  return {
    schemaVersion: 1,
    id: 'plan-small',
    createdAt: now,
    updatedAt: now,
    status: 'draft',
    locale: 'en',
    person: { preferredName: name, fullName: `${name} Parry`, identifiers: [] },
    household: [{ id: 'h-1', name: 'Alun', relationship: 'Brother', livesWithPerson: true, isCarer: true }],
    contributors: [
      { id: 'c-1', name, role: 'person' },
      { id: 'c-2', name: 'Sam Jones', role: 'worker', organisation: 'Community team' },
    ],
    communication: { howICommunicate: { text: 'I like short sentences.' } },
    aboutMe: {
      mostImportant: { text: 'My cat and my garden.', voice: { contributorId: 'c-1', ownWords: true } },
    },
    needs: [{ id: 'n-1', lifeArea: 'home', description: { text: 'Forms about rent worry me.' } }],
    strengths: [{ id: 's-1', lifeArea: 'community', description: { text: 'I know my neighbours.' } }],
    outcomes: [
      {
        id: 'o-1',
        lifeArea: 'home',
        statement: { text: 'I pay my rent on time.' },
        needIds: ['n-1'],
        strengthIds: ['s-1'],
        readings: [
          { id: 'r-1', by: 'c-1', now: 3, goal: 8 },
          { id: 'r-2', by: 'c-2', now: 5, goal: 8 },
        ],
      },
    ],
    support: [
      {
        id: 'sp-1',
        rung: 'targeted',
        description: { text: 'Help with letters' },
        hoursPerWeek: 2,
        status: 'both',
        outcomeIds: ['o-1'],
      },
    ],
    barriers: [
      {
        id: 'b-1',
        theme: 'housing',
        whatHappened: 'The housing list is closed.',
        impact: 'Gwen stays in a flat that is too cold.',
        serviceOrSystem: 'Council housing',
      },
    ],
    contacts: [{ id: 'ct-1', name: 'Sam Jones', phone: '01234 567890' }],
    safety: [{ id: 'sf-1', whatCouldGoWrong: { text: 'I forget to eat.' }, contactIds: ['ct-1'] }],
    review: { nextReviewDate: '2026-09-01', howWeWillKnow: { text: 'The rent is paid.' } },
  };
}

/** A plan in the prototype's version 0 format (no `schemaVersion`): core migrates it. */
export const versionZeroPlan = {
  id: 'plan-old',
  createdAt: '2025-06-10T14:05:00+01:00',
  updatedAt: '2025-06-12T09:30:00+01:00',
  name: 'Dylan',
  dob: '14/09/1981',
  communication: 'Write things down for me.',
  aboutMe: { mostImportant: 'Seeing my daughter.' },
  outcomes: [{ id: 'o-1', lifeArea: 'home', text: 'I keep my flat.', score: 4 }],
  reviewDate: '10/12/2025',
};

/** Text that must stay inert: markup, script, bidi and control characters, a very long string. */
export const hostile = {
  name: '<img src=x onerror="window.__pwned=1">\u202eBob\u0007',
  script: '<script>window.__pwned=2</script>{{constructor}} ${alert(1)}',
  long: 'Ll'.repeat(50_000),
};

/** A valid plan whose every text is hostile. */
export function hostilePlan(): Record<string, unknown> {
  const plan = smallPlan(hostile.name);
  plan['aboutMe'] = { mostImportant: { text: hostile.script }, goodDay: { text: hostile.long } };
  plan['extensions'] = { ['__proto__']: { polluted: true } };
  return plan;
}
