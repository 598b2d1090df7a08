/**
 * A plan in the prototype's version 0 format (no `schemaVersion`), as the 2025 pilot saved
 * it: Darren's first plan, before his tenancy was at risk. Used to test the migration to
 * version 1; see `MIGRATIONS.md`.
 */
export const samplePlanV0 = {
  id: 'plan-darren-2025',
  createdAt: '2025-06-10T14:05:00+01:00',
  updatedAt: '2025-06-12T09:30:00+01:00',
  status: 'draft',
  name: 'Darren',
  fullName: 'Darren Michael Hughes',
  dob: '14/09/1981',
  nhsNumber: '943 476 5870',
  communication: 'I talk fine. Write things down for me, I forget appointments.',
  easyRead: false,
  aboutMe: {
    mostImportant: 'Keeping my flat. Seeing my daughter Kayleigh.',
    goodDay: 'I get up, walk the dog, have a brew with Lee at the project.',
    badDay: 'I stay in bed, I do not open the post, I use.',
  },
  contributors: [
    { id: 'c-darren', name: 'Darren', role: 'person' },
    { id: 'c-lee', name: 'Lee Ashworth', role: 'worker', organisation: 'Northgate Housing First' },
  ],
  needs: [{ id: 'n-post', lifeArea: 'money', text: 'Letters about rent pile up and I do not open them.' }],
  strengths: [{ id: 's-dog', lifeArea: 'daily-living', text: 'I walk Bella twice a day, every day.' }],
  outcomes: [
    {
      id: 'o-rent',
      lifeArea: 'home',
      text: 'I know what I owe on my rent and I am paying it back.',
      score: 3,
      needIds: ['n-post'],
    },
    { id: 'o-kayleigh', lifeArea: 'relationships', text: 'I see Kayleigh every other Saturday.', score: 11 },
  ],
  support: [
    {
      id: 'sp-lee',
      type: 'targeted',
      description: 'Housing First support from Lee',
      provider: 'Northgate Housing First',
      hours: 3,
      cost: 96,
      outcomeIds: ['o-rent'],
    },
    { id: 'sp-sister', type: 'family', description: 'My sister Jo rings on Sundays', hours: 0.5 },
  ],
  reviewDate: '10/12/2025',
  keyworkerNotes: 'Prefers a morning visit.',
};
