import type { TSeedPlan, TSourceNote } from '@mz/shared';

import { isBareNumber } from './plan-register.rules';

import type { SeedContent } from './seed-content';
import { parseSeed000 } from './seed-000.parser';
import { parseSeed001 } from './seed-001.parser';
import { parseSeed002 } from './seed-002.parser';
import { parseSeed003 } from './seed-003.parser';
import { parseSeed004 } from './seed-004.parser';
import { sourceNote } from './seed-text.parser';

// The five 十四五 civil-affairs plans used as seeds. Level, division code (GB/T 2260) and
// document kind are register metadata; everything else is read from the text by the parsers.

export type SeedDescriptor = Pick<TSeedPlan, 'seedId' | 'fileName' | 'level' | 'divisionCode' | 'divisionName' | 'documentKind'> & {
  parse: (source: string) => SeedContent;
};

export const SEED_DESCRIPTORS: readonly SeedDescriptor[] = [
  {
    seedId: '001',
    fileName: '001_5366459dd2a9c16e.txt',
    level: 'national',
    divisionCode: '000000',
    divisionName: '全国',
    documentKind: 'plan_full_text',
    parse: parseSeed001,
  },
  {
    seedId: '000',
    fileName: '000_c617f323f3c368b6.txt',
    level: 'provincial',
    divisionCode: '450000',
    divisionName: '广西壮族自治区',
    documentKind: 'plan_summary',
    parse: parseSeed000,
  },
  {
    seedId: '002',
    fileName: '002_c91bfe070fc229ad.txt',
    level: 'prefecture',
    divisionCode: '532600',
    divisionName: '文山壮族苗族自治州',
    documentKind: 'plan_full_text',
    parse: parseSeed002,
  },
  {
    seedId: '003',
    fileName: '003_767e7f862a869d9d.txt',
    level: 'county',
    divisionCode: '440783',
    divisionName: '开平市',
    documentKind: 'policy_interpretation',
    parse: parseSeed003,
  },
  {
    seedId: '004',
    fileName: '004_19cd3f8292f70b45.txt',
    level: 'prefecture',
    divisionCode: '350200',
    divisionName: '厦门市',
    documentKind: 'plan_truncated',
    parse: parseSeed004,
  },
];

/** Builds the plan register from the seed texts, keyed by file name. */
export function parseSeedPlans(textsByFileName: ReadonlyMap<string, string>): TSeedPlan[] {
  return SEED_DESCRIPTORS.map((descriptor) => {
    const source = textsByFileName.get(descriptor.fileName);
    if (source === undefined) {
      throw new Error(`Seed file ${descriptor.fileName} is missing`);
    }
    const { parse, ...metadata } = descriptor;
    const content = parse(source);
    return { ...metadata, ...content, notes: [...content.notes, ...implicitComparatorNotes(content)] };
  });
}

/** One plan-level note for the bare-number targets of the tables (「75」 read as ≥75). */
function implicitComparatorNotes(content: SeedContent): TSourceNote[] {
  const bare = content.indicators.flatMap((indicator) =>
    indicator.targets.filter(
      (target) =>
        (target.target.kind === 'gte' || target.target.kind === 'lte') && target.target.isImplicit === true && isBareNumber(target.printed),
    ),
  );
  const [first] = bare;
  if (first === undefined) {
    return [];
  }
  return [
    sourceNote(
      'implicit_comparator',
      null,
      `${bare.length}个目标值为不带比较符的数字（如「${first.printed}」），按“达到”读作≥（规划指标均为提高或保持类）。`,
    ),
  ];
}
