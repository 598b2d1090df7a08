import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultDefinition } from './defaultDefinition.js';
import type { FormDefinition, Question } from './definitionSchema.js';
import { parseDefinition } from './parseDefinition.js';

function small(questions: unknown[], extra: Record<string, unknown> = {}): unknown {
  return {
    id: 'test',
    version: '1',
    lifeAreas: [{ key: 'home', picture: 'home' }],
    ladderRungs: [{ key: 'me', picture: 'person' }],
    barrierThemes: [{ key: 'other', picture: 'barrier' }],
    sections: [{ id: 'one', picture: 'person', questions }],
    ...extra,
  };
}

function messages(input: unknown): string[] {
  const result = parseDefinition(input);
  if (result.ok) throw new Error('expected the definition to be refused');
  return result.issues.map((issue) => issue.message);
}

const name: Question = { id: 'name', kind: 'text', path: 'person.preferredName', picture: 'person' };

describe('parseDefinition', () => {
  it('accepts a small valid definition and returns it', () => {
    const result = parseDefinition(small([name]));
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.definition.sections[0]?.questions[0]).toEqual(name);
  });

  it('names an unknown field kind, suggests the nearest and lists them all', () => {
    expect(messages(small([name, { ...name, id: 'x', kind: 'txt' }]))).toEqual([
      "sections[0].questions[1].kind: 'txt' is not a field kind. Did you mean 'text'? Use one of: text, textarea, voicedText, number, radios, checkboxes, select, date, yesNo, scale, list, links, supportLadder, readings.",
    ]);
  });

  it('says which required property is missing', () => {
    const { picture: _omitted, ...noPicture } = name;
    expect(messages(small([noPicture]))).toEqual(['sections[0].questions[0].picture: is missing. Add text.']);
  });

  it('names a misspelt property and the one it probably meant', () => {
    const [message] = messages(small([{ ...name, requried: true }]));
    expect(message).toContain(
      "sections[0].questions[0]: has unknown property 'requried' (did you mean 'required'?)",
    );
  });

  it('refuses two questions with the same id, pointing at the first', () => {
    expect(messages(small([name, { ...name, path: 'person.fullName' }]))).toEqual([
      "sections[0].questions[1].id: id 'name' is already used at sections[0].questions[0]. Give every question its own id.",
    ]);
  });

  it('refuses two sections with the same id', () => {
    const input = small([name]) as FormDefinition;
    input.sections.push({ id: 'one', picture: 'person', questions: [] });
    expect(messages(input)).toEqual([
      "sections[1].id: section id 'one' is already used by sections[0]. Give every section its own id.",
    ]);
  });

  it('refuses a path the plan does not have, with the nearest real one', () => {
    expect(messages(small([{ ...name, path: 'aboutMe.goodDya', kind: 'voicedText' }]))).toEqual([
      "sections[0].questions[0].path: 'aboutMe.goodDya' is not a field of the plan. Did you mean 'aboutMe.goodDay'? Host fields go under 'extensions.<name>'.",
    ]);
  });

  it('accepts host fields under extensions but not the bare bag', () => {
    expect(parseDefinition(small([{ ...name, path: 'extensions.gpPractice' }])).ok).toBe(true);
    expect(messages(small([{ ...name, path: 'extensions' }]))[0]).toContain("Use 'extensions.<name>'");
  });

  it('refuses a kind that cannot write its path, and names the kinds that can', () => {
    expect(messages(small([{ ...name, kind: 'yesNo', path: 'aboutMe.goodDay' }]))).toEqual([
      "sections[0].questions[0].kind: a 'yesNo' question cannot write 'aboutMe.goodDay', which holds a voiced text. Use kind 'voicedText', or choose another path.",
    ]);
  });

  it('refuses a choice question with no options', () => {
    expect(messages(small([{ ...name, kind: 'radios', path: 'extensions.colour' }]))[0]).toBe(
      "sections[0].questions[0].options: a 'radios' question needs options. Add 'options' ([{ value: '…' }]) or 'optionsFrom' (one of: lifeAreas, ladderRungs, barrierThemes, contributors).",
    );
  });

  it('refuses options the plan cannot keep', () => {
    const role = {
      id: 'c',
      kind: 'list',
      path: 'contributors',
      picture: 'group',
      itemQuestions: [
        { id: 'c.role', kind: 'radios', path: 'role', picture: 'group', options: [{ value: 'boss' }] },
      ],
    };
    expect(messages(small([role]))[0]).toBe(
      "sections[0].questions[0].itemQuestions[0].options[0].value: 'boss' cannot be kept in 'contributors.role'. Use one of: person, family, carer, advocate, worker, professional, other.",
    );
  });

  it('refuses links to a list nobody asks for, and links to unknown lists', () => {
    const links = {
      id: 'l',
      kind: 'links',
      path: 'supportedByIds',
      picture: 'group',
      linksTo: 'contributors',
    };
    expect(messages(small([links]))[0]).toBe(
      "sections[0].questions[0].linksTo: links to 'contributors', but no question in the definition asks for 'contributors'. Add a 'list' question with path 'contributors', or remove this question.",
    );
    expect(messages(small([{ ...links, linksTo: 'pets' }]))[0]).toBe(
      "sections[0].questions[0].linksTo: 'pets' is not allowed here. Use one of: needs, strengths, outcomes, contributors, contacts.",
    );
  });

  it('refuses reveal on a question that is not yes or no', () => {
    expect(
      messages(small([{ ...name, reveal: [{ ...name, id: 'y', path: 'person.fullName' }] }]))[0],
    ).toContain(
      "sections[0].questions[0].reveal: only 'yesNo' questions can reveal questions; this is a 'text' question.",
    );
  });

  it('refuses a list without item questions, and host fields inside plan lists', () => {
    expect(messages(small([{ id: 'n', kind: 'list', path: 'needs', picture: 'help' }]))[0]).toContain(
      "sections[0].questions[0].itemQuestions: a 'list' question needs 'itemQuestions'",
    );
    const hostInList = {
      id: 'n',
      kind: 'list',
      path: 'needs',
      picture: 'help',
      itemQuestions: [{ id: 'n.x', kind: 'text', path: 'extensions.x', picture: 'help' }],
    };
    expect(messages(small([hostInList]))[0]).toContain("items of 'needs' keep only their own fields");
  });

  it('refuses prototype keys in a path', () => {
    expect(messages(small([{ ...name, path: 'extensions.__proto__' }]))[0]).toBe(
      "sections[0].questions[0].path: '__proto__' cannot be part of a path: it could change every object. Rename the field.",
    );
  });

  it('refuses two questions writing the same answer', () => {
    expect(messages(small([name, { ...name, id: 'again' }]))[0]).toContain(
      "'person.preferredName' is already written by the question at sections[0].questions[0]",
    );
  });

  it('refuses empty choice lists, duplicate keys and malformed keys', () => {
    expect(messages(small([name], { lifeAreas: [] }))).toEqual([
      'lifeAreas: needs at least 1 item. Add one.',
    ]);
    expect(
      messages(
        small([name], {
          ladderRungs: [
            { key: 'me', picture: 'person' },
            { key: 'me', picture: 'person' },
          ],
        }),
      ),
    ).toEqual(["ladderRungs[1].key: key 'me' is listed twice. Give each entry its own key."]);
    expect(messages(small([name], { barrierThemes: [{ key: 'Not OK', picture: 'barrier' }] }))[0]).toContain(
      "barrierThemes[0].key: 'Not OK' is not right: A key is lower-case words joined by hyphens.",
    );
  });

  it('refuses options, maxLength and dateMustBe where they mean nothing', () => {
    const wrong = {
      ...name,
      kind: 'yesNo',
      path: 'sharing.consentGiven',
      options: [{ value: 'x' }],
      maxLength: 5,
      dateMustBe: 'past',
    };
    expect(messages(small([wrong])).map((message) => message.split(':')[0])).toEqual([
      'sections[0].questions[0].options',
      'sections[0].questions[0].maxLength',
      'sections[0].questions[0].dateMustBe',
    ]);
  });

  it('explains host wording that is neither words nor words per language', () => {
    expect(messages(small([{ ...name, text: { label: 42 } }]))[0]).toContain(
      "sections[0].questions[0].text.label: must be words ('My words') or words per language",
    );
  });

  it('refuses things that are not definitions at all', () => {
    expect(messages(null)).toEqual(['is null, but must be an object.']);
    expect(messages('definition')[0]).toContain('must be an object');
  });

  it('reports a definition that refers to itself instead of overflowing', () => {
    const question: Record<string, unknown> = {
      id: 'loop',
      kind: 'yesNo',
      path: 'sharing.consentGiven',
      picture: 'share',
    };
    question['reveal'] = [question];
    expect(messages(small([question]))).toEqual([
      'sections[0].questions[0].reveal[0]: refers back to itself. A definition is a tree: copy the questions instead of nesting the same object inside itself.',
    ]);
  });

  it('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(
        fc.anything({ withObjectString: true, withNullPrototype: true, withBigInt: true }),
        (input) => {
          const result = parseDefinition(input);
          expect(typeof result.ok).toBe('boolean');
        },
      ),
      { numRuns: 300 },
    );
  });

  it("never shows zod's own wording, which zod/mini leaves as a bare 'Invalid input'", () => {
    const junk = [undefined, null, 1.5, -1, '', 'Not OK', 'x'.repeat(2001), [], [1], {}, { zz: 1 }, true];
    const question = defaultDefinition.sections[0]?.questions[0] as Question;
    for (const key of Object.keys(question)) {
      for (const value of junk) {
        const broken = { ...question, [key]: value, text: { label: value, hint: { en: value } } };
        const result = parseDefinition(small([broken]));
        for (const issue of result.ok ? [] : result.issues) {
          expect(issue.message).not.toMatch(/invalid input/i);
        }
      }
    }
  });

  it('never throws on a default definition with one part replaced by anything', () => {
    const definition = JSON.parse(JSON.stringify(defaultDefinition)) as Record<string, unknown>;
    const keys = Object.keys(definition);
    fc.assert(
      fc.property(fc.constantFrom(...keys), fc.anything(), (key, value) => {
        const result = parseDefinition({ ...definition, [key]: value });
        expect(typeof result.ok).toBe('boolean');
      }),
      { numRuns: 200 },
    );
  });
});
