import type { EasyReadDocument } from '@wholepicture/core';

/** A hand-made easy-read document for renderer tests, independent of the plan builder. */
export function fixtureDocument(overrides: Partial<EasyReadDocument> = {}): EasyReadDocument {
  return {
    locale: 'en',
    title: 'Gwenllïan’s support plan',
    personName: 'Gwenllïan Ŵyn',
    subtitle: 'My plan. Made on 3 March 2026.',
    sections: [
      {
        id: 'aboutMe',
        heading: 'About me',
        picture: 'me',
        rows: [
          { picture: 'heart', sentences: ['I love music and my dog Ŷw.'], ownWords: true },
          { picture: 'good-day', sentences: ['A good day is a walk by the sea.', 'Then chips.'] },
          { picture: 'bad-day', sentences: ['A bad day is when the bus does not come.'] },
        ],
      },
      {
        id: 'outcomes',
        heading: 'What I want to achieve',
        picture: 'goal',
        rows: [
          {
            picture: 'bus',
            sentences: ['I want to get to college on my own.'],
            ownWords: true,
            scale: [{ label: 'We agreed', now: 4, goal: 8 }],
          },
          { picture: 'no-such-picture-key', sentences: ['I want to cook a meal for my mum.'] },
        ],
      },
    ],
    contacts: [
      {
        name: 'Siân Jones',
        role: 'Social worker',
        phone: '01234 567890',
        when: 'In the day, Monday to Friday',
      },
      { name: 'Out of hours team', phone: '0300 123 4567', when: 'At night and at weekends' },
    ],
    contactsHeading: 'Who to call',
    reviewSentence: 'We will check my plan on 1 June 2027.',
    glossary: [{ word: 'Advocate', meaning: 'Someone who helps you say what you want.' }],
    glossaryHeading: 'Hard words',
    labels: {
      pageOf: 'Page {{page}} of {{total}}',
      ownWords: 'My own words',
      scaleNow: 'Where I am now',
      scaleGoal: 'Where I want to be',
      phone: 'Phone',
    },
    ...overrides,
  };
}
