// Property tests (rules doc §1.4): financial assets per capita, vehicles, housing, business.
// Limits are "不超过" (≤, §10.2); per-capita limits are compared as total ≤ limit × n (no rounding).
import { reason, type DecisionReason } from './decision';
import type { FinancialAssetKind, PropertyItem, VehicleKind } from './inputs';
import { formatYuan, perCapita, type Fen } from './money';
import { resolveAmountLimit, type PropertyRuleSet } from './parameters';

const FINANCIAL_KIND_LABELS: Record<FinancialAssetKind, string> = {
  deposit: '存款',
  securities: '有价证券',
  fund: '基金',
  'commercial-insurance': '商业保险',
  claim: '债权',
  'internet-finance': '互联网金融资产',
};

export const VEHICLE_KIND_LABELS: Record<VehicleKind, string> = {
  car: '小汽车',
  motorcycle: '摩托车',
  'disability-mobility': '残疾人机动轮椅车',
  agricultural: '农用车',
  commercial: '营运车辆',
};

const FINANCIAL_KINDS: readonly string[] = Object.keys(FINANCIAL_KIND_LABELS);

const isFinancial = (item: PropertyItem): item is Extract<PropertyItem, { kind: FinancialAssetKind }> =>
  FINANCIAL_KINDS.includes(item.kind);

export type PropertyAssessment = {
  passed: boolean;
  financialAssetsFen: Fen;
  /** Display only. */
  perCapitaFinancialAssetsFen: Fen;
  financialAssetsLimitPerCapitaFen: Fen;
  reasons: DecisionReason[];
};

export type AssessPropertyOptions = {
  items: readonly PropertyItem[];
  /** Owners whose items count (the assessed unit). */
  ownerIds: readonly string[];
  memberCount: number;
  /** Monthly S used to resolve limits expressed in months of S. */
  standardFen: Fen;
  rules: PropertyRuleSet;
  /** Chinese name of the rule set in messages, e.g. '低保'. */
  label: string;
};

export const assessProperty = (options: AssessPropertyOptions): PropertyAssessment => {
  const { rules, label, memberCount } = options;
  const owned = options.items.filter((i) => options.ownerIds.includes(i.ownerId));
  const reasons: DecisionReason[] = [];
  for (const item of owned) {
    if (item.exemption !== undefined) {
      reasons.push(
        reason('PROPERTY_ITEM_EXEMPT', `${describeItem(item)}经认定为维持家庭生产生活所必需，予以豁免：${item.exemption.reason}`, {
          ownerId: item.ownerId,
          kind: item.kind,
        }),
      );
    }
  }
  const counted = owned.filter((i) => i.exemption === undefined);

  const financial = counted.filter(isFinancial).reduce((sum, i) => sum + i.valueFen, 0);
  const limit = resolveAmountLimit(rules.financialAssetsPerCapita, options.standardFen);
  const pc = perCapita(financial, memberCount);
  const financialInputs = {
    financialAssetsFen: financial,
    memberCount,
    limitPerCapitaFen: limit,
    limitBasis: rules.financialAssetsPerCapita.basis === 'standard-months' ? `${rules.financialAssetsPerCapita.months}×S` : 'fixed',
  };
  const financialOk = financial <= limit * memberCount;
  reasons.push(
    reason(
      financialOk ? 'PROPERTY_FINANCIAL_ASSETS_WITHIN_LIMIT' : 'PROPERTY_FINANCIAL_ASSETS_OVER_LIMIT',
      `金融资产合计${formatYuan(financial)}元，${memberCount}人，人均${formatYuan(pc)}元，${financialOk ? '不超过' : '超过'}${label}人均金融资产上限${formatYuan(limit)}元`,
      financialInputs,
    ),
  );

  const vehicleResult = assessVehicles(counted, rules, label);
  reasons.push(...vehicleResult.reasons);

  let housingOk = true;
  const houses = counted.filter((i) => i.kind === 'house');
  if (rules.maxHouses !== null && houses.length > rules.maxHouses) {
    housingOk = false;
    reasons.push(
      reason('PROPERTY_HOUSING_OVER_LIMIT', `家庭拥有住房${houses.length}套，超过${label}规定的${rules.maxHouses}套`, {
        houses: houses.length,
        maxHouses: rules.maxHouses,
      }),
    );
  }

  let businessOk = true;
  const employing = counted.filter((i) => i.kind === 'business' && i.employsOthers);
  if (rules.businessEmployingOthersDisqualifies && employing.length > 0) {
    businessOk = false;
    reasons.push(
      reason('PROPERTY_BUSINESS_DISQUALIFIES', `家庭成员经营的市场主体雇佣他人从事经营性活动，不符合${label}财产条件`, {
        ownerIds: employing.map((i) => i.ownerId),
      }),
    );
  }

  return {
    passed: financialOk && vehicleResult.passed && housingOk && businessOk,
    financialAssetsFen: financial,
    perCapitaFinancialAssetsFen: pc,
    financialAssetsLimitPerCapitaFen: limit,
    reasons,
  };
};

