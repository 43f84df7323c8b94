// 特困: statutory obligors and their capacity to support (rules doc §2.4; 43号 Art. 4(三), Art. 8).
import { ageOn, type ObligorRelation } from '@mz/shared';
import type { IsoDate } from './calendar-date';
import { reason, type DecisionReason } from './decision';
import { isSeverelyDisabled } from './household-income.rules';
import type { Disability, PropertyItem } from './inputs';
import { formatYuan, type Fen } from './money';
import type { SocialAssistanceParameters } from './parameters';
import { assessProperty } from './property.rules';

export { OBLIGOR_RELATIONS, type ObligorRelation } from '@mz/shared';

/** A statutory obligor (法定义务人) identified by the caseworker under the 民法典. */
export type Obligor = {
  id: string;
  name: string;
  relation: ObligorRelation;
  birthDate: IsoDate;
  deceased?: boolean;
  annualIncomeFen: Fen;
  propertyItems: readonly PropertyItem[];
  isExtremePoverty?: boolean;
  isDibao?: boolean;
  disability?: Disability | null;
  noCivilCapacity?: boolean;
  declaredMissing?: boolean;
  imprisoned?: boolean;
  /** 43号 Art. 8(六): other case defined by the province. */
  provincialIncapacityCase?: string | null;
};

/** 43号 Art. 4(三) and Art. 8: every living statutory obligor must lack the capacity to support. */
export const assessObligorCapacity = (
  obligors: readonly Obligor[],
  asOf: IsoDate,
  standard: Fen,
  params: SocialAssistanceParameters,
): { allIncapable: boolean; reasons: DecisionReason[] } => {
  const living = obligors.filter((o) => o.deceased !== true);
  const reasons: DecisionReason[] = obligors
    .filter((o) => o.deceased === true)
    .map((o) =>
      reason('EXTREME_POVERTY_OBLIGOR_INCAPABLE', `${o.name}已死亡，不再负有法定义务`, {
        obligorId: o.id,
        deceased: true,
      }),
    );
  if (living.length === 0) {
    reasons.push(reason('EXTREME_POVERTY_NO_OBLIGOR', '无在世的法定赡养、抚养、扶养义务人'));
    return { allIncapable: true, reasons };
  }
  const pcdi = params.perCapitaDisposableIncomePrevYearFen;
  for (const o of living) {
    const age = ageOn(o.birthDate, asOf);
    const property = assessProperty({
      items: o.propertyItems,
      ownerIds: [o.id],
      memberCount: 1,
      standardFen: standard,
      rules: params.property.lowIncomeObligor,
      label: '低收入家庭',
    });
    const lowIncome = o.annualIncomeFen < pcdi;
    const incomeText = `年收入${formatYuan(o.annualIncomeFen)}元${lowIncome ? '低于' : '不低于'}上年人均可支配收入${formatYuan(pcdi)}元`;
    const propertyText = property.passed ? '财产符合低收入家庭财产规定' : '财产超过低收入家庭财产规定';
    const inputs = {
      obligorId: o.id,
      relation: o.relation,
      age,
      annualIncomeFen: o.annualIncomeFen,
      pcdiFen: pcdi,
      propertyWithinLowIncomeRules: property.passed,
    };
    let incapacity: string | null = null;
    if (o.isExtremePoverty === true) {
      incapacity = '本人为特困人员（Art. 8(一)）';
    } else if (age >= 60 && o.isDibao === true) {
      incapacity = `年满60周岁（${age}岁）的低保对象（Art. 8(二)）`;
    } else if (age >= 70 && lowIncome && property.passed) {
      incapacity = `年满70周岁（${age}岁），${incomeText}且${propertyText}（Art. 8(三)）`;
    } else if (isSeverelyDisabled(o.disability) && lowIncome && property.passed) {
      incapacity = `重度残疾，${incomeText}且${propertyText}（Art. 8(四)）`;
    } else if ((o.noCivilCapacity === true || o.declaredMissing === true || o.imprisoned === true) && property.passed) {
      const status = o.imprisoned === true ? '在监狱服刑' : o.declaredMissing === true ? '被宣告失踪' : '无民事行为能力';
      incapacity = `${status}且${propertyText}（Art. 8(五)）`;
    } else if ((o.provincialIncapacityCase ?? null) !== null) {
      incapacity = `属省级规定的其他情形：${o.provincialIncapacityCase ?? ''}（Art. 8(六)）`;
    }
    reasons.push(
      incapacity === null
        ? reason(
            'EXTREME_POVERTY_OBLIGOR_CAPABLE',
            `义务人${o.name}（${age}岁，${incomeText}）不属于无履行义务能力的情形，具有赡养（抚养、扶养）能力`,
            inputs,
          )
        : reason('EXTREME_POVERTY_OBLIGOR_INCAPABLE', `义务人${o.name}${incapacity}，无履行义务能力`, inputs),
    );
  }
  return {
    allIncapable: reasons.every((r) => r.code !== 'EXTREME_POVERTY_OBLIGOR_CAPABLE'),
    reasons,
  };
};
