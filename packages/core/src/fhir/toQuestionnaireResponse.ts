import { readCheckedValues } from '../checkedValues.js';
import type { FormDefinition, Question } from '../definitionSchema.js';
import { isQuestionEnabled } from '../isQuestionEnabled.js';
import { getAtPath, parsePath } from '../planPath.js';
import type { PathParts } from '../planPath.js';
import type { Contributor, Plan } from '../planSchema.js';
import type {
  FhirContainedPerson,
  FhirExtension,
  FhirQuestionnaireResponse,
  FhirResponseAnswer,
  FhirResponseItem,
} from './fhirTypes.js';
import { fhirUrls } from './fhirUrls.js';
import { choiceValue, isGrouped, questionLinkId, sectionLinkId } from './fhirLinkIds.js';

const listKinds = new Set<Question['kind']>(['list', 'supportLadder', 'readings']);

interface Context {
  /** Contributor id → contained resource id. */
  references: Map<string, string>;
  plan: Plan;
  definition: FormDefinition;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function voiceExtensions(ctx: Context, voice: unknown): FhirExtension[] {
  if (!isRecord(voice)) return [];
  const out: FhirExtension[] = [];
  const contributorId = voice['contributorId'];
  if (typeof contributorId === 'string') {
    const reference = ctx.references.get(contributorId);
    if (reference) out.push({ url: fhirUrls.author, valueReference: { reference: `#${reference}` } });
  }
  out.push({ url: fhirUrls.ownWords, valueBoolean: voice['ownWords'] === true });
  return out;
}

function answersFor(question: Question, value: unknown): FhirResponseAnswer[] {
  switch (question.kind) {
    case 'text':
    case 'textarea':
      return typeof value === 'string' && value !== '' ? [{ valueString: value }] : [];
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value)) return [];
      return question.fhir?.type === 'integer' && Number.isInteger(value)
        ? [{ valueInteger: value }]
        : [{ valueDecimal: value }];
    case 'scale':
      return typeof value === 'number' && Number.isInteger(value) ? [{ valueInteger: value }] : [];
    case 'date':
      return typeof value === 'string' && value !== '' ? [{ valueDate: value }] : [];
    case 'yesNo':
      return typeof value === 'boolean' ? [{ valueBoolean: value }] : [];
    case 'radios':
    case 'select':
      return typeof value === 'string' && value !== '' ? [choiceValue(question, value)] : [];
    case 'checkboxes':
      return readCheckedValues(value)
        .filter((checked) => checked !== '')
        .map((checked) => choiceValue(question, checked));
    case 'links':
      return Array.isArray(value)
        ? value
            .filter((id): id is string => typeof id === 'string' && id !== '')
            .map((id) => ({ valueString: id }))
        : [];
    default:
      return [];
  }
}

function itemsFor(
  ctx: Context,
  questions: readonly Question[],
  data: unknown,
  base: PathParts = [],
): FhirResponseItem[] {
  const out: FhirResponseItem[] = [];
  for (const question of questions) {
    // FHIR: a disabled item carries no answers. The plan keeps them in case it is enabled again.
    if (!isQuestionEnabled(question, ctx.plan, ctx.definition, base)) continue;
    const linkId = questionLinkId(question);
    const value = getAtPath(data, question.path);
    if (listKinds.has(question.kind)) {
      if (Array.isArray(value)) {
        const listPath = [...base, ...parsePath(question.path)];
        for (const [index, element] of value.entries()) {
          const item: FhirResponseItem = { linkId };
          const id = isRecord(element) ? element['id'] : undefined;
          if (typeof id === 'string') item.extension = [{ url: fhirUrls.itemId, valueString: id }];
          const children = itemsFor(ctx, question.itemQuestions ?? [], element, [...listPath, index]);
          if (children.length > 0) item.item = children;
          out.push(item);
        }
      }
    } else if (question.kind === 'voicedText') {
      if (isRecord(value)) {
        const text = value['text'];
        const extension = voiceExtensions(ctx, value['voice']);
        const item: FhirResponseItem = { linkId };
        if (extension.length > 0) item.extension = extension;
        if (typeof text === 'string' && text !== '') item.answer = [{ valueString: text }];
        if (item.extension || item.answer) out.push(item);
      }
    } else {
      const answer = answersFor(question, value);
      if (answer.length > 0) out.push({ linkId, answer });
    }
    if (question.reveal) out.push(...itemsFor(ctx, question.reveal, data, base));
  }
  return out;
}