const assessVehicles = (
  items: readonly PropertyItem[],
  rules: PropertyRuleSet,
  label: string,
): { passed: boolean; reasons: DecisionReason[] } => {
  const vehicles = items.flatMap((i) => (i.kind === 'vehicle' ? [i] : []));
  const exemptByKind = vehicles.filter((v) => rules.vehicles.exemptKinds.includes(v.vehicleKind));
  const relevant = vehicles.filter((v) => !rules.vehicles.exemptKinds.includes(v.vehicleKind));
  const reasons: DecisionReason[] = [];
  for (const v of exemptByKind) {
    reasons.push(
      reason('PROPERTY_ITEM_EXEMPT', `${VEHICLE_KIND_LABELS[v.vehicleKind]}属于豁免车辆类型，不作为财产限制`, {
        ownerId: v.ownerId,
        vehicleKind: v.vehicleKind,
        valueFen: v.valueFen,
      }),
    );
  }
  const maxValue = rules.vehicles.maxValueFen;
  const tooValuable = maxValue === null ? [] : relevant.filter((v) => v.valueFen > maxValue);
  const inputs = {
    vehicles: relevant.length,
    maxCount: rules.vehicles.maxCount,
    maxValueFen: maxValue,
    valuesFen: relevant.map((v) => String(v.valueFen)),
  };
  if (relevant.length > rules.vehicles.maxCount) {
    reasons.push(
      reason(
        'PROPERTY_VEHICLES_OVER_LIMIT',
        `家庭拥有非豁免车辆${relevant.length}辆，超过${label}规定的${rules.vehicles.maxCount}辆`,
        inputs,
      ),
    );
    return { passed: false, reasons };
  }
  const first = tooValuable[0];
  if (first !== undefined && maxValue !== null) {
    reasons.push(
      reason(
        'PROPERTY_VEHICLES_OVER_LIMIT',
        `家庭拥有${VEHICLE_KIND_LABELS[first.vehicleKind]}一辆，评估价值${formatYuan(first.valueFen)}元，超过${label}规定的单车价值上限${formatYuan(maxValue)}元`,
        inputs,
      ),
    );
    return { passed: false, reasons };
  }
  reasons.push(
    reason(
      'PROPERTY_VEHICLES_WITHIN_LIMIT',
      relevant.length === 0 ? '家庭无非豁免车辆' : `家庭非豁免车辆${relevant.length}辆，数量和价值均在${label}规定范围内`,
      inputs,
    ),
  );
  return { passed: true, reasons };
};

const describeItem = (item: PropertyItem): string => {
  switch (item.kind) {
    case 'vehicle':
      return `${VEHICLE_KIND_LABELS[item.vehicleKind]}（${formatYuan(item.valueFen)}元）`;
    case 'house':
      return `住房（${item.floorAreaM2}平方米）`;
    case 'business':
      return '经营性市场主体';
    default:
      return `${FINANCIAL_KIND_LABELS[item.kind]}（${formatYuan(item.valueFen)}元）`;
  }
};
