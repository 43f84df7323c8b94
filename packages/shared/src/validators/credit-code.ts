// 统一社会信用代码 (GB 32100-2015) with the embedded 组织机构代码 (GB 11714-1997).
// Rules: /work/shared/domain/indicator-definitions.md §4.9. Pure functions.

export const CREDIT_CODE_ERROR_CODES = [
  'CREDIT_CODE_EMPTY',
  'CREDIT_CODE_FORMAT',
  'CREDIT_CODE_CHECK_DIGIT',
  'CREDIT_CODE_ORG_CODE_CHECK',
] as const;
export type CreditCodeErrorCode = (typeof CREDIT_CODE_ERROR_CODES)[number];

/** Not errors: the code is accepted, but the case file should show these. */
export const CREDIT_CODE_WARNING_CODES = [
  'CREDIT_CODE_UNKNOWN_AUTHORITY',
  'CREDIT_CODE_UNKNOWN_TYPE',
  'CREDIT_CODE_ORG_CODE_CHECK_OVERRIDDEN',
] as const;
export type CreditCodeWarningCode = (typeof CREDIT_CODE_WARNING_CODES)[number];
export type CreditCodeWarning = { code: CreditCodeWarningCode; message: string };

/** Digits and capital letters without I, O, Z, S, V; index = character value (0…30). */
export const CREDIT_CODE_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** 登记管理部门代码 → name and its 机构类别代码 table (§4.9; configurable, later additions unverified). */
export type CreditCodeAuthorityTable = Record<string, { name: string; types: Record<string, string> }>;

export const CREDIT_CODE_AUTHORITIES: CreditCodeAuthorityTable = {
  '1': { name: '机构编制', types: { '1': '机关', '2': '事业单位' } },
  '2': { name: '外交', types: {} },
  '3': { name: '司法行政', types: {} },
  '4': { name: '文化', types: {} },
  '5': {
    name: '民政',
    types: { '1': '社会团体', '2': '民办非企业单位（社会服务机构）', '3': '基金会', '9': '其他' },
  },
  '6': { name: '旅游', types: {} },
  '7': { name: '宗教', types: {} },
  '8': { name: '工会', types: {} },
  '9': {
    name: '工商（市场监管）',
    types: { '1': '企业', '2': '个体工商户', '3': '农民专业合作社' },
  },
  A: { name: '中央军委改革和编制办公室', types: {} },
  N: {
    name: '农业',
    types: { '1': '组级集体经济组织', '2': '村级集体经济组织', '3': '乡镇级集体经济组织' },
  },
  Y: { name: '其他', types: { '1': '其他' } },
};

/** 登记管理部门代码 of 民政 (civil affairs). */
export const CIVIL_AFFAIRS_AUTHORITY_CODE = '5';

export type CreditCodeResult =
  | {
      ok: true;
      /** Normalized: trimmed, upper case, half-width. */
      value: string;
      registrationAuthorityCode: string;
      /** null when the code is not in the table (see warnings). */
      registrationAuthorityName: string | null;
      organizationTypeCode: string;
      organizationTypeName: string | null;
      /** 登记管理机关行政区划码 (positions 3–8); 100000 = national level. */
      divisionCode: string;
      /** Embedded 组织机构代码 (positions 9–17), 8-character body + check character. */
      organizationCode: string;
      /** 登记管理部门 = 民政 (社会组织). */
      isCivilAffairs: boolean;
      warnings: CreditCodeWarning[];
    }
  | { ok: false; code: CreditCodeErrorCode; message: string };

export type ValidateCreditCodeOptions = {
  /** Table of authorities and types; defaults to CREDIT_CODE_AUTHORITIES. */
  authorities?: CreditCodeAuthorityTable;
  /**
   * Reviewed override for early codes whose embedded 组织机构代码 check fails although the position-18
   * check holds (§4.9): accept with a warning instead of rejecting. Never set it without a review record.
   */
  acceptOrgCodeCheckFailure?: boolean;
};

// GB 32100 weights for positions 1–17: 3^(i-1) mod 31.
const CREDIT_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;
// GB 11714 weights for the 8 body characters.
const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2] as const;

const CREDIT_CHAR = '[0-9A-HJ-NPQRTUWXY]';
const CREDIT_CODE_PATTERN = new RegExp(`^${CREDIT_CHAR}{2}\\d{6}${CREDIT_CHAR}{10}$`);
const CREDIT_CHARS_17 = new RegExp(`^${CREDIT_CHAR}{17}$`);

const FULL_WIDTH_OFFSET = 0xfee0;

const normalizeCreditCodeInput = (input: string): string =>
  input
    .trim()
    .replace(/[０-９Ａ-Ｚａ-ｚ]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - FULL_WIDTH_OFFSET))
    .toUpperCase();

/** GB 11714 value: 0–9 → 0–9, A–Z → 10–35 over the full alphabet (differs from the USCC values). */
const orgCharValue = (ch: string): number => (/\d/.test(ch) ? Number(ch) : ch.charCodeAt(0) - 'A'.charCodeAt(0) + 10);

