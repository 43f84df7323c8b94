import type { TSeedPlan } from '@mz/shared';
import { beforeAll, describe, expect, it } from 'vitest';

import { buildCascadeMatrix, type CascadeMatrixRow, formatCascadeCell } from './cascade-matrix.rules';
import { loadSeedPlans } from './load-seed-plans';
import { resolveSeedDir } from './seed-fixture';

// seeds-digest §7.1 reproduced from the register. Each cell lists the adopting indicators as
// 「code link: baseline→target (attribute as printed)」.

let matrix: CascadeMatrixRow[] = [];
let plans: TSeedPlan[] = [];

beforeAll(async () => {
  plans = await loadSeedPlans(resolveSeedDir());
  matrix = buildCascadeMatrix(plans);
});

function renderRow(row: CascadeMatrixRow): Record<string, string[]> {
  const cells: Record<string, string[]> = {};
  if (row.national !== null) {
    cells['001'] = [
      formatCascadeCell({
        baselinePrinted: null,
        targets: row.national.targets,
        printedAttribute: row.national.printedAttribute,
      }),
    ];
  }
  for (const adoption of row.adoptions) {
    const cell = `${adoption.indicatorCode} ${adoption.linkKind}: ${formatCascadeCell(adoption)}`;
    cells[adoption.seedId] = [...(cells[adoption.seedId] ?? []), cell];
  }
  return cells;
}

const EXPECTED: Record<string, Record<string, string[]>> = {
  // Dibao standard growth or level
  N01: {
    '001': ['不低于居民上年度人均消费支出增速 (预期性)'],
    '000': ['GX01 same: 城市:13.5→不低于居民上年度人均消费支出增速 (预期性)'],
    '003': ['KP01 same: 不低于居民上年度人均消費支出增速'],
    '004': ['XM01 proxy: 26→30 (预期性)'],
  },
  N02: {
    '001': ['75 (预期性)'],
    '000': ['GX02 same: 58→75 (预期性)'],
    '002': ['WS01 same: 64%→70% (预期性)'],
    '003': ['KP02 proxy: 80%以上'],
  },
  // Two disability subsidies (文山 combined; 厦门 text rules only)
  N03: {
    '001': ['100 (约束性)'],
    '000': ['GX04 same: 95→100 (约束性)'],
    '002': ['WS04 proxy: 95%→100% (约束性)'],
  },
  N04: {
    '001': ['100 (约束性)'],
    '000': ['GX05 same: 95→100 (约束性)'],
    '002': ['WS04 proxy: 95%→100% (约束性)'],
  },
  // Welfare-lottery outlets
  N05: {
    '001': ['18 (预期性)'],
    '000': ['GX13 decomposed: 0.7→1 (预期性)'],
    '004': ['XM11 decomposed: 626→650 (预期性)'],
  },
  // Community facility area per 100 households
  N06: {
    '001': ['>30 (预期性)'],
    '000': ['GX09 same: 25→>30 (预期值)'],
    '002': ['WS02 proxy: 60%→70% (预期性)'],
    '003': ['KP06 same: 達到31平方米 (2023), 達到32平方米 (2025)'],
    '004': ['XM10 same: 26→30 (预期性)'],
  },
  N07: {
    '001': ['1250 (预期性)'],
    '000': ['GX08 decomposed: 2.3→4.8 (预期性)'],
  },
  // Social-work talent
  N08: {
    '001': ['200 (预期性)'],
    '000': ['GX10 decomposed: 2.3→5 (预期性)'],
    '002': ['WS11 proxy: 1.5%→1.8% (预期性)'],
    '004': ['XM12 proxy: 0.16→0.20 (预期性)'],
  },
  // Volunteer stations in community facilities
  N09: {
    '001': ['80 (预期性)'],
    '000': ['GX12 same: —→80 (预期性)'],
    '002': ['WS12 proxy: 10.1%→15% (预期性)'],
    '004': ['XM13 same: 60→80 (预期性)'],
  },
  // Inter-provincial marriage registration
  N10: {
    '001': ['100 (预期性)'],
    '000': ['GX14 same: —→100 (预期性)'],
    '002': ['WS06 same: -→100% (约束性)'],
    '004': ['XM19 same: 100 (预期性)'],
  },
  // Minors-protection workstation coverage
  N11: {
    '001': ['50 (预期性)'],
    '000': ['GX15 same: —→50 (预期性)'],
    '002': ['WS10 proxy: -→100% (预期性)', 'WST01 proxy: 实现全覆盖'],
    '003': ['KP05 same: 達到50%以上'],
    '004': ['XM02 same: 100 (预期性)', 'XM03 proxy: 100→100 (预期性)'],
  },
  // Escort-home rate of identified vagrants
  N12: {
    '001': ['100 (约束性)'],
    '000': ['GX03 same: 100→100 (约束性)'],
    '002': ['WS05 same: -→100% (约束性)'],
    '004': ['XM18 same: 100→100 (约束性)'],
  },
  // Public-welfare burial facility coverage
  N13: {
    '001': ['100 (约束)'],
    '000': ['GX16 same: 11.4→100 (约束性)'],
    '002': ['WS02A proxy: 90%→100% (约束性)'],
    '004': ['XM17 same: 100→100 (约束性)'],
  },
  // Nursing-type bed share
  N14: {
    '001': ['≥55 (约束性)'],
    '000': ['GX06 same: 44.28→≥55 (约束性)'],
    '002': ['WS08 same: 30%→≥55% (约束性)'],
    '003': ['KP03 same: 不低于55%'],
    '004': ['XM06 same: 60→70 (约束性)'],
  },
  // Township comprehensive elderly-care institution coverage
  N15: {
    '001': ['60 (预期性)'],
    '000': ['GX07 same: —→60 (预期性)'],
    '002': ['WS07 proxy: -→90% (预期性)'],
    '004': ['XM09 same: 65 (预期性)'],
  },
  // Community workers per 10k urban residents (national and 广西 from the text)
  NT01: {
    '001': ['18人'],
    '000': ['GXT01 same: 达到18人'],
    '003': ['KP07 same: 達到16人 (2023), 達到18人 (2025)'],
  },
  // Land-saving eco-burial rate
  L01: {
    '002': ['WS03 local_only: 90%→95% (预期性)'],
    '004': ['XM16 local_only: 80.3→85 (预期性)'],
  },
  // Centralized support of willing / dependent 特困人员
  L02: {
    '002': ['WS09 local_only: -→100% (预期性)'],
    '003': ['KP04 local_only: 不低于60%'],
    '004': ['XMT01 local_only: 100%落实集中供养'],
  },
};

