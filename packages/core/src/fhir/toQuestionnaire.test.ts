import { describe, expect, it } from 'vitest';
import { defaultDefinition } from '../defaultDefinition.js';
import { cy } from '../locales/cy.js';
import { createTranslator } from '../translate.js';
import type { FhirQuestionnaireItem } from './fhirTypes.js';
import { fhirUrls } from './fhirUrls.js';
import { toQuestionnaire } from './toQuestionnaire.js';

function find(items: FhirQuestionnaireItem[] | undefined, linkId: string): FhirQuestionnaireItem | undefined {
  for (const item of items ?? []) {
    if (item.linkId === linkId) return item;
    const inner = find(item.item, linkId);
    if (inner) return inner;
  }
  return undefined;
}

describe('toQuestionnaire', () => {
  const questionnaire = toQuestionnaire(defaultDefinition, { locales: { cy: createTranslator(cy, 'cy') } });

  it('makes one group per section and a repeating group per list, keeping question ids as linkIds', () => {
    expect(questionnaire.item?.map((item) => item.linkId)).toEqual(
      defaultDefinition.sections.map((section) => `section/${section.id}`),
    );
    const needs = find(questionnaire.item, 'needs');
    expect(needs).toMatchObject({ type: 'group', repeats: true });
    expect(find(needs?.item, 'needs.description')?.type).toBe('text');
  });

  it('gives pictures as SDC itemMedia with our picture urn, and option pictures as itemAnswerMedia', () => {
    const goodDay = find(questionnaire.item, 'aboutMe.goodDay');
    expect(goodDay?.extension).toContainEqual({
      url: fhirUrls.itemMedia,
      valueAttachment: {
        contentType: 'image/svg+xml',
        url: 'urn:wholepicture:picture:happy',
        title: 'happy',
      },
    });
    const lifeArea = find(questionnaire.item, 'needs.lifeArea');
    expect(lifeArea?.answerOption?.[0]?.extension?.[0]?.url).toBe(fhirUrls.itemAnswerMedia);
    expect(lifeArea?.answerOption?.[0]?.valueCoding).toMatchObject({ code: 'home' });
  });

  it('puts Welsh wording in translation extensions on _text', () => {
    const goodDay = find(questionnaire.item, 'aboutMe.goodDay');
    const translation = goodDay?._text?.extension?.[0];
    expect(translation?.url).toBe(fhirUrls.translation);
    expect(translation?.extension?.[0]).toEqual({ url: 'lang', valueCode: 'cy' });
    expect(translation?.extension?.[1]?.valueString).not.toBe(goodDay?.text);
  });

  it('asks revealed questions with enableWhen on the yes answer', () => {
    const language = find(questionnaire.item, 'communication.interpreterLanguage');
    expect(language?.enableWhen).toEqual([
      { question: 'communication.interpreterNeeded', operator: '=', answerBoolean: true },
    ]);
  });

  it('gives hints as help items and marks links and voices', () => {
    const needIds = find(questionnaire.item, 'outcomes.needIds');
    expect(needIds).toMatchObject({ type: 'string', repeats: true });
    expect(needIds?.extension).toContainEqual({ url: fhirUrls.linksTo, valueCode: 'needs' });
    const by = find(questionnaire.item, 'outcomes.readings.by');
    expect(by?.type).toBe('open-choice');
    const helps = JSON.stringify(questionnaire).match(/"code":"help"/g) ?? [];
    expect(helps.length).toBeGreaterThan(0);
  });

  it('uses only the languages it is given', () => {
    const englishOnly = toQuestionnaire(defaultDefinition, { locales: {} });
    expect(JSON.stringify(englishOnly)).not.toContain(fhirUrls.translation);
  });
});
