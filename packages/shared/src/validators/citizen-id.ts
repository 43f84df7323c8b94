// 公民身份号码 (GB 11643-1999): validation, check digit, masking and age.
// Rules: /work/shared/domain/indicator-definitions.md §4.8. Pure functions, no clock: callers pass `today`.

export const CITIZEN_ID_ERROR_CODES = [
  'CITIZEN_ID_EMPTY',
  'CITIZEN_ID_LEGACY_15',
  'CITIZEN_ID_FORMAT',
  'CITIZEN_ID_PROVINCE',
  'CITIZEN_ID_BIRTH_DATE',
  'CITIZEN_ID_CHECK_DIGIT',
] as const;
export type CitizenIdErrorCode = (typeof CITIZEN_ID_ERROR_CODES)[number];

export const SEXES = ['male', 'female'] as const;
export type Sex = (typeof SEXES)[number];

/**
 * First two digits (省级行政区代码, GB/T 2260). 71 台湾, 81 香港, 82 澳门.
 * Not accepted: 83 (台湾居民居住证 830000) and 9x (2023 外国人永久居留身份证), which share the layout but are
 * other document types (§4.8): record them as such instead of as 公民身份号码.
 */
// prettier-ignore
export const CITIZEN_ID_PROVINCE_CODES = [
  '11', '12', '13', '14', '15',
  '21', '22', '23',
  '31', '32', '33', '34', '35', '36', '37',
  '41', '42', '43', '44', '45', '46',
  '50', '51', '52', '53', '54',
  '61', '62', '63', '64', '65',
  '71', '81', '82',
] as const;
export type CitizenIdProvinceCode = (typeof CITIZEN_ID_PROVINCE_CODES)[number];

/** Earliest accepted birth date (the brief's rule; §4.8 itself allows back to 1850). */
export const CITIZEN_ID_MIN_BIRTH_DATE = '1900-01-01';

export type CitizenIdResult =
  | {
      ok: true;
      /** Normalized: 18 characters, check character upper case. */
      value: string;
      /** 地址码, 6 digits; not checked against today's GB/T 2260 list (retired codes stay valid). */
      divisionCode: string;
      /** YYYY-MM-DD */
      birthDate: string;
      sex: Sex;
    }
  | { ok: false; code: CitizenIdErrorCode; message: string };

// ISO 7064 MOD 11-2: weight of position i (1-based) = 2^(18-i) mod 11.
const CHECK_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARS = '10X98765432';

const FULL_WIDTH_OFFSET = 0xfee0;

/** Trim, turn full-width digits/letters (０-９, ｘ, Ｘ) into ASCII and upper-case the X. */
const normalizeCitizenIdInput = (input: string): string =>
  input
    .trim()
    .replace(/[０-９Ｘｘ]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - FULL_WIDTH_OFFSET))
    .toUpperCase();

/** Check character for the first 17 digits. Throws on input that is not 17 digits (a programming error). */
export const computeCitizenIdCheckDigit = (first17: string): string => {
  if (!/^\d{17}$/.test(first17)) {
    throw new RangeError(`computeCitizenIdCheckDigit expects 17 digits, got "${first17}"`);
  }
  let sum = 0;
  for (let i = 0; i < 17; i += 1) {
    sum += Number(first17.charAt(i)) * (CHECK_WEIGHTS[i] ?? 0);
  }
  return CHECK_CHARS.charAt(sum % 11);
};

const fail = (code: CitizenIdErrorCode, message: string): CitizenIdResult => ({
  ok: false,
  code,
  message,
});

const isRealDate = (year: number, month: number, day: number): boolean => {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
};

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

const assertIsoDate = (value: string, name: string): void => {
  const [y, m, d] = value.split('-').map(Number);
  if (!ISO_DATE.test(value) || y === undefined || m === undefined || d === undefined || !isRealDate(y, m, d)) {
    throw new RangeError(`${name} must be a real date YYYY-MM-DD, got "${value}"`);
  }
};

/**
 * Validate a 18-character 公民身份号码.
 * @param today YYYY-MM-DD; when given, birth dates after it are rejected. Omit it only where no clock is
 *   available; the rule module never reads the system clock itself.
 */
export const validateCitizenId = (input: string, today?: string): CitizenIdResult => {
  if (today !== undefined) {
    assertIsoDate(today, 'today');
  }
  const value = normalizeCitizenIdInput(input);
  if (value === '') {
    return fail('CITIZEN_ID_EMPTY', '请填写公民身份号码');
  }
  if (/^\d{15}$/.test(value)) {
    return fail('CITIZEN_ID_LEGACY_15', '这是15位旧号码，15位旧号码需换领18位居民身份证，请填写18位公民身份号码');
  }
  if (!/^\d{17}[\dX]$/.test(value)) {
    return fail('CITIZEN_ID_FORMAT', `公民身份号码应为18位：前17位为数字，最后一位为数字或X（当前为${value.length}位）`);
  }
  const province = value.slice(0, 2);
  if (!(CITIZEN_ID_PROVINCE_CODES as readonly string[]).includes(province)) {
    return fail('CITIZEN_ID_PROVINCE', `公民身份号码前两位“${province}”不是有效的省级行政区代码`);
  }
  const year = Number(value.slice(6, 10));
  const month = Number(value.slice(10, 12));
  const day = Number(value.slice(12, 14));
  const birthDate = `${value.slice(6, 10)}-${value.slice(10, 12)}-${value.slice(12, 14)}`;
  if (!isRealDate(year, month, day)) {
    return fail('CITIZEN_ID_BIRTH_DATE', `公民身份号码中的出生日期“${value.slice(6, 14)}”不是有效日期`);
  }
  if (birthDate < CITIZEN_ID_MIN_BIRTH_DATE) {
    return fail('CITIZEN_ID_BIRTH_DATE', `公民身份号码中的出生日期${birthDate}早于1900年，请核对`);
  }
  if (today !== undefined && birthDate > today) {
    return fail('CITIZEN_ID_BIRTH_DATE', `公民身份号码中的出生日期${birthDate}晚于今天（${today}），请核对`);
  }
  const expected = computeCitizenIdCheckDigit(value.slice(0, 17));
  if (value.charAt(17) !== expected) {
    return fail('CITIZEN_ID_CHECK_DIGIT', '公民身份号码校验码不正确，请核对是否有数字录入错误');
  }
  return {
    ok: true,
    value,
    divisionCode: value.slice(0, 6),
    birthDate,
    sex: Number(value.charAt(16)) % 2 === 1 ? 'male' : 'female',
  };
};

/** For lists: first 6 and last 4 characters visible, e.g. `450103********1234`. */
export const maskCitizenId = (id: string): string => {
  const value = id.trim();
  if (value.length <= 10) {
    return '*'.repeat(value.length);
  }
  return `${value.slice(0, 6)}${'*'.repeat(value.length - 10)}${value.slice(-4)}`;
};

/**
 * Age in full years (周岁) on `date`; both YYYY-MM-DD. A person born on 29 February turns a year older on
 * 1 March in non-leap years. Throws if `date` is before `birthDate`.
 */
export const ageOn = (birthDate: string, date: string): number => {
  assertIsoDate(birthDate, 'birthDate');
  assertIsoDate(date, 'date');
  if (date < birthDate) {
    throw new RangeError(`ageOn: date ${date} is before birth date ${birthDate}`);
  }
  const years = Number(date.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return date.slice(5) < birthDate.slice(5) ? years - 1 : years;
};