describe('cross-plan matrix (seeds-digest §7.1)', () => {
  it('has one row per national indicator, the national text target and the shared local concepts', () => {
    expect(matrix.map((row) => row.conceptKey)).toEqual(Object.keys(EXPECTED));
  });

  it.each(Object.keys(EXPECTED))('%s', (conceptKey) => {
    const row = matrix.find((candidate) => candidate.conceptKey === conceptKey);
    expect(row).toBeDefined();
    if (row !== undefined) {
      expect(renderRow(row)).toEqual(EXPECTED[conceptKey]);
    }
  });

  it('flags exactly the local targets weaker than the national ones', () => {
    const weaker = matrix.flatMap((row) =>
      row.adoptions.filter((adoption) => adoption.isWeakerThanNational).map((adoption) => adoption.indicatorCode),
    );
    expect(weaker).toEqual(['WS01', 'XM10']);
    const ws01 = matrix.find((row) => row.conceptKey === 'N02')?.adoptions.find((a) => a.indicatorCode === 'WS01');
    expect(ws01?.reasons).toEqual(['2025年地方目标「70%」弱于全国目标「75」。']);
    const xm10 = matrix.find((row) => row.conceptKey === 'N06')?.adoptions.find((a) => a.indicatorCode === 'XM10');
    expect(xm10?.reasons).toEqual(['2025年地方目标「30」弱于全国目标「>30」。']);
  });

  it('reports stronger targets and attributes', () => {
    const n06 = matrix.find((row) => row.conceptKey === 'N06');
    expect(n06?.adoptions.find((a) => a.indicatorCode === 'KP06')?.targetStrength).toBe('stronger');
    const n10 = matrix.find((row) => row.conceptKey === 'N10');
    expect(n10?.adoptions.find((a) => a.indicatorCode === 'WS06')).toMatchObject({
      targetStrength: 'equal',
      attributeStrength: 'stronger',
      isWeakerThanNational: false,
    });
    const n14 = matrix.find((row) => row.conceptKey === 'N14');
    expect(n14?.adoptions.find((a) => a.indicatorCode === 'KP03')).toMatchObject({
      targetStrength: 'equal',
      attributeStrength: 'unknown',
    });
  });

  it('decomposed and proxy links are not compared', () => {
    const n05 = matrix.find((row) => row.conceptKey === 'N05');
    expect(n05?.adoptions.every((adoption) => adoption.targetStrength === 'not_comparable')).toBe(true);
    const n01 = matrix.find((row) => row.conceptKey === 'N01');
    expect(n01?.adoptions.find((a) => a.indicatorCode === 'XM01')?.reasons).toEqual(['替代指标：口径不同，目标不直接比较。']);
  });

  it('every loaded indicator has a cascade link', () => {
    const links = plans.flatMap((plan) => plan.indicators.map((indicator) => indicator.cascade.kind));
    expect(links.length).toBe(15 + 1 + 16 + 1 + 14 + 1 + 7 + 19 + 1);
  });
});
