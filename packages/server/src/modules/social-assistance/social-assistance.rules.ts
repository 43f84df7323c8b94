// Public rules entry of the social-assistance module: pure functions, no I/O, explicit dates.
// Programme rules live in ./rules/*; this file re-exports them and adds the "一次申请、分类审核认定"
// cascade for a household (rules doc §4.6: 特困 → 低保 (incl. 单人户) → 低保边缘 → 刚性 → 临时救助).
import type { DecisionReason } from './rules/decision';
import { isSeverelyDisabled } from './rules/household-income.rules';
import type { RigidSpending } from './rules/inputs';
import { evaluateMarginalFamily, type MarginalFamilyDecision } from './rules/marginal-family.rules';
import type { Fen } from './rules/money';
import { evaluateRigidExpenditure, type RigidExpenditureDecision } from './rules/rigid-expenditure.rules';
import { evaluateDibaoSinglePerson, type DibaoDecision, type DibaoInput } from './rules/subsistence-allowance.rules';

export * from './rules/calendar-date';
export * from './rules/decision';
export * from './rules/extreme-poverty.rules';
export * from './rules/gradual-exit.rules';
export * from './rules/holiday-calendar.data';
export * from './rules/household-income.rules';
export * from './rules/inputs';
export * from './rules/marginal-family.rules';
export * from './rules/money';
export * from './rules/obligor-capacity.rules';
export * from './rules/parameters';
export * from './rules/property.rules';
export * from './rules/rigid-expenditure.rules';
export * from './rules/subsistence-allowance.rules';
export * from './rules/temporary-assistance.rules';
export * from './rules/warning-triggers.rules';
export * from './rules/working-days.rules';

export const HOUSEHOLD_OUTCOMES = ['dibao', 'marginal-family', 'rigid-expenditure', 'none'] as const;
export type HouseholdOutcome = (typeof HOUSEHOLD_OUTCOMES)[number];

export type HouseholdClassificationInput = DibaoInput & {
  /** Members already confirmed as 特困 (assessed first, per person, with evaluateExtremePoverty). */
  extremePovertyMemberIds?: readonly string[];
  /** Data for the 刚性 test; without it the cascade stops after 低保边缘. */
  rigid?: { totalIncome12MonthsFen: Fen; spending: RigidSpending };
};

export type HouseholdClassification = {
  outcome: HouseholdOutcome;
  dibao: DibaoDecision;
  marginal: MarginalFamilyDecision;
  /** 单人户 decisions for severely disabled or seriously ill members of a 低保边缘 family (§2.3). */
  singlePersons: DibaoDecision[];
  rigid: RigidExpenditureDecision | null;
  reasons: DecisionReason[];
};

/** Test one household application for every household programme and record each outcome (39号 §五(一)). */
export const classifyHousehold = (input: HouseholdClassificationInput): HouseholdClassification => {
  const marginal = evaluateMarginalFamily(input);
  const { dibao } = marginal;
  const singlePersons = marginal.eligible
    ? dibao.members.counted
        .filter((m) => isSeverelyDisabled(m.disability) || m.hasMajorIllness === true)
        .map((m) => evaluateDibaoSinglePerson({ ...input, personId: m.id, family: marginal }))
    : [];
  let rigid: RigidExpenditureDecision | null = null;
  if (!dibao.eligible && !marginal.eligible && input.rigid !== undefined) {
    const extreme = input.extremePovertyMemberIds ?? [];
    rigid = evaluateRigidExpenditure({
      householdId: input.household.id,
      area: input.household.area,
      memberIds: dibao.income.memberIds,
      status: {
        isDibao: false,
        hasExtremePovertyMember: dibao.income.memberIds.some((id) => extreme.includes(id)),
        isMarginalFamily: false,
      },
      monthlyIncomeFen: dibao.income.monthlyIncomeFen,
      totalIncome12MonthsFen: input.rigid.totalIncome12MonthsFen,
      propertyItems: input.propertyItems,
      spending: input.rigid.spending,
      asOf: input.asOf,
      params: input.params,
    });
  }
  const outcome: HouseholdOutcome = dibao.eligible
    ? 'dibao'
    : marginal.eligible
      ? 'marginal-family'
      : rigid?.eligible === true
        ? 'rigid-expenditure'
        : 'none';
  const reasons = [...marginal.reasons, ...singlePersons.flatMap((d) => d.reasons), ...(rigid?.reasons ?? [])];
  return { outcome, dibao, marginal, singlePersons, rigid, reasons };
};
