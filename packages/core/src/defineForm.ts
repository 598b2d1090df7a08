import { DefinitionError } from './DefinitionError.js';
import type { DefinitionIssue } from './DefinitionError.js';
import { defaultDefinition } from './defaultDefinition.js';
import type {
  Choice,
  FormDefinition,
  Question,
  QuestionText,
  Section,
  SectionText,
} from './definitionSchema.js';
import { parseDefinition } from './parseDefinition.js';
import { pathToString } from './planIssue.js';

/** Changes to one section of the base definition. */
export interface SectionOverride {
  /** Leave the section out of the form. */
  hidden?: boolean;
  /** The host's own wording, merged over the section's. */
  text?: SectionText;
  /** Question ids in the order to ask them; questions not named follow in their usual order. */
  questionOrder?: string[];
  /** Another picture key. */
  picture?: string;
}

/** Changes to one question of the base definition (at any depth: list items and reveals too). */
export interface QuestionOverride {
  /** Leave the question out of the form. */
  hidden?: boolean;
  /** Make the question required, or not. */
  required?: boolean;
  /** The host's own wording, merged over the question's. */
  text?: QuestionText;
  /** Another picture key. */
  picture?: string;
  /** Another character limit, for text questions. */
  maxLength?: number;
}

/** How a host's form differs from the base definition. */
export interface DefineFormOverrides {
  /** The definition to start from. @default defaultDefinition */
  base?: FormDefinition;
  /** The new definition's id. @default the base's id */
  id?: string;
  /** The new definition's version. @default the base's version */
  version?: string;
  /** Section ids in the order to show them; sections not named follow in their usual order. */
  sectionOrder?: string[];
  /** Changes to sections, by section id. */
  sections?: Record<string, SectionOverride>;
  /** Changes to questions, by question id. */
  questions?: Record<string, QuestionOverride>;
  /** New sections, placed after the section `after` names, or at the end. */
  addSections?: { section: Section; after?: string }[];
  /**
   * New questions, in the section `section` names, after the question `after` names or at
   * the end. A host question writes `extensions.<name>`, so the plan keeps it as typed data.
   */
  addQuestions?: { section: string; question: Question; after?: string }[];
  /** Life areas instead of the base's. */
  lifeAreas?: Choice[];
  /** Support ladder rungs instead of the base's. */
  ladderRungs?: Choice[];
  /** Barrier themes instead of the base's. */
  barrierThemes?: Choice[];
}

function copy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

function overrideIssue(code: string, path: (string | number)[], text: string): DefinitionIssue {
  const pathString = pathToString(path);
  return { code, path, pathString, message: `${pathString}: ${text}` };
}

function reorder<T>(items: T[], order: readonly string[], idOf: (item: T) => string): T[] {
  const byId = new Map(items.map((item) => [idOf(item), item]));
  const first = order.flatMap((id) => {
    const item = byId.get(id);
    return item === undefined ? [] : [item];
  });
  const named = new Set(order);
  return [...first, ...items.filter((item) => !named.has(idOf(item)))];
}

function forEachQuestion(questions: Question[], visit: (question: Question) => void): void {
  for (const question of questions) {
    visit(question);
    if (question.itemQuestions) forEachQuestion(question.itemQuestions, visit);
    if (question.reveal) forEachQuestion(question.reveal, visit);
  }
}

function hostPathIssues(question: Question, path: (string | number)[]): DefinitionIssue[] {
  const issues: DefinitionIssue[] = [];
  if (typeof question.path !== 'string' || !question.path.startsWith('extensions.')) {
    const name = typeof question.path === 'string' ? question.path.split('.').pop() : undefined;
    issues.push(
      overrideIssue(
        'host-path',
        [...path, 'path'],
        `a host question must write 'extensions.<name>', not ${JSON.stringify(question.path)}. Use 'extensions.${name || 'myField'}'.`,
      ),
    );
  }
  question.reveal?.forEach((revealed, index) =>
    issues.push(...hostPathIssues(revealed, [...path, 'reveal', index])),
  );
  return issues;
}

function suggestion(id: string, known: readonly string[]): string {
  const lower = id.toLowerCase();
  const close =
    known.find((candidate) => candidate.toLowerCase() === lower) ??
    known.find(
      (candidate) =>
        candidate.toLowerCase().startsWith(lower.slice(0, 4)) && Math.abs(candidate.length - id.length) <= 2,
    );
  return close ? ` Did you mean '${close}'?` : '';
}

/**
 * Derives a host's form from the default definition (or `base`): reorder, hide and reword
 * sections and questions, make questions required, add sections and `extensions.*`
 * questions, replace life areas, ladder rungs and barrier themes. Returns the checked
 * definition; throws `DefinitionError` naming each exact path and its fix. The base is not
 * changed.
 */