/** Check character of a 组织机构代码 body (8 digits / capital letters). */
export const computeOrganizationCodeCheckChar = (body8: string): string => {
  if (!/^[0-9A-Z]{8}$/.test(body8)) {
    throw new RangeError(`computeOrganizationCodeCheckChar expects 8 digits/capitals, got "${body8}"`);
  }
  let sum = 0;
  for (let i = 0; i < 8; i += 1) {
    sum += orgCharValue(body8.charAt(i)) * (ORG_WEIGHTS[i] ?? 0);
  }
  const check = 11 - (sum % 11);
  if (check === 10) {
    return 'X';
  }
  return check === 11 ? '0' : String(check);
};

/** Position-18 check character for the first 17 characters (USCC charset). */
export const computeCreditCodeCheckChar = (first17: string): string => {
  if (!CREDIT_CHARS_17.test(first17)) {
    throw new RangeError(`computeCreditCodeCheckChar expects 17 USCC characters, got "${first17}"`);
  }
  let sum = 0;
  for (let i = 0; i < 17; i += 1) {
    sum += CREDIT_CODE_CHARSET.indexOf(first17.charAt(i)) * (CREDIT_WEIGHTS[i] ?? 0);
  }
  const check = (31 - (sum % 31)) % 31;
  return CREDIT_CODE_CHARSET.charAt(check);
};

const fail = (code: CreditCodeErrorCode, message: string): CreditCodeResult => ({
  ok: false,
  code,
  message,
});

const describeFormatError = (value: string): string => {
  if (value.length !== 18) {
    return `统一社会信用代码应为18位（当前为${value.length}位）`;
  }
  const badIndex = [...value].findIndex((ch) => !CREDIT_CODE_CHARSET.includes(ch));
  if (badIndex >= 0) {
    return `统一社会信用代码第${badIndex + 1}位“${value.charAt(badIndex)}”不是允许的字符（只能是数字和除I、O、Z、S、V以外的大写字母）`;
  }
  return '统一社会信用代码第3至8位应为6位数字的登记管理机关行政区划码';
};

export const validateCreditCode = (input: string, options: ValidateCreditCodeOptions = {}): CreditCodeResult => {
  const value = normalizeCreditCodeInput(input);
  if (value === '') {
    return fail('CREDIT_CODE_EMPTY', '请填写统一社会信用代码');
  }
  if (!CREDIT_CODE_PATTERN.test(value)) {
    return fail('CREDIT_CODE_FORMAT', describeFormatError(value));
  }
  // Position 18 first: a typo anywhere in 1–17 shows up here; the embedded check alone only fails for
  // codes issued with a wrong 组织机构代码 check character.
  if (value.charAt(17) !== computeCreditCodeCheckChar(value.slice(0, 17))) {
    return fail('CREDIT_CODE_CHECK_DIGIT', '统一社会信用代码校验码（第18位）不正确，请核对是否有字符录入错误');
  }
  const warnings: CreditCodeWarning[] = [];
  const organizationCode = value.slice(8, 17);
  const expectedOrgCheck = computeOrganizationCodeCheckChar(organizationCode.slice(0, 8));
  if (organizationCode.charAt(8) !== expectedOrgCheck) {
    const message = `统一社会信用代码中的组织机构代码（第9至17位）${organizationCode}校验位不正确，应为${expectedOrgCheck}`;
    if (options.acceptOrgCodeCheckFailure !== true) {
      return fail('CREDIT_CODE_ORG_CODE_CHECK', message);
    }
    warnings.push({
      code: 'CREDIT_CODE_ORG_CODE_CHECK_OVERRIDDEN',
      message: `${message}（经审核放行）`,
    });
  }
  const authorities = options.authorities ?? CREDIT_CODE_AUTHORITIES;
  const authorityCode = value.charAt(0);
  const typeCode = value.charAt(1);
  const authority = authorities[authorityCode];
  const typeName = authority?.types[typeCode] ?? null;
  if (authority === undefined) {
    warnings.push({
      code: 'CREDIT_CODE_UNKNOWN_AUTHORITY',
      message: `登记管理部门代码“${authorityCode}”不在代码表中，请人工核对`,
    });
  } else if (typeName === null) {
    warnings.push({
      code: 'CREDIT_CODE_UNKNOWN_TYPE',
      message: `登记管理部门“${authority.name}”下的机构类别代码“${typeCode}”不在代码表中，请人工核对`,
    });
  }
  return {
    ok: true,
    value,
    registrationAuthorityCode: authorityCode,
    registrationAuthorityName: authority?.name ?? null,
    organizationTypeCode: typeCode,
    organizationTypeName: typeName,
    divisionCode: value.slice(2, 8),
    organizationCode,
    isCivilAffairs: authorityCode === CIVIL_AFFAIRS_AUTHORITY_CODE,
    warnings,
  };
};
