// 低保 periodic review class (rules doc §4.7; 57号 Art. 31).
import { ageOn } from '@mz/shared';
import type { IsoDate } from './calendar-date';
import { reason, type DecisionReason } from './decision';
import { isSeverelyDisabled } from './household-income.rules';
import type { Household, HouseholdMember } from './inputs';
import type { SocialAssistanceParameters } from './parameters';

/** A member aged [from, to) with full labour capacity who is not a full-time student. */
export const isAbleToWork = (member: HouseholdMember, asOf: IsoDate, params: SocialAssistanceParameters): boolean => {
  const age = ageOn(member.birthDate, asOf);
  const capacity = member.labourCapacity ?? (isSeverelyDisabled(member.disability) ? 'none' : 'full');
  const isStudent = member.student?.fullTime === true;
  return age >= params.dibao.workingAge.from && age < params.dibao.workingAge.to && capacity === 'full' && !isStudent;
};

/** 57号 Art. 31: annual for stable households; half-yearly for unstable income and/or members able to work. */
export const determineDibaoReviewInterval = (
  household: Household,
  counted: readonly HouseholdMember[],
  asOf: IsoDate,
  params: SocialAssistanceParameters,
): { months: number; reason: DecisionReason } => {
  const able = counted.filter((m) => isAbleToWork(m, asOf, params));
  const unstable = household.incomeIsUnstable === true;
  const halfYearly = params.dibao.reviewClassRule === 'either' ? unstable || able.length > 0 : unstable && able.length > 0;
  const inputs = {
    incomeIsUnstable: unstable,
    membersAbleToWork: able.map((m) => m.id),
    reviewClassRule: params.dibao.reviewClassRule,
  };
  if (halfYearly) {
    const why = [unstable ? '收入来源不固定' : '', able.length > 0 ? `有劳动能力的家庭成员${able.length}人` : '']
      .filter((s) => s !== '')
      .join('、');
    return {
      months: params.reviewIntervalMonths.unstable,
      reason: reason('DIBAO_REVIEW_HALF_YEARLY', `家庭${why}，每${params.reviewIntervalMonths.unstable}个月核查一次`, inputs),
    };
  }
  return {
    months: params.reviewIntervalMonths.stable,
    reason: reason(
      'DIBAO_REVIEW_ANNUAL',
      `家庭收入来源固定且无有劳动能力的成员，每${params.reviewIntervalMonths.stable}个月核查一次`,
      inputs,
    ),
  };
};
