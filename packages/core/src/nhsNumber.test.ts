import { describe, expect, it } from 'vitest';
import { formatNhsNumber, isValidNhsNumber, validateIdentifier } from './nhsNumber.js';

describe('isValidNhsNumber', () => {
  it('accepts real-format numbers with a correct check digit', () => {
    for (const value of [
      '9434765919',
      '943 476 5919',
      '943-476-5919',
      ' 9434765870 ',
      '4010232137',
      '5990128088',
    ]) {
      expect(isValidNhsNumber(value), value).toBe(true);
    }
  });

  it('accepts a check digit of 0 when the remainder is 0 (11 becomes 0)', () => {
    // 943 476 587: weighted sum 308, 308 mod 11 = 0, so the check digit is 0.
    expect(isValidNhsNumber('9434765870')).toBe(true);
    expect(isValidNhsNumber('9434765871')).toBe(false);
  });

  it('refuses a wrong check digit', () => {
    expect(isValidNhsNumber('9434765918')).toBe(false);
    expect(isValidNhsNumber('943 476 5910')).toBe(false);
  });

  it('refuses numbers whose check digit would be 10', () => {
    // 123 456 789: sum 1*10+2*9+…+9*2 = 210, 210 mod 11 = 1, 11 - 1 = 10: never issued.
    for (let last = 0; last <= 9; last += 1) expect(isValidNhsNumber(`123456789${last}`)).toBe(false);
  });

  it('refuses one digit repeated ten times, although the arithmetic passes', () => {
    for (let digit = 0; digit <= 9; digit += 1) {
      expect(isValidNhsNumber(String(digit).repeat(10))).toBe(false);
    }
  });

  it('refuses the wrong number of digits, letters and other separators', () => {
    for (const value of ['', '943476591', '94347659190', '943.476.5919', '943476591X', 'NHS 943 476 5919']) {
      expect(isValidNhsNumber(value), value).toBe(false);
    }
  });
});

describe('formatNhsNumber', () => {
  it('writes 3-3-4 digits', () => {
    expect(formatNhsNumber('9434765919')).toBe('943 476 5919');
    expect(formatNhsNumber('943-476-5919')).toBe('943 476 5919');
  });

  it('leaves anything else as it was given', () => {
    expect(formatNhsNumber('not a number')).toBe('not a number');
  });
});

describe('validateIdentifier', () => {
  it('explains how to fix a mistyped NHS number', () => {
    const issue = validateIdentifier({ system: 'nhs-number', value: '943 476 5918' }, [
      'person',
      'identifiers',
      0,
      'value',
    ]);
    expect(issue?.code).toBe('bad-nhs-number');
    expect(issue?.pathString).toBe('person.identifiers[0].value');
    expect(issue?.message).toContain('10 digits');
  });

  it('says nothing about a good NHS number or another kind of identifier', () => {
    expect(validateIdentifier({ system: 'nhs-number', value: '943 476 5919' })).toBeUndefined();
    expect(validateIdentifier({ system: 'other', value: 'LA-1234', label: 'Council ID' })).toBeUndefined();
  });
});
