import { describe, expect, it } from 'vitest';
import { DefinitionError } from './DefinitionError.js';
import { defaultDefinition } from './defaultDefinition.js';
import { defineForm } from './defineForm.js';
import type { Question } from './definitionSchema.js';

const gpPractice: Question = {
  id: 'gpPractice',
  kind: 'text',
  path: 'extensions.gpPractice',
  picture: 'doctor',
};

function thrown(run: () => unknown): DefinitionError {
  try {
    run();
  } catch (error) {
    if (error instanceof DefinitionError) return error;
    throw error;
  }
  throw new Error('expected a DefinitionError');
}

describe('defineForm', () => {
  it('gives the default definition when nothing changes, as a copy', () => {
    const definition = defineForm();
    expect(definition).toEqual(defaultDefinition);
    expect(definition).not.toBe(defaultDefinition);
    expect(definition.sections[0]).not.toBe(defaultDefinition.sections[0]);
  });

  it('reorders sections, named ones first and the rest in their usual order', () => {
    const definition = defineForm({ sectionOrder: ['aboutMe', 'outcomes'] });
    expect(definition.sections.map((section) => section.id).slice(0, 4)).toEqual([
      'aboutMe',
      'outcomes',
      'aboutYou',
      'household',
    ]);
    expect(definition.sections).toHaveLength(defaultDefinition.sections.length);
  });

  it('reorders questions inside a section', () => {
    const definition = defineForm({
      sections: { aboutMe: { questionOrder: ['aboutMe.goodDay', 'aboutMe.badDay'] } },
    });
    const ids = definition.sections.find((section) => section.id === 'aboutMe')?.questions.map((q) => q.id);
    expect(ids?.slice(0, 3)).toEqual(['aboutMe.goodDay', 'aboutMe.badDay', 'aboutMe.mostImportant']);
  });

  it('hides sections and questions at any depth, and makes questions required', () => {
    const definition = defineForm({
      sections: { barriers: { hidden: true } },
      questions: {
        'person.pronouns': { hidden: true },
        'needs.lifeArea': { required: false },
        'aboutMe.goodDay': { required: true },
      },
    });
    const find = (id: string) => definition.sections.flatMap((s) => s.questions).find((q) => q.id === id);
    expect(definition.sections.find((s) => s.id === 'barriers')?.hidden).toBe(true);
    expect(find('person.pronouns')?.hidden).toBe(true);
    expect(find('aboutMe.goodDay')?.required).toBe(true);
    expect(find('needs')?.itemQuestions?.find((q) => q.id === 'needs.lifeArea')?.required).toBe(false);
  });

  it('rewords questions and sections, keeping wording it does not replace', () => {
    const definition = defineForm({
      sections: { aboutMe: { text: { title: { en: 'Me', cy: 'Fi' } } } },
      questions: {
        'aboutMe.goodDay': { text: { label: 'Tell us about a good day' } },
      },
    });
    const aboutMe = definition.sections.find((s) => s.id === 'aboutMe');
    expect(aboutMe?.text).toEqual({ title: { en: 'Me', cy: 'Fi' } });
    expect(aboutMe?.questions.find((q) => q.id === 'aboutMe.goodDay')?.text).toEqual({
      label: 'Tell us about a good day',
    });
  });

  it('adds host sections and questions that write extensions', () => {
    const definition = defineForm({
      addSections: [
        { section: { id: 'health', picture: 'doctor', questions: [gpPractice] }, after: 'communication' },
      ],
      addQuestions: [
        {
          section: 'aboutYou',
          question: { ...gpPractice, id: 'nickname', path: 'extensions.nickname' },
          after: 'person.preferredName',
        },
      ],
    });
    const ids = definition.sections.map((s) => s.id);
    expect(ids.indexOf('health')).toBe(ids.indexOf('communication') + 1);
    expect(definition.sections[0]?.questions.map((q) => q.id).slice(0, 2)).toEqual([
      'person.preferredName',
      'nickname',
    ]);
  });

  it('replaces life areas, ladder rungs and barrier themes', () => {
    const definition = defineForm({
      lifeAreas: [
        { key: 'housing', picture: 'home' },
        { key: 'faith', picture: 'community', text: { label: 'Faith' } },
      ],
      ladderRungs: [{ key: 'me', picture: 'person' }],
      barrierThemes: [{ key: 'rurality', picture: 'car' }],
    });
    expect(definition.lifeAreas.map((c) => c.key)).toEqual(['housing', 'faith']);
    expect(definition.ladderRungs).toHaveLength(1);
    expect(definition.barrierThemes[0]?.key).toBe('rurality');
  });

  it('derives from another base than the default', () => {
    const base = defineForm({ id: 'council-a', sections: { barriers: { hidden: true } } });
    const definition = defineForm({ base, version: '2' });
    expect(definition.id).toBe('council-a');
    expect(definition.version).toBe('2');
    expect(definition.sections.find((s) => s.id === 'barriers')?.hidden).toBe(true);
  });

  it('throws a DefinitionError naming each unknown id and the likely one', () => {
    const error = thrown(() =>
      defineForm({ sectionOrder: ['aboutme'], questions: { 'aboutMe.goodDya': { hidden: true } } }),
    );
    expect(error.name).toBe('DefinitionError');
    expect(error.issues.map((issue) => issue.pathString)).toEqual([
      'sectionOrder[0]',
      'questions["aboutMe.goodDya"]',
    ]);
    expect(error.message).toContain(
      "sectionOrder[0]: 'aboutme' is not a section id. Did you mean 'aboutMe'?",
    );
  });

  it('refuses host questions that write the plan’s own fields', () => {
    const error = thrown(() =>
      defineForm({ addQuestions: [{ section: 'aboutYou', question: { ...gpPractice, path: 'person.gp' } }] }),
    );
    expect(error.issues[0]?.message).toBe(
      `addQuestions[0].question.path: a host question must write 'extensions.<name>', not "person.gp". Use 'extensions.gp'.`,
    );
  });

  it('reports problems of the resulting definition too, by their path in it', () => {
    const error = thrown(() =>
      defineForm({
        addQuestions: [{ section: 'aboutYou', question: { ...gpPractice, id: 'person.preferredName' } }],
      }),
    );
    expect(error.message).toContain(
      "sections[0].questions[4].id: id 'person.preferredName' is already used at sections[0].questions[0]",
    );
  });
});
