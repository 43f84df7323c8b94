import { AppError, type AssistanceProgramme, type TPreliminaryReview } from '@mz/shared';
import type { Database } from '../../../db/database';
import { parametersFor } from '../parameters/parameters.service';
import * as registry from '../registry/registry.repository';
import { loadHouseholdForRules, toRulesMember } from '../dynamic/household-data';
import {
  classifyHousehold,
  evaluateExpenditureAssistance,
  evaluateExtremePoverty,
  evaluateMarginalFamily,
  evaluateRigidExpenditure,
  incomePeriodBeforeApplication,
  type DecisionReason,
  type DibaoDecision,
  type Obligor,
} from '../social-assistance.rules';

// Runs the pure eligibility and amount rules on a case: loads the household as it is now, mapped to
// the rules' plain inputs (dynamic/household-data.ts, member ids as strings), and returns the decision with its reasons
// and what a recipient record needs. Parameters: the version in force for the household on `asOf`.

export type RecipientSeed = {
  unit: 'household' | 'single-person' | 'person';
  memberId: number | null;
  memberCount: number;
  countedIncomeFen: number;
  supplementFen: number;
  careTier: string | null;
  careMode: string | null;
  standardFen: number;
  monthlyAmountFen: number;
  oneOffAmountFen: number | null;
  reviewIntervalMonths: number | null;
};

export type Assessment = {
  programme: AssistanceProgramme;
  asOf: string;
  parameterId: number;
  eligible: boolean;
  /** Monthly amount (one-off amount for 临时救助), integer fen. */
  amountFen: number;
  paymentStartMonth: string | null;
  /** 临时救助: who may approve the amount (township up to its limit, else county). */
  approvalLevel: string | null;
  outcome: string;
  reasons: DecisionReason[];
  recipient: RecipientSeed | null;
  /** Programme-specific inputs given at the preliminary review, re-used at the decision. */
  input: Pick<TPreliminaryReview, 'rigid' | 'temporary'>;
};

type CaseRef = { household_id: number; applicant_member_id: number; applied_on: string; authorisation_signed: boolean; programme: string };

const toObligor = (r: Awaited<ReturnType<typeof registry.findObligors>>[number]): Obligor => ({
  id: `obligor-${r.id}`,
  name: r.name,
  relation: r.relation as Obligor['relation'],
  birthDate: r.birth_date,
  deceased: r.deceased,
  annualIncomeFen: r.annual_income_fen,
  propertyItems: r.financial_assets_fen > 0 ? [{ kind: 'deposit', ownerId: `obligor-${r.id}`, valueFen: r.financial_assets_fen }] : [],
  isExtremePoverty: r.is_extreme_poverty,
  isDibao: r.is_dibao,
  disability:
    r.disability_category && r.disability_grade
      ? ({ category: r.disability_category, grade: r.disability_grade } as Obligor['disability'])
      : null,
  noCivilCapacity: r.no_civil_capacity,
  declaredMissing: r.declared_missing,
  imprisoned: r.imprisoned,
  provincialIncapacityCase: r.provincial_incapacity_case,
});

const supplementsOf = (d: DibaoDecision) =>
  d.reasons.filter((r) => r.code === 'DIBAO_BENEFIT_SUPPLEMENT').reduce((sum, r) => sum + Number(r.inputs['supplementFen'] ?? 0), 0);

const fromDibao = (d: DibaoDecision, memberId: number | null): RecipientSeed => ({
  unit: d.unit,
  memberId,
  memberCount: d.income.memberCount,
  countedIncomeFen: d.income.monthlyIncomeFen,
  supplementFen: supplementsOf(d),
  careTier: null,
  careMode: null,
  standardFen: d.standardFen,
  monthlyAmountFen: d.monthlyAmountFen,
  oneOffAmountFen: null,
  reviewIntervalMonths: d.reviewIntervalMonths,
});