export function defineForm(overrides: DefineFormOverrides = {}): FormDefinition {
  const base = overrides.base ?? defaultDefinition;
  const issues: DefinitionIssue[] = [];
  const definition: FormDefinition = copy(base);
  if (overrides.id !== undefined) definition.id = overrides.id;
  if (overrides.version !== undefined) definition.version = overrides.version;
  if (overrides.lifeAreas !== undefined) definition.lifeAreas = copy(overrides.lifeAreas);
  if (overrides.ladderRungs !== undefined) definition.ladderRungs = copy(overrides.ladderRungs);
  if (overrides.barrierThemes !== undefined) definition.barrierThemes = copy(overrides.barrierThemes);

  (overrides.addSections ?? []).forEach(({ section, after }, index) => {
    const position =
      after === undefined
        ? definition.sections.length
        : definition.sections.findIndex((s) => s.id === after) + 1;
    if (position === 0) {
      issues.push(
        overrideIssue(
          'unknown-section',
          ['addSections', index, 'after'],
          `'${after}' is not a section id.${suggestion(
            after ?? '',
            definition.sections.map((s) => s.id),
          )} Use one of: ${definition.sections.map((s) => s.id).join(', ')}.`,
        ),
      );
      return;
    }
    (section.questions ?? []).forEach((question, questionIndex) =>
      issues.push(...hostPathIssues(question, ['addSections', index, 'section', 'questions', questionIndex])),
    );
    definition.sections.splice(position, 0, copy(section));
  });

  (overrides.addQuestions ?? []).forEach(({ section: sectionId, question, after }, index) => {
    const section = definition.sections.find((s) => s.id === sectionId);
    if (!section) {
      const ids = definition.sections.map((s) => s.id);
      issues.push(
        overrideIssue(
          'unknown-section',
          ['addQuestions', index, 'section'],
          `'${sectionId}' is not a section id.${suggestion(sectionId, ids)} Use one of: ${ids.join(', ')}.`,
        ),
      );
      return;
    }
    issues.push(...hostPathIssues(question, ['addQuestions', index, 'question']));
    const position =
      after === undefined ? section.questions.length : section.questions.findIndex((q) => q.id === after) + 1;
    if (position === 0) {
      issues.push(
        overrideIssue(
          'unknown-question',
          ['addQuestions', index, 'after'],
          `'${after}' is not a question of section '${sectionId}'. Use one of: ${section.questions.map((q) => q.id).join(', ')}.`,
        ),
      );
      return;
    }
    section.questions.splice(position, 0, copy(question));
  });

  const sectionIds = definition.sections.map((section) => section.id);
  for (const [sectionId, change] of Object.entries(overrides.sections ?? {})) {
    const section = definition.sections.find((s) => s.id === sectionId);
    if (!section) {
      issues.push(
        overrideIssue(
          'unknown-section',
          ['sections', sectionId],
          `'${sectionId}' is not a section id.${suggestion(sectionId, sectionIds)} Use one of: ${sectionIds.join(', ')}.`,
        ),
      );
      continue;
    }
    if (change.hidden !== undefined) section.hidden = change.hidden;
    if (change.picture !== undefined) section.picture = change.picture;
    if (change.text !== undefined) section.text = { ...section.text, ...change.text };
    if (change.questionOrder !== undefined) {
      const ids = section.questions.map((q) => q.id);
      change.questionOrder.forEach((id, index) => {
        if (!ids.includes(id)) {
          issues.push(
            overrideIssue(
              'unknown-question',
              ['sections', sectionId, 'questionOrder', index],
              `'${id}' is not a question of section '${sectionId}'.${suggestion(id, ids)} Use one of: ${ids.join(', ')}.`,
            ),
          );
        }
      });
      section.questions = reorder(section.questions, change.questionOrder, (q) => q.id);
    }
  }

  if (overrides.sectionOrder !== undefined) {
    overrides.sectionOrder.forEach((id, index) => {
      if (!sectionIds.includes(id)) {
        issues.push(
          overrideIssue(
            'unknown-section',
            ['sectionOrder', index],
            `'${id}' is not a section id.${suggestion(id, sectionIds)} Use one of: ${sectionIds.join(', ')}.`,
          ),
        );
      }
    });
    definition.sections = reorder(definition.sections, overrides.sectionOrder, (s) => s.id);
  }

  const questionsById = new Map<string, Question>();
  for (const section of definition.sections) {
    forEachQuestion(section.questions, (question) => questionsById.set(question.id, question));
  }
  for (const [questionId, change] of Object.entries(overrides.questions ?? {})) {
    const question = questionsById.get(questionId);
    if (!question) {
      issues.push(
        overrideIssue(
          'unknown-question',
          ['questions', questionId],
          `'${questionId}' is not a question id.${suggestion(questionId, [...questionsById.keys()])} Question ids are the plan paths, e.g. 'aboutMe.goodDay' or 'needs.description'.`,
        ),
      );
      continue;
    }
    if (change.hidden !== undefined) question.hidden = change.hidden;
    if (change.required !== undefined) question.required = change.required;
    if (change.picture !== undefined) question.picture = change.picture;
    if (change.maxLength !== undefined) question.maxLength = change.maxLength;
    if (change.text !== undefined) question.text = { ...question.text, ...change.text };
  }

  const parsed = parseDefinition(definition);
  if (!parsed.ok) issues.push(...parsed.issues);
  if (issues.length > 0 || !parsed.ok) throw new DefinitionError(issues);
  return parsed.definition;
}
