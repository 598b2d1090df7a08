import type { Question } from '@wholepicture/core';

/**
 * The questions in the order to show them: each conditional question (`enableWhen`) moves to
 * right after the question its first condition is on, when that one comes earlier in the same
 * list, so what appears after an answer is the next thing the person meets. Others keep
 * their order. Returns `questions` itself when nothing moves.
 */
export function placeAfterControllers(questions: readonly Question[]): readonly Question[] {
  const index = new Map(questions.map((question, position) => [question.id, position]));
  const controllerOf = (question: Question, position: number): string | undefined => {
    const id = question.enableWhen?.[0]?.questionId;
    const at = id === undefined ? undefined : index.get(id);
    return at !== undefined && at < position ? id : undefined;
  };
  const dependants = new Map<string, Question[]>();
  const moved = new Set<string>();
  questions.forEach((question, position) => {
    const controller = controllerOf(question, position);
    if (controller === undefined) return;
    dependants.set(controller, [...(dependants.get(controller) ?? []), question]);
    moved.add(question.id);
  });
  if (moved.size === 0) return questions;
  const out: Question[] = [];
  const place = (question: Question): void => {
    out.push(question);
    for (const dependant of dependants.get(question.id) ?? []) place(dependant);
  };
  for (const question of questions) if (!moved.has(question.id)) place(question);
  return out.every((question, position) => question === questions[position]) ? questions : out;
}
