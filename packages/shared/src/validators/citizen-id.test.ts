import { describe, expect, it } from 'vitest';
import { ageOn, computeCitizenIdCheckDigit, maskCitizenId, validateCitizenId, type CitizenIdErrorCode } from './citizen-id';

const TODAY = '2025-07-01';

describe('computeCitizenIdCheckDigit', () => {
  it.each([
    // §4.8 worked example 1 (GB 11643 annex): S = 167, 167 mod 11 = 2 → X
    ['11010519491231002', 'X'],
    // §4.8 worked example 2: S = 195, 195 mod 11 = 8 → 4
    ['44052418800101001', '4'],
    // 南宁市青秀区 450103: S = 239, 239 mod 11 = 8 → 4 (computed by hand)
    ['45010319900307123', '4'],
    ['45010319851120234', '7'],
    // 文山市 532601
    ['53260119990101002', '6'],
    ['32050820000101567', '7'],
  ])('%s → %s', (first17, expected) => {
    expect(computeCitizenIdCheckDigit(first17)).toBe(expected);
  });

  it('rejects input that is not 17 digits', () => {
    expect(() => computeCitizenIdCheckDigit('4501031990030712')).toThrow(RangeError);
    expect(() => computeCitizenIdCheckDigit('4501031990030712X')).toThrow(RangeError);
  });
});

describe('validateCitizenId: valid numbers', () => {
  it.each([
    ['11010519491231002X', '110105', '1949-12-31', 'female'],
    ['450103199003071234', '450103', '1990-03-07', 'male'],
    ['450103198511202347', '450103', '1985-11-20', 'female'],
    ['532601199901010026', '532601', '1999-01-01', 'female'],
    ['320508200001015677', '320508', '2000-01-01', 'male'],
  ] as const)('%s', (input, divisionCode, birthDate, sex) => {
    expect(validateCitizenId(input, TODAY)).toEqual({
      ok: true,
      value: input,
      divisionCode,
      birthDate,
      sex,
    });
  });

  it('accepts a lowercase x and normalizes it to upper-case X', () => {
    const result = validateCitizenId('11010519491231002x', TODAY);
    expect(result).toMatchObject({ ok: true, value: '11010519491231002X' });
  });

  it('trims spaces and accepts full-width digits', () => {
    expect(validateCitizenId('  ４５０１０３１９９００３０７１２３４ ', TODAY)).toMatchObject({
      ok: true,
      value: '450103199003071234',
    });
  });

  it('accepts a birth date equal to today', () => {
    const first17 = '45010320250701123';
    const id = `${first17}${computeCitizenIdCheckDigit(first17)}`;
    expect(validateCitizenId(id, TODAY)).toMatchObject({ ok: true, birthDate: '2025-07-01' });
  });

  it('does not check the future without a today parameter', () => {
    const first17 = '45010320300101123';
    const id = `${first17}${computeCitizenIdCheckDigit(first17)}`;
    expect(validateCitizenId(id).ok).toBe(true);
    expect(validateCitizenId(id, TODAY)).toMatchObject({
      ok: false,
      code: 'CITIZEN_ID_BIRTH_DATE',
    });
  });
});

describe('validateCitizenId: errors', () => {
  it.each<[string, string, CitizenIdErrorCode]>([
    ['empty', '', 'CITIZEN_ID_EMPTY'],
    ['blank', '   ', 'CITIZEN_ID_EMPTY'],
    ['15-digit legacy number', '450103900307123', 'CITIZEN_ID_LEGACY_15'],
    ['17 characters', '45010319900307123', 'CITIZEN_ID_FORMAT'],
    ['19 characters', '4501031990030712345', 'CITIZEN_ID_FORMAT'],
    ['X not at the end', '4501031990030712X4', 'CITIZEN_ID_FORMAT'],
    ['letter inside', '45010319900307A234', 'CITIZEN_ID_FORMAT'],
    ['unknown province 99', '990103199003071234', 'CITIZEN_ID_PROVINCE'],
    ['unknown province 10', '100103199003071234', 'CITIZEN_ID_PROVINCE'],
    ['province 83 (台湾居民居住证 prefix, another document type)', '830000199003071234', 'CITIZEN_ID_PROVINCE'],
    // 19990230 does not exist (check digit made correct so only the date is wrong)
    ['impossible date 1999-02-30', `45010319990230123${computeCitizenIdCheckDigit('45010319990230123')}`, 'CITIZEN_ID_BIRTH_DATE'],
    ['29 February of a non-leap year', '532601200102290012', 'CITIZEN_ID_BIRTH_DATE'],
    ['month 13', `45010319901301123${computeCitizenIdCheckDigit('45010319901301123')}`, 'CITIZEN_ID_BIRTH_DATE'],
    ['born in the future', `45010320250702123${computeCitizenIdCheckDigit('45010320250702123')}`, 'CITIZEN_ID_BIRTH_DATE'],
    ['born before 1900 (§4.8 example 2)', '440524188001010014', 'CITIZEN_ID_BIRTH_DATE'],
    ['wrong check digit', '450103199003071235', 'CITIZEN_ID_CHECK_DIGIT'],
    ['X where a digit is due', '45010319900307123X', 'CITIZEN_ID_CHECK_DIGIT'],
    ['two digits swapped', '450103199003071324', 'CITIZEN_ID_CHECK_DIGIT'],
  ])('%s', (_label, input, code) => {
    const result = validateCitizenId(input, TODAY);
    expect(result).toMatchObject({ ok: false, code });
    if (!result.ok) {
      expect(result.message).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('accepts 29 February in a leap year', () => {
    const first17 = '45010320000229004';
    expect(validateCitizenId(`${first17}${computeCitizenIdCheckDigit(first17)}`, TODAY)).toMatchObject({
      ok: true,
      birthDate: '2000-02-29',
    });
  });

  it('tells the user that a 15-digit number must be exchanged for an 18-digit one', () => {
    const result = validateCitizenId('450103900307123', TODAY);
    expect(!result.ok && result.message).toContain('15位旧号码需换领18位');
  });

  it('rejects a malformed today parameter', () => {
    expect(() => validateCitizenId('450103199003071234', '2025-02-30')).toThrow(RangeError);
  });
});

describe('maskCitizenId', () => {
  it.each([
    ['450103199003071234', '450103********1234'],
    ['11010519491231002X', '110105********002X'],
    [' 450103199003071234 ', '450103********1234'],
    ['1234567890', '**********'],
    ['', ''],
  ])('%s → %s', (input, masked) => {
    expect(maskCitizenId(input)).toBe(masked);
  });
});

describe('ageOn', () => {
  it.each([
    ['2008-03-10', '2025-07-08', 17],
    ['2008-03-10', '2026-03-09', 17],
    ['2008-03-10', '2026-03-10', 18],
    ['1949-12-31', '2025-01-01', 75],
    ['2000-02-29', '2023-02-28', 22],
    ['2000-02-29', '2023-03-01', 23],
    ['2000-02-29', '2024-02-29', 24],
    ['2025-07-01', '2025-07-01', 0],
  ])('born %s, on %s → %i', (birthDate, date, age) => {
    expect(ageOn(birthDate, date)).toBe(age);
  });

  it('throws when the date is before the birth date or not a date', () => {
    expect(() => ageOn('2000-01-02', '2000-01-01')).toThrow(RangeError);
    expect(() => ageOn('2000-13-01', '2020-01-01')).toThrow(RangeError);
  });
});
