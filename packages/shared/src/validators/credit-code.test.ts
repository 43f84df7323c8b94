import { describe, expect, it } from 'vitest';
import { computeCreditCodeCheckChar, computeOrganizationCodeCheckChar, validateCreditCode, type CreditCodeErrorCode } from './credit-code';

/** Build a code from authority, type, division and an 8-character body with our own functions. */
const buildCreditCode = (prefix: string, division: string, body8: string): string => {
  const first17 = `${prefix}${division}${body8}${computeOrganizationCodeCheckChar(body8)}`;
  return `${first17}${computeCreditCodeCheckChar(first17)}`;
};

describe('check characters', () => {
  it.each([
    // §4.9 worked examples A (sample code 91350100M000100Y43), B and C, with the sums written out there
    ['M000100Y', '4'],
    ['MJ000001', '8'],
    ['MJL00012', '0'],
  ])('组织机构代码 body %s → %s', (body, check) => {
    expect(computeOrganizationCodeCheckChar(body)).toBe(check);
  });

  it('maps a GB 11714 remainder of 10 to X', () => {
    // body 00000006: 6 × 2 = 12; 12 mod 11 = 1; 11 − 1 = 10 → X
    expect(computeOrganizationCodeCheckChar('00000006')).toBe('X');
  });

  it.each([
    ['91350100M000100Y4', '3'],
    ['51110105MJ0000018', 'D'],
    ['52440300MJL000120', 'N'],
  ])('USCC first 17 %s → %s', (first17, check) => {
    expect(computeCreditCodeCheckChar(first17)).toBe(check);
  });

  it('throws on characters outside the USCC charset', () => {
    expect(() => computeCreditCodeCheckChar('51110105MJ000001I')).toThrow(RangeError);
    expect(() => computeCreditCodeCheckChar('51110105MJ00000')).toThrow(RangeError);
  });
});

describe('validateCreditCode: valid codes', () => {
  it.each([
    // Real, published codes (both check characters hold, which a wrong recollection would almost never do):
    ['914403001922038216', '华为技术有限公司', '9', '1', '440300'],
    ['91440300708461136T', '深圳市腾讯计算机系统有限公司', '9', '1', '440300'],
    ['91110108551385082Q', '小米科技有限责任公司', '9', '1', '110108'],
    // Widely used sample code (§4.9 worked example A)
    ['91350100M000100Y43', 'sample', '9', '1', '350100'],
    // Synthetic 民政 codes (§4.9 examples B and C)
    ['51110105MJ0000018D', '社会团体, 北京市朝阳区', '5', '1', '110105'],
    ['52440300MJL000120N', '社会服务机构, 深圳市', '5', '2', '440300'],
  ])('%s (%s)', (code, _name, authority, type, division) => {
    const result = validateCreditCode(code);
    expect(result).toMatchObject({
      ok: true,
      value: code,
      registrationAuthorityCode: authority,
      organizationTypeCode: type,
      divisionCode: division,
      organizationCode: code.slice(8, 17),
      warnings: [],
    });
  });

  it.each([
    ['51', '450103', '社会团体'],
    ['52', '532601', '民办非企业单位（社会服务机构）'],
    ['53', '100000', '基金会'],
    ['59', '530000', '其他'],
  ])('decodes built 民政 code with prefix %s in %s as %s', (prefix, division, typeName) => {
    const code = buildCreditCode(prefix, division, 'MJY12345');
    const result = validateCreditCode(code);
    expect(result).toMatchObject({
      ok: true,
      registrationAuthorityName: '民政',
      organizationTypeName: typeName,
      divisionCode: division,
      isCivilAffairs: true,
    });
  });

  it('normalizes lower case and surrounding spaces', () => {
    expect(validateCreditCode(' 51110105mj0000018d ')).toMatchObject({
      ok: true,
      value: '51110105MJ0000018D',
    });
  });

  it('accepts an unknown authority/type combination with a warning', () => {
    const unknownType = validateCreditCode(buildCreditCode('57', '450103', 'MJY12345'));
    expect(unknownType).toMatchObject({
      ok: true,
      organizationTypeName: null,
      warnings: [{ code: 'CREDIT_CODE_UNKNOWN_TYPE' }],
    });
    const unknownAuthority = validateCreditCode(buildCreditCode('B1', '450103', 'MJY12345'));
    expect(unknownAuthority).toMatchObject({
      ok: true,
      registrationAuthorityName: null,
      warnings: [{ code: 'CREDIT_CODE_UNKNOWN_AUTHORITY' }],
    });
  });
});

describe('validateCreditCode: errors', () => {
  // A code whose position 18 is right but whose embedded 组织机构代码 check (position 17) is wrong.
  const wrongOrgFirst17 = '51110105MJ0000019';
  const wrongOrgCode = `${wrongOrgFirst17}${computeCreditCodeCheckChar(wrongOrgFirst17)}`;

  it.each<[string, string, CreditCodeErrorCode]>([
    ['empty', '', 'CREDIT_CODE_EMPTY'],
    ['blank', '  ', 'CREDIT_CODE_EMPTY'],
    ['17 characters', '51110105MJ0000018', 'CREDIT_CODE_FORMAT'],
    ['19 characters', '51110105MJ0000018DD', 'CREDIT_CODE_FORMAT'],
    ['letter I', '51110105MI0000018D', 'CREDIT_CODE_FORMAT'],
    ['letter O', '51110105MO0000018D', 'CREDIT_CODE_FORMAT'],
    ['letter Z', '51110105MZ0000018D', 'CREDIT_CODE_FORMAT'],
    ['letter S', '51110105MS0000018D', 'CREDIT_CODE_FORMAT'],
    ['letter V', '51110105MV0000018D', 'CREDIT_CODE_FORMAT'],
    ['letter in the division code', '511A0105MJ0000018D', 'CREDIT_CODE_FORMAT'],
    ['punctuation', '51110105-MJ000001D', 'CREDIT_CODE_FORMAT'],
    ['wrong check character', '51110105MJ0000018E', 'CREDIT_CODE_CHECK_DIGIT'],
    ['typo in the body', '51110105MJ0000028D', 'CREDIT_CODE_CHECK_DIGIT'],
    ['real code with a wrong last char', '914403001922038217', 'CREDIT_CODE_CHECK_DIGIT'],
    ['embedded organisation code check wrong', wrongOrgCode, 'CREDIT_CODE_ORG_CODE_CHECK'],
  ])('%s', (_label, input, code) => {
    const result = validateCreditCode(input);
    expect(result).toMatchObject({ ok: false, code });
    if (!result.ok) {
      expect(result.message).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('names the position of a forbidden character', () => {
    const result = validateCreditCode('51110105MI0000018D');
    expect(!result.ok && result.message).toContain('第10位“I”');
  });

  it('accepts a failing embedded check only with the reviewed override, with a warning', () => {
    expect(validateCreditCode(wrongOrgCode, { acceptOrgCodeCheckFailure: true })).toMatchObject({
      ok: true,
      warnings: [{ code: 'CREDIT_CODE_ORG_CODE_CHECK_OVERRIDDEN' }],
    });
  });
});
