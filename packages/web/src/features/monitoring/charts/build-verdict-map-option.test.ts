import { describe, expect, it } from 'vitest';
import type { MapFeatureProperties } from '../monitoring.api';
import { buildVerdictMapOption, mapData, mapTooltip } from './build-verdict-map-option';
import { TEST_PALETTE } from './test-palette';

const props = (patch: Partial<MapFeatureProperties>): MapFeatureProperties => ({
  divisionId: 29,
  divisionCode: '620000',
  divisionName: '甘肃省',
  indicatorCount: 16,
  laggingCount: 3,
  bindingLaggingCount: 1,
  value: null,
  targetVerdict: null,
  scheduleVerdict: null,
  colour: 'lagging',
  ...patch,
});

const features = [
  { properties: props({}) },
  {
    properties: props({
      divisionId: 26,
      divisionCode: '530000',
      divisionName: '云南省',
      laggingCount: 0,
      bindingLaggingCount: 0,
      colour: 'on_track',
    }),
  },
  {
    properties: props({
      divisionId: null,
      divisionCode: null,
      divisionName: '台湾',
      indicatorCount: 0,
      laggingCount: 0,
      colour: 'no_data',
    }),
  },
];

describe('mapData', () => {
  it('keys regions by GB/T 2260 code and values them by colour class', () => {
    const data = mapData(features, { indicatorId: null, unit: null });
    expect(data.map((d) => [d.name, d.value, d.colour])).toEqual([
      ['620000', 2, 'lagging'],
      ['530000', 1, 'on_track'],
    ]);
  });
  it('says the lagging counts, or the verdict of the chosen indicator', () => {
    expect(mapTooltip(props({}), { indicatorId: null, unit: null })).toBe('甘肃省：滞后 3/16 项，其中约束性 1 项');
    expect(
      mapTooltip(props({ value: 51.2, scheduleVerdict: 'on_track', targetVerdict: 'pending', colour: 'on_track' }), {
        indicatorId: 14,
        unit: '%',
      }),
    ).toBe('甘肃省：51.2%，进度正常，待评估');
    expect(mapTooltip(props({ indicatorCount: 0, value: null }), { indicatorId: null, unit: null })).toBe('甘肃省：无数据');
  });
});

describe('buildVerdictMapOption', () => {
  const option = buildVerdictMapOption({ mapName: 'mz-division-1', features, indicatorId: null, unit: null }, TEST_PALETTE);
  it('uses the registered map and matches regions by divisionCode', () => {
    const [series] = option.series as { type: string; map: string; nameProperty: string; data: { name: string; value: number }[] }[];
    expect(series).toMatchObject({ type: 'map', map: 'mz-division-1', nameProperty: 'divisionCode' });
    expect(series?.data).toEqual([
      { name: '620000', value: 2, divisionId: 29 },
      { name: '530000', value: 1, divisionId: 26 },
    ]);
  });
  it('has a legend piece per verdict class with the theme colours', () => {
    const pieces = (option.visualMap as { pieces: { value: number; label: string; color: string }[] }).pieces;
    expect(pieces.map((p) => `${p.value}:${p.label}:${p.color}`)).toEqual([
      '0:超额完成:success',
      '1:进度正常:primary',
      '2:滞后:warning',
      '3:严重滞后:error',
      '4:无时序判定:textTertiary',
      '5:无数据:fill',
    ]);
  });
});