/** Every contributor id a voice in the plan points at, in the order first met. */
function voicedContributorIds(node: unknown, found: Set<string>): Set<string> {
  if (Array.isArray(node)) for (const entry of node) voicedContributorIds(entry, found);
  else if (isRecord(node)) {
    const voice = node['voice'];
    if (typeof node['text'] === 'string' && isRecord(voice) && typeof voice['contributorId'] === 'string') {
      found.add(voice['contributorId']);
    }
    for (const key of Object.keys(node)) if (key !== 'extensions') voicedContributorIds(node[key], found);
  }
  return found;
}

function containedPeople(plan: Plan, ids: Set<string>, ctx: Context): FhirContainedPerson[] {
  const byId = new Map<string, Contributor>(
    plan.contributors.map((contributor) => [contributor.id, contributor]),
  );
  const people: FhirContainedPerson[] = [];
  const person = plan.contributors.find(
    (contributor) => contributor.role === 'person' && ids.has(contributor.id),
  );
  let index = 0;
  const nextId = (): string => `c${++index}`;
  const subjectId = person ? nextId() : 'subject';
  const subject: FhirContainedPerson = { resourceType: 'Patient', id: subjectId };
  if (person) {
    ctx.references.set(person.id, subjectId);
    subject.identifier = [{ system: fhirUrls.contributorIdSystem, value: person.id }];
    if (person.name) subject.name = [{ text: person.name }];
  } else if (plan.person.preferredName) subject.name = [{ text: plan.person.preferredName }];
  people.push(subject);
  for (const id of ids) {
    if (person && id === person.id) continue;
    const contributor = byId.get(id);
    const role = contributor?.role ?? 'other';
    const resourceType =
      role === 'person'
        ? 'Patient'
        : role === 'worker' || role === 'professional'
          ? 'Practitioner'
          : 'RelatedPerson';
    const resource: FhirContainedPerson = {
      resourceType,
      id: nextId(),
      identifier: [{ system: fhirUrls.contributorIdSystem, value: id }],
    };
    if (contributor?.name) resource.name = [{ text: contributor.name }];
    if (resourceType === 'RelatedPerson') {
      resource.patient = { reference: `#${subjectId}` };
      if (contributor?.relationship) resource.relationship = [{ text: contributor.relationship }];
    }
    ctx.references.set(id, resource.id);
    people.push(resource);
  }
  return people;
}

/**
 * A FHIR R4 QuestionnaireResponse of a plan, answering `toQuestionnaire(definition)`. A
 * draft is `in-progress`, a submitted plan `completed`; list items are repeated groups
 * carrying their item id; voices are `questionnaireresponse-author` references to contained
 * people. Questions whose `enableWhen` conditions do not hold are left out (FHIR forbids
 * answers to disabled items). `fromQuestionnaireResponse` reads it back without loss for what
 * the definition asks.
 */
export function toQuestionnaireResponse(plan: Plan, definition: FormDefinition): FhirQuestionnaireResponse {
  const ctx: Context = { references: new Map(), plan, definition };
  const contained = containedPeople(plan, voicedContributorIds(plan, new Set()), ctx);
  const items: FhirResponseItem[] = [];
  for (const section of definition.sections) {
    const children = itemsFor(ctx, section.questions, plan);
    if (!isGrouped(section)) items.push(...children);
    else if (children.length > 0) items.push({ linkId: sectionLinkId(section), item: children });
  }
  const url = definition.fhir?.url ?? `${fhirUrls.questionnaireBase}/${definition.id}`;
  const version = definition.fhir?.version ?? definition.version;
  const extension: FhirExtension[] = [{ url: fhirUrls.createdAt, valueString: plan.createdAt }];
  const response: FhirQuestionnaireResponse = {
    resourceType: 'QuestionnaireResponse',
    contained,
    extension,
    identifier: { system: fhirUrls.planIdSystem, value: plan.id },
    questionnaire: `${url}|${version}`,
    status: plan.status === 'submitted' ? 'completed' : 'in-progress',
    subject: { reference: `#${contained[0]?.id ?? 'subject'}` },
    authored: plan.updatedAt,
    language: plan.locale,
  };
  if (items.length > 0) response.item = items;
  return response;
}
