// Compile-time checks that the shared code lists and the parameter contract (@mz/shared) match the
// pure rules' own definitions (rules/*.ts). A drift on either side fails `tsc`; nothing runs here.
import type * as Shared from '@mz/shared';
import type * as Rules from './social-assistance.rules';

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assignable<A, B> = [A] extends [B] ? true : false;
type Assert<T extends true> = T;

export type CodeListsMatch = [
  Assert<Same<Shared.AreaType, Rules.AreaType>>,
  Assert<Same<Shared.Relation, Rules.Relation>>,
  Assert<Same<Shared.ExclusionStatus, Rules.ExclusionStatus>>,
  Assert<Same<Shared.DisabilityCategory, Rules.DisabilityCategory>>,
  Assert<Same<Shared.LabourCapacity, Rules.LabourCapacity>>,
  Assert<Same<Shared.EmploymentStatus, Rules.EmploymentStatus>>,
  Assert<Same<Shared.StudentStage, Rules.StudentStage>>,
  Assert<Same<Shared.IncomeKind, Rules.IncomeKind>>,
  Assert<Same<Shared.SupportPayer, Rules.SupportPayer>>,
  Assert<Same<Shared.FinancialAssetKind, Rules.FinancialAssetKind>>,
  Assert<Same<Shared.VehicleKind, Rules.VehicleKind>>,
  Assert<Same<Shared.ObligorRelation, Rules.ObligorRelation>>,
  Assert<Same<Shared.AdlItem, Rules.AdlItem>>,
  Assert<Same<Shared.CareMode, Rules.CareMode>>,
  Assert<Same<Shared.CareTier, Rules.CareTier>>,
  Assert<Same<(typeof Shared.ROUNDING_MODES)[number], Rules.RoundingMode>>,
];

/** Values accepted by the parameter contract can be used as the rules' parameter set. */
export type ParameterContractMatches = Assert<
  Assignable<Shared.TParameterValues, Omit<Rules.SocialAssistanceParameters, 'id' | 'countyCode' | 'effectiveFrom' | 'effectiveTo'>>
>;
