// Re-evaluation of one recipient under a new parameter set (a standard change, rules doc §8: "changing a
// standard from a date re-computes affected amounts from that date only"). Pure: the recipient's
// assessed unit (n, counted income I, care tier) stays as last decided — only the standards change —
// and the amount comes from the same rule functions as at approval. A recipient that no longer passes
// the income test is flagged for a review (停发 needs a decision and a written notice, not a batch).
import { computeDibaoHouseholdAmount, computeDibaoSinglePersonAmount } from '../rules/dibao-amount.rules';
import {
  BASIS_POINTS_ONE,
  determineHouseholdMembers,
  perCapita,
  type CareTier,
  type DecisionReason,
  type Fen,
  type HouseholdMember,
  type IncomeAssessment,
  type IsoDate,
  type SocialAssistanceParameters,
} from '../social-assistance.rules';

export const RECALCULATED_PROGRAMMES = ['dibao', 'extreme-poverty', 'marginal-family'] as const;

export type RecalculationInput = {
  recipientId: number;
  programme: string;
  unit: string;
  area: 'urban' | 'rural';
  memberCount: number;
  countedIncomeFen: Fen;
  careTier: CareTier | null;
  careMode: string | null;
  currentAmountFen: Fen;
  currentStandardFen: Fen;
  /** Live household members (for 分类施保 supplements by age and status on `asOf`). */
  members: readonly HouseholdMember[];
};

export type RecalculationResult = {
  recipientId: number;
  amountFen: Fen;
  standardFen: Fen;
  /** Still passes the income test under the new standard. */
  eligible: boolean;
  changed: boolean;
  /** Why the recipient needs a review (null when it does not). */
  flag: string | null;
  reasons: DecisionReason[];
};

const incomeOf = (memberCount: number, monthlyIncomeFen: Fen): IncomeAssessment => ({
  memberCount,
  memberIds: [],
  monthlyIncomeFen,
  perCapitaFen: perCapita(monthlyIncomeFen, memberCount),
  members: [],
  reasons: [],
});

export const recalculateRecipient = (input: RecalculationInput, params: SocialAssistanceParameters, asOf: IsoDate): RecalculationResult => {
  const reasons: DecisionReason[] = [];
  const keep = (standardFen: Fen, flag: string | null, eligible: boolean): RecalculationResult => ({
    recipientId: input.recipientId,
    amountFen: input.currentAmountFen,
    standardFen,
    eligible,
    changed: standardFen !== input.currentStandardFen,
    flag,
    reasons,
  });
  const result = (amountFen: Fen, standardFen: Fen): RecalculationResult => ({
    recipientId: input.recipientId,
    amountFen,
    standardFen,
    eligible: true,
    changed: amountFen !== input.currentAmountFen || standardFen !== input.currentStandardFen,
    flag: null,
    reasons,
  });
  const n = Math.max(1, input.memberCount);
  const s = params.dibaoStandardFen[input.area];
  switch (input.programme) {
    case 'dibao': {
      const limit = input.unit === 'single-person' ? s : s * n;
      if (!(input.countedIncomeFen < limit)) {
        return keep(
          s,
          `按新标准${s / 100}元，家庭月收入${input.countedIncomeFen / 100}元不低于${limit / 100}元，需复核是否继续享受低保`,
          false,
        );
      }
      if (input.unit === 'single-person') {
        return result(computeDibaoSinglePersonAmount(params, incomeOf(1, input.countedIncomeFen), s, reasons), s);
      }
      const counted = determineHouseholdMembers(input.members, asOf, params).counted;
      return result(computeDibaoHouseholdAmount({ params, asOf }, counted, incomeOf(n, input.countedIncomeFen), s, reasons), s);
    }
    case 'extreme-poverty': {
      const paidArea = input.careMode === 'centralised' && params.extremePoverty.centralisedRuralPaidAtUrbanStandard ? 'urban' : input.area;
      const basic = params.extremePoverty.basicLivingStandardFen[paidArea];
      // Imported 特困 records without a care tier keep their amount until re-assessed.
      if (input.careTier === null) return keep(basic, null, true);
      return result(basic + params.extremePoverty.careStandardFen[input.careTier], basic);
    }
    case 'marginal-family': {
      const line = s * n * params.marginalIncomeMultiple;
      const eligible = input.countedIncomeFen * BASIS_POINTS_ONE < line;
      return eligible ? result(0, s) : keep(s, '按新标准不再低于低保边缘家庭收入标准，需复核', false);
    }
    default:
      return keep(input.currentStandardFen, null, true);
  }
};