export const assessCase = async (
  db: Database,
  app: CaseRef,
  divisionId: number,
  asOf: string,
  input: Assessment['input'],
): Promise<Assessment> => {
  const { id: parameterId, params } = await parametersFor(db, divisionId, asOf);
  const [{ members, rules: rulesHousehold, incomeItems, propertyItems }, obligorRows, recipients] = await Promise.all([
    loadHouseholdForRules(db, app.household_id, app.authorisation_signed),
    registry.findObligors(db, app.household_id),
    registry.findRecipients(db, app.household_id),
  ]);
  const dibaoInput = {
    household: rulesHousehold,
    incomeItems,
    propertyItems,
    incomePeriod: incomePeriodBeforeApplication(app.applied_on, params.income.periodMonths),
    asOf,
    params,
  };
  const base = { programme: app.programme as AssistanceProgramme, asOf, parameterId, input, approvalLevel: null as string | null };
  const active = (programme: string) => recipients.some((r) => r.programme === programme && r.status !== 'stopped');

  try {
    switch (app.programme) {
      case 'dibao': {
        const c = classifyHousehold(dibaoInput);
        const single = c.singlePersons.find((d) => d.eligible && d.members.counted.some((m) => m.id === String(app.applicant_member_id)));
        const chosen = c.dibao.eligible ? c.dibao : (single ?? c.dibao);
        return {
          ...base,
          eligible: chosen.eligible,
          amountFen: chosen.monthlyAmountFen,
          paymentStartMonth: chosen.paymentStartMonth,
          outcome: chosen.eligible ? (chosen.unit === 'single-person' ? 'dibao-single-person' : 'dibao') : c.outcome,
          reasons: chosen === c.dibao ? c.reasons : chosen.reasons,
          recipient: chosen.eligible ? fromDibao(chosen, chosen.unit === 'single-person' ? app.applicant_member_id : null) : null,
        };
      }
      case 'marginal-family': {
        const d = evaluateMarginalFamily(dibaoInput);
        const seed = d.eligible
          ? { ...fromDibao(d.dibao, null), monthlyAmountFen: 0, reviewIntervalMonths: params.reviewIntervalMonths.stable }
          : null;
        return {
          ...base,
          eligible: d.eligible,
          amountFen: 0,
          paymentStartMonth: null,
          outcome: d.eligible ? 'marginal-family' : 'none',
          reasons: d.reasons,
          recipient: seed,
        };
      }
      case 'rigid-expenditure': {
        if (!input.rigid) {
          throw new AppError('VALIDATION_FAILED', '刚性支出困难家庭须填写申请前12个月的刚性支出和总收入', [
            { path: 'rigid', code: 'REQUIRED', message: '请填写刚性支出' },
          ]);
        }
        const marginal = evaluateMarginalFamily(dibaoInput);
        const { totalIncome12MonthsFen, ...spending } = input.rigid;
        const d = evaluateRigidExpenditure({
          householdId: rulesHousehold.id,
          area: rulesHousehold.area,
          memberIds: marginal.income.memberIds,
          status: {
            isDibao: marginal.dibao.eligible || active('dibao'),
            hasExtremePovertyMember: active('extreme-poverty'),
            isMarginalFamily: marginal.eligible || active('marginal-family'),
          },
          monthlyIncomeFen: marginal.income.monthlyIncomeFen,
          totalIncome12MonthsFen,
          propertyItems,
          spending,
          asOf,
          params,
        });
        const seed = d.eligible
          ? { ...fromDibao(marginal.dibao, null), monthlyAmountFen: 0, reviewIntervalMonths: params.rigidExpenditure.validityMonths }
          : null;
        return {
          ...base,
          eligible: d.eligible,
          amountFen: 0,
          paymentStartMonth: null,
          outcome: d.eligible ? 'rigid-expenditure' : 'none',
          reasons: d.reasons,
          recipient: seed,
        };
      }
      case 'extreme-poverty': {
        const person = members.find((m) => m.id === app.applicant_member_id);
        if (!person) throw new AppError('SOCIAL_ASSISTANCE_STEP_BLOCKED', '申请人已不是本家庭的现有成员');
        const m = toRulesMember(person);
        const d = evaluateExtremePoverty({
          applicant: {
            id: m.id,
            name: m.name,
            birthDate: m.birthDate,
            area: rulesHousehold.area,
            disability: m.disability ?? null,
            student: m.student ?? null,
            careMode: (person.care_mode ?? 'dispersed') as 'dispersed',
            selfCare: { failedItems: person.self_care_failed_items as never[] },
          },
          incomeItems: incomeItems.filter((i) => i.memberId === m.id),
          propertyItems: propertyItems.filter((p) => p.ownerId === m.id),
          incomePeriod: dibaoInput.incomePeriod,
          obligors: obligorRows.filter((o) => o.supports_member_id === null || o.supports_member_id === person.id).map(toObligor),
          asOf,
          params,
        });
        const seed: RecipientSeed | null = d.eligible
          ? {
              unit: 'person',
              memberId: person.id,
              memberCount: 1,
              countedIncomeFen: 0,
              supplementFen: 0,
              careTier: d.careTier,
              careMode: d.careMode,
              standardFen: d.basicLivingFen,
              monthlyAmountFen: d.monthlyAmountFen,
              oneOffAmountFen: null,
              reviewIntervalMonths: params.reviewIntervalMonths.extremePoverty,
            }
          : null;
        return {
          ...base,
          eligible: d.eligible,
          amountFen: d.eligible ? d.monthlyAmountFen : 0,
          paymentStartMonth: d.paymentStartMonth,
          outcome: d.eligible ? 'extreme-poverty' : 'none',
          reasons: d.reasons,
          recipient: seed,
        };
      }
      case 'temporary-assistance': {
        if (!input.temporary) {
          throw new AppError('VALIDATION_FAILED', '临时救助（支出型）须填写支出、收入和救助倍数', [
            { path: 'temporary', code: 'REQUIRED', message: '请填写临时救助测算信息' },
          ]);
        }
        const marginal = evaluateMarginalFamily(dibaoInput);
        const earlier = await db
          .selectFrom('assistance_application')
          .select(['assessment', 'decided_on', 'amount_fen'])
          .where('household_id', '=', app.household_id)
          .where('programme', '=', 'temporary-assistance')
          .where('decision', '=', 'approve')
          .execute();
        const prior = earlier.map((r) => ({
          eventKey: String((r.assessment as Assessment | null)?.input.temporary?.eventKey ?? ''),
          grantedOn: r.decided_on ?? asOf,
          amountFen: r.amount_fen ?? 0,
        }));
        const d = evaluateExpenditureAssistance({
          ...input.temporary,
          area: rulesHousehold.area,
          memberIds: marginal.income.memberIds,
          propertyItems,
          priorAssistance: prior,
          asOf,
          params,
        });
        const seed: RecipientSeed | null = d.eligible
          ? { ...fromDibao(marginal.dibao, null), monthlyAmountFen: 0, oneOffAmountFen: d.amountFen, reviewIntervalMonths: null }
          : null;
        return {
          ...base,
          eligible: d.eligible && d.outcome === 'approve',
          amountFen: d.amountFen,
          paymentStartMonth: null,
          approvalLevel: d.approvalLevel,
          outcome: d.outcome,
          reasons: d.reasons,
          recipient: seed,
        };
      }
      default:
        throw new AppError('VALIDATION_FAILED', `未知的救助项目 ${app.programme}`);
    }
  } catch (error) {
    if (error instanceof RangeError) throw new AppError('SOCIAL_ASSISTANCE_STEP_BLOCKED', `救助测算无法完成：${error.message}`);
    throw error;
  }
};
