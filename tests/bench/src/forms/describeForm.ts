/** The field kinds every library in the comparison can express. */
export type BenchKind = 'text' | 'textarea' | 'radios' | 'checkboxes' | 'select';

/** One question, described once and expressed in each library's own format. */
export interface BenchQuestion {
  /** 1-based position in the whole form. */
  number: number;
  /** A field name every library accepts: `q001`. */
  name: string;
  kind: BenchKind;
  /** Starts with `Question <number>:`, so a test can find it by its label. */
  label: string;
  required: boolean;
  options: { value: string; label: string }[];
}

/** One section (page, panel or group) of questions. */
export interface BenchSection {
  id: string;
  title: string;
  questions: BenchQuestion[];
}

/** A whole form, before it is expressed in any library's format. */
export interface BenchForm {
  sections: BenchSection[];
}

// Ordered so that question 150, the one the bench types into, is a one-line text box.
const kindCycle: readonly BenchKind[] = ['textarea', 'radios', 'checkboxes', 'select', 'text'];

const topics = [
  'what matters most to you',
  'who is important to you',
  'how you like to spend your day',
  'what helps when you feel worried',
  'how you keep in touch with people',
  'what you would like to learn',
  'how you look after your health',
  'what makes a good day',
];

const frequency = ['Never', 'Sometimes', 'Often', 'Always'];
const helpers = ['Family', 'Friends', 'Neighbours', 'Support worker', 'Nobody yet'];
const places = [
  'At home',
  'In town',
  'At college',
  'At work',
  'At the day centre',
  'Online',
  'At church',
  'Somewhere else',
];

function options(labels: readonly string[]): BenchQuestion['options'] {
  return labels.map((label, index) => ({ value: `o${index + 1}`, label }));
}

/** The question the keystroke test types into. */
export const typedQuestionNumber = 150;

/**
 * A generated form: `sectionCount` sections of `perSection` questions, cycling through text,
 * textarea, radios, checkboxes and select; every fourth question is required.
 */
export function describeLargeForm(sectionCount = 10, perSection = 30): BenchForm {
  const sections: BenchSection[] = [];
  for (let s = 0; s < sectionCount; s++) {
    const questions: BenchQuestion[] = [];
    for (let q = 0; q < perSection; q++) {
      const number = s * perSection + q + 1;
      const kind = kindCycle[(number - 1) % kindCycle.length] ?? 'text';
      const topic = topics[number % topics.length] ?? '';
      questions.push({
        number,
        name: `q${String(number).padStart(3, '0')}`,
        kind,
        label: `Question ${number}: ${topic}`,
        required: number % 4 === 0,
        options:
          kind === 'radios'
            ? options(frequency)
            : kind === 'checkboxes'
              ? options(helpers)
              : kind === 'select'
                ? options(places)
                : [],
      });
    }
    sections.push({ id: `s${s + 1}`, title: `Section ${s + 1}`, questions });
  }
  return { sections };
}

/** The small form of the bundle-size comparison: a name, a good day and how to contact you. */
export function describeThreeFieldForm(): BenchForm {
  return {
    sections: [
      {
        id: 'aboutYou',
        title: 'About you',
        questions: [
          {
            number: 1,
            name: 'preferredName',
            kind: 'text',
            label: 'Question 1: What should we call you?',
            required: true,
            options: [],
          },
          {
            number: 2,
            name: 'goodDay',
            kind: 'textarea',
            label: 'Question 2: What makes a good day?',
            required: false,
            options: [],
          },
          {
            number: 3,
            name: 'contactBy',
            kind: 'radios',
            label: 'Question 3: How should we contact you?',
            required: false,
            options: options(['Phone call', 'Text message', 'Letter', 'Email']),
          },
        ],
      },
    ],
  };
}

/** How many form controls (inputs, textareas, selects) the form renders. */
export function controlCount(form: BenchForm): number {
  return form.sections
    .flatMap((section) => section.questions)
    .reduce((sum, q) => sum + (q.kind === 'radios' || q.kind === 'checkboxes' ? q.options.length : 1), 0);
}
